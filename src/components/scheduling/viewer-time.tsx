'use client';

import { useSyncExternalStore } from 'react';
import { formatForViewer } from '@/lib/time-zones';

const subscribe = () => () => {};

/** The viewer's own time zone (the browser's); the server, which cannot know it, uses the clinic's. */
export function useViewerTimeZone(fallback: string): string {
  return useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone || fallback, () => fallback);
}

/**
 * A time shown in the viewer's own zone with the zone named ("Mon, Jun 15, 9:00 AM EDT"). The server
 * renders it in the clinic's zone (also named), and the browser switches to its own after hydration.
 */
export function ViewerTime({ iso, clinicTimeZone, timeOnly = false }: { iso: string; clinicTimeZone: string; timeOnly?: boolean }) {
  const zone = useViewerTimeZone(clinicTimeZone);
  const options: Intl.DateTimeFormatOptions = timeOnly ? { weekday: undefined, month: undefined, day: undefined } : {};
  return <time dateTime={iso}>{formatForViewer(new Date(iso), zone, 'en-US', options)}</time>;
}
