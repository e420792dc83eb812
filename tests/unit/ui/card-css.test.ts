import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string): string =>
  readFileSync(new URL(`../../../lib/ui/${file}`, import.meta.url), 'utf8');
const THEME = read('theme.css');
const CARD = read('card/card.css');
const SIDEBAR = read('sidebar/sidebar.css');
const POPUP = readFileSync(new URL('../../../entrypoints/popup/popup.css', import.meta.url), 'utf8');

/** The custom properties a style sheet declares. */
const declared = (css: string): Set<string> =>
  new Set([...css.matchAll(/(--px-[a-z-]+)\s*:/gu)].map(([, name]) => name!));
/** The custom properties a style sheet reads. */
const used = (css: string): Set<string> =>
  new Set([...css.matchAll(/var\((--px-[a-z-]+)\)/gu)].map(([, name]) => name!));

describe('the theme tokens', () => {
  it('are declared in theme.css alone; the card adds only its shadow', () => {
    expect(declared(THEME).size).toBeGreaterThan(5);
    expect([...declared(CARD)]).toEqual(['--px-shadow']);
    expect(declared(SIDEBAR).size).toBe(0);
    expect(declared(POPUP).size).toBe(0);
  });

  it('reach the card: theme.css puts them on :host as well as :root, in light and dark', () => {
    expect(THEME).toMatch(/^:root,\n:host \{\n {2}color-scheme: light dark;\n {2}--px-bg:/mu);
    expect(THEME).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\n {2}:root,\n {2}:host \{\n {4}--px-bg:/u,
    );
  });

  it('cover every variable the card, the sidebar and the popup read', () => {
    const known = new Set([...declared(THEME), ...declared(CARD)]);
    for (const css of [CARD, SIDEBAR, POPUP])
      for (const name of used(css)) expect(known, name).toContain(name);
  });
});

describe('card.css', () => {
  it('resets the host, and the theme it is inlined after turns off motion when asked', () => {
    expect(CARD).toMatch(/:host \{\s+all: initial;/u);
    expect(THEME).toMatch(
      /@media \(prefers-reduced-motion: reduce\) \{\s+\* \{\s+transition: none !important;\s+animation: none !important;/u,
    );
  });

  it('loads nothing from outside the extension, nor does the theme inlined with it', () => {
    expect(CARD).not.toMatch(/@import|url\(/u);
    expect(THEME).not.toMatch(/@import|url\(/u);
  });
});
