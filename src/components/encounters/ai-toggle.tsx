'use client';

import Link from 'next/link';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { Result } from '@/lib/result';

/** Restates AiStatus of src/server/encounters/ai-settings.ts (components do not import server modules). */
type Status = { configured: boolean; enabled: boolean; planIncludesAi: boolean; planName: string; active: boolean };

function effect(s: Status): string {
  if (s.active) return 'Drafts are rewritten by the language model after direct identifiers are removed, and every sentence is checked against its sources.';
  if (!s.planIncludesAi) return `Drafts come from the deterministic engine only: AI rewriting is not included in the ${s.planName} plan.`;
  if (!s.configured) return 'Drafts come from the deterministic engine only: no language model is configured for this installation.';
  return 'Drafts come from the deterministic engine only: AI rewriting is switched off for this clinic.';
}

/** The clinic's switch for the optional language model; the deterministic engine always runs. */
export function AiToggle({ status, set }: { status: Status; set: (enabled: boolean) => Promise<Result<Status>> }) {
  const [current, setCurrent] = useState(status);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const reasonId = useId();
  // Switching on is refused on a plan without AI drafting; switching off always works.
  const blocked = !current.enabled && !current.planIncludesAi;
  const toggle = () =>
    startTransition(async () => {
      const result = await set(!current.enabled);
      if (result.ok) {
        setCurrent(result.data);
        setMessage(result.data.enabled ? 'The language model is on for this clinic.' : 'The language model is off for this clinic.');
      } else setMessage(result.error.message);
    });
  return (
    <div className="grid gap-3">
      <p className="text-sm">
        Installation: {current.configured ? 'a language model endpoint is configured.' : 'no language model is configured (CLINIXAI_AI_BASE_URL and CLINIXAI_AI_MODEL are unset).'}
      </p>
      <p className="text-sm">
        Plan: <strong>{current.planName}</strong>, {current.planIncludesAi ? 'AI rewriting is included.' : 'AI rewriting is not included.'}
      </p>
      <p className="text-sm">
        This clinic’s switch: <strong>{current.enabled ? 'on' : 'off'}</strong>. {effect(current)}
      </p>
      <Button type="button" variant="outline" onClick={toggle} disabled={pending || blocked} aria-pressed={current.enabled} aria-describedby={blocked ? reasonId : undefined} className="justify-self-start">
        {current.enabled ? 'Turn the language model off' : 'Turn the language model on'}
      </Button>
      {blocked && (
        <p id={reasonId} className="text-sm text-muted-foreground">
          The switch cannot be turned on: AI rewriting is not included in the {current.planName} plan. Upgrade in <Link className="font-medium underline hover:no-underline" href="/admin/billing">Subscription &amp; payments</Link>.
        </p>
      )}
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
