import type { Profile } from '../profile/types.js';

/** The build clock. Renderers never read the wall clock: same source, same bytes. */
export interface Clock {
  now(): Date;
}

export function fixedClock(date: Date): Clock {
  return { now: () => new Date(date.getTime()) };
}

/** Everything a renderer may know besides the article. */
export interface RenderContext {
  profile: Profile;
  clock: Clock;
}
