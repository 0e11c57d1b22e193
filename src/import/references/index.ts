// References from printed lists and in-text citations (the Word import calls these).
export type { PrintedEntry, ParsedLists, Expansions } from './types.js';
export { parseReferenceLists, type ListsInput } from './parse-lists.js';
export { convertInTextCitations } from './in-text.js';
export { defaultExpansions } from './expansions.js';
