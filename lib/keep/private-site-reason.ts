/**
 * Kinds of site that are never kept, whatever the reader's rules say, decided
 * by what the site is for rather than by a list of sites: a page whose host or
 * path says it is about someone's money, mail, health or account is theirs,
 * not news. Each entry is a word as it appears in a host's labels (split on
 * dots and hyphens) or a path's segments. A reader's "always" rule for a site
 * does not override these: they protect the reader from a rule written too wide.
 */
const PRIVATE_KINDS: Readonly<Record<PrivateSiteKind, { host: readonly string[]; path: readonly string[] }>> =
  {
    banking: {
      host: [
        'bank',
        'banking',
        'onlinebanking',
        'netbanking',
        'ebanking',
        'creditunion',
        'brokerage',
        'wallet',
      ],
      path: ['banking', 'onlinebanking', 'netbanking', 'ebanking'],
    },
    mail: {
      host: ['mail', 'webmail', 'email', 'inbox', 'outlook'],
      path: ['mail', 'webmail', 'inbox', 'compose'],
    },
    health: {
      host: ['patient', 'patients', 'mychart', 'telehealth', 'ehr', 'pharmacy'],
      path: ['patient', 'patients', 'mychart', 'medical-records', 'health-records', 'prescriptions'],
    },
    account: {
      host: [
        'login',
        'signin',
        'auth',
        'sso',
        'accounts',
        'account',
        'id',
        'secure',
        'billing',
        'checkout',
        'pay',
        'admin',
        'intranet',
        'portal',
      ],
      path: [
        'login',
        'signin',
        'sign-in',
        'logout',
        'account',
        'accounts',
        'my-account',
        'billing',
        'checkout',
        'cart',
        'payment',
        'payments',
        'settings',
        'preferences',
        'admin',
        'wp-admin',
        'dashboard',
        'oauth',
        'auth',
      ],
    },
  };

export type PrivateSiteKind = 'banking' | 'mail' | 'health' | 'account';

/** A host's labels: "secure-mail.example.co.uk" → secure, mail, example, co, uk. */
function hostWords(hostname: string): string[] {
  return hostname.toLowerCase().split(/[.-]/u);
}

function pathSegments(pathname: string): string[] {
  return pathname
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
}

/**
 * Why a page at `url` is never kept (the kind of site it is), or null for a
 * page that may be. Not http(s) is never kept either: there is no article to
 * compare with a page that is not on the web.
 */
export function privateSiteReason(url: string): PrivateSiteKind | 'not-web' | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-web';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web';
  const host = hostWords(parsed.hostname);
  const path = pathSegments(parsed.pathname);
  for (const [kind, words] of Object.entries(PRIVATE_KINDS) as [
    PrivateSiteKind,
    (typeof PRIVATE_KINDS)[PrivateSiteKind],
  ][]) {
    if (host.some((word) => words.host.includes(word))) return kind;
    // Only the first two segments: "/2025/08/bank-rates" is news about banks, "/banking/transfer" is a bank.
    if (path.slice(0, 2).some((segment) => words.path.includes(segment))) return kind;
  }
  return null;
}
