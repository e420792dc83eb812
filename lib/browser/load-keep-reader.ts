import browser from 'webextension-polyfill';
import { KEEP_READER_PATH, takeKeepReader, type KeepReader } from '../content/keep-reader-module';

/** Imports the keep reader module (lib/content/keep-reader-module.ts says why it ships apart) once. */
export async function loadKeepReader(): Promise<KeepReader> {
  const loaded = takeKeepReader();
  if (loaded) return loaded;
  await import(/* @vite-ignore */ browser.runtime.getURL(KEEP_READER_PATH));
  const reader = takeKeepReader();
  if (!reader) throw new Error(`parallax: ${KEEP_READER_PATH} loaded without offering its reader`);
  return reader;
}
