'use client';

import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import type { LoadSlots, SlotItem } from './scheduling-types';

export type SlotQuery = { clinicId: string; clinicianId: string; visitTypeId: string; date: string };
export type SlotsState = { kind: 'idle' } | { kind: 'loaded'; slots: SlotItem[] } | { kind: 'error'; message: string };

/**
 * Loads free slots through the server action; only the answer to the latest question is kept. An initial
 * question, when given, is asked once after the first render (later ones come from the form's handlers).
 */
export function useSlots(loadSlots: LoadSlots, initial?: SlotQuery) {
  const [state, setState] = useState<SlotsState>({ kind: 'idle' });
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const firstQuery = useRef(initial);

  const load = useCallback((query: SlotQuery) => {
    const ticket = ++latest.current;
    if (!query.clinicianId || !query.visitTypeId || !query.date) {
      setState({ kind: 'idle' });
      return;
    }
    startTransition(async () => {
      const result = await loadSlots(query);
      if (ticket !== latest.current) return;
      setState(result.ok ? { kind: 'loaded', slots: result.data.slots } : { kind: 'error', message: result.error.message });
    });
  }, [loadSlots]);

  useEffect(() => {
    if (!firstQuery.current) return;
    load(firstQuery.current);
    firstQuery.current = undefined;
  }, [load]);

  return { state, pending, load };
}
