// Guards run on YAML text before the parser sees it: the parser recurses per
// nesting level (measured: 50,000 `[` overflow the stack after 1.1 s) and its
// time grows with size, so both are bounded first, each with the place it broke.

export interface YamlLimits {
  /** Bytes (UTF-8) of the YAML text. */
  maxBytes: number;
  /** Collections inside collections, by brackets or by indentation. */
  maxDepth: number;
  /** Nodes after aliases are expanded (a billion-laughs document is small but huge). */
  maxNodes: number;
}

/** Sized for a bibliography of a few hundred works (measured: 512 KiB parse in about 1.5 s). */
export const defaultYamlLimits: YamlLimits = { maxBytes: 512 * 1024, maxDepth: 20, maxNodes: 100_000 };
/** A front matter is a few KiB; two long abstracts stay far below this. */
export const frontMatterYamlLimits: YamlLimits = { maxBytes: 128 * 1024, maxDepth: 20, maxNodes: 10_000 };

export interface LimitBreak {
  message: string;
  /** Character offset in the text. */
  offset: number;
}

/** Offset of the first character past `maxBytes` UTF-8 bytes, or -1. */
function offsetPastBytes(text: string, maxBytes: number): number {
  if (text.length * 3 <= maxBytes) return -1;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
    if (bytes > maxBytes) return i;
  }
  return -1;
}

// What the depth scan stops at: outside quotes, inside "…" (escapes), inside '…'; each also stops at a line end.
const outsideQuotes = /["'#[\]{}\n]/g;
const inDoubleQuotes = /["\\\n]/g;
const inSingleQuotes = /['\n]/g;

/**
 * The first place where the text breaks a size or depth limit. Depth is counted
 * conservatively (a bracket inside an unquoted scalar counts too): no real
 * front matter comes near the limit, and a hostile one must not slip under it.
 */
export function findYamlLimitBreak(text: string, limits: YamlLimits): LimitBreak | undefined {
  const past = offsetPastBytes(text, limits.maxBytes);
  if (past >= 0) return { message: `Unexpected YAML text larger than ${limits.maxBytes} bytes, expected at most ${limits.maxBytes} bytes`, offset: past };
  const tooDeep = (offset: number): LimitBreak => ({ message: `Unexpected YAML collections nested more than ${limits.maxDepth} deep, expected at most ${limits.maxDepth} levels`, offset });
  /** Indentation of the enclosing block collections, innermost last. */
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && text[i] === ' ') i++;
    const content = text[i];
    if (flow === 0 && i < end && content !== '#') {
      const indent = i - lineStart;
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` nests sequences on one line.
      while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === end)) {
        indents.push(indent + (i - lineStart) + 1);
        i += 2;
        while (i < end && text[i] === ' ') i++;
      }
      if (indents.length > limits.maxDepth) return tooDeep(i);
    }
    // Jump from one significant character to the next (each search stops at the line end).
    let quote: string | undefined;
    let k = i;
    while (k < end) {
      const pattern = quote === '"' ? inDoubleQuotes : quote === "'" ? inSingleQuotes : outsideQuotes;
      pattern.lastIndex = k;
      k = pattern.exec(text)?.index ?? text.length;
      if (k >= end) break;
      const ch = text[k];
      if (quote) {
        if (ch === '\\') k++;
        else quote = undefined;
        k++;
        continue;
      }
      const before = k === lineStart ? ' ' : text[k - 1];
      if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(before)) quote = ch;
      else if (ch === '#' && /\s/.test(before)) break;
      else if (ch === '[' || ch === '{') {
        flow++;
        if (indents.length + flow > limits.maxDepth) return tooDeep(k);
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      k++;
    }
    lineStart = end + 1;
  }
  return undefined;
}
