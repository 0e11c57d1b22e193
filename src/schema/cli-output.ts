// JSON Schema of `--format json` (src/cli/output.ts), published as
// docs/cli-output.schema.json. Version 1; a field's meaning never changes
// within a version, new fields may be added.
import { outputFormatVersion } from '../cli/output.js';

type JsonSchema = Record<string, unknown>;
const nullable = (type: string): JsonSchema => ({ type: [type, 'null'] });

export function cliOutputSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'galley-cli-output.schema.json',
    title: 'Galley CLI output (--format json)',
    description: 'One document on stdout for every verb, also when the command fails fatally (then `fatal` says why). Documented in docs/cli.md.',
    type: 'object',
    required: ['format', 'version', 'galley', 'verb', 'ok', 'exitCode', 'fatal', 'summary', 'diagnostics', 'outputs', 'timings', 'result'],
    additionalProperties: false,
    properties: {
      format: { const: 'galley-output' },
      version: { const: outputFormatVersion },
      galley: { type: 'string', description: 'Galley version' },
      verb: { type: 'string', description: 'the command: build, check, issue build, deposit status …' },
      ok: { type: 'boolean', description: 'exitCode is 0' },
      exitCode: { type: 'integer', enum: [0, 1, 2], description: '0 ok, 1 errors found or the command failed, 2 usage error' },
      fatal: {
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            required: ['kind', 'message'],
            additionalProperties: false,
            properties: { kind: { enum: ['usage', 'internal', 'failed'] }, message: { type: 'string' } },
          },
        ],
      },
      summary: {
        type: 'object',
        required: ['errors', 'warnings', 'infos'],
        additionalProperties: false,
        properties: { errors: { type: 'integer', minimum: 0 }, warnings: { type: 'integer', minimum: 0 }, infos: { type: 'integer', minimum: 0 } },
      },
      diagnostics: {
        type: 'array',
        items: {
          type: 'object',
          required: ['rule', 'severity', 'message', 'file', 'line', 'column', 'url'],
          additionalProperties: false,
          properties: {
            rule: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: '`galley explain <rule>` tells more' },
            severity: { enum: ['error', 'warning', 'info'] },
            message: { type: 'string' },
            file: nullable('string'),
            line: { type: ['integer', 'null'], minimum: 1 },
            column: { type: ['integer', 'null'], minimum: 1 },
            url: nullable('string'),
            detail: { type: 'string' },
          },
        },
      },
      outputs: {
        type: 'array',
        description: 'files the command wrote, relative to the working directory',
        items: { type: 'object', required: ['path'], additionalProperties: false, properties: { path: { type: 'string' }, article: { type: 'string' } } },
      },
      timings: {
        type: 'object',
        required: ['totalMs'],
        description: 'durations in milliseconds (totalMs always; buildMs, checkMs, issueBuildMs, article:<id> where they apply)',
        additionalProperties: { type: 'integer', minimum: 0 },
      },
      result: { type: 'object', description: 'verb-specific results (docs/cli.md lists them)' },
    },
  };
}
