// The npm package's API (`import ... from 'multilingual'`): the compiler
// (./compiler.mjs, the C library built with Emscripten) plus run(), which
// compiles a program for WASI and runs it with the shared JS host runtime
// (./host_runtime.mjs), in Node or a browser.
import { compile } from './compiler.mjs';
import { runModule } from './host_runtime.mjs';

export { ARTIFACT_FILES, bundleFiles, compile, compileSync, init, languages, translate, version } from './compiler.mjs';

/**
 * Compiles `source` (target 'wasi') and runs it. Options: lang, filename
 * (for diagnostics), stdin (string), args (the program's arguments),
 * stdout/stderr (callbacks receiving text as it is written). Resolves to
 * {ok, diagnostics, diagnosticsText, exitCode, stdout, stderr}: ok says
 * whether the program compiled (when it did not, exitCode is 1 and stderr
 * holds the diagnostics, as with `multilingual run`); exitCode is the
 * program's (1 after an uncaught Python error, whose last line is in stderr).
 */
export async function run(source, options = {}) {
  const { lang, filename, ...io } = options;
  const r = await compile(source, { lang, filename, target: 'wasi' });
  if (!r.ok) {
    const { diagnostics, diagnosticsText } = r;
    return { ok: false, diagnostics, diagnosticsText, exitCode: 1, stdout: '', stderr: diagnosticsText };
  }
  const runOptions = {};
  for (const key of ['stdin', 'args', 'stdout', 'stderr']) if (io[key] !== undefined) runOptions[key] = io[key];
  const { exitCode, stdout, stderr } = await runModule(r.manifest, r.wasm, runOptions);
  return { ok: true, diagnostics: [], diagnosticsText: '', exitCode, stdout, stderr };
}
