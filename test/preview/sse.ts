// Test helper: a Server-Sent Events client that collects `build` events.
import { get, type ClientRequest } from 'node:http';

export interface BuildEvent {
  version: number;
  ok: boolean;
  ms: number;
  status: string;
  items: { severity: string; text: string }[];
  /** performance.now() when the event arrived. */
  at: number;
}

export interface EventStream {
  events: BuildEvent[];
  /** The first event matching `test`, waiting at most `ms`. */
  next(test: (e: BuildEvent) => boolean, ms: number): Promise<BuildEvent>;
  close(): void;
}

export function openEvents(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: BuildEvent[] = [];
    const waiters: { test: (e: BuildEvent) => boolean; done: (e: BuildEvent) => void }[] = [];
    let request: ClientRequest;
    let buffer = '';
    request = get(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^event: build$/m.test(block)) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          const event = { ...JSON.parse(data), at: performance.now() } as BuildEvent;
          events.push(event);
          for (const w of [...waiters]) if (w.test(event)) (waiters.splice(waiters.indexOf(w), 1), w.done(event));
        }
      });
      resolve({
        events,
        next(test, ms) {
          const seen = events.find(test);
          if (seen) return Promise.resolve(seen);
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no matching build event within ${ms} ms; got ${JSON.stringify(events.map((e) => e.version))}`)), ms);
            waiters.push({ test, done: (e) => (clearTimeout(timer), done(e)) });
          });
        },
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}
