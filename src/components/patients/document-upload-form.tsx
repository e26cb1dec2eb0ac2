'use client';

import { CircleCheck } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { TextField } from '@/components/auth/form-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { Alert, AlertTitle } from '@/components/ui/alert';
import type { FieldErrors } from './patient-form-state';

type Answer = { ok: true } | { ok: false; message: string; fieldErrors: FieldErrors };

/** Attach a PDF or image to the chart through POST /api/v1/patients/{id}/documents (the server checks type and size). */
export function DocumentUploadForm({ patientId, maxMegabytes }: { patientId: string; maxMegabytes: number }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const response = await fetch(`/api/v1/patients/${patientId}/documents`, { method: 'POST', body: new FormData(event.currentTarget) });
      if (response.ok) {
        setAnswer({ ok: true });
        formRef.current?.reset();
        router.refresh();
      } else {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: FieldErrors } } | null;
        setAnswer({ ok: false, message: body?.error?.message ?? 'The upload failed.', fieldErrors: body?.error?.fieldErrors ?? {} });
      }
    } catch {
      setAnswer({ ok: false, message: 'The upload did not reach the server. Check your connection and try again.', fieldErrors: {} });
    } finally {
      setPending(false);
    }
  }

  const errors = answer && !answer.ok ? answer.fieldErrors : {};
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4">
      {answer?.ok && (
        <Alert role="status" variant="info">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>Document attached.</AlertTitle>
        </Alert>
      )}
      {answer && !answer.ok && <FormAlert title="The document was not attached" message={answer.fieldErrors.file?.[0] ?? answer.message} focusKey={answer} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="document-title" name="title" label="Title (optional)" maxLength={120} errors={errors.title} />
        <TextField
          id="document-file"
          name="file"
          label="File"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          hint={`PDF, PNG or JPEG, up to ${maxMegabytes} MB.`}
          required
          errors={errors.file}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel="Uploading…" className="w-full sm:w-fit">
        Attach document
      </SubmitButton>
    </form>
  );
}
