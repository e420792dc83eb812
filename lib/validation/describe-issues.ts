import type { z } from './zod';

/**
 * Turns zod issues into one line per problem: `field "a.b" <reason>`, so an
 * error names the exact field a person has to fix.
 */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      return `field "${field}": ${issue.message}`;
    })
    .join('; ');
}
