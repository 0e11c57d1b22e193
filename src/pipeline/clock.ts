// The build clock is derived from the source, never the wall clock, so the
// same source gives the same bytes. SOURCE_DATE_EPOCH (reproducible-builds.org)
// overrides it.
import type { ArticleMeta } from '../model/types.js';
import { fixedClock, type Clock } from '../render/context.js';

export function sourceClock(meta: Pick<ArticleMeta, 'history' | 'year'>, env: NodeJS.ProcessEnv = process.env): Clock {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return fixedClock(new Date(Number(epoch) * 1000));
  const { published, accepted, revised, received } = meta.history;
  const day = published ?? accepted ?? revised ?? received ?? `${meta.year}-01-01`;
  return fixedClock(new Date(`${day}T00:00:00Z`));
}
