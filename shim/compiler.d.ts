// Types of shim/compiler.mjs: the multilingual compiler (C, built with
// Emscripten) as a JS API for browsers and Node. The artifacts' names and
// types come from src/bundle/artifacts.def (build/gen/ml_tables.d.mts).
import type { ArtifactContents, ArtifactFiles } from '../build/gen/ml_tables.mjs';
import type { AbiExport, AbiManifest } from './host_runtime.js';

/** Where a diagnostic points: 1-based line and column (in code points); 0 when not tied to a position. */
export interface Diagnostic {
  /** The file it is in: `filename`, or the path of an imported module. */
  file: string;
  line: number;
  col: number;
  message: string;
}

export type Target = 'wasi' | 'browser';

export interface CompileOptions {
  /** Language code (one of languages()); detected from the keywords when omitted. */
  lang?: string;
  /** `--wasm-target`: 'wasi' (default) or 'browser'. */
  target?: Target;
  /** Name used in diagnostics and in build_graph.json / build.lock.json (default 'main.ml'). */
  filename?: string;
  /**
   * Language code of the diagnostics' messages; by default each file's own language
   * (`erreur : syntaxe invalide` for a French program). `'en'` gives English, for tools that read them.
   */
  messages?: string;
  /**
   * false: stop after the WAT (no `wasm`, no `buildLock`): diagnostics and the text artifacts only,
   * a little faster. Default true.
   */
  assemble?: boolean;
  /**
   * true: only the checks (parsing, imports, types): `ok` and the diagnostics, every artifact null.
   * Needs no data file (loadData()) unless the program imports the standard library.
   */
  check?: boolean;
  /**
   * The program's other files, for its imports: `{ 'helpers.ml': text or bytes }`. A module `name` is
   * `name.ml`, `name.multi`, `name/__init__.ml` or `name/__init__.multi` beside the importing file, then at the top.
   */
  files?: Record<string, string | Uint8Array>;
  /**
   * Instead of `files`, finds a module itself: `{path, source}`, or `{looked}` (where it looked, for the error).
   */
  loadModule?: (name: string, importer: string) => { path: string; source: string | Uint8Array } | { looked?: string };
}

/** abi_manifest.json, parsed: the type instantiateModule() (`multilingual/host`) takes. */
export type { AbiManifest } from './host_runtime.js';
/** One export of the ABI manifest (abi_manifest.json). */
export type ManifestExport = AbiExport;

export interface CompileSuccess extends ArtifactContents {
  ok: true;
  diagnostics: [];
  /** '' on success. */
  diagnosticsText: string;
  /** The language used (given or detected). */
  lang: string;
  /** abi_manifest.json, parsed (abiManifest is its text, byte-identical to the CLI's file). */
  manifest: AbiManifest;
}

export type CompileFailure = { [K in keyof ArtifactContents]: null } & {
  ok: false;
  /** The errors, in source order. */
  diagnostics: Diagnostic[];
  /** The errors as the CLI prints them: `file:line:col: error: message`, the source line and a caret. */
  diagnosticsText: string;
  /** The language used, or null when it could not be chosen (unknown `lang`). */
  lang: string | null;
  manifest: null;
  /**
   * Present when every error is a construct the compiler does not support yet: the program as Python
   * (transpiled.py), which CPython can still run (run()'s python backend).
   */
  fallbackPy?: string;
  /** Present when the compile needs the data file (loadData()) of a core built without it: compile again after. */
  needsData?: true;
};

export type CompileResult = CompileSuccess | CompileFailure;

/** The Emscripten factory exported by build/web/multilingual_core.mjs. */
export type CoreFactory = (moduleArg?: object) => Promise<object>;

export interface InitOptions {
  /** The core factory or the URL of multilingual_core.mjs (default: ../build/web/multilingual_core.mjs next to compiler.mjs). */
  core?: CoreFactory | string | URL;
  /** @deprecated Ignored: the compiler assembles its modules itself and uses no wabt.js. */
  wabt?: unknown;
  /** @deprecated Ignored (it deferred loading wabt.js, which the compiler no longer uses). */
  deferWabt?: boolean;
}

