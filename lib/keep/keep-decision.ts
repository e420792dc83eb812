import type { KeepSettings } from '../settings/keep-settings-schema';
import { privateSiteReason, type PrivateSiteKind } from './private-site-reason';
import { siteRule } from './site-rule';

/** Why a page is not kept: each is a reason a test or the notice can name. */
export type SkipReason =
  | 'off'
  | 'paused'
  | 'private-window'
  | 'site-never'
  | PrivateSiteKind
  | 'not-web'
  | 'editable'
  | 'not-an-article';

export type KeepDecision = { kind: 'keep' } | { kind: 'ask' } | { kind: 'skip'; reason: SkipReason };

export interface KeepQuestion {
  keep: KeepSettings;
  url: string;
  /** A private (incognito) window: nothing read there is ever kept. */
  privateWindow: boolean;
  /** The page is editable or holds a password field (lib/content/keep-page-signals.ts). */
  editable?: boolean;
}

/**
 * Whether a page the reader has read is kept, asked about or left alone. The
 * order matters: the switch and the pause first, then what no rule can
 * override (a private window, a private kind of site, an editable page), then
 * the reader's rule for the site; without one, the page is kept.
 */
export function keepDecision({ keep, url, privateWindow, editable = false }: KeepQuestion): KeepDecision {
  const skip = (reason: SkipReason): KeepDecision => ({ kind: 'skip', reason });
  if (!keep.enabled) return skip('off');
  if (keep.paused) return skip('paused');
  if (privateWindow) return skip('private-window');
  const kind = privateSiteReason(url);
  if (kind !== null) return skip(kind);
  if (editable) return skip('editable');
  const rule = siteRule(keep.sites, new URL(url).hostname);
  if (rule === 'never') return skip('site-never');
  if (rule === 'ask') return { kind: 'ask' };
  return { kind: 'keep' };
}
