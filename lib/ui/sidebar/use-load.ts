import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

/** Runs `load` whenever `key` changes (null: nothing to load), dropping answers to loads since replaced. */
export function useLoad<T>(load: (() => Promise<T>) | null, key: unknown): Loaded<T> | null {
  const [state, setState] = useState<Loaded<T> | null>(null);
  useEffect(() => {
    if (!load) {
      setState(null);
      return undefined;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'error', message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
    // `key` names what `load` loads: a new key, a new load.
  }, [key]);
  return state;
}
