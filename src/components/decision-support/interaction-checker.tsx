'use client';

import { useState } from 'react';
import { FieldHint } from '@/components/auth/form-field';
import { Label } from '@/components/ui/label';
import type { MedicationCheck } from './decision-support-api';
import { InteractionResults } from './interaction-results';
import { useDebouncedRequest } from './use-debounced-request';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const textareaClass = 'min-h-32 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm';

/** Medications and allergies, one per line; alerts follow as the clinician types. Nothing is stored. */
export function InteractionChecker({ initialMedications = [], initialAllergies = [] }: { initialMedications?: string[]; initialAllergies?: string[] }) {
  const [medications, setMedications] = useState(initialMedications.join('\n'));
  const [allergies, setAllergies] = useState(initialAllergies.join('\n'));
  const meds = lines(medications);
  const body = meds.length > 0 ? { medications: meds, allergies: lines(allergies) } : null;
  const state = useDebouncedRequest<MedicationCheck>('/api/v1/decision-support/interactions', body);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
      <form className="grid content-start gap-5" onSubmit={(e) => e.preventDefault()} aria-label="Interaction check" noValidate>
        <div className="grid gap-2">
          <Label htmlFor="ddi-medications">Medications</Label>
          <FieldHint id="ddi-medications">One per line; generic or brand names.</FieldHint>
          <textarea id="ddi-medications" aria-describedby="ddi-medications-hint" className={textareaClass} value={medications} onChange={(e) => setMedications(e.target.value)} spellCheck={false} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="ddi-allergies">Allergies</Label>
          <FieldHint id="ddi-allergies">One per line: a drug, a class (penicillin, sulfa, NSAIDs, opioids, contrast) or latex.</FieldHint>
          <textarea id="ddi-allergies" aria-describedby="ddi-allergies-hint" className={textareaClass} value={allergies} onChange={(e) => setAllergies(e.target.value)} spellCheck={false} />
        </div>
      </form>
      <section aria-labelledby="ddi-results-heading" className="grid content-start gap-3 rounded-lg border bg-muted/40 p-5">
        <h3 id="ddi-results-heading" className="text-base font-semibold">Alerts</h3>
        <div role="status" aria-live="polite">
          {state.status === 'idle' && <p className="text-muted-foreground">Enter at least one medication to check.</p>}
          {state.status === 'loading' && <p className="text-muted-foreground">Checking…</p>}
          {state.status === 'failed' && <p className="text-destructive">The check could not be run. Check your connection and try again.</p>}
          {state.status === 'done' && !state.answer.ok && <p className="text-destructive">{Object.values(state.answer.fieldErrors).flat()[0] ?? state.answer.message}</p>}
          {state.status === 'done' && state.answer.ok && <InteractionResults check={state.answer.data} />}
        </div>
      </section>
    </div>
  );
}
