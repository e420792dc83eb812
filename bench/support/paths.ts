import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_DIR = `${REPO_ROOT}seeds`;
/** Saved real pages, shared with other projects: read in place at run time, never copied here. */
export const PAGES_DIR = fileURLToPath(new URL('../../../shared/pages', import.meta.url));
