/** A token and where it sits in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Dotted acronyms ("U.S."), then words and numbers that may hold inner
// apostrophes, dots or commas ("Putin’s", "2.40pm", "141,000"). Hyphens split
// ("air-truce" → air, truce) so both spellings meet.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

export function tokenizeWithOffsets(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (match) => match[0]);
}
