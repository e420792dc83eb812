import type { IDBPDatabase } from 'idb';

/**
 * The reader's sources' IndexedDB database: one schema for the source store
 * and the paged index, so that a source and its index entries are written in
 * one transaction. Version 1 held the sources, the hidden ids and a merged
 * MiniSearch snapshot; version 2 adds the paged index's stores, leaving the
 * sources and hidden ids where they were (they migrate by staying; the index
 * is built from them after the upgrade, see openPagedIndex).
 */
export const USER_SOURCES_DB = 'parallax-user-sources';
export const USER_SOURCES_DB_VERSION = 2;

/** The stores whose records carry their key (`id`); the index's own stores are keyed from outside. */
export const IN_LINE_KEY_STORES: ReadonlySet<string> = new Set(['sources']);

type AnyDb = IDBPDatabase<unknown>;

export function upgradeUserSourcesDb(database: AnyDb, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore('sources', { keyPath: 'id' });
    database.createObjectStore('state');
  }
  if (oldVersion < 2) {
    for (const name of ['articles', 'terms', 'postings', 'slots']) database.createObjectStore(name);
  }
}
