/** The browser's side of the secure messaging API (/api/v1/messages). */
export interface ThreadSummary {
  id: string;
  subject: string;
  status: 'open' | 'closed';
  patientName: string | null;
  assignedName: string | null;
  assignedUserId: string | null;
  lastMessageAt: string;
  unread: boolean;
}
export interface ThreadDetail extends ThreadSummary {
  messages: { id: string; authorKind: 'patient' | 'staff'; authorName: string | null; body: string; createdAt: string; attachments: { id: string; fileName: string; contentType: string; sizeBytes: number }[] }[];
  team: { userId: string; name: string | null }[];
}
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
