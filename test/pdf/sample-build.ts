// The sample article (Harris 2017) built once through the real pipeline and
// shared by every test that reads its PDF. The PDF is cached in the temp folder
// under a hash of everything that shapes it (source, profile, templates, src/),
// so test files running in other workers reuse it instead of building again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/model/types.js';
import { buildArticle } from '../../src/pipeline/build.js';
import { prepareArticle } from '../../src/pipeline/prepare.js';
import { loadProfile } from '../../src/profile/load.js';

export const repo = resolve(import.meta.dirname, '../..');
export const sampleDir = join(repo, 'article/harris-2017');
export const profileFile = join(repo, 'journal.yaml');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const root of [sampleDir, join(repo, 'templates'), join(repo, 'src')]) for (const file of files(root)) hash.update(file).update(readFileSync(file));
  hash.update(readFileSync(profileFile));
  return hash.digest('hex').slice(0, 16);
}

export interface SampleBuild {
  pdfFile: string;
  pdf: Uint8Array;
  article: Article;
}

async function waitFor(file: string, lock: string): Promise<boolean> {
  for (let i = 0; i < 600 && existsSync(lock); i++) {
    if (existsSync(file)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return existsSync(file);
}

let memo: Promise<SampleBuild> | undefined;

/** Build the sample's PDF galley (or reuse this input's earlier build). */
export function sampleBuild(): Promise<SampleBuild> {
  return (memo ??= (async () => {
    const { profile } = loadProfile(profileFile);
    const prepared = prepareArticle(sampleDir, profile!);
    if (!prepared.article) throw new Error(`The sample does not load: ${prepared.diagnostics.map((d) => d.message).join('; ')}`);
    const cacheDir = join(tmpdir(), `galley-sample-pdf-${inputsHash()}`);
    const pdfFile = join(cacheDir, 'harris-2017.pdf');
    const lock = `${cacheDir}.lock`;
    if (!existsSync(pdfFile)) {
      let mine = false;
      try {
        mkdirSync(lock);
        mine = true;
      } catch {
        // another worker is building it
      }
      if (mine || !(await waitFor(pdfFile, lock))) {
        try {
          const dist = join(`${cacheDir}.dist-${process.pid}`);
          const result = await buildArticle(sampleDir, { profileFile, distDir: dist, only: ['pdf'] });
          const pdf = result.outputs.find((o) => o.path === 'harris-2017.pdf');
          if (!result.ok || !pdf) throw new Error(`The sample did not build: ${result.diagnostics.map((d) => `${d.rule}: ${d.message}`).join('\n')}`);
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(`${pdfFile}.${process.pid}`, pdf.data);
          renameSync(`${pdfFile}.${process.pid}`, pdfFile);
          rmSync(dist, { recursive: true, force: true });
        } finally {
          if (mine) rmSync(lock, { recursive: true, force: true });
        }
      }
    }
    statSync(pdfFile);
    return { pdfFile, pdf: new Uint8Array(readFileSync(pdfFile)), article: prepared.article };
  })());
}
