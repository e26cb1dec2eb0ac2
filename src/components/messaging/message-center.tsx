'use client';

import { useState } from 'react';
import { cn } from '@/lib/cn';
import { callJson, type ThreadDetail, type ThreadSummary } from './messaging-api';
import { NewThreadForm } from './new-thread-form';
import { ThreadView } from './thread-view';

/** Secure messaging: the list of conversations and the one open. Patients start conversations; staff share the inbox. */
export function MessageCenter({ side, initialThreads, initialDetail }: { side: 'patient' | 'staff'; initialThreads: ThreadSummary[]; initialDetail: ThreadDetail | null }) {
  const [threads, setThreads] = useState<ThreadSummary[] | null>(initialThreads);
  const [selected, setSelected] = useState<string | null>(initialDetail?.id ?? null);
  const [detail, setDetail] = useState<ThreadDetail | null>(initialDetail);
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>(side === 'staff' ? 'open' : 'all');
  const [error, setError] = useState<string | null>(null);

  async function loadList(show = status) {
    const query = show !== 'all' ? `?status=${show}` : '';
    const result = await callJson<{ items: ThreadSummary[] }>(`/api/v1/messages/threads${query}`);
    if (result.ok) setThreads(result.data.items);
    else setError(result.error.message);
  }

  async function loadThread(id: string) {
    const result = await callJson<ThreadDetail>(`/api/v1/messages/threads/${id}`);
    if (result.ok) setDetail(result.data);
    else setError(result.error.message);
  }

  const open = (id: string) => {
    setSelected(id);
    void loadThread(id);
  };

  const refresh = () => {
    void loadList();
    if (selected) void loadThread(selected);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <div className="flex flex-col gap-3">
        {side === 'staff' && (
          <div role="group" aria-label="Show conversations" className="flex gap-2">
            {(['open', 'closed', 'all'] as const).map((value) => (
              <button key={value} type="button" aria-pressed={status === value} onClick={() => {
                setStatus(value);
                void loadList(value);
              }} className={cn('min-h-10 rounded-md border px-3 text-sm capitalize', status === value && 'bg-accent font-medium')}>
                {value}
              </button>
            ))}
          </div>
        )}
        <p role="status" aria-live="polite" className="text-sm text-destructive">{error}</p>
        {threads === null && <p className="text-sm text-muted-foreground">Loading conversations…</p>}
        {threads?.length === 0 && <p className="text-sm text-muted-foreground">No conversations yet.</p>}
        <ul className="flex flex-col gap-1" aria-label="Conversations">
          {threads?.map((thread) => (
            <li key={thread.id}>
              <button
                type="button"
                onClick={() => open(thread.id)}
                aria-current={selected === thread.id ? 'true' : undefined}
                className={cn('flex w-full flex-col items-start rounded-md border px-3 py-2 text-left text-sm hover:bg-accent', selected === thread.id && 'border-primary')}
              >
                <span className={cn(thread.unread && 'font-semibold')}>
                  {thread.unread && <span className="sr-only">Unread: </span>}
                  {thread.subject}
                </span>
                <span className="text-xs text-muted-foreground">
                  {[thread.patientName, thread.status === 'closed' ? 'Closed' : null, thread.assignedName ? `→ ${thread.assignedName}` : null].filter(Boolean).join(' · ') || new Date(thread.lastMessageAt).toLocaleDateString()}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="flex flex-col gap-6">
        {detail && selected === detail.id ? <ThreadView thread={detail} side={side} onChanged={refresh} /> : side === 'staff' && <p className="text-sm text-muted-foreground">Choose a conversation.</p>}
        {side === 'patient' && (
          <NewThreadForm
            onCreated={(id) => {
              open(id);
              void loadList();
            }}
          />
        )}
      </div>
    </div>
  );
}
