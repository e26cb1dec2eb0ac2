'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import type { Result } from '@/lib/result';

/** Corrections to a signed note go here: each is signed and timestamped, the note itself never changes. */
export function AddendumForm({ add }: { add: (input: { text: string }) => Promise<Result<{ id: string }>> }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      const result = await add({ text });
      if (result.ok) {
        setText('');
        setError(null);
        router.refresh();
      } else setError(result.error.fieldErrors?.text?.join(' ') ?? result.error.message);
    });
  return (
    <form className="grid gap-2" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Label htmlFor="addendum">Addendum</Label>
      <textarea id="addendum" rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'addendum-error' : undefined} className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm" />
      {error && (
        <p id="addendum-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        {pending ? 'Signing…' : 'Sign addendum'}
      </Button>
    </form>
  );
}
