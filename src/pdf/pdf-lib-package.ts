// pdf-lib's CommonJS build, loaded through require: an ES module import of it
// first runs Node's export lexer over the index and every module it re-exports
// (about 0.17 s of CPU a PDF build, measured, Node 20). The bundles take
// pdf-lib-package-bundled.ts instead (scripts/bundle.mjs): esbuild puts pdf-lib
// into them, one file read instead of ~200 modules resolved (~0.1 → ~0.05 s of CPU).
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

export const pdfLib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;
