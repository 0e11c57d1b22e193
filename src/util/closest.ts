// "Did you mean …": the nearest candidate by edit distance, when it is near enough
// to be a typo (at most a third of the word's length, at least one edit).
import { editDistance } from './suggest.js';

export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
