// The extractor the reader's articles go through too (lib/item-extraction) reads dates with it.
export { dateAliases, dateLabel, findDateMentions } from '../item-extraction/date-mentions';
export type { DateMention } from '../item-extraction/date-mentions';
