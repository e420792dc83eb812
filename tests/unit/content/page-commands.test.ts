import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageCommands, FLASH_MS } from '../../../lib/content/page-commands';
import type { PageMention } from '../../../lib/highlight';
import type { PageStory } from '../../../lib/messaging';

const timers = {
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id: number | undefined) => clearTimeout(id),
} as Pick<Window, 'setTimeout' | 'clearTimeout'>;

/** A mention whose paragraph records being scrolled to. */
function mention(entityId: string, scrolled: string[]): PageMention {
  const parentElement = { scrollIntoView: () => void scrolled.push(entityId) };
  const node = { parentElement } as unknown as Text;
  return {
    entityId,
    text: entityId,
    from: { node, offset: 0 },
    to: { node, offset: 1 },
    nodes: [node],
    block: null,
  };
}

const STORY: PageStory = {
  story: { id: 's-a', label: 'Harbour strike', sourceIds: ['a', 'b'], from: '2025-08-06', to: '2025-08-07' },
  score: 0.4,
};

function setUp(story: PageStory | null = null) {
  const scrolled: string[] = [];
  const mentions = ['witkoff', 'putin', 'witkoff', 'trump'].map((id) => mention(id, scrolled));
  const focused: Array<PageMention | null> = [];
  const opened: PageMention[] = [];
  let shown: PageMention | null = null;
  const abort = new AbortController();
  const commands = createPageCommands({
    timers,
    highlighter: { mentions: () => mentions, focus: (m) => void focused.push(m) },
    hostname: () => 'news.example',
    pageSource: () => null,
    story: () => story,
    shown: () => shown,
    openFocused: (m) => {
      opened.push(m);
      shown = m;
    },
    signal: abort.signal,
  });
  return {
    commands,
    mentions,
    scrolled,
    focused,
    opened,
    abort,
    show: (m: PageMention | null) => (shown = m),
  };
}

describe('the page’s commands', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('walks the highlighted mentions from the open card, both ways and round the ends', () => {
    const { commands, mentions, opened, scrolled } = setUp();
    commands.focusMention('next');
    commands.focusMention('next');
    commands.focusMention('previous');
    commands.focusMention('previous');
    commands.focusMention('previous');
    expect(opened).toEqual([mentions[0], mentions[1], mentions[0], mentions[3], mentions[2]]);
    expect(scrolled).toEqual(['witkoff', 'putin', 'witkoff', 'trump', 'witkoff']);
  });

  it('shows an item’s mentions one after another from the sidebar, and unmarks after the flash', () => {
    const { commands, mentions, focused, opened } = setUp();
    commands.focusItem('witkoff');
    commands.focusItem('witkoff');
    commands.focusItem('witkoff');
    expect(focused).toEqual([mentions[0], mentions[2], mentions[0]]);
    vi.advanceTimersByTime(FLASH_MS - 1);
    expect(focused).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(focused.at(-1)).toBeNull();
    expect(opened).toEqual([]);
  });

  it('keeps the mark of an open card when the flash ends', () => {
    const { commands, mentions, focused, show } = setUp();
    commands.focusItem('putin');
    show(mentions[1]!);
    vi.advanceTimersByTime(FLASH_MS);
    expect(focused).toEqual([mentions[1]]);
  });

  it('ends a flash in progress when its signal aborts', () => {
    const { commands, focused, abort } = setUp();
    commands.focusItem('putin');
    abort.abort();
    vi.advanceTimersByTime(FLASH_MS);
    expect(focused).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts the highlighted items in order of first mention', () => {
    const { commands } = setUp();
    expect(commands.pageItems()).toEqual({
      type: 'page-items',
      hostname: 'news.example',
      active: true,
      pageSourceId: null,
      story: null,
      items: [
        { id: 'witkoff', count: 2 },
        { id: 'putin', count: 1 },
        { id: 'trump', count: 1 },
      ],
    });
  });

  it('tells which story the page belongs to, once it is known', () => {
    expect(setUp(STORY).commands.pageItems().story).toEqual(STORY);
  });

  it('does nothing for an item with no highlighted mention', () => {
    const { commands, focused, opened } = setUp();
    commands.focusItem('nobody');
    expect(focused).toEqual([]);
    expect(opened).toEqual([]);
  });
});
