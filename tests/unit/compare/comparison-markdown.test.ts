import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonSchema,
  comparisonToJson,
  comparisonToMarkdown,
  compareItem,
  corpusView,
  exportFileName,
  THIS_PAGE_ID,
  type Comparison,
} from '@/lib/compare';
import type { SourceMeta } from '@/lib/corpus';
import { readCorpusBundle } from '@/lib/node';
import { CorpusSearch } from '@/lib/search';
import { SEEDS_DIR } from '../../helpers/fixtures';
import { sourcedFact } from '../../helpers/sourced-fact';

/** Two sources speak of Witkoff (one about another time), two are silent; one figure differs, one quote agrees. */
function witkoff(overrides: Partial<Comparison> = {}): Comparison {
  return {
    query: 'Steve Witkoff',
    item: { id: 'steve-witkoff', label: 'Steve Witkoff', kind: 'person' },
    sources: [
      {
        sourceId: 's1',
        outlet: 'Reuters',
        title: 'Envoy meets Putin',
        published: '2031-04-15',
        differentTime: false,
        passages: [
          { id: 's1#0', text: 'US envoy Steve Witkoff met Putin.' },
          { id: 's1#4', text: '# Not a heading\n> not a nested quote\n\nWitkoff said talks were useful.' },
        ],
      },
      {
        sourceId: 's2',
        outlet: null,
        title: null,
        lead: 'The envoy flew to Moscow for talks',
        published: null,
        differentTime: true,
        passages: [{ id: 's2#1', text: 'Witkoff flew to Moscow.' }],
      },
    ],
    silent: ['s3', 's4'],
    facts: [],
    discrepancies: [
      {
        status: 'differ',
        kind: 'duration',
        unit: 'hour',
        label: 'talks lasted',
        values: [
          sourcedFact('s1', 'five hours', 'The talks lasted five hours.'),
          sourcedFact(THIS_PAGE_ID, 'three hours', 'The talks lasted three hours, officials said.'),
        ],
      },
    ],
    agreements: [
      {
        status: 'agree',
        kind: 'quote',
        unit: null,
        label: '“useful and constructive”',
        values: [
          sourcedFact('s1', 'useful and constructive', 'He called the talks “useful and constructive”.', {
            kind: 'quote',
            speaker: 'Witkoff',
          }),
          sourcedFact('s2', 'useful and constructive', '“Useful and constructive,” an aide said.', {
            kind: 'quote',
          }),
        ],
      },
    ],
    facets: [],
    ...overrides,
  };
}

const known = (id: string, outlet: string | null, title: string | null = null): SourceMeta => ({
  id,
  outlet,
  title,
  author: null,
  published: null,
  publishedApproximate: false,
  url: null,
});

/** The lines of a blockquote without their `>` markers. */
function unquote(block: string, indent = ''): string {
  return block
    .split('\n')
    .map((line) => {
      expect(line.startsWith(`${indent}>`), line).toBe(true);
      return line.slice(indent.length).replace(/^> ?/u, '');
    })
    .join('\n');
}

