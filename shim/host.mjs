// `multilingual/host`: the JS host runtime every generated host_shim.js
// embeds (./host_runtime.mjs: instantiateModule, runModule) and the module
// loader with its cache (./loader.mjs: load, WasmModule, ModuleCache).
export * from './host_runtime.mjs';
export * from './loader.mjs';
