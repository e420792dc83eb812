import { describe, expect, it } from 'vitest';
import { CorpusError, parseManifest } from '@/lib/corpus';

const FILE = 'corpora/harbour/sources.json';

const ENTRY = {
  outlet: 'Calder Gazette',
  title: 'Dockworkers Walk Out at Port Calder',
  author: null,
  published: '2031-04-14',
  url: 'https://gazette.example/walkout',
};

/** The error parseManifest throws for a manifest holding `entry` under id "walkout". */
function errorFor(entry: unknown): CorpusError {
  try {
    parseManifest(JSON.stringify({ walkout: entry }), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected parseManifest to throw');
}

describe('parseManifest', () => {
  it('returns the entries of a valid manifest, with optional fields left out', () => {
    const manifest = parseManifest(
      JSON.stringify({
        walkout: ENTRY,
        talks: { ...ENTRY, publishedApproximate: true, notes: 'from the page' },
      }),
      FILE,
    );
    expect(manifest).toEqual({
      walkout: ENTRY,
      talks: { ...ENTRY, publishedApproximate: true, notes: 'from the page' },
    });
  });

  it('accepts null for every unknown fact', () => {
    const unknown = { outlet: null, title: null, author: null, published: null, url: null };
    expect(parseManifest(JSON.stringify({ walkout: unknown }), FILE)).toEqual({ walkout: unknown });
  });

  it('rejects an unknown field, naming the file, the entry and the field', () => {
    expect(errorFor({ ...ENTRY, publisher: 'Calder Media' }).message).toBe(
      'corpus: corpora/harbour/sources.json: manifest field "walkout.publisher": is not a known field',
    );
  });

  it('rejects a missing field, naming it', () => {
    const withoutAuthor: Partial<typeof ENTRY> = { ...ENTRY };
    delete withoutAuthor.author;
    expect(errorFor(withoutAuthor).message).toContain('field "walkout.author"');
  });

  it('rejects a date of the wrong type, naming "<id>.published"', () => {
    expect(errorFor({ ...ENTRY, published: 20310414 }).message).toMatch(
      /^corpus: corpora\/harbour\/sources\.json: manifest field "walkout\.published": /u,
    );
  });

  it('rejects a date that is not written YYYY-MM-DD, with one reason', () => {
    const message = errorFor({ ...ENTRY, published: '14 April 2031' }).message;
    expect(message).toBe(
      'corpus: corpora/harbour/sources.json: manifest field "walkout.published": is not an ISO date (YYYY-MM-DD)',
    );
  });

  it('rejects a well-formed date that does not exist', () => {
    for (const published of ['2031-02-30', '2031-04-31', '2031-13-01', '2031-00-10']) {
      expect(errorFor({ ...ENTRY, published }).message).toContain('field "walkout.published"');
    }
    expect(errorFor({ ...ENTRY, published: '2031-02-29' }).message).toContain('is not a real date');
    const leapDay = parseManifest(JSON.stringify({ walkout: { ...ENTRY, published: '2032-02-29' } }), FILE);
    expect(leapDay.walkout?.published).toBe('2032-02-29');
  });

  it('rejects blank text where null is meant, and non-web URLs', () => {
    expect(errorFor({ ...ENTRY, outlet: '  ' }).message).toContain('field "walkout.outlet": is empty');
    expect(errorFor({ ...ENTRY, url: 'ftp://gazette.example/walkout' }).message).toContain(
      'field "walkout.url"',
    );
  });

  it('rejects an id that cannot be a file name', () => {
    expect(() => parseManifest(JSON.stringify({ 'walk out': ENTRY }), FILE)).toThrow(/field "walk out"/u);
  });

  it('rejects a manifest that is not an object', () => {
    expect(() => parseManifest('[]', FILE)).toThrow(/manifest field "\(root\)"/u);
  });

  it('rejects invalid JSON, naming the file', () => {
    expect(() => parseManifest('{ "walkout": ', FILE)).toThrow(
      /^corpus: corpora\/harbour\/sources\.json: not valid JSON \(/u,
    );
  });
});
