import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { UserSourceSavedResponse } from '../../messaging/protocol';
import { userSourceDraftSchema, type UserSourceDraft } from '../../user-sources/user-source-schema';
import { describeIssues } from '../../validation/describe-issues';
import { strings } from '../strings';

export interface AddPageProps {
  /** The current tab's article (Readability), or null when it has none. */
  readPage: () => Promise<UserSourceDraft | null>;
  addSource: (draft: UserSourceDraft) => Promise<UserSourceSavedResponse>;
}

type Facts = Record<'outlet' | 'title' | 'author' | 'published' | 'url', string>;

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; draft: UserSourceDraft; facts: Facts; error: string | null; saving: boolean }
  | { kind: 'done'; saved: UserSourceSavedResponse }
  | { kind: 'failed'; message: string };

const FIELDS: readonly (keyof Facts)[] = ['outlet', 'title', 'author', 'published', 'url'];

function factsOf(draft: UserSourceDraft): Facts {
  return {
    outlet: draft.outlet ?? '',
    title: draft.title ?? '',
    author: draft.author ?? '',
    published: draft.published ?? '',
    url: draft.url ?? '',
  };
}

/** The edited facts on the draft: an empty field is "unknown". */
function edited(draft: UserSourceDraft, facts: Facts): UserSourceDraft {
  const value = (field: keyof Facts): string | null => facts[field].trim() || null;
  return {
    ...draft,
    outlet: value('outlet'),
    title: value('title'),
    author: value('author'),
    published: value('published'),
    url: value('url'),
  };
}

/**
 * "Add this page": reads the tab's article, shows what will be added with
 * its facts editable (outlet, title, author, date, URL), and adds it to the
 * reader's sources; the same page again updates its earlier copy.
 */
export function AddPage({ readPage, addSource }: AddPageProps): JSX.Element {
  const text = strings.addPage;
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const read = (): void => {
    setStep({ kind: 'reading' });
    readPage().then(
      (draft) =>
        setStep(
          draft
            ? { kind: 'preview', draft, facts: factsOf(draft), error: null, saving: false }
            : { kind: 'failed', message: text.noArticle },
        ),
      () => setStep({ kind: 'failed', message: text.cannotRead }),
    );
  };

  if (step.kind === 'idle' || step.kind === 'reading')
    return (
      <section class="add-page" aria-label={text.heading}>
        <button type="button" class="add-page-start" disabled={step.kind === 'reading'} onClick={read}>
          {step.kind === 'reading' ? text.reading : text.start}
        </button>
      </section>
    );
  if (step.kind === 'failed')
    return (
      <section class="add-page" aria-label={text.heading}>
        <p class="add-page-error" role="alert">
          {step.message}
        </p>
        <button type="button" class="add-page-start" onClick={read}>
          {text.start}
        </button>
      </section>
    );
  if (step.kind === 'done')
    return (
      <section class="add-page" aria-label={text.heading}>
        <p class="add-page-done" role="status">
          {text.done(
            step.saved.outcome,
            step.saved.source.outlet ?? step.saved.source.title ?? step.saved.source.id,
          )}
        </p>
      </section>
    );

  const { draft, facts, error, saving } = step;
  const submit = (event: Event): void => {
    event.preventDefault();
    const candidate = edited(draft, facts);
    const parsed = userSourceDraftSchema.safeParse(candidate);
    if (!parsed.success) {
      setStep({ ...step, error: describeIssues(parsed.error) });
      return;
    }
    setStep({ ...step, error: null, saving: true });
    addSource(parsed.data).then(
      (saved) => setStep({ kind: 'done', saved }),
      (failure: unknown) => setStep({ ...step, saving: false, error: (failure as Error).message }),
    );
  };
  const paragraphs = draft.text.split('\n\n').length;
  return (
    <section class="add-page" aria-label={text.heading}>
      <form class="add-page-preview" onSubmit={submit}>
        <h2>{text.previewHeading}</h2>
        {FIELDS.map((field) => (
          <label key={field} class="add-page-field">
            <span>{text.fields[field]}</span>
            <input
              name={field}
              type="text"
              placeholder={field === 'published' ? 'YYYY-MM-DD' : undefined}
              value={facts[field]}
              onInput={(event) =>
                setStep({ ...step, facts: { ...facts, [field]: event.currentTarget.value }, error: null })
              }
            />
          </label>
        ))}
        <p class="add-page-size">{text.size(paragraphs, draft.text.length)}</p>
        <details class="add-page-text">
          <summary>{text.showText}</summary>
          <p>{draft.text.slice(0, PREVIEW_CHARS)}</p>
        </details>
        {error !== null && (
          <p class="add-page-error" role="alert">
            {error}
          </p>
        )}
        <div class="add-page-actions">
          <button type="submit" disabled={saving}>
            {saving ? text.saving : text.add}
          </button>
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            {text.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Enough of the text to see that Readability found the article, not the page's furniture. */
const PREVIEW_CHARS = 1200;
