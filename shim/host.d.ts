// Types of `multilingual/host` (shim/host.mjs): the host runtime and the loader.
export * from './host_runtime.js';
export * from './loader.js';
