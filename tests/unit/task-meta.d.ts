import 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why a test was skipped: the ../shared file it reads is absent (tests/helpers/shared-dir.ts). */
    needsShared?: string;
  }
}
