export { describeIssues } from './describe-issues';
export { z } from './zod';
