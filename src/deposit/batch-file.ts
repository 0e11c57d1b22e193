// A deposit file as the client handles it: which DOIs it registers, and a new
// head (batch id + timestamp) stamped in at send time.
import type { CrossrefHead } from '../render/crossref/index.js';
import { escapeXml } from '../render/xml-escape.js';

export class BatchFileError extends Error {}

/** DOIs registered by the file: those in <doi_data> (citation DOIs are references, not registrations). */
export function registeredDois(xml: string): string[] {
  const dois: string[] = [];
  for (const match of xml.matchAll(/<doi_data>\s*<doi>([^<]+)<\/doi>/g)) dois.push(match[1].trim());
  return [...new Set(dois)];
}

/** Replace the batch id and timestamp inside <head>; nothing outside it changes. */
export function restampHead(xml: string, head: CrossrefHead): string {
  const match = /<head>[\s\S]*?<\/head>/.exec(xml);
  if (!match) throw new BatchFileError('Unexpected deposit without <head>, expected a Crossref doi_batch');
  let replaced = 0;
  const stamped = match[0]
    .replace(/<doi_batch_id>[^<]*<\/doi_batch_id>/, () => (replaced++, `<doi_batch_id>${escapeXml(head.batchId)}</doi_batch_id>`))
    .replace(/<timestamp>[^<]*<\/timestamp>/, () => (replaced++, `<timestamp>${escapeXml(head.timestamp)}</timestamp>`));
  if (replaced !== 2) throw new BatchFileError('Unexpected <head> without <doi_batch_id> and <timestamp>, expected both');
  return xml.slice(0, match.index) + stamped + xml.slice(match.index + match[0].length);
}

/** Replace only the batch id inside <head> (a resource deposit has no timestamp). */
export function restampBatchId(xml: string, batchId: string): string {
  const match = /<head>[\s\S]*?<\/head>/.exec(xml);
  if (!match) throw new BatchFileError('Unexpected deposit without <head>, expected a Crossref doi_batch');
  if (!/<doi_batch_id>[^<]*<\/doi_batch_id>/.test(match[0])) throw new BatchFileError('Unexpected <head> without <doi_batch_id>, expected one');
  const stamped = match[0].replace(/<doi_batch_id>[^<]*<\/doi_batch_id>/, () => `<doi_batch_id>${escapeXml(batchId)}</doi_batch_id>`);
  return xml.slice(0, match.index) + stamped + xml.slice(match.index + match[0].length);
}
