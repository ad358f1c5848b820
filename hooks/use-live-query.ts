/** Dexie liveQuery as a Preact hook: the component re-renders when the queried data changes. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest result of `query`, re-run when the database changes or `deps` change; `initial` until then. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => console.error('Threatlight:', e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
