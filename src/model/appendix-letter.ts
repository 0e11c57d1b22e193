// Appendices are lettered in the article's language. Russian uses the Cyrillic
// alphabet without Ё, З, Й, О, Ч, Ъ, Ы, Ь (GOST 2.105, so no letter reads as a
// digit); other languages the Latin alphabet. Past the last letter, numbers.
const letters: Record<string, string> = {
  ru: 'АБВГДЕЖИКЛМНПРСТУФХЦШЩЭЮЯ',
  latin: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
};

export function appendixLetter(number: number, lang: string): string {
  const alphabet = [...(letters[lang.split('-')[0]] ?? letters.latin)];
  return alphabet[number - 1] ?? String(number);
}
