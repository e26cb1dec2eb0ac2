'use client';

import { useEffect, useRef, useState } from 'react';

/** The unread count, live from the server-sent events stream (EventSource reconnects by itself). */
export function useUnreadCount(onIncrease: (count: number) => void): [number, (value: number) => void] {
  const [unread, setUnread] = useState(0);
  // The latest callback, read when an event arrives: the stream must not reconnect on every render.
  const onIncreaseRef = useRef(onIncrease);
  useEffect(() => {
    onIncreaseRef.current = onIncrease;
  }, [onIncrease]);
  useEffect(() => {
    let previous: number | null = null;
    const source = new EventSource('/api/v1/notifications/stream');
    source.addEventListener('unread', (event) => {
      const count = (JSON.parse((event as MessageEvent<string>).data) as { unread: number }).unread;
      if (previous !== null && count > previous) onIncreaseRef.current(count);
      previous = count;
      setUnread(count);
    });
    return () => source.close();
  }, []);
  return [unread, setUnread];
}
