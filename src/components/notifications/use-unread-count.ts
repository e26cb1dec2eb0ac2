'use client';

import { useEffect, useState } from 'react';

/** The unread count, live from the server-sent events stream (EventSource reconnects by itself). */
export function useUnreadCount(onIncrease: (count: number) => void): [number, (value: number) => void] {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let previous: number | null = null;
    const source = new EventSource('/api/v1/notifications/stream');
    source.addEventListener('unread', (event) => {
      const count = (JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread;
      if (previous !== null && count > previous) onIncrease(count);
      previous = count;
      setUnread(count);
    });
    return () => source.close();
    // onIncrease is read once per mount: the stream must not reconnect on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [unread, setUnread];
}
