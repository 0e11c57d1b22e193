// The CLI bundle's libxml2.ts (scripts/bundle.mjs swaps it in): the same names,
// bound when `loadLibxml2()` has imported the package, which the CLI does before
// any command runs. Before that every name is a stand-in that says so.
import type * as Static from './libxml2.js';
import { importPackage } from './import-package.js';

export type { ErrorDetail, XmlTreeNode } from './libxml2.js';

class Libxml2NotLoadedError extends Error {}

/** A stand-in: any use but `instanceof` (never true) is an error that names what was missing. */
function notLoaded<T>(name: string): T {
  const fail = (): never => {
    throw new Libxml2NotLoadedError(`libxml2-wasm's ${name} was used before loadLibxml2() (src/util/libxml2-deferred.ts)`);
  };
  return new Proxy(function standIn() {}, {
    get: (_target, key) => (key === Symbol.hasInstance ? () => false : fail()),
    apply: fail,
    construct: fail,
  }) as T;
}

export type DtdValidator = Static.DtdValidator;
export type ParseOption = Static.ParseOption;
export type XmlCData = Static.XmlCData;
export type XmlDocument = Static.XmlDocument;
export type XmlElement = Static.XmlElement;
export type XmlEntityReference = Static.XmlEntityReference;
export type XmlParseError = Static.XmlParseError;
export type XmlText = Static.XmlText;
export type XmlValidateError = Static.XmlValidateError;
export type XsdValidator = Static.XsdValidator;

export let DtdValidator = notLoaded<typeof Static.DtdValidator>('DtdValidator');
export let ParseOption = notLoaded<typeof Static.ParseOption>('ParseOption');
export let XmlCData = notLoaded<typeof Static.XmlCData>('XmlCData');
export let XmlDocument = notLoaded<typeof Static.XmlDocument>('XmlDocument');
export let XmlElement = notLoaded<typeof Static.XmlElement>('XmlElement');
export let XmlEntityReference = notLoaded<typeof Static.XmlEntityReference>('XmlEntityReference');
export let XmlParseError = notLoaded<typeof Static.XmlParseError>('XmlParseError');
export let XmlText = notLoaded<typeof Static.XmlText>('XmlText');
export let XmlValidateError = notLoaded<typeof Static.XmlValidateError>('XmlValidateError');
export let XsdValidator = notLoaded<typeof Static.XsdValidator>('XsdValidator');
export let xmlRegisterInputProvider = notLoaded<typeof Static.xmlRegisterInputProvider>('xmlRegisterInputProvider');

let loading: Promise<void> | undefined;

/** Import the package (once) and bind every name to it. */
export function loadLibxml2(): Promise<void> {
  loading ??= importPackage<typeof import('libxml2-wasm')>('libxml2-wasm').then((lib) => {
    ({ DtdValidator, ParseOption, XmlCData, XmlDocument, XmlElement, XmlEntityReference, XmlParseError, XmlText, XmlValidateError, XsdValidator, xmlRegisterInputProvider } = lib);
  });
  return loading;
}
