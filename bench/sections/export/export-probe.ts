import { sendRequest } from '../../../lib/messaging';
import { streamExport } from '../../../lib/ui/options/stream-export';

/**
 * The two exports as the options page runs them, for the export section:
 * bundled by esbuild into one script evaluated in the options page. Each
 * ends where the page hands the file to a link (an object URL of the Blob).
 */
interface Probe {
  oneString(): Promise<number>;
  streamed(): Promise<number>;
  /** Lets the last file go. */
  release(): void;
}

/** The file last handed over, held (as a download link holds it) until the section has weighed the heap. */
const held: { file: Blob | null } = { file: null };

const handOver = (file: Blob): number => {
  URL.revokeObjectURL(URL.createObjectURL(file));
  held.file = file;
  return file.size;
};

const probe: Probe = {
  // The export before: the whole file as one string in one answer.
  async oneString() {
    const { json } = await sendRequest({ type: 'user-sources-export' });
    return handOver(new Blob([json], { type: 'application/json' }));
  },
  async streamed() {
    const { file } = await streamExport((after, limit) =>
      sendRequest({ type: 'user-sources-export-page', after, limit }),
    );
    return handOver(file);
  },
  release() {
    held.file = null;
  },
};

(globalThis as unknown as { exportProbe: Probe }).exportProbe = probe;
