// SARIF 2.1.0 (code-scanning upload, editors): one run, the rules used with their descriptions.
import { relative } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../checks/diagnostic.js';
import { ruleCatalogue, type RuleId } from '../checks/catalogue/index.js';
import { ruleUrl } from './report.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(diagnostics: Diagnostic[], cwd: string, version: string, run: { exitCode: number; fatal?: { message: string } }): string {
  const sorted = sortDiagnostics(diagnostics);
  const ids = [...new Set(sorted.map((d) => d.rule))].sort() as RuleId[];
  const rules = ids.map((id) => {
    const spec = ruleCatalogue[id] as { severity: Diagnostic['severity']; description: string; url?: string };
    return {
      id,
      shortDescription: { text: spec.description },
      defaultConfiguration: { level: level[spec.severity] },
      ...(spec.url && { helpUri: spec.url }),
      help: { text: `galley explain ${id}` },
    };
  });
  const results = sorted.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ids.indexOf(d.rule),
    level: level[d.severity],
    message: { text: d.message },
    ...(d.position && {
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: (relative(cwd, d.position.file) || d.position.file).split('\\').join('/') },
            region: { startLine: d.position.line, startColumn: d.position.column },
          },
        },
      ],
    }),
    ...(ruleUrl(d) && { properties: { url: ruleUrl(d) } }),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'galley', version, rules } },
        // A run that failed fatally says so here: no results then means "not checked", not "clean".
        invocations: [
          {
            executionSuccessful: !run.fatal,
            exitCode: run.exitCode,
            ...(run.fatal && { toolExecutionNotifications: [{ level: 'error', message: { text: run.fatal.message } }] }),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
