// What Galley can say about a rule: the catalogue's entry and a real example
// (docs/rule-examples.json, collected from the bad-input fixtures).
import { readFileSync } from 'node:fs';
import { ruleCatalogue, type RuleId } from '../checks/catalogue/index.js';
import { UsageError } from './args.js';
import { didYouMean } from '../util/suggest.js';

export interface RuleExample {
  fixture: string;
  file: string;
  line: number;
  column: number;
  source: string;
  message: string;
}

export interface RuleInfo {
  rule: RuleId;
  severity: 'error' | 'warning' | 'info';
  description: string;
  url: string | null;
  example: RuleExample | null;
}

let examples: Record<string, RuleExample> | undefined;
function ruleExamples(): Record<string, RuleExample> {
  // The same relative place from src/cli and from the compiled lib/cli.
  examples ??= JSON.parse(readFileSync(new URL('../../docs/rule-examples.json', import.meta.url), 'utf8')) as Record<string, RuleExample>;
  return examples;
}

export const ruleIds = (): RuleId[] => (Object.keys(ruleCatalogue) as RuleId[]).sort();

export function ruleInfo(id: string): RuleInfo {
  if (!(id in ruleCatalogue)) throw new UsageError(`unknown rule '${id}'${didYouMean(id, ruleIds())} (\`galley rules\` lists them)`);
  const rule = id as RuleId;
  const spec = ruleCatalogue[rule] as { severity: RuleInfo['severity']; description: string; url?: string };
  return { rule, severity: spec.severity, description: spec.description, url: spec.url ?? null, example: ruleExamples()[rule] ?? null };
}
