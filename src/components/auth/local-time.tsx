'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * A time shown in the viewer's own time zone and locale. The server does not know them, so it renders the
 * UTC time and the browser replaces it after hydration.
 */
export function LocalTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const text = useSyncExternalStore(
    subscribe,
    () => date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    () => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
