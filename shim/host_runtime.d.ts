// Types of shim/host_runtime.mjs (`multilingual/host`), the JS host of a
// module: the same code every generated host_shim.js embeds.

/** abi_manifest.json (shim/abi_manifest.schema.json describes it fully). */
export interface AbiManifest {
  abi_version: 1;
  backend: 'wat';
  target: 'wasi' | 'browser';
  flush_export: string;
  reset_export: string;
  exports: AbiExport[];
  required_host_imports: { module: string; name: string; param_types: string[]; return_type: string }[];
  memory_layout: Record<string, unknown>;
  tuple_lowering: Record<string, unknown>;
}

export interface AbiExport {
  name: string;
  /** The parameters' names, as arg_types (a host's TypeError names the one a value does not fit). */
  param_names?: string[];
  /**
   * 'i64' | 'f64' | 'bool' | 'i32' | 'str' | 'array<f64>', or a shape the host converts a JS value by:
   * 'i64' | 'f64' | 'bool' | 'str' | 'bytes' | 'none' | 'any' | 'list<S>' | 'tuple<S>' | 'set<S>' | 'dict<S,S>'
   * (e.g. 'list<list<f64>>' for a parameter annotated list[list[float]]).
   */
  arg_types: string[];
  /** 'void' | 'i64' | 'f64' | 'bool' | 'i32' | 'str' | 'object' | 'tuple<f64,...>' */
  return_type: string;
  mode: 'scalar_field' | 'point_stream' | 'polyline';
  wasm_params: string[];
  wasm_results: string[];
  stream_output?: { count_export: string; writer_export: string; kind: 'points'; [k: string]: unknown };
  tuple_return?: { arity: number; lowering: 'out_params'; multi_value_export: string };
}

export interface HostOptions {
  /** Called with whole lines of standard output (default: console.log). */
  stdout?: (text: string) => void;
  /** Called with whole lines of standard error (default: console.error). */
  stderr?: (text: string) => void;
  /** Standard input; without it, each line is asked for when the program reads (readStdin, else window.prompt in a page). */
  stdin?: string;
  /** Without stdin: returns the next line of input when the program reads, or null at the end of input. */
  readStdin?: () => string | null;
  /** Told each piece of stdin the program reads, one line per read (to echo it). */
  onStdin?: (text: string) => void;
  /** The program's arguments (argv(0) is the first). */
  args?: string[];
  /** The program's environment (os.environ, os.getenv). */
  env?: Record<string, string>;
  /**
   * An in-memory file system for open(), os and pathlib, pre-opened as "/" ("data.csv" is "/data.csv"):
   * path -> content (a string is UTF-8), "dir/" an empty folder. Without it no file can be opened.
   */
  fs?: FileSystem;
  /**
   * The part of the page the DOM builtins (--wasm-target browser) reach: ids and selectors resolve inside it,
   * so two programs given two roots cannot touch each other's elements (default: the page's document).
   */
  root?: Element | Document;
  /** A DOM event handler's or timer's Python exception (its traceback is on stderr already); the page goes on. */
  onError?: (error: Error & { exitCode?: number }) => void;
}

/** Files by path; a key ending in "/" is an empty folder. */
export type FileSystem = Record<string, string | Uint8Array>;

export type ModuleSource = BufferSource | WebAssembly.Module | Response | URL | string | Promise<Response>;

/** An argument of an export: numbers (bigint for i64 beyond 2^53), strings, arrays of numbers. */
export type HostValue = number | bigint | boolean | string | null | Uint8Array | HostValue[];

export interface HostModule {
  manifest: AbiManifest;
  instance: WebAssembly.Instance;
  /** Typed wrappers; a Python exception is thrown as an Error whose message is its last line. */
  exports: Record<string, (...args: unknown[]) => HostValue | undefined>;
  /** Runs the program's top-level code. */
  start(): void;
  /** The [x, y] points the last call of a point_stream/polyline export produced. */
  points(name: string): [number, number][];
  /** The in-memory file system's files now (options.fs: a string where the bytes are UTF-8), else undefined. */
  files(): FileSystem | undefined;
  /** Removes the program's DOM event listeners and timers: it is not called again. */
  dispose(): void;
}

export function instantiateModule(manifest: AbiManifest, source: ModuleSource, options?: HostOptions): Promise<HostModule>;
export function runModule(
  manifest: AbiManifest,
  source: ModuleSource,
  options?: HostOptions,
): Promise<{ exitCode: number; stdout: string; stderr: string; fs?: FileSystem }>;
/**
 * Checks the arguments of a call of export `sig` against its manifest entry: a value that does not fit is a
 * TypeError naming the parameter and its type. Returns the converted values and the host-buffer bytes they take.
 */
export function checkArguments(
  sig: AbiExport,
  args: unknown[],
  textEncoder?: TextEncoder,
  valueEncoder?: { begin(): void; encode(shape: unknown, value: unknown, where: string): Uint8Array } | null,
): { prepared: unknown[]; size: number };
export function decodeObject(memory: WebAssembly.Memory, objects: Record<string, any>, address: number): HostValue;
export function makeWasi(
  getMemory: () => WebAssembly.Memory,
  options?: HostOptions,
): { wasi: Record<string, (...args: any[]) => number>; flushAll(): void; files(): FileSystem | undefined };