describe('comparisonToMarkdown', () => {
  it('titles the note with the item and says how many sources mention it', () => {
    const markdown = comparisonToMarkdown(witkoff());
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '# Steve Witkoff',
      'Mentioned by 2 sources; 2 do not.',
    ]);
  });

  it('says how much could be compared below the sources line, never a bare "0 differ"', () => {
    const [, , extent] = comparisonToMarkdown(witkoff()).split('\n\n');
    expect(extent).toMatch(/^\d+ of \d+ facts? could be set beside another source’s: /u);
    const alone = comparisonToMarkdown(witkoff({ discrepancies: [], agreements: [] })).split('\n\n')[2];
    expect(alone).toMatch(
      /^(?:\d+ facts?, no(?:ne|t) matched with another source’s: nothing to compare yet|No figure, date or quotation to compare)\.$/u,
    );
  });

  it('names the query too when it is not the item’s label', () => {
    const markdown = comparisonToMarkdown(witkoff({ query: 'witkoff' }));
    expect(markdown).toContain('\n\nCompared for: witkoff\n\n');
  });

  it('heads each source with outlet, title and date, flagging one that reports another time', () => {
    const markdown = comparisonToMarkdown(witkoff());
    expect(markdown).toContain('\n\n## Sources\n\n### Reuters: Envoy meets Putin\n\n2031-04-15\n\n');
    expect(markdown).toContain(
      '\n\n### Unknown outlet: From the text: “The envoy flew to Moscow for talks”\n\n' +
        'date unknown · reports another time than most sources; its figures are not set against theirs\n\n',
    );
  });

  it('quotes every passage exactly, one blockquote each, so no passage line can become a heading', () => {
    const comparison = witkoff();
    const blocks = comparisonToMarkdown(comparison).split('\n\n');
    for (const source of comparison.sources) {
      for (const passage of source.passages) {
        const block = blocks.find(
          (candidate) => candidate.startsWith('>') && unquote(candidate) === passage.text,
        );
        expect(block, passage.text).toBeDefined();
      }
    }
    expect(blocks).toContain(
      '> # Not a heading\n> > not a nested quote\n>\n> Witkoff said talks were useful.',
    );
    const headings = comparisonToMarkdown(comparison)
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Steve Witkoff',
      '## Sources',
      '### Reuters: Envoy meets Putin',
      '### Unknown outlet: From the text: “The envoy flew to Moscow for talks”',
      '## Differences',
      '### talks lasted',
      '## Agreements',
      '### “useful and constructive”',
    ]);
  });

  it('lists differences before agreements, each source’s value with its sentence quoted under it', () => {
    const markdown = comparisonToMarkdown(witkoff());
    expect(markdown.indexOf('## Differences')).toBeLessThan(markdown.indexOf('## Agreements'));
    expect(markdown).toContain(
      '### talks lasted\n\n' +
        '- **Reuters**: five hours\n  > The talks lasted five hours.\n' +
        '- **This page**: three hours\n  > The talks lasted three hours, officials said.',
    );
    expect(markdown).toContain(
      '### “useful and constructive”\n\n' +
        '- **Reuters**: said by Witkoff\n  > He called the talks “useful and constructive”.\n' +
        '- **From the text: “The envoy flew to Moscow for talks”**: not attributed\n  > “Useful and constructive,” an aide said.',
    );
  });

  it('leaves out a section with nothing in it', () => {
    const markdown = comparisonToMarkdown(witkoff({ discrepancies: [], agreements: [], silent: [] }));
    expect(markdown).not.toMatch(/Differences|Agreements|Not mentioned by/u);
  });

  it('names the silent sources by outlet when it knows them, else by id', () => {
    const markdown = comparisonToMarkdown(witkoff(), [known('s3', 'AP'), known('s9', 'BBC')]);
    expect(markdown).toContain('\n\n**Not mentioned by:** AP, s4\n\n');
  });

  it('escapes Markdown in names and labels, which stay on one line', () => {
    const comparison = witkoff();
    const [first] = comparison.sources;
    if (!first) throw new Error('fixture has no source');
    first.outlet = '*Daily* [News]';
    first.title = 'Two\nlines <b>bold</b>';
    const markdown = comparisonToMarkdown(comparison);
    expect(markdown).toContain('### \\*Daily\\* \\[News\\]: Two lines \\<b\\>bold\\</b\\>\n');
    expect(markdown).toContain('- **\\*Daily\\* \\[News\\]**: five hours');
  });

  it('titles a free-text comparison with the text and quotes all of it', () => {
    const query = 'Talks in Riyadh\n# lasted hours';
    const markdown = comparisonToMarkdown(witkoff({ item: null, query }));
    expect(markdown.split('\n\n').slice(0, 3)).toEqual([
      '# Talks in Riyadh \\# lasted hours',
      'Selected text:',
      '> Talks in Riyadh\n> # lasted hours',
    ]);
  });

  it('cuts a long title in the heading only', () => {
    const query = 'word '.repeat(40).trim();
    const [heading] = comparisonToMarkdown(witkoff({ item: null, query })).split('\n');
    expect(heading).toMatch(/^# (word ){15}word…$/u);
  });

  it('keeps any passage intact inside its quotation', () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', ' ', '#', '>', '-', '*', '`', '<', '\\', '\n', '\r\n', '1.'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (passage) => {
        const comparison = witkoff({
          sources: [
            {
              sourceId: 's1',
              outlet: 'Reuters',
              title: 'T',
              published: '2031-04-15',
              differentTime: false,
              passages: [{ id: 's1#0', text: passage }],
            },
          ],
        });
        const blocks = comparisonToMarkdown(comparison).split('\n\n');
        const quoted = blocks[blocks.indexOf('2031-04-15') + 1] ?? '';
        expect(unquote(quoted)).toBe(passage.replace(/\r\n/gu, '\n'));
      }),
    );
  });
});

