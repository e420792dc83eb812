import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssues } from '../../lib/validation';

/** The corpora a question may name: the bundled seeds and the two labelled multi-outlet corpora. */
export const CORPUS_NAMES = ['seeds', 'ecbplus', 'basil'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/u, 'is not an id (lower-case letters, digits, hyphens)'),
    corpus: z.enum(CORPUS_NAMES),
    question: z.string().trim().min(1),
    /** Every source whose passages answer the question. */
    sourceIds: z.array(z.string().min(1)).min(1),
    /** A short phrase of the answering passage, matched case- and space-insensitively. */
    answer: z.string().trim().min(1),
  })
  .strict();

const questionSetSchema = z.object({ questions: z.array(questionSchema).min(1) }).strict();

export type Question = z.infer<typeof questionSchema>;

export class QuestionSetError extends Error {
  override name = 'QuestionSetError';
}

/** Reads and validates a question set; errors name the file and the field. */
export function readQuestionSet(path: string): Question[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new QuestionSetError(`eval: ${path}: cannot read questions (${(error as Error).message})`);
  }
  const parsed = questionSetSchema.safeParse(raw);
  if (!parsed.success) throw new QuestionSetError(`eval: ${path}: ${describeIssues(parsed.error)}`);
  const seen = new Set<string>();
  for (const question of parsed.data.questions) {
    if (seen.has(question.id))
      throw new QuestionSetError(`eval: ${path}: question id "${question.id}" is given twice`);
    seen.add(question.id);
  }
  return parsed.data.questions;
}
