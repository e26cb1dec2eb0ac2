'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { callJson, postAttachment, type ApiFailure, type ThreadDetail } from './messaging-api';

/** One conversation: its messages, a reply box and, for staff, assignment and close / reopen. */
export function ThreadView({ thread, side, onChanged }: { thread: ThreadDetail; side: 'patient' | 'staff'; onChanged: () => void }) {
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(path: string, method: string, body: unknown, after?: () => void) {
    setBusy(true);
    const result = await callJson(path, { method, body });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    after?.();
    onChanged();
  }

  async function reply(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return run(`/api/v1/messages/threads/${thread.id}/messages`, 'POST', { body: data.get('body') }, () => form.reset());
    setBusy(true);
    const result = await postAttachment(thread.id, data);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    form.reset();
    onChanged();
  }

  return (
    <section aria-labelledby="thread-heading" className="flex flex-col gap-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="thread-heading" className="text-lg font-semibold">{thread.subject}</h2>
          <p className="text-sm text-muted-foreground">
            {thread.patientName ? `${thread.patientName} · ` : ''}
            {thread.status === 'open' ? 'Open' : 'Closed'}
            {thread.assignedName ? ` · assigned to ${thread.assignedName}` : ''}
          </p>
        </div>
        {side === 'staff' && (
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor="assignee">Assigned to</Label>
              <select
                id="assignee"
                className="h-10 rounded-md border border-input bg-background px-2 text-sm"
                value={thread.assignedUserId ?? ''}
                disabled={busy}
                onChange={(event) => void run(`/api/v1/messages/threads/${thread.id}`, 'PATCH', { assignedUserId: event.target.value || null })}
              >
                <option value="">Shared inbox (nobody)</option>
                {thread.team.map((member) => (
                  <option key={member.userId} value={member.userId}>{member.name ?? 'Colleague'}</option>
                ))}
              </select>
            </div>
            <Button variant="outline" disabled={busy} onClick={() => void run(`/api/v1/messages/threads/${thread.id}`, 'PATCH', { status: thread.status === 'open' ? 'closed' : 'open' })}>
              {thread.status === 'open' ? 'Close conversation' : 'Reopen'}
            </Button>
          </div>
        )}
      </header>
      <ol className="flex flex-col gap-3" aria-label="Messages">
        {thread.messages.map((message) => (
          <li key={message.id} className={`max-w-[85%] rounded-md border p-3 ${message.authorKind === side ? 'self-end bg-accent/50' : 'self-start'}`}>
            <p className="text-xs text-muted-foreground">
              {message.authorName ?? (message.authorKind === 'staff' ? 'Care team' : 'Patient')} · <time dateTime={message.createdAt}>{new Date(message.createdAt).toLocaleString()}</time>
            </p>
            <p className="mt-1 text-sm whitespace-pre-wrap">{message.body}</p>
            {message.attachments.map((file) => (
              <a key={file.id} className="mt-1 block text-sm text-primary underline" href={`/api/v1/messages/threads/${thread.id}/attachments/${file.id}`} download>
                {file.fileName} ({Math.max(1, Math.round(file.sizeBytes / 1024))} KB)
              </a>
            ))}
          </li>
        ))}
      </ol>
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void reply(event.currentTarget);
        }}
      >
        <Label htmlFor="reply-body">Reply</Label>
        <textarea id="reply-body" name="body" rows={3} maxLength={5000} className="rounded-md border border-input bg-background px-3 py-2 text-sm" aria-describedby="reply-error" />
        <Label htmlFor="reply-file">Attach a file (PDF, PNG or JPEG, up to 5 MB; optional)</Label>
        <input id="reply-file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" className="text-sm" />
        <p id="reply-error" role="status" aria-live="polite" className="text-sm text-destructive">{error ? (error.fieldErrors?.body?.join(' ') ?? error.fieldErrors?.file?.join(' ') ?? error.message) : null}</p>
        <Button type="submit" disabled={busy} className="self-start">{busy ? 'Sending…' : 'Send reply'}</Button>
      </form>
    </section>
  );
}
