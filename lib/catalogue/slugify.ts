import { foldText } from '../search/normalize';

/** "Institute for the Study of War" → "institute-for-the-study-of-war". */
export function slugify(label: string): string {
  return foldText(label)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
