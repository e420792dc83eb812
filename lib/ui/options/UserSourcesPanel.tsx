import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceMeta } from '../../corpus/source-meta';
import type {
  SourcesListResponse,
  UserSourceEditRequest,
  UserSourcesImportedResponse,
} from '../../messaging/protocol';
import { ALL_IMPORT_EXTENSIONS, parseAnyImportFile } from '../../user-sources/parse-any-import-file';
import type { ParseMarkup } from '../../user-sources/parse-feed-file';
import type { ReadHtml } from '../../user-sources/parse-import-file';
import type { UserSourceDraft } from '../../user-sources/user-source-schema';
import { sourceName } from '../source-name';
import { strings } from '../strings';
import { CorpusManager, type StorageEstimate } from './CorpusManager';
import type { StorySummary } from '../../compare/story-briefing-schema';
import type { RetentionSettings } from '../../settings/retention-settings-schema';
import { parseLargeExport } from './parse-large-export';
import { RetentionChoice } from './RetentionChoice';
import { streamExport, type PullExportPage } from './stream-export';
import { runBulkImport, type BulkProgress } from './run-bulk-import';

/** What the sources section asks of the browser; main.tsx supplies the real ones. */
export interface UserSourcesDeps {
  list(): Promise<SourcesListResponse>;
  readHtml: ReadHtml;
  /** Parses a feed's XML and its items' HTML (DOMParser in the extension). */
  parseMarkup: ParseMarkup;
  /** How much storage the extension uses and may use (navigator.storage.estimate). */
  estimate?: () => Promise<StorageEstimate>;
  importSources(sources: UserSourceDraft[]): Promise<UserSourcesImportedResponse>;
  edit(id: string, facts: UserSourceEditRequest['facts']): Promise<unknown>;
  remove(id: string): Promise<SourcesListResponse>;
  hide(sourceId: string, hidden: boolean): Promise<SourcesListResponse>;
  /** One page of the streamed export (stream-export.ts pulls them). */
  exportPage: PullExportPage;
  /** Hands the finished export file to the browser as a download. */
  save: (file: Blob, name: string) => void;
  /** The corpus' stories, for the manager's story filter. */
  stories?: () => Promise<StorySummary[]>;
  /** Applies the stored retention settings now; answers the list after it. */
  retain?: () => Promise<SourcesListResponse>;
}

type Facts = UserSourceEditRequest['facts'];

const EXPORT_FILE_NAME = 'parallax-sources.json';

