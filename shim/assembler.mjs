// WAT -> wasm for the Emscripten build of the compiler: wabt.js (npm `wabt`,
// libwabt built with Emscripten) configured exactly like the native bridge
// (src/wabt/wabt_bridge.cc), from the same table (src/wabt/ml_features.def,
// generated into build/gen/ml_tables.mjs), so that both builds give the same
// module.wasm. Used by the JS API (compiler.mjs) and the npm bin.
import { WABT } from '../build/gen/ml_tables.mjs';

/**
 * wabt.js, initialised: `wabt` may be an initialised module (returned as
 * is), its factory, or nothing (then globalThis.WabtModule when a page loaded
 * node_modules/wabt/index.js with a <script>, else import('wabt')).
 */
export async function loadWabt(wabt) {
  if (wabt && typeof wabt.parseWat === 'function') return wabt;
  let factory = wabt;
  if (!factory && typeof globalThis.WabtModule === 'function') factory = globalThis.WabtModule;
  if (!factory) {
    const mod = await import('wabt');
    factory = mod.default ?? mod;
  }
  if (typeof factory !== 'function') throw new Error('multilingual: wabt.js not found (npm package "wabt")');
  return factory();
}

/**
 * The function the C library calls to assemble (src/emscripten/js_assemble.c
 * calls Module.mlAssemble): WAT bytes -> {wasm: Uint8Array} or {error}.
 */
export function makeAssembler(wabt) {
  // Every feature either build knows is off unless the table enables it.
  const features = {};
  for (const name of [...WABT.known, ...Object.keys(wabt.FEATURES ?? {})]) features[name] = false;
  for (const name of WABT.enabled) features[name] = true;
  const writeOptions = { log: false, ...WABT.write };
  return (watBytes) => {
    let module = null;
    try {
      // A fresh copy: wabt.js copies a typed array's whole underlying buffer.
      module = wabt.parseWat('module.wat', new Uint8Array(watBytes), features);
      module.resolveNames();
      module.validate(features);
      const { buffer } = module.toBinary(writeOptions);
      return { wasm: buffer };
    } catch (e) {
      return { error: String((e && e.message) || e).trim() };
    } finally {
      if (module) module.destroy();
    }
  };
}
