// Where in the source a piece of laid-out text was written: the innermost block
// (paragraph, heading, caption, note …) whose text holds it. Layout diagnostics
// name it, so a problem on page 12 points at the paragraph that caused it.
// Text is compared by letters and digits only: the print typesetting changes
// spaces, quotes and hyphens, never the letters.
import type { Position } from '../model/types.js';

const letters = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').toLocaleLowerCase();

interface Candidate {
  text: string;
  position: Position;
}

/** Every node with a type and a position, with the text it holds (its own and its children's). */
function candidates(nodes: unknown, out: Candidate[] = []): string {
  if (Array.isArray(nodes)) return nodes.map((n) => candidates(n, out)).join('');
  if (!nodes || typeof nodes !== 'object') return '';
  const node = nodes as Record<string, unknown>;
  let text = typeof node.value === 'string' ? node.value : '';
  for (const [key, child] of Object.entries(node)) if (key !== 'position' && child && typeof child === 'object') text += candidates(child, out);
  if (typeof node.type === 'string' && node.position) out.push({ text: letters(text), position: node.position as Position });
  return text;
}

/** The innermost block of `trees` (the body, the footnotes) that holds `snippet`, or undefined. */
export function sourceBlockOf(trees: unknown[], snippet: string): Position | undefined {
  const wanted = letters(snippet).slice(0, 24); // enough to tell blocks apart, short enough to survive a split word
  if (wanted.length < 3) return undefined;
  const all: Candidate[] = [];
  for (const tree of trees) candidates(tree, all);
  let best: Candidate | undefined;
  for (const c of all) if (c.text.includes(wanted) && (!best || c.text.length < best.text.length)) best = c;
  return best?.position;
}

export const where = (p: Position) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column}`;
