import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { OverridesError, parseOverrides } from '@/lib/entities';
import { readCorpusBundle, readCorpusDir } from '@/lib/node';
import { fixtureCorpusDir } from '../../helpers/fixtures';

const articles = readCorpusDir(fixtureCorpusDir('harbour-strike'));

function build(json: string) {
  return buildCatalogue(articles, {
    overrides: parseOverrides(json, 'entities.json'),
    overridesFile: 'entities.json',
  }).catalogue;
}

describe('parseOverrides', () => {
  it('names the file, the field and the reason for a wrong type', () => {
    expect(() => parseOverrides('{"kinds": {"Port Calder": "city"}}', 'corpus/entities.json')).toThrow(
      /entities: corpus\/entities\.json: .*field "kinds\.Port Calder"/u,
    );
  });

  it('refuses unknown fields and broken JSON with the file name', () => {
    expect(() => parseOverrides('{"blocks": []}', 'x.json')).toThrow(OverridesError);
    expect(() => parseOverrides('{"blocks": []}', 'x.json')).toThrow(/x\.json/u);
    expect(() => parseOverrides('{', 'x.json')).toThrow(/x\.json: not valid JSON/u);
  });

  it('accepts an empty object: every field is optional', () => {
    expect(parseOverrides('{}', 'x.json')).toMatchObject({ block: [], add: [], merge: [] });
  });
});

describe('applying overrides', () => {
  it('blocks a term wherever it appears', () => {
    const labels = build('{"block": ["container backlog"]}').entities.map((entity) => entity.label);
    expect(labels).not.toContain('container backlog');
  });

  it('adds an item the extractor cannot find, located in the passages that mention it', () => {
    const added = build(
      '{"add": [{"label": "night rota", "kind": "topic", "aliases": ["night-shift rota"]}]}',
    ).entities.find((entity) => entity.label === 'night rota');
    expect(added?.kind).toBe('topic');
    expect(Object.keys(added?.sources ?? {}).length).toBeGreaterThanOrEqual(2);
  });

  it('merges two items into the first, and sets kinds and labels', () => {
    const catalogue = build(
      '{"merge": [["Marta Ilves", "Tomas Brennick"]], "kinds": {"Port Calder": "organisation"}, "labels": {"Port Calder": "The Port of Calder"}}',
    );
    const merged = catalogue.entities.find((entity) => entity.label === 'Marta Ilves');
    expect(merged?.aliases.map((alias) => alias.text)).toContain('Tomas Brennick');
    expect(catalogue.entities.find((entity) => entity.label === 'The Port of Calder')?.kind).toBe(
      'organisation',
    );
  });

  it('splits aliases out into an item of their own', () => {
    const catalogue = build(
      '{"split": [{"from": "Marta Ilves", "label": "Ms Ilves", "aliases": ["Ms Ilves"]}]}',
    );
    const split = catalogue.entities.find((entity) => entity.label === 'Ms Ilves');
    expect(split?.kind).toBe('person');
    expect(catalogue.entities.find((entity) => entity.label === 'Marta Ilves')?.aliases).not.toContainEqual(
      expect.objectContaining({ text: 'Ms Ilves' }),
    );
  });

  it('fails on a reference that names no item, so a typo cannot silently do nothing', () => {
    expect(() => build('{"kinds": {"Port Caldre": "place"}}')).toThrow(
      /entities: entities\.json: field "kinds\.Port Caldre": "Port Caldre" names no item/u,
    );
  });

  it('fails the bundle build on a malformed entities.json in the corpus folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-overrides-'));
    writeFileSync(join(dir, 'a.txt'), 'A Headline\n\nMarta Ilves spoke at Port Calder on Monday.\n');
    writeFileSync(join(dir, 'entities.json'), '{"merge": "everything"}');
    expect(() => readCorpusBundle(dir)).toThrow(/entities\.json: .*field "merge"/u);
  });
});
