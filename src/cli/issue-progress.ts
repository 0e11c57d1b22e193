// What `galley issue build` tells a person while it works: the plan, one line
// per article once its final folios are known, an ETA from the layouts done
// so far, and the closing table with each article's time.
import type { ProgressEvent, SettledStatus } from '../issue/render-articles.js';
import type { Output } from './output.js';

export interface ArticleTiming {
  id: string;
  ms: number;
  status?: SettledStatus;
}

export function issueProgress(out: Output, now: () => number = () => performance.now()) {
  // The ETA counts from the plan: reading the sources before it says nothing about layout speed.
  let started = now();
  let planned = 0;
  let done = 0;
  const times = new Map<string, ArticleTiming>();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const eta = () => {
    if (!done || done >= planned) return '';
    const left = ((now() - started) / done) * (planned - done);
    return `, about ${seconds(left)} left`;
  };
  const onProgress = (e: ProgressEvent) => {
    if (e.phase === 'plan') {
      started = now();
      planned = e.toRender;
      out.progress(`plan: ${e.total} article${e.total === 1 ? '' : 's'}, ${e.toRender} to lay out, ${e.reused} unchanged to reuse (folios are printed once final)`);
      return;
    }
    if (e.phase === 'layout' || e.phase === 'final') {
      done++;
      // A second layout (the folios moved) is work the plan did not know of.
      if (e.phase === 'final') planned++;
      const t = times.get(e.id) ?? { id: e.id, ms: 0 };
      t.ms += e.ms ?? 0;
      times.set(e.id, t);
      out.progress(`  laid out ${e.id} (${seconds(e.ms ?? 0)}; ${done}/${planned}${eta()})`);
      return;
    }
    if (e.phase === 'settled') {
      const t = times.get(e.id) ?? { id: e.id, ms: e.ms };
      t.status = e.status;
      times.set(e.id, t);
      out.progress(`[${e.index + 1}/${e.total}] ${e.pages.padEnd(9)}  ${e.id}  ${e.status}`);
    }
  };
  return { onProgress, times: () => times };
}
