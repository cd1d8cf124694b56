// Types of the npm package's API (shim/index.mjs).
import type { Diagnostic } from './compiler.js';

export {
  ARTIFACT_FILES, bundleFiles, compile, compileSync, init, languages, translate, version,
} from './compiler.js';
export type {
  AbiManifest, CompileFailure, CompileOptions, CompileResult, CompileSuccess, Diagnostic, InitOptions,
  ManifestExport, Rename, Target, TranslateOptions, TranslateResult,
} from './compiler.js';

export interface RunOptions {
  /** Language code; detected from the keywords when omitted. */
  lang?: string;
  /** Name used in diagnostics (default 'main.ml'). */
  filename?: string;
  /** The program's other files, for its imports (as compile()'s `files`). */
  files?: Record<string, string | Uint8Array>;
  /** What input() reads. */
  stdin?: string;
  /** The program's arguments (argc()/argv(i)). */
  args?: string[];
  /** Receives the program's standard output as it is written. */
  stdout?: (text: string) => void;
  /** Receives the program's standard error as it is written. */
  stderr?: (text: string) => void;
  /** The program's environment (os.environ, os.getenv). */
  env?: Record<string, string>;
  /**
   * An in-memory file system for open(), os and pathlib (path -> content, "dir/" an empty folder), read back in
   * the result's `fs`. Without it no file can be opened (PermissionError).
   */
  fs?: Record<string, string | Uint8Array>;
  /**
   * Time limit in milliseconds: the program runs in a worker (a Node worker thread, or a Web Worker in a page)
   * that is terminated when the time is up, and run() rejects with a {@link RunTimeoutError}.
   */
  timeout?: number;
  /**
   * 'wasm' (default): the module. 'python': the program's transpiled.py with python3 (Node). 'auto': the module,
   * or python3 when the compiler refused only constructs it does not support yet (one line on stderr says so).
   */
  backend?: 'auto' | 'wasm' | 'python';
  /** The python executable of the python backend (default 'python3'). */
  python?: string;
}

/** How run() rejects when the program outlives its `timeout`: name 'TimeoutError', with what it wrote until then. */
export interface RunTimeoutError extends Error {
  name: 'TimeoutError';
  stdout: string;
  stderr: string;
}

export interface RunResult {
  /** Whether the program compiled. */
  ok: boolean;
  /** Compile errors ([] when ok). */
  diagnostics: Diagnostic[];
  /** Compile errors as the CLI prints them ('' when ok). */
  diagnosticsText: string;
  /** The program's exit status (1 after an uncaught error or when it did not compile). */
  exitCode: number;
  /** Everything the program wrote to standard output. */
  stdout: string;
  /** Everything it wrote to standard error (the diagnostics when it did not compile). */
  stderr: string;
  /** With the `fs` option: the files after the run (a string where the bytes are UTF-8, else a Uint8Array). */
  fs?: Record<string, string | Uint8Array>;
  /** With a backend option: which ran. */
  backend?: 'wasm' | 'python';
}

/** Compiles a program for WASI and runs it (Node or browser), like `multilingual run`; see RunOptions.timeout. */
export function run(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options?: RunOptions): Promise<RunResult>;