/** Loads and initialises the compiler (once; compile() does it lazily). */
export function init(options?: InitOptions): Promise<object>;

/** @deprecated The compiler assembles its modules itself: this only initialises it, as init() does. */
export function loadAssembler(): Promise<void>;

/**
 * Gives a core built without its data (the playground's) the file multilingual_data.bin; the npm core
 * has it built in. Rejects for a file that is not this compiler's (another version, damaged).
 */
export function loadData(bytes: Uint8Array | ArrayBuffer | ArrayBufferView): Promise<void>;

/**
 * Compiles a program (text, or its UTF-8 bytes) to the artifacts of
 * `multilingual build-wasm-bundle`, byte-identical to the native CLI's.
 * Errors in the program come back as `ok: false`, never as an exception.
 */
export function compile(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options?: CompileOptions): Promise<CompileResult>;

/** compile() without the promise, once init() has resolved (throws before). */
export function compileSync(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options?: CompileOptions): CompileResult;

/** Artifact file names of `build-wasm-bundle`, keyed by result property, in the CLI's order (build.lock.json last). */
export const ARTIFACT_FILES: Readonly<ArtifactFiles>;

/** compileSync() with the C library's texts as the UTF-8 bytes it wrote; artifacts indexed like ARTIFACTS (build/gen/ml_tables.mjs). */
export function compileBytesSync(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options?: CompileOptions): {
  ok: boolean;
  lang: Uint8Array | null;
  diagnostics: Diagnostic[];
  diagnosticsText: Uint8Array;
  artifacts: (Uint8Array | null)[];
};

/** A successful result's artifacts as {file name: contents} (ARTIFACT_FILES order); {} for a failure. */
export function bundleFiles(result: CompileResult): Record<string, string | Uint8Array>;

export interface TranslateOptions {
  /** Language of the source; detected from the keywords when omitted. */
  lang?: string;
  /** Language to translate to (required). */
  to: string;
  /** Name used in diagnostics (default 'main.ml'). */
  filename?: string;
  /** Language code of the diagnostics' messages (default: the source's); `'en'` for English. */
  messages?: string;
}

/** A name of the program that the target language reserves, renamed consistently (`i` -> `i_` in Swedish). */
export interface Rename {
  from: string;
  to: string;
  /** Why: "a keyword in Svenska", "the builtin 'len' in Español". */
  reason: string;
}

export type TranslateResult =
  /** lang: the source's language, given or detected exactly as compile() detects it. */
  | { ok: true; text: string; lang: string; renames: Rename[]; diagnostics: Diagnostic[]; diagnosticsText: string }
  /** lang: null when the source was rejected before its language was decided (e.g. not UTF-8). */
  | { ok: false; text: null; lang: string | null; renames: Rename[]; diagnostics: Diagnostic[]; diagnosticsText: string };

/** translate() with the C library's texts as UTF-8 bytes, once init() has resolved (text null on failure). */
export function translateBytesSync(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options: TranslateOptions): {
  text: Uint8Array | null;
  lang: string | null;
  renames: Rename[];
  diagnostics: Diagnostic[];
  diagnosticsText: Uint8Array;
};

/** Re-spells a program's keywords and builtin names in another language (`multilingual translate --to`). */
export function translate(source: string | Uint8Array | ArrayBuffer | ArrayBufferView, options: TranslateOptions): Promise<TranslateResult>;

/** The language codes the compiler knows: its language packs', in their order. */
export function languages(): Promise<string[]>;

/** The compiler's version (as `multilingual --version` prints it, without the name). */
export function version(): Promise<string>;

/** The compiler instance's memory: linear memory size and bytes malloc'd now. */
export function memoryStats(): Promise<{ heapSize: number; inUse: number }>;
