// importPackage in the CLI's CommonJS bundle (see import-package.ts): the
// function the launcher passes to the script (src/util/code-cache.ts).
declare const importModule: (name: string) => Promise<unknown>;

export function importPackage<T>(name: string): Promise<T> {
  return importModule(name) as Promise<T>;
}
