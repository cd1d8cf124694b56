// Share links: the program and its options in the URL fragment, as JSON
// compressed with deflate-raw (CompressionStream) and base64url-encoded:
// #c=<...>. Nothing is sent to a server.

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeShare(state) {
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(state)), new CompressionStream('deflate-raw'));
  let bin = '';
  for (let i = 0; i < packed.length; i += 0x8000) bin += String.fromCharCode(...packed.subarray(i, i + 0x8000));
  return `c=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The state in a fragment (without '#'), or null when there is none. */
export async function decodeShare(fragment) {
  const m = /^c=([A-Za-z0-9_-]+)$/.exec(fragment);
  if (!m) return null;
  const bin = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const json = await pipe(bytes, new DecompressionStream('deflate-raw'));
  return JSON.parse(new TextDecoder().decode(json));
}
