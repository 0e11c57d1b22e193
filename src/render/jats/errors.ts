import type { Position } from '../../model/types.js';

/**
 * A node type no handler knows. The Article type rules this out at compile
 * time; reaching it means an unvalidated Article, so rendering stops rather
 * than dropping content.
 */
export class JatsUnknownNodeError extends Error {
  constructor(
    readonly nodeType: string,
    readonly known: string[],
    readonly position?: Position,
  ) {
    super(`Unexpected node type ${JSON.stringify(nodeType)} in the JATS renderer, expected one of ${known.join(', ')}`);
  }
}

export class JatsVersionError extends Error {
  constructor(readonly version: string) {
    super(`Unexpected JATS version ${version}, expected one with a Journal Publishing DTD in @jats4r/dtds (1.3, 1.4 …)`);
  }
}
