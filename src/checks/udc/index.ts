// UDC notation: tokenizer, parser, syntax tree and the article rule.
export { tokenizeUdc, type UdcToken, type UdcTokenKind, type UdcSyntaxError } from './tokens.js';
export { parseUdc, type UdcParseResult } from './parse.js';
export { printUdc, formatUdcAst, type UdcNode } from './ast.js';
export { checkUdc, udcRequired } from './rule.js';
