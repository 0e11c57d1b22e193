// The characters a print font can draw: the union, over the @font-face
// subsets of its font package, of the code points in the subset's
// unicode-range that its file maps to a glyph. A character outside it is drawn
// by Chromium in some font of the machine, so text inside a figure is checked
// against it. Read from the WOFF 1.0 files (per-table zlib), cached per family.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { FontSpec } from '../../../pdf/print-profile.js';
import { fontPackageDir } from '../fonts.js';

const cache = new Map<string, Set<number>>();

/** Code points the family's regular face draws. */
export function glyphCoverage(font: FontSpec): Set<number> {
  const key = `${font.package}|${font.family}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = fontPackageDir(font);
  const covered = new Set<number>();
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const woff = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block[1]);
    const range = /unicode-range:\s*([^;]+);/.exec(block[1]);
    if (!woff) continue;
    const ranges = range ? parseRanges(range[1]) : [[0, 0x10ffff] as const];
    for (const cp of cmapOf(readFileSync(join(dir, 'files', woff[1])))) if (ranges.some(([a, b]) => cp >= a && cp <= b)) covered.add(cp);
  }
  cache.set(key, covered);
  return covered;
}

function parseRanges(text: string): (readonly [number, number])[] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)] as const;
    return [parseInt(from, 16), parseInt(to ?? from, 16)] as const;
  });
}

/** The table `tag` of a WOFF 1.0 file, decompressed. */
function woffTable(woff: Buffer, tag: string): Buffer | undefined {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return undefined;
  const count = woff.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    if (woff.toString('latin1', at, at + 4) !== tag) continue;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const data = woff.subarray(offset, offset + compressed);
    return compressed < length ? inflateSync(data) : data;
  }
  return undefined;
}

/** Code points with a glyph, from the Unicode subtable of `cmap` (format 12, else format 4). */
function cmapOf(woff: Buffer): number[] {
  const cmap = woffTable(woff, 'cmap');
  if (!cmap) return [];
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const at = cmap.readUInt32BE(8 + i * 8);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ format: cmap.readUInt16BE(at), at });
  }
  const twelve = subtables.find((s) => s.format === 12);
  const out: number[] = [];
  if (twelve) {
    const groups = cmap.readUInt32BE(twelve.at + 12);
    for (let g = 0; g < groups; g++) {
      const at = twelve.at + 16 + g * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let cp = start; cp <= end; cp++) if (glyph + cp - start !== 0) out.push(cp);
    }
    return out;
  }
  const four = subtables.find((s) => s.format === 4);
  if (!four) return out;
  const segments = cmap.readUInt16BE(four.at + 6) / 2;
  const ends = four.at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const index = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) out.push(cp);
    }
  }
  return out;
}
