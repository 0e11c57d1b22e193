// The UDC syntax tree. Every node keeps the 1-based column of its first
// character, so a renderer or a later rule can point back into the notation.
// The grammar is documented in docs/udc.md.

interface At {
  column: number;
}

/** Main-table number (`329.8`), an intercalated one (`(410)1`), `.333` resumed after a bracketed auxiliary, or `.735` abbreviated after `/`. */
export interface UdcNumber extends At {
  type: 'number';
  value: string;
  /** `.333` in `622(410).333`: resumes the main number after an auxiliary. */
  continuation?: true;
  /** `.735` in `629.734/.735`: the digits shared with the range's start are left out. */
  abbreviated?: true;
}

/** Connectors (Table 1a/1b). */
export interface UdcCoordination extends At { type: 'coordination'; items: UdcNode[] }
export interface UdcExtension extends At { type: 'extension'; from: UdcNode; to: UdcNode }
export interface UdcRelation extends At { type: 'relation'; operator: ':' | '::'; left: UdcNode; right: UdcNode }
export interface UdcSubgroup extends At { type: 'subgroup'; body: UdcNode }

/** Elements written one after another with no connector: `94(470)"1917/1927"`. */
export interface UdcCompound extends At { type: 'compound'; parts: UdcNode[] }

/** Common auxiliaries. */
export interface UdcLanguage extends At { type: 'language'; value: string }
export interface UdcBracketed extends At { type: 'form' | 'place' | 'ethnic'; body: UdcNode }
export interface UdcTime extends At { type: 'time'; body: UdcNode }
/** A date or period inside `"…"`: `1917`, `19`, `1898.12.11`, `-0054`. */
export interface UdcDate extends At { type: 'date'; value: string }

/** Special auxiliaries (`-058`, `-31`, `.01`, `'282`) and point of view (`.001`). */
export interface UdcSpecial extends At { type: 'special'; indicator: '-' | '.0' | "'"; value: string }
export interface UdcPointOfView extends At { type: 'point-of-view'; value: string }

/** Table 1h: `929Сталин`, `(430)AEG`; non-UDC notation `*433`, `*E4`. */
export interface UdcAlphabetical extends At { type: 'alphabetical'; value: string }
export interface UdcNonUdc extends At { type: 'non-udc'; value: string }

export type UdcNode =
  | UdcNumber | UdcCoordination | UdcExtension | UdcRelation | UdcSubgroup | UdcCompound
  | UdcLanguage | UdcBracketed | UdcTime | UdcDate | UdcSpecial | UdcPointOfView | UdcAlphabetical | UdcNonUdc;

/** Write the notation back from the tree (parse then print gives the input again). */
export function printUdc(node: UdcNode): string {
  switch (node.type) {
    case 'number':
    case 'language':
    case 'date':
    case 'special':
    case 'point-of-view':
    case 'alphabetical':
    case 'non-udc':
      return node.value;
    case 'coordination':
      return node.items.map(printUdc).join('+');
    case 'extension':
      return `${printUdc(node.from)}/${printUdc(node.to)}`;
    case 'relation':
      return `${printUdc(node.left)}${node.operator}${printUdc(node.right)}`;
    case 'subgroup':
      return `[${printUdc(node.body)}]`;
    case 'compound':
      return node.parts.map(printUdc).join('');
    case 'form':
    case 'place':
    case 'ethnic':
      return `(${printUdc(node.body)})`;
    case 'time':
      return `"${printUdc(node.body)}"`;
  }
}

/**
 * A compact S-expression of the tree, for tests and debugging:
 * `(+ 329.8 (· 929 alpha:Сталин) (· 94 (place 470) (time (/ 1917 1927))))`.
 */
export function formatUdcAst(node: UdcNode): string {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'date':
      return node.value;
    case 'language':
      return `lang:${node.value}`;
    case 'special':
      return `special:${node.value}`;
    case 'point-of-view':
      return `view:${node.value}`;
    case 'alphabetical':
      return `alpha:${node.value}`;
    case 'non-udc':
      return `non-udc:${node.value}`;
    case 'coordination':
      return `(+ ${node.items.map(formatUdcAst).join(' ')})`;
    case 'extension':
      return `(/ ${formatUdcAst(node.from)} ${formatUdcAst(node.to)})`;
    case 'relation':
      return `(${node.operator} ${formatUdcAst(node.left)} ${formatUdcAst(node.right)})`;
    case 'subgroup':
      return `[${formatUdcAst(node.body)}]`;
    case 'compound':
      return `(· ${node.parts.map(formatUdcAst).join(' ')})`;
    case 'form':
    case 'place':
    case 'ethnic':
    case 'time':
      return `(${node.type} ${formatUdcAst(node.body)})`;
  }
}
