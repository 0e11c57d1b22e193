// Chromium draws a one-letter <mi> with the Mathematical Italic letters
// (U+1D400…), which the journal's text faces lack, so it would fall back to
// whatever math font the machine has. In print the letter keeps its own code
// point and is set in the body face's italic instead (docs/source-format.md).
const singleLetter = /<mi>([\p{L}])<\/mi>/gu;

export function mathInJournalFonts(mathml: string): string {
  return mathml.replace(singleLetter, '<mi mathvariant="normal" class="mi-italic">$1</mi>');
}
