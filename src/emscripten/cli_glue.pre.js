// Helpers of the EM_JS functions of src/emscripten/cli_host.c, added to the
// CLI module's scope with --pre-js (web/web.mk), after glue.pre.js. Plain
// ES5: emcc's JS passes read it.

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
