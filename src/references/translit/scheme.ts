// The shape of a transliteration scheme: a letter table plus a few contextual
// rules, all data. One function (transliterate.ts) interprets every scheme.

/** A letter whose rendering depends on its neighbours. */
export interface ContextRule {
  /** Lower-case Cyrillic letter the rule is about. */
  letter: string;
  /** Latin output when the rule applies (lower case). */
  to: string;
  /** Applies at the start of a word. */
  atWordStart?: boolean;
  /** Applies right after one of these (lower-case Cyrillic) letters. */
  after?: string;
  /** Applies when the next letter's Latin output starts with one of these letters. */
  beforeOutput?: string;
}

export interface TranslitScheme {
  id: string;
  name: string;
  /** Lower-case Cyrillic letter → lower-case Latin. Letters not listed pass through. */
  letters: Record<string, string>;
  /** Checked in order before the letter table; the first that applies wins. */
  rules?: ContextRule[];
  /**
   * How a capital whose Latin form has several letters is written:
   * `first` — only the first is a capital (Ц → Ts, also in ЦК → TsK);
   * `word` — all are capitals inside a word written in capitals (ЦК → TSK).
   */
  capitals: 'first' | 'word';
}
