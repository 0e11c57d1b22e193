export interface RuleSpec {
  severity: 'error' | 'warning' | 'info';
  /** One sentence: what the rule protects. Required for every rule. */
  description: string;
  url?: string;
}
