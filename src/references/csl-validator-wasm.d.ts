declare module 'csl-validator-wasm' {
  /** rnv's report on the style against the CSL schema: empty when valid. */
  export function validateStyle(style: string): Promise<string>;
}
