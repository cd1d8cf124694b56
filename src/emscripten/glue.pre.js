// Helpers of the EM_JS functions in src/emscripten/*.c, added to the
// module's scope with --pre-js (web/web.mk): C strings and bytes in and out
// of the heap, and host failures. Plain ES5: emcc's JS passes read it.

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

// strings, each NUL-terminated, one after the other, copied into malloc'd
// memory; its address, or 0 when out of memory.
function mlStrings(strings) {
  var text = '';
  for (var i = 0; i < strings.length; i++) text += String(strings[i]) + '\0';
  return mlCopy(new TextEncoder().encode(text));
}

// Records a host's failure ({kind, path, reason, pid}, kinds from
// HOST_FAILURES in build/gen/ml_tables.mjs) into the MlHostFailure at fail
// (ml_js_host_fail copies the strings). Returns -1, the host functions'
// failure.
function mlFail(fail, f) {
  var encoder = new TextEncoder();
  var path = mlCopy(encoder.encode(String(f.path || '')));
  var reason = mlCopy(encoder.encode(String(f.reason || '')));
  _ml_js_host_fail(fail, f.kind | 0, path, reason, f.pid | 0);
  _free(path);
  _free(reason);
  return -1;
}
