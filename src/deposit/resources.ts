// Resource-only deposits: references (`citation_list`) and full-text links
// (`collection`, e.g. crawler-based for Similarity Check, text-mining) added to
// DOIs that are already registered, without sending the whole record again.
// Crossref takes them as `operation=doDOICitUpload` with a doi_batch of the
// doi_resources schema, which has no timestamp. The content is taken from the
// metadata deposit the Crossref renderer made, so there is one writer of
// citations and collections.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../checks/diagnostic.js';
import { schemaDiagnostics, validateXsd } from '../checks/xml-schema.js';
import { crossrefSchemaDir } from '../profile/load.js';
import type { Profile } from '../profile/types.js';
import { escapeXml } from '../render/xml-escape.js';

/** The only doi_resources version the vendored bundles carry (5.3.1 has none). */
export const resourcesVersion = '5.4.0';
const namespace = (version: string) => `http://www.crossref.org/doi_resources_schema/${version}`;

export type DepositKind = 'metadata' | 'resources';

/** What a doi_batch registers: metadata (Crossref schema) or resources (doi_resources schema). */
export function depositKind(xml: string): DepositKind | undefined {
  const root = /<doi_batch\b[^>]*>/.exec(xml)?.[0];
  if (!root) return undefined;
  const ns = /\sxmlns="([^"]*)"/.exec(root)?.[1] ?? '';
  if (ns.startsWith('http://www.crossref.org/doi_resources_schema/')) return 'resources';
  if (ns.startsWith('http://www.crossref.org/schema/')) return 'metadata';
  return undefined;
}

/** The existing DOIs a resource deposit adds to: the <doi> first in each of its body elements. */
export function resourceDois(xml: string): string[] {
  const dois: string[] = [];
  const holders = /<(doi_citations|doi_resources|crossmark_data|fundref_data|lic_ref_data|doi_relations|clinicaltrial_data)>\s*<doi>([^<]+)<\/doi>/g;
  for (const match of xml.matchAll(holders)) dois.push(match[2].trim());
  return [...new Set(dois)];
}

/** Schema diagnostics against doi_resources<version>.xsd of the profile's Crossref bundle. */
export function validateResourcesXml(xml: string, profile: Profile, outputName: string): Diagnostic[] {
  const version = /<doi_batch\b[^>]*\sversion="([^"]+)"/.exec(xml)?.[1] ?? resourcesVersion;
  const dir = crossrefSchemaDir(profile, version);
  const xsdFile = dir && join(dir, `doi_resources${version}.xsd`);
  if (!xsdFile || !existsSync(xsdFile))
    return [
      diagnostic(
        'schema-missing',
        `Unexpected missing Crossref doi_resources ${version} schema${xsdFile ? ` (no ${xsdFile})` : ''}, expected the folder of the official Crossref XSD bundle set by \`schemas.crossref\` in ${profile.file}`,
        { file: profile.file, line: 1, column: 1 },
        { url: 'https://www.crossref.org/documentation/schema-library/resource-only-deposit-schema/' },
      ),
    ];
  const catalogFile = join(dir, 'catalog.xml');
  const errors = validateXsd(xml, { xsdFile, catalogFile: existsSync(catalogFile) ? catalogFile : undefined, fileName: outputName });
  return schemaDiagnostics('crossref-schema', errors, outputName);
}

export interface ResourceParts {
  doi: string;
  citationList?: string;
  collections: string[];
}

/** Per registered article: its DOI, its <citation_list> and the <collection>s of its <doi_data>, as written. */
export function resourcePartsOf(metadataXml: string): ResourceParts[] {
  const parts: ResourceParts[] = [];
  for (const block of metadataXml.matchAll(/<journal_article\b[\s\S]*?<\/journal_article>/g)) {
    const doiData = /<doi_data>([\s\S]*?)<\/doi_data>/.exec(block[0])?.[1];
    const doi = doiData && /<doi>([^<]+)<\/doi>/.exec(doiData)?.[1].trim();
    if (!doi) continue;
    parts.push({
      doi,
      citationList: /<citation_list>[\s\S]*?<\/citation_list>/.exec(block[0])?.[0],
      collections: [...doiData.matchAll(/<collection\b[\s\S]*?<\/collection>/g)].map((m) => m[0]),
    });
  }
  return parts;
}

/**
 * A doi_resources batch from a rendered metadata batch: one <doi_citations>
 * per article with references, one <doi_resources> per collection. Undefined
 * when there is nothing to add. The batch id is provisional (the client
 * stamps its own).
 */
export function resourcesBatch(metadataXml: string, batchId: string): string | undefined {
  const parts = resourcePartsOf(metadataXml);
  const citations = parts.filter((p) => p.citationList).map((p) => `    <doi_citations>\n      <doi>${p.doi}</doi>\n      ${p.citationList}\n    </doi_citations>`);
  const resources = parts.flatMap((p) => p.collections.map((c) => `    <doi_resources>\n      <doi>${p.doi}</doi>\n      ${c}\n    </doi_resources>`));
  if (!citations.length && !resources.length) return undefined;
  const root = /<doi_batch\b[^>]*>/.exec(metadataXml)?.[0] ?? '';
  // Prefixes used inside citations (jats:, ai:, mml:…) keep their declarations.
  const prefixes = [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].filter((m) => m[1] !== 'xsi').map((m) => ` xmlns:${m[1]}="${m[2]}"`);
  const depositor = /<depositor>[\s\S]*?<\/depositor>/.exec(metadataXml)?.[0] ?? '';
  const ns = namespace(resourcesVersion);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<doi_batch version="${resourcesVersion}" xmlns="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns} https://www.crossref.org/schemas/doi_resources${resourcesVersion}.xsd"${prefixes.join('')}>`,
    '  <head>',
    `    <doi_batch_id>${escapeXml(batchId)}</doi_batch_id>`,
    `    ${depositor}`,
    '  </head>',
    '  <body>',
    ...citations,
    ...resources,
    '  </body>',
    '</doi_batch>',
    '',
  ].join('\n');
}
