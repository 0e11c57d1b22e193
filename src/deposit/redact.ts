// Secrets must not reach output, logs or errors, in any of the spellings a
// request or a server echo could give them.
export const redactedMark = '[redacted]';

export type Redactor = (text: string) => string;

export function redactor(secrets: readonly string[]): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    forms.add(secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  }
  // Longest first, so a form that contains another is replaced whole.
  const list = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
  return (text) => list.reduce((out, form) => out.split(form).join(redactedMark), text);
}
