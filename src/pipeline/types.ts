// Shapes shared by the build pipeline, the CLI verbs and the renderers' callers.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Clock } from '../render/context.js';

export const galleyNames = ['jats', 'html', 'pdf', 'crossref'] as const;
export type GalleyName = (typeof galleyNames)[number];

/** One file of an article's output folder, path relative to `dist/<id>/`. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export interface BuildOptions {
  /** Journal profile file (default: journal.yaml in the working directory). */
  profileFile: string;
  /** Output root (default: dist). Articles go to `<distDir>/<id>/`. */
  distDir: string;
  /** Galleys to build (default: all). */
  only?: GalleyName[];
  clock?: Clock;
  /** Also write the author proof `<id>.proof.pdf` (line numbers, a proof mark, the diagnostics). */
  proof?: boolean;
}

export interface ArticleBuildResult {
  id: string;
  dir: string;
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  /** False when an error-level diagnostic stopped the build: nothing was written. */
  ok: boolean;
}
