'use client';

import { LoaderCircle, Search } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type PatientSummary = { id: string; name: string; birthDate: string; mrn: string };
type SearchState = { status: 'idle' | 'loading' | 'done' | 'error'; patients: PatientSummary[] };

/**
 * Search the clinic's patients as you type (GET /api/v1/patients): by name (typos forgiven), date of birth, phone or
 * record number. Results are links, reachable with Tab; the count is announced politely. The query stays out of the
 * page URL: it may be a name.
 */
export function PatientSearch() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ status: 'loading', patients: [] });
  const ticket = useRef(0);

  useEffect(() => {
    const mine = ++ticket.current;
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, status: 'loading' }));
      try {
        const response = await fetch(`/api/v1/patients?limit=25&query=${encodeURIComponent(query.slice(0, 100))}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { patients: PatientSummary[] };
        if (mine === ticket.current) setState({ status: 'done', patients: body.patients });
      } catch {
        if (mine === ticket.current) setState({ status: 'error', patients: [] });
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  const announcement =
    state.status === 'loading' ? 'Searching…' : state.status === 'error' ? 'The search failed. Try again.' : `${state.patients.length} ${state.patients.length === 1 ? 'patient' : 'patients'} ${query.trim() ? 'found' : 'listed, newest first'}.`;
  return (
    <search className="flex flex-col gap-4">
      <div className="grid gap-2">
        <Label htmlFor="patient-search">Find a patient</Label>
        <p id="patient-search-hint" className="text-sm text-muted-foreground">
          Name, date of birth, phone number or record number.
        </p>
        <div className="relative">
          <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            id="patient-search"
            type="search"
            className="pl-9"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby="patient-search-hint"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm text-muted-foreground">
        {state.status === 'loading' && <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />}
        {announcement}
      </p>
      {state.status === 'done' && state.patients.length === 0 && (
        <p className="rounded-md border border-dashed border-border p-4 text-muted-foreground">No patient matches. Check the spelling, or register the patient below.</p>
      )}
      {state.patients.length > 0 && (
        <ul aria-label="Search results" className="flex flex-col divide-y divide-border rounded-md border border-border">
          {state.patients.map((p) => (
            <li key={p.id}>
              <Link href={`/clinician/patients/${p.id}`} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 hover:bg-muted focus-visible:bg-muted">
                <span className="font-medium text-primary">{p.name}</span>
                <span className="text-sm text-muted-foreground">
                  born {p.birthDate} · <span className="font-mono">{p.mrn}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}
