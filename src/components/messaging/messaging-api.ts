// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
export type { ThreadDetail, ThreadSummary } from '@/server/messaging/messaging.schemas';

export interface ApiFailure {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export async function callJson<T>(path: string, init?: { method: string; body: unknown }): Promise<{ ok: true; data: T } | { ok: false; error: ApiFailure }> {
  try {
    const response = await fetch(path, init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : { cache: 'no-store' });
    const json = (await response.json()) as T | { error: ApiFailure };
    if (!response.ok) return { ok: false, error: (json as { error: ApiFailure }).error };
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, error: { message: 'The connection failed. Please try again.' } };
  }
}

/** A message with a file: multipart to the attachments route (type and size are checked by the server). */
export async function postAttachment(threadId: string, form: FormData): Promise<{ ok: true } | { ok: false; error: ApiFailure }> {
  try {
    const response = await fetch(`/api/v1/messages/threads/${threadId}/attachments`, { method: 'POST', body: form });
    if (response.ok) return { ok: true };
    return { ok: false, error: ((await response.json()) as { error: ApiFailure }).error };
  } catch {
    return { ok: false, error: { message: 'The upload failed. Please try again.' } };
  }
}
