import type { Article } from '../corpus';

/** One indexed unit: a sentence of an article, with where to find it. */
export interface Passage {
  /** `<sourceId>#<sentence index>`, stable for a given corpus. */
  id: string;
  sourceId: string;
  text: string;
  /** Offsets into the article body. */
  start: number;
  end: number;
  paragraph: number;
}

export function passageId(sourceId: string, sentenceIndex: number): string {
  return `${sourceId}#${sentenceIndex}`;
}

export function articlePassages(article: Article): Passage[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({
      id: passageId(article.meta.id, sentence.index),
      sourceId: article.meta.id,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      paragraph: paragraph.index,
    })),
  );
}
