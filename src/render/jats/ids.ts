// XML ids for the JATS document. IDs must be XML NCNames and unique in the
// document; they come from the source (footnote ids, CSL ids), so they are
// made safe deterministically and never depend on rendering order alone.

const ncName = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** An ASCII NCName for `text`: other characters become `_<hex>`, a bad first character gets a prefix. */
export function safeNcName(text: string, prefix: string): string {
  if (ncName.test(text)) return text;
  const body = [...text].map((c) => (/[A-Za-z0-9._-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
  return /^[A-Za-z_]/.test(body) ? body : `${prefix}${body}`;
}

/** Hands out unique ids; a taken id gets `-<kind>` then a counter appended. */
export class IdRegistry {
  private readonly taken = new Set<string>();

  claim(wanted: string, kind: string): string {
    const safe = safeNcName(wanted, `${kind}-`);
    const base = this.taken.has(safe) ? `${safe}-${kind}` : safe;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
