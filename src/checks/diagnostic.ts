// Diagnostics are collected, never thrown at the user. Severity is decided by
// the catalogue (or the profile's overrides), never by the code that reports.
import type { Position } from '../model/types.js';
import { ruleCatalogue, type RuleId } from './catalogue/index.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  /** "Unexpected X, expected Y" form where it fits. */
  message: string;
  position?: Position;
  /** Extra detail shown under the message (a diff, the offending value). */
  detail?: string;
  /** Link to the relevant spec (JATS tag library, Crossref docs…). */
  url?: string;
}

export type SeverityOverrides = Partial<Record<string, Severity | 'off'>>;

/** Collects diagnostics; the severity of each comes from the catalogue plus overrides. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  constructor(private readonly overrides: SeverityOverrides = {}) {}

  report(rule: RuleId, message: string, position?: Position, extra: { detail?: string; url?: string } = {}): void {
    const configured = this.overrides[rule] ?? ruleCatalogue[rule].severity;
    if (configured === 'off') return;
    this.items.push({ rule, severity: configured, message, position, ...extra });
  }

  addAll(diagnostics: Iterable<Diagnostic>): void {
    for (const d of diagnostics) {
      const configured = this.overrides[d.rule];
      if (configured === 'off') continue;
      this.items.push(configured ? { ...d, severity: configured } : d);
    }
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.position?.file ?? '').localeCompare(b.position?.file ?? '') ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

/** One diagnostic with its severity from the catalogue (profile overrides apply later, see applySeverities). */
export function diagnostic(rule: RuleId, message: string, position?: Position, extra: { detail?: string; url?: string } = {}): Diagnostic {
  return { rule, severity: ruleCatalogue[rule].severity, message, position, ...extra };
}

/** The profile's severity overrides over a finished list: `off` drops a rule. */
export function applySeverities(list: Diagnostic[], overrides: SeverityOverrides): Diagnostic[] {
  const bag = new DiagnosticBag(overrides);
  bag.addAll(list);
  return bag.items;
}
