import type { KeepRule, KeepSettings } from '../settings/keep-settings-schema';

/** "www.Example.com." → "example.com": the form a rule is written and matched in. */
export function normaliseSite(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/u, '')
    .replace(/^www\./u, '');
}

/**
 * The reader's rule for a host: the rule of the host itself or of the
 * closest parent domain that has one ("example.com" covers
 * "news.example.com"), null when no rule applies.
 */
export function siteRule(sites: KeepSettings['sites'], hostname: string): KeepRule | null {
  const rules = new Map(sites.map(({ site, rule }) => [normaliseSite(site), rule]));
  const labels = normaliseSite(hostname).split('.');
  for (let start = 0; start < labels.length; start++) {
    const rule = rules.get(labels.slice(start).join('.'));
    if (rule) return rule;
  }
  return null;
}

/** The rules with `site`'s set to `rule` (null removes it), one rule per site. */
export function withSiteRule(
  sites: KeepSettings['sites'],
  site: string,
  rule: KeepRule | null,
): KeepSettings['sites'] {
  const key = normaliseSite(site);
  const others = sites.filter((each) => normaliseSite(each.site) !== key);
  return rule === null ? others : [...others, { site: key, rule }];
}
