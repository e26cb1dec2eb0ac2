'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { callJson, type ApiFailure } from './messaging-api';

/** A patient's new conversation with the clinic's care team. */
export function NewThreadForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setBusy(true);
    const result = await callJson<{ id: string }>('/api/v1/messages/threads', { method: 'POST', body: { subject: data.get('subject'), body: data.get('body') } });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    form.reset();
    onCreated(result.data.id);
  }

  return (
    <form
      className="flex flex-col gap-3 rounded-md border p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h2 className="text-base font-semibold">Write to your care team</h2>
      <div className="flex flex-col gap-1">
        <Label htmlFor="thread-subject">Subject</Label>
        <Input id="thread-subject" name="subject" maxLength={120} required aria-invalid={Boolean(error?.fieldErrors?.subject)} aria-describedby="thread-subject-error" />
        <p id="thread-subject-error" className="text-sm text-destructive">{error?.fieldErrors?.subject?.join(' ')}</p>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="thread-body">Message</Label>
        <textarea id="thread-body" name="body" rows={4} maxLength={5000} required className="rounded-md border border-input bg-background px-3 py-2 text-sm" aria-invalid={Boolean(error?.fieldErrors?.body)} aria-describedby="thread-body-error" />
        <p id="thread-body-error" className="text-sm text-destructive">{error?.fieldErrors?.body?.join(' ')}</p>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-destructive">{error && !error.fieldErrors ? error.message : null}</p>
      <p className="text-sm text-muted-foreground">For anything urgent, call the clinic or emergency services: messages are read during opening hours.</p>
      <Button type="submit" disabled={busy} className="self-start">{busy ? 'Sending…' : 'Send message'}</Button>
    </form>
  );
}
