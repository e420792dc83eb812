import type { Gender } from './given-name-genders';

/**
 * Honorifics and gendered titles of English news prose with the gender they
 * give the name they precede ("Mrs. Clinton", "Congresswoman Sánchez"): the
 * style books' courtesy titles and the gendered forms of common titles. A
 * title that names either ("Sen.", "Dr.", "Ms." and "Mx." aside) is not here.
 */
const HONORIFIC_GENDERS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['dame', 'female'],
  ['lord', 'male'],
  ['lady', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['first lady', 'female'],
]);

/** The gender an honorific gives the name after it ("Mr." → male), or null ("Sen.", "Dr."). */
export const honorificGender = (word: string): Gender | null =>
  HONORIFIC_GENDERS.get(word.replace(/\.$/u, '').toLowerCase()) ?? null;
