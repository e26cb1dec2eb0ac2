'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { Result } from '@/lib/result';

type Status = { configured: boolean; enabled: boolean };

/** The clinic's switch for the optional language model; the deterministic engine always runs. */
export function AiToggle({ status, set }: { status: Status; set: (enabled: boolean) => Promise<Result<Status>> }) {
  const [current, setCurrent] = useState(status);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
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
        Installation: {current.configured ? 'a language model endpoint is configured.' : 'no language model is configured (CLINIXAI_AI_BASE_URL and CLINIXAI_AI_MODEL are unset), so drafts come from the deterministic engine only.'}
      </p>
      <p className="text-sm">
        This clinic: <strong>{current.enabled ? 'on' : 'off'}</strong>. When on and configured, drafts are rewritten by the model after direct identifiers are removed, and every sentence is checked against its sources.
      </p>
      <Button type="button" variant="outline" onClick={toggle} disabled={pending} aria-pressed={current.enabled} className="justify-self-start">
        {current.enabled ? 'Turn the language model off' : 'Turn the language model on'}
      </Button>
      <p role="status" className="text-sm">
        {message}
      </p>
    </div>
  );
}