function EditForm({
  source,
  onSave,
  onCancel,
}: {
  source: SourceMeta;
  onSave: (facts: Facts) => void;
  onCancel: () => void;
}): JSX.Element {
  const text = strings.userSources;
  const [facts, setFacts] = useState<Record<keyof Facts, string>>({
    outlet: source.outlet ?? '',
    title: source.title ?? '',
    author: source.author ?? '',
    published: source.published ?? '',
    url: source.url ?? '',
  });
  const fields = Object.keys(facts) as (keyof Facts)[];
  return (
    <form
      class="options-source-edit"
      onSubmit={(event) => {
        event.preventDefault();
        const value = (field: keyof Facts): string | null => facts[field].trim() || null;
        onSave({
          outlet: value('outlet'),
          title: value('title'),
          author: value('author'),
          published: value('published'),
          url: value('url'),
        });
      }}
    >
      {fields.map((field) => (
        <label key={field}>
          <span>{strings.addPage.fields[field]}</span>
          <input
            name={field}
            value={facts[field]}
            onInput={(event) => setFacts({ ...facts, [field]: event.currentTarget.value })}
          />
        </label>
      ))}
      <div class="add-page-actions">
        <button type="submit">{text.save}</button>
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}

/**
 * The reader's sources on the options page: import files (each file's
 * problem said on its own line), list, edit and remove them, export them
 * all, and hide any source, bundled or theirs, from comparisons.
 */
export function UserSourcesPanel({
  deps,
  retention = null,
  onRetention,
}: {
  deps: UserSourcesDeps;
  /** The retention settings as stored (null while they load, or without settings). */
  retention?: RetentionSettings | null;
  /** Saves changed retention settings; the panel then asks the background to apply them. */
  onRetention?: (retention: RetentionSettings) => void;
}): JSX.Element {
  const text = strings.userSources;
  const [list, setList] = useState<SourcesListResponse | null>(null);
  const [report, setReport] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgressState] = useState<BulkProgress | null>(null);
  /** Sources written by the export under way or last finished (null before any). */
  const [exported, setExportedState] = useState<number | null>(null);
  const [exportDone, setExportDone] = useState(false);
  const setExported = (count: number): void => {
    setExportDone(false);
    setExportedState(count);
  };
  const cancel = useRef<AbortController | null>(null);
  const progressDone = useRef(0);
  const setProgress = (next: BulkProgress | null): void => {
    if (next) progressDone.current = next.done;
    setProgressState(next);
  };

  const [stories, setStories] = useState<StorySummary[]>([]);
  const refresh = (): void => {
    void deps.list().then(setList, (failure: unknown) => setError((failure as Error).message));
    // Without stories the filter is simply not offered.
    deps.stories?.().then(setStories, () => setStories([]));
  };
  useEffect(refresh, [deps]);

  // Stored retention settings that change (not their first load) are applied at once.
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (retention === null || !deps.retain) return;
    const key = JSON.stringify(retention);
    const first = applied.current === null;
    applied.current = key;
    if (first) return;
    const retain = deps.retain;
    run(async () => {
      const before = list?.yours.length ?? 0;
      const after = await retain();
      setList(after);
      const removed = before - after.yours.length;
      setReport(removed > 0 ? [text.retentionRemoved(removed)] : []);
    });
  }, [retention?.months, retention?.maxSources]);

  const run = (work: () => Promise<unknown>): void => {
    setError(null);
    setBusy(true);
    work()
      .catch((failure: unknown) => setError((failure as Error).message))
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const importFiles = (files: FileList | null): void => {
    if (!files || files.length === 0) return;
    const picked = [...files].map((file) => ({ name: file.name, text: () => file.text() }));
    const abort = new AbortController();
    cancel.current = abort;
    run(async () => {
      setReport([]);
      const result = await runBulkImport(
        picked,
        {
          parse: (file) =>
            parseLargeExport(file) ??
            parseAnyImportFile(file, { readHtml: deps.readHtml, parseMarkup: deps.parseMarkup }),
          importSources: (drafts) => deps.importSources(drafts),
        },
        setProgress,
        abort.signal,
      );
      setProgress(null);
      cancel.current = null;
      // "0 added" under a list of refused files would only repeat them.
      const anything = result.added + result.updated > 0 || result.errors.length === 0;
      setReport([
        ...(anything ? [text.imported(result.added, result.updated)] : []),
        ...(result.cancelled ? [text.importCancelled(progressDone.current, picked.length)] : []),
        ...result.errors,
      ]);
    });
  };

  // The switch stays where the reader put it while the change is saved (a controlled checkbox
  // would otherwise spring back until the answer); the refresh after it brings the stored truth.
  const setShown = (sourceId: string, shown: boolean): void => {
    setList(
      (current) =>
        current && {
          ...current,
          hidden: shown ? current.hidden.filter((id) => id !== sourceId) : [...current.hidden, sourceId],
        },
    );
    run(() => deps.hide(sourceId, !shown));
  };

  const hidden = new Set(list?.hidden ?? []);
  const row = (source: SourceMeta, own: boolean, select?: JSX.Element): JSX.Element => (
    <li key={source.id} data-source-id={source.id}>
      <div class="options-source-row">
        {select}
        <span class="options-source-name">
          {sourceName(source)}
          {source.title !== null && source.outlet !== null && ` — ${source.title}`}
          {source.published !== null && ` (${source.published})`}
        </span>
        <label>
          <input
            type="checkbox"
            name="shown"
            checked={!hidden.has(source.id)}
            disabled={busy}
            onChange={(event) => setShown(source.id, event.currentTarget.checked)}
          />
          {text.shown}
        </label>
        {own && (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() => setEditing(editing === source.id ? null : source.id)}
            >
              {text.edit}
            </button>
            <button
              type="button"
              disabled={busy}
              aria-label={text.removeLabel(sourceName(source))}
              onClick={() => run(() => deps.remove(source.id))}
            >
              {text.remove}
            </button>
          </>
        )}
      </div>
      {own && editing === source.id && (
        <EditForm
          source={source}
          onCancel={() => setEditing(null)}
          onSave={(facts) => {
            setEditing(null);
            run(() => deps.edit(source.id, facts));
          }}
        />
      )}
    </li>
  );

  return (
    <section class="options-sources" aria-labelledby="options-sources-heading">
      <h2 id="options-sources-heading">{text.heading}</h2>
      <p class="options-intro">{text.intro}</p>
      <label class="options-import">
        {text.importLabel}{' '}
        <input
          type="file"
          name="import"
          multiple
          accept={ALL_IMPORT_EXTENSIONS.join(',')}
          disabled={busy}
          onChange={(event) => {
            importFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {progress && (
        <div class="options-import-progress">
          <progress
            max={progress.total}
            value={progress.done}
            aria-label={text.importProgress(progress.done, progress.total)}
          />
          <span role="status">{text.importProgress(progress.done, progress.total)}</span>
          <button type="button" onClick={() => cancel.current?.abort()}>
            {text.cancelImport}
          </button>
        </div>
      )}
      {report.length > 0 && (
        <ul class="options-import-report" role="status">
          {report.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p class="options-error" role="alert">
          {error}
        </p>
      )}
      <h3>{text.yoursHeading}</h3>
      {retention && onRetention && (
        <RetentionChoice retention={retention} onChange={onRetention} disabled={busy} />
      )}
      {list && (
        <CorpusManager
          list={list}
          stories={stories}
          busy={busy}
          estimate={deps.estimate}
          row={(source, select) => row(source, true, select)}
          removeMany={(ids, onProgress) =>
            run(async () => {
              let done = 0;
              for (const id of ids) {
                await deps.remove(id);
                onProgress(++done, ids.length);
              }
            })
          }
        />
      )}
      <div class="options-export">
        <button
          type="button"
          disabled={busy || (list?.yours.length ?? 0) === 0}
          onClick={() =>
            run(async () => {
              setExported(0);
              const { file, count } = await streamExport(deps.exportPage, setExported);
              deps.save(file, EXPORT_FILE_NAME);
              setExported(count);
              setExportDone(true);
            })
          }
        >
          {text.exportAll}
        </button>
        {exported !== null && (
          <span role="status" class="options-export-status">
            {exportDone ? text.exported(exported) : text.exporting(exported)}
          </span>
        )}
      </div>
      <h3>{text.bundledHeading}</h3>
      <ul class="options-source-list options-bundled">{list?.bundled.map((source) => row(source, false))}</ul>
    </section>
  );
}
