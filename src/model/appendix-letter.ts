// Appendices are lettered from the label table's `appendix-letters` of the
// article's language (a journal's alphabet may leave out letters that read as
// digits, as GOST 2.105 does). Past the last letter, numbers.
export function appendixLetter(number: number, letters: string): string {
  return [...letters][number - 1] ?? String(number);
}
