// libxml2-wasm, as every module of Galley's takes it: through here. Loaded
// statically, as an ES module is, wherever Galley runs as ES modules (the
// TypeScript sources, lib/, the worker bundles). The CLI's own bundle is one
// CommonJS script (scripts/bundle.mjs: V8 can cache its compiled code), which
// cannot import an ES module statically: there this module is replaced by
// libxml2-deferred.ts, whose bindings are filled in by `loadLibxml2()`.
export { DtdValidator, ParseOption, XmlCData, XmlDocument, XmlElement, XmlEntityReference, XmlParseError, XmlText, XmlValidateError, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
export type { ErrorDetail, XmlTreeNode } from 'libxml2-wasm';

/** Loaded already with this module; the deferred variant loads it here. */
export async function loadLibxml2(): Promise<void> {}
