/**
 * Vitest set-up: property tests draw their cases at random. Under `npm test` they draw
 * them from the commit's seed (PROPERTY_SEED, set by scripts/test.ts), so a run on a
 * fresh clone and CI's run of the same commit check the same cases; run alone (`npx
 * vitest`), each run draws anew and may find what the commit's seed does not.
 */
import fc from 'fast-check';

const seed = Number.parseInt(process.env.PROPERTY_SEED ?? '', 10);
if (Number.isInteger(seed)) fc.configureGlobal({ seed });
