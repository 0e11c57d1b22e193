// import() of a package by name, for Galley's modules that load an ES module
// package on demand (libxml2-wasm, csl-validator-wasm, an optional Chromium
// package). The CLI's CommonJS bundle swaps in import-package-bundled.ts
// (scripts/bundle.mjs): there the launcher does the import, because Node 20
// loses a vm script's own import() once V8 has compiled it from a code cache.
export function importPackage<T>(name: string): Promise<T> {
  return import(name) as Promise<T>;
}
