// Continuous pagination: each article starts after the previous one ends.
import type { Placement } from './types.js';

export function assignPages(
  articles: { id: string; pageCount: number }[],
  firstPage: number,
  rectoStart: boolean,
): Placement[] {
  const placements: Placement[] = [];
  let next = firstPage;
  for (const { id, pageCount } of articles) {
    // Recto pages carry odd numbers; an even start gets a blank verso before it.
    const blankBefore = rectoStart && next % 2 === 0;
    const first = blankBefore ? next + 1 : next;
    const last = first + Math.max(pageCount, 1) - 1;
    placements.push({ id, first, last, blankBefore });
    next = last + 1;
  }
  return placements;
}
