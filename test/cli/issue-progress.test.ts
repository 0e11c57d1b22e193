// What `galley issue build` prints while it works, from the events of the issue build.
import { describe, expect, it } from 'vitest';
import { issueTable } from '../../src/cli/issue.js';
import { issueProgress } from '../../src/cli/issue-progress.js';
import { createOutput } from '../../src/cli/output.js';

function recorder() {
  const err: string[] = [];
  const out = createOutput({ stdout: () => undefined, stderr: (t) => void err.push(t), cwd: '/', env: {} }, { verb: 'issue build', format: 'human' });
  return { out, err };
}

describe('issue build progress', () => {
  it('announces the plan, an ETA from the layouts done, and each article once its folios are final', () => {
    const { out, err } = recorder();
    let clock = 0;
    const p = issueProgress(out, () => clock);
    p.onProgress({ phase: 'plan', total: 3, ids: ['a', 'b', 'c'], toRender: 2, reused: 1 });
    p.onProgress({ phase: 'reused', id: 'a', index: 0, total: 3, pages: '1–4' });
    p.onProgress({ phase: 'settled', id: 'a', index: 0, total: 3, pages: '1–4', status: 'reused', ms: 0 });
    clock = 2000;
    p.onProgress({ phase: 'layout', id: 'b', index: 1, total: 3, pages: '5–9', ms: 2000 });
    p.onProgress({ phase: 'settled', id: 'b', index: 1, total: 3, pages: '5–9', status: 'changed', ms: 2000 });
    clock = 3000;
    p.onProgress({ phase: 'layout', id: 'c', index: 2, total: 3, pages: '9–10', ms: 1000 });
    clock = 4000;
    p.onProgress({ phase: 'final', id: 'c', index: 2, total: 3, pages: '10–11', ms: 900 });
    p.onProgress({ phase: 'settled', id: 'c', index: 2, total: 3, pages: '10–11', status: 'moved', ms: 1900 });
    expect(err).toEqual([
      'plan: 3 articles, 2 to lay out, 1 unchanged to reuse (folios are printed once final)\n',
      '[1/3] 1–4        a  reused\n',
      '  laid out b (2.0 s; 1/2, about 2.0 s left)\n',
      '[2/3] 5–9        b  changed\n',
      '  laid out c (1.0 s; 2/2)\n',
      '  laid out c (0.9 s; 3/3)\n',
      '[3/3] 10–11      c  moved\n',
    ]);
    expect(Math.round(p.times().get('c')!.ms)).toBe(1900);
  });

  it('ends with a table holding each article\'s time', () => {
    expect(issueTable([
      { id: 'harris-2017', pages: '693–707', doi: '10.15826/qr.2017.3.245', status: 'reused', ms: 0 },
      { id: 'lindqvist-2017-railway-time', pages: '708–714', doi: '10.15826/qr.2017.3.246', status: 'changed', ms: 1234 },
    ])).toBe(
      [
        '  pages    article                      DOI                     status    time',
        '  693–707  harris-2017                  10.15826/qr.2017.3.245  reused       –',
        '  708–714  lindqvist-2017-railway-time  10.15826/qr.2017.3.246  changed  1.2 s',
      ].join('\n'),
    );
  });
});
