export { describeIssues } from './describe-issues';
