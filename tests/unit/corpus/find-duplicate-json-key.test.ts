import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '@/lib/corpus';

describe('findDuplicateJsonKey', () => {
  it('finds an id given twice at the top of a manifest', () => {
    expect(findDuplicateJsonKey('{"walkout": {}, "talks": {}, "walkout": {"title": null}}')).toBe('walkout');
  });

  it('names the path of a field given twice inside an entry', () => {
    const text =
      '{"talks": {"published": "2031-04-17"}, "walkout": {"title": "A", "published": null, "published": "2031-04-14"}}';
    expect(findDuplicateJsonKey(text)).toBe('walkout.published');
  });

  it('finds keys that are equal once their escapes are decoded', () => {
    expect(findDuplicateJsonKey('{"walkout": 1, "walk\\u006fut": 2}')).toBe('walkout');
  });

  it('counts array positions in the path and keeps each object’s keys apart', () => {
    expect(findDuplicateJsonKey('{"a": [{"x": 1}, {"x": 2}], "b": {"x": 3}}')).toBeNull();
    expect(findDuplicateJsonKey('{"a": [{"x": 1}, {"x": 2, "x": 3}]}')).toBe('a.1.x');
  });

  it('is not fooled by keys inside strings, or by escaped quotes', () => {
    expect(findDuplicateJsonKey('{"a": "\\"a\\": 1", "b": "{\\"b\\": 2, \\"b\\": 3}"}')).toBeNull();
  });

  it('finds no duplicate in anything JSON.stringify writes, and finds one it is given', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 6 }),
        (object) => {
          const text = JSON.stringify(object, null, 1);
          expect(findDuplicateJsonKey(text)).toBeNull();
          const [key] = Object.keys(object);
          const repeated = `${text.slice(0, -1)}, ${JSON.stringify(key)}: 0}`;
          expect(findDuplicateJsonKey(repeated)).toBe(key);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
