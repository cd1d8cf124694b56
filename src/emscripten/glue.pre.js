// Helpers of the EM_JS functions in src/emscripten/*.c, added to the scope of
// both Emscripten modules with --pre-js (web/web.mk): C strings and bytes in
// and out of the heap. Plain ES5: emcc's JS passes read it.

// The NUL-terminated UTF-8 string at ptr.
function mlString(ptr) {
  ptr >>>= 0;
  var end = ptr;
  while (HEAPU8[end]) end++;
  return new TextDecoder('utf-8').decode(HEAPU8.subarray(ptr, end));
}

// bytes (a Uint8Array) copied into malloc'd memory, NUL-terminated; its
// address, or 0 when out of memory.
function mlCopy(bytes) {
  var p = _malloc(bytes.length + 1);
  if (!p) return 0;
  HEAPU8.set(bytes, p); // HEAPU8 read after _malloc: memory may have grown
  HEAPU8[p + bytes.length] = 0;
  return p;
}