describe('comparisonToJson', () => {
  it('wraps the comparison in a versioned envelope that parses back to the same comparison', () => {
    const comparison = witkoff();
    const json = comparisonToJson(comparison);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "format": "parallax-comparison"');
    const parsed = JSON.parse(json) as { format: string; version: number; comparison: unknown };
    expect(parsed.format).toBe('parallax-comparison');
    expect(parsed.version).toBe(1);
    expect(comparisonSchema.parse(parsed.comparison)).toEqual(comparison);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Steve Witkoff', 'md', 'parallax-steve-witkoff.md'],
    ['Zelenskyy’s Kyiv — Ölfeld 2031', 'json', 'parallax-zelenskyy-s-kyiv-olfeld-2031.json'],
    ['../../etc/passwd', 'md', 'parallax-etc-passwd.md'],
    ['Покровськ', 'md', 'parallax-покровськ.md'],
    ['“…”', 'md', 'parallax-comparison.md'],
  ] as const)('names the file for %s', (label, ext, expected) => {
    expect(exportFileName(witkoff({ item: { id: 'x', label, kind: 'topic' } }), ext)).toBe(expected);
  });

  it('uses the query when there is no item, kept to whole words within 60 characters', () => {
    const name = exportFileName(witkoff({ item: null, query: 'ceasefire talks '.repeat(10) }), 'md');
    expect(name).toBe(`parallax-${'ceasefire-talks-'.repeat(3)}ceasefire.md`);
    expect(name.length - 'parallax-.md'.length).toBeLessThanOrEqual(60);
  });

  it('cuts a single overlong word rather than leaving the name empty', () => {
    expect(exportFileName(witkoff({ item: null, query: 'x'.repeat(100) }), 'md')).toBe(
      `parallax-${'x'.repeat(60)}.md`,
    );
  });
});

describe('on the seed corpus', () => {
  const bundle = readCorpusBundle(SEEDS_DIR);
  const search = CorpusSearch.fromFiles(bundle);
  const entity = bundle.catalogue.entities.find((candidate) => candidate.label === 'Steve Witkoff');
  if (!entity) throw new Error('seeds: no Steve Witkoff');
  const comparison = compareItem(corpusView(search, bundle.catalogue), entity);
  const markdown = comparisonToMarkdown(comparison, [...search.sources.values()]);

  it('quotes every passage of every source and lists the agreed quotation', () => {
    const blocks = markdown.split('\n\n');
    expect(comparison.sources.length).toBeGreaterThan(1);
    for (const source of comparison.sources)
      for (const passage of source.passages)
        expect(blocks.some((block) => block.startsWith('>') && unquote(block) === passage.text)).toBe(true);
    expect(markdown).toContain('### “useful and constructive”');
  });

  it('exports JSON the comparison schema accepts', () => {
    const parsed = JSON.parse(comparisonToJson(comparison)) as { comparison: unknown };
    expect(comparisonSchema.parse(parsed.comparison)).toEqual(comparison);
  });
});
