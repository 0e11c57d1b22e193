// pdf-lib in Galley's bundles (see pdf-lib-package.ts): imported, so esbuild bundles it.
import * as pdfLib from 'pdf-lib';

export { pdfLib };
