'use client';

import { useRef, useState, useTransition } from 'react';
import type { LoadSlots, SlotItem } from './scheduling-types';

export type SlotQuery = { clinicId: string; clinicianId: string; visitTypeId: string; date: string };
export type SlotsState = { kind: 'idle' } | { kind: 'loaded'; slots: SlotItem[] } | { kind: 'error'; message: string };

/** Loads free slots through the server action; only the answer to the latest question is kept. */
export function useSlots(loadSlots: LoadSlots) {
  const [state, setState] = useState<SlotsState>({ kind: 'idle' });
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);

  function load(query: SlotQuery) {
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
  }

  return { state, pending, load };
}
