'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import type { AcknowledgeResult } from './note-list-types';

/** Marks one red-flag alert as seen; the page then shows it under "Acknowledged". A refusal is said beside it. */
export function AcknowledgeAlertButton({ patientName, rule, acknowledge }: { patientName: string; rule: string; acknowledge: () => Promise<AcknowledgeResult> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const click = () =>
    startTransition(async () => {
      const result = await acknowledge();
      if (result.ok) {
        setError(null);
        router.refresh();
      } else setError(result.error.message);
    });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" size="sm" variant="outline" onClick={click} disabled={pending} aria-busy={pending || undefined}>
        {pending ? 'Acknowledging…' : 'Acknowledge'}
        <span className="sr-only"> {rule} for {patientName}</span>
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
