'use client';

import { useEffect, useState } from 'react';
import { postJson, type ApiAnswer } from './decision-support-api';

export type RequestState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; answer: ApiAnswer<T> } | { status: 'failed' };

type Settled<T> = { key: string; answer: ApiAnswer<T> | null };

/**
 * Posts `body` to `path` a moment after the last change, cancelling the previous request, so results
 * follow typing without a request per keystroke and a slow answer never overwrites a newer one.
 * A null body means "nothing to ask yet". The answer is kept with the body it answers, so a stale
 * answer is never shown as the current one.
 */
export function useDebouncedRequest<T>(path: string, body: unknown | null, delayMs = 250): RequestState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const json = body === null ? null : JSON.stringify(body);
  const key = json === null ? null : `${path}\n${json}`;
  useEffect(() => {
    if (key === null || json === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      postJson<T>(path, JSON.parse(json), controller.signal).then(
        (answer) => setSettled({ key, answer }),
        () => {
          if (!controller.signal.aborted) setSettled({ key, answer: null });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [path, json, key, delayMs]);
  if (key === null) return { status: 'idle' };
  if (!settled || settled.key !== key) return { status: 'loading' };
  return settled.answer ? { status: 'done', answer: settled.answer } : { status: 'failed' };
}
