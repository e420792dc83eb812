import { en } from 'zod/locales';
import { z } from 'zod/mini';

// zod/mini rather than the classic API: the same validation, a fraction of
// the bundle and start-up cost, which matters in a script that runs on every page.
// Parse without `new Function` (extensions may not eval, and a page's CSP
// would report the attempt), and with English reasons in errors.
z.config({ jitless: true, ...en() });

export { z };
