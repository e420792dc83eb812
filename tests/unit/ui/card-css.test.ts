import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string): string =>
  readFileSync(new URL(`../../../lib/ui/${file}`, import.meta.url), 'utf8');
const THEME = read('theme.css');
const CARD = read('card/card.css');

/** The `--px-*` declarations of the first rule for `selector`, either at top level or inside a dark-mode query. */
function variables(css: string, selector: ':root' | ':host', dark: boolean): Map<string, string> {
  const scope = dark ? css.slice(css.indexOf('@media (prefers-color-scheme: dark)')) : css;
  const start = scope.indexOf(`${selector} {`);
  const block = scope.slice(start, scope.indexOf('}', start));
  return new Map(
    [...block.matchAll(/(--px-[a-z-]+):\s*([^;]+);/gu)].map(([, name, value]) => [name!, value!]),
  );
}

describe('card.css', () => {
  it.each([
    ['light', false],
    ['dark', true],
  ])('defines every %s theme colour on :host with the value theme.css gives it', (_, dark) => {
    const theme = variables(THEME, ':root', dark);
    const card = variables(CARD, ':host', dark);
    expect(theme.size).toBeGreaterThan(0);
    for (const [name, value] of theme) expect(card.get(name), name).toBe(value);
  });

  it('resets the host and turns off the fade for reduced motion', () => {
    expect(CARD).toMatch(/:host \{\s+all: initial;/u);
    expect(CARD).toMatch(/@media \(prefers-reduced-motion: reduce\) \{\s+\.card \{\s+animation: none;/u);
  });

  it('loads nothing from outside the extension', () => {
    expect(CARD).not.toMatch(/@import|url\(/u);
  });
});
