// Problems found in a rendered output (schema errors, a DOI that differs) are
// reported where the editor can fix them: in the source. The outputs are not
// written when they have errors (and `check` writes none), so a position in
// dist/ would point at a file that does not exist.
import type { Diagnostic } from '../checks/diagnostic.js';
import type { Position } from '../model/types.js';

export interface RenderedText {
  /** The name used in diagnostics' positions (`dist/<id>/<file>`). */
  name: string;
  text: string;
}

export interface SourceText {
  file: string;
  text: string;
}

/**
 * Moves every position inside a rendered output to the source: the place where
 * the text of the offending output line was written, else the source file's
 * first line. The output place stays in the message and the detail.
 */
export function positionsInSource(diagnostics: Diagnostic[], outputs: RenderedText[], sources: SourceText[], sourceFile = sources[0]?.file): Diagnostic[] {
  const byName = new Map(outputs.map((o) => [o.name, o.text]));
  return diagnostics.map((d) => {
    const output = d.position ? byName.get(d.position.file) : undefined;
    if (!d.position || output === undefined || !sourceFile) return d;
    const outputLine = output.split('\n')[d.position.line - 1] ?? '';
    const where = `${d.position.file.replace(/^.*\//, '')} line ${d.position.line}, column ${d.position.column}`;
    const position = sourcePositionOf(outputLine, d.position.column, sources) ?? { file: sourceFile, line: 1, column: 1 };
    const snippet = outputLine.trim().slice(0, 200);
    return {
      ...d,
      message: `${d.message} (in the generated ${where})`,
      position,
      detail: [d.detail, snippet && `generated: ${snippet}`].filter(Boolean).join('\n'),
    };
  });
}

/** The source place of the longest run of text on the output line (nearest the column first). */
function sourcePositionOf(outputLine: string, column: number, sources: SourceText[]): Position | undefined {
  const runs = textRuns(outputLine)
    .filter((r) => r.text.length >= 4)
    .sort((a, b) => Math.abs(a.start - column) - Math.abs(b.start - column) || b.text.length - a.text.length);
  for (const run of runs) {
    for (const source of sources) {
      const at = source.text.indexOf(run.text);
      if (at < 0) continue;
      const before = source.text.slice(0, at);
      const line = before.split('\n').length;
      return { file: source.file, line, column: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
    }
  }
  return undefined;
}

/** Text between tags and attribute values, entity-decoded for the common five. */
function textRuns(line: string): { text: string; start: number }[] {
  const runs: { text: string; start: number }[] = [];
  for (const m of line.matchAll(/>([^<>]+)<|="([^"]+)"|^([^<>]+)</g)) {
    const raw = m[1] ?? m[2] ?? m[3];
    const text = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
    if (text) runs.push({ text, start: (m.index ?? 0) + 2 });
  }
  return runs;
}
