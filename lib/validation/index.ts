export { describeIssues } from './describe-issues';
export { lazySchema } from './lazy-schema';
export { z } from './zod';
