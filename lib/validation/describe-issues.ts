import type { z } from './zod';

/**
 * Turns zod issues into one line per problem: `field "a.b" <reason>`, so an
 * error names the exact field a person has to fix.
 */
export function describeIssues(error: z.core.$ZodError): string {
  const name = (path: readonly PropertyKey[]): string =>
    path.length > 0 ? path.map(String).join('.') : '(root)';
  return error.issues
    .flatMap((issue) =>
      // zod reports unknown keys on the object that holds them; naming each
      // key as a field of its own points at the line to fix (often a typo).
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `field "${name([...issue.path, key])}": is not a known field`)
        : [`field "${name(issue.path)}": ${issue.message}`],
    )
    .join('; ');
}
