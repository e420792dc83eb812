import type { JSX } from 'preact';
import type { ClaimFinding, ClaimReason } from '../../compare/claims/claim-schema';
import { strings } from '../strings';
import { FactStatus } from './FactStatus';

interface Props {
  claims: readonly ClaimFinding[];
  /** A source's name as the surrounding view names it (outlet, title, "this page"). */
  nameOf: (sourceId: string) => string;
}

const REASON_KEYS: Record<ClaimReason, keyof typeof strings.claims.reason> = {
  same: 'same',
  'two-scales': 'twoScales',
  negation: 'negation',
  hedge: 'hedge',
  'other-place': 'otherPlace',
  restated: 'restated',
};

/**
 * What the sources assert about an item, two sources side by side: whether
 * they agree or differ and why (one place at two scales, a denial, a hedge),
 * then each source's clause in its own words. Read-only; the card and the
 * sidebar show it alike.
 */
export function ClaimRows({ claims, nameOf }: Props): JSX.Element | null {
  if (claims.length === 0) return null;
  return (
    <section class="claim-rows" aria-label={strings.claims.heading}>
      <h3 class="claim-rows-heading">{strings.claims.heading}</h3>
      <ul>
        {claims.map((claim) => (
          <li
            key={claim.values.map((value) => value.passageId).join(' ')}
            class={`claim-row claim-row-${claim.status}`}
          >
            <FactStatus status={claim.status} />{' '}
            <span class="claim-row-reason">{strings.claims.reason[REASON_KEYS[claim.reason]]}</span>
            <ul class="claim-row-values">
              {claim.values.map((value) => (
                <li key={value.passageId}>
                  {strings.claims.said(nameOf(value.sourceId), value.text)}
                  {value.negated && ` ${strings.claims.negated}`}
                  {value.hedged && ` ${strings.claims.hedged}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
