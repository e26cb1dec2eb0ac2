'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { Result } from '@/lib/result';

type Props = {
  active: boolean;
  create: () => Promise<Result<{ url: string }>>;
  revoke: () => Promise<Result<{ revoked: true }>>;
};

/**
 * The clinician's private calendar feed: a URL to paste into a calendar app, shown once. Making a new
 * one or turning it off stops the old URL at once. The feed names visits by type, never by patient.
 */
export function CalendarFeedPanel({ active, create, revoke }: Props) {
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<void>) => startTransition(action);
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        {active ? 'Your feed is on. Anyone with its URL can see your visit times (not your patients), so keep it private.' : 'Your feed is off.'}
      </p>
      {url && (
        <div className="grid gap-2">
          <Label htmlFor="calendar-feed-url">Your new feed URL (shown only now)</Label>
          <Input id="calendar-feed-url" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="outline"
          disabled={pending}
          onClick={() =>
            run(async () => {
              const result = await create();
              setUrl(result.ok ? result.data.url : '');
              setMessage(result.ok ? 'New feed URL created; any earlier one no longer works.' : result.error.message);
            })
          }
        >
          {active ? 'Make a new feed URL' : 'Turn on my calendar feed'}
        </Button>
        {active && (
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await revoke();
                setUrl('');
                setMessage(result.ok ? 'Calendar feed turned off: its URL no longer works.' : result.error.message);
              })
            }
          >
            Turn off the feed
          </Button>
        )}
      </div>
      <p role="status" className="text-sm">{message}</p>
    </div>
  );
}
