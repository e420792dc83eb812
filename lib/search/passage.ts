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
  /** Ids of the catalogue items the passage mentions (empty when built without a catalogue). */
  entities: string[];
}

export function passageId(sourceId: string, sentenceIndex: number): string {
  return `${sourceId}#${sentenceIndex}`;
}

/** `passageEntities` maps a passage id to the catalogue items it mentions. */
export function articlePassages(
  article: Article,
  passageEntities: ReadonlyMap<string, readonly string[]> = new Map(),
): Passage[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => {
      const id = passageId(article.meta.id, sentence.index);
      return {
        id,
        sourceId: article.meta.id,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        paragraph: paragraph.index,
        entities: [...(passageEntities.get(id) ?? [])],
      };
    }),
  );
}
