// Footnotes are numbered in order of first call, whatever their labels; a
// definition nobody calls is reported, and so is a second definition of a label.
import type { FootnoteDefinition } from 'mdast';
import type { Block, Footnote } from '../../model/types.js';
import type { ConvertContext } from './context.js';
import { positionOf } from './context.js';

export class FootnoteRegistry {
  private readonly definitions = new Map<string, FootnoteDefinition>();
  private readonly numbers = new Map<string, number>();
  private readonly called: string[] = [];

  define(node: FootnoteDefinition, ctx: ConvertContext): void {
    if (this.definitions.has(node.identifier)) {
      const first = positionOf(ctx, this.definitions.get(node.identifier)!);
      // Which text the author meant is unknowable: an error, not a silent pick of the first.
      ctx.report('footnote-duplicate', `Unexpected second definition of \`[^${node.label ?? node.identifier}]\`${first ? ` (first at line ${first.line})` : ""}, expected one definition per footnote`, positionOf(ctx, node));
      return;
    }
    this.definitions.set(node.identifier, node);
  }

  /** Number of a called footnote, assigned at its first call. */
  call(identifier: string): number {
    let n = this.numbers.get(identifier);
    if (n === undefined) {
      n = this.called.length + 1;
      this.numbers.set(identifier, n);
      this.called.push(identifier);
    }
    return n;
  }

  /** Converts the called definitions in number order (calls inside notes get numbers as they come). */
  finish(ctx: ConvertContext, convertBlocks: (node: FootnoteDefinition) => Block[]): Footnote[] {
    const notes: Footnote[] = [];
    for (let i = 0; i < this.called.length; i++) {
      const node = this.definitions.get(this.called[i]);
      // micromark only turns `[^x]` into a call when `[^x]:` exists, so this is defensive.
      if (!node) continue;
      notes.push({ id: footnoteId(i + 1), number: i + 1, children: convertBlocks(node), position: positionOf(ctx, node) });
    }
    for (const [identifier, node] of this.definitions)
      if (!this.numbers.has(identifier))
        ctx.report('footnote-unused', `Unexpected footnote \`[^${node.label ?? identifier}]\` that is never called, expected a \`[^${node.label ?? identifier}]\` call in the text`, positionOf(ctx, node));
    return notes;
  }
}

export const footnoteId = (n: number): string => `fn${n}`;
