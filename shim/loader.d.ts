// Types of shim/loader.mjs: load(), WasmModule and ModuleCache of `multilingual/host`.
import type { AbiManifest, FileSystem, HostValue } from './host_runtime.js';

export type Backend = 'auto' | 'wasm' | 'python';

export interface LoadOptions {
  /** 'auto' (default): the module, or python3 on transpiled.py when it cannot be instantiated; 'wasm'; 'python'. */
  backend?: Backend;
  /** The manifest, for bytes or a .wasm without abi_manifest.json beside it. */
  manifest?: AbiManifest;
  /** The cache to use (default: defaultCache); false: none. */
  cache?: ModuleCache | false;
  /** Run the module's top-level code when it is instantiated (default true, as a Python import does). */
  start?: boolean;
  /** python backend: a call is stopped after this many milliseconds (the process is killed; TimeoutError). */
  timeout?: number;
  /** The python executable (default 'python3'). */
  python?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdin?: string;
  args?: string[];
  env?: Record<string, string>;
  fs?: FileSystem;
  /** The part of the page the DOM builtins reach (--wasm-target browser; see HostOptions.root). */
  root?: Element | Document;
  /** A DOM event handler's Python exception, after its traceback on stderr. */
  onError?: (error: Error & { exitCode?: number }) => void;
}

/** What load() takes: a bundle directory or module.wasm (path or URL), bytes (with options.manifest) or a compile() result. */
export type LoadSource = string | URL | BufferSource | { manifest: AbiManifest; wasm: BufferSource; transpiledPy?: string };

/** An argument: numbers (bigint for any int), booleans, strings, arrays of numbers or typed arrays for list[float]. */
/** A JS value for a parameter (see abi_manifest's arg_types): numbers, bigints, strings, booleans, null,
 * arrays (lists, tuples), typed arrays, Uint8Array/ArrayBuffer (bytes), Set, Map or plain objects (dicts). */
export type CallArgument = HostValue | ArrayBufferView | ArrayBuffer | Set<unknown> | Map<unknown, unknown> | { [key: string]: unknown } | CallArgument[];

export interface FunctionSignature {
  name: string;
  /** Python type names: int, float, bool, str, list[float], list[list[float]], bytes, dict[str, int], object... */
  params: { name: string; type: string }[];
  /** int, float, bool, str, None, object (a list, a tuple...), tuple[float, ...]. */
  returns: string;
}

export class WasmModule {
  static load(source: LoadSource, options?: LoadOptions): Promise<WasmModule>;
  readonly manifest: AbiManifest;
  /** SHA-256 of module.wasm, hex: the cache key. */
  readonly hash: string | null;
  /** How many times the module was instantiated (at most once per WasmModule). */
  readonly instantiations: number;
  /** The backend calls run on, once instantiate() has settled. */
  readonly backend: Backend;
  has(name: string): boolean;
  exports(): FunctionSignature[];
  /** Instantiates once (and runs the top-level code unless options.start is false); resolves to the backend used. */
  instantiate(): Promise<'wasm' | 'python'>;
  /** Calls a function; a Python exception rejects with an Error whose message is its last line. */
  call(name: string, ...args: CallArgument[]): Promise<HostValue | undefined>;
  /** call() without a promise, once instantiated on the wasm backend. */
  callSync(name: string, ...args: CallArgument[]): HostValue | undefined;
  /** The typed function itself, once instantiated on the wasm backend. */
  fn(name: string): (...args: CallArgument[]) => HostValue | undefined;
}

export class ModuleCache {
  constructor(options?: { maxEntries?: number; maxBytes?: number });
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly size: number;
  readonly stats: { hits: number; misses: number; evictions: number };
  load(source: LoadSource, options?: LoadOptions): Promise<WasmModule>;
  clear(): void;
}

export const defaultCache: ModuleCache;
export function load(source: LoadSource, options?: LoadOptions): Promise<WasmModule>;
export function sha256(bytes: BufferSource): Promise<string>;
