'use client';

import { Bell } from 'lucide-react';
import Link from 'next/link';
import { Popover } from 'radix-ui';
import { useState } from 'react';
import { useUiPreferences } from '@/components/consent/use-ui-preferences';
import { Button } from '@/components/ui/button';
import { playChime } from './chime';
import { fetchNotifications, postRead, type NotificationItem } from './notification-api';
import { useUnreadCount } from './use-unread-count';

/**
 * The header's bell: the unread count (live over server-sent events), the latest notices on click. A pop-up
 * toast and a chime on new notices follow the person's in-browser preferences (clinixai-ui, functional consent).
 */
export function NotificationBell() {
  const { preferences } = useUiPreferences();
  const [toast, setToast] = useState<string | null>(null);
  const [unread, setUnread] = useUnreadCount((count) => {
    if (preferences.notifications?.inApp !== false) setToast(`You have ${count} unread ${count === 1 ? 'notification' : 'notifications'}.`);
    if (preferences.notifications?.sound === true) playChime();
  });
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  async function load() {
    try {
      const list = await fetchNotifications();
      setItems(list.items);
      setUnread(list.unread);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }

  async function read(id: string) {
    const count = await postRead(`/api/v1/notifications/${id}/read`);
    if (count === null) return;
    setUnread(count);
    setItems((current) => current?.map((item) => (item.id === id ? { ...item, readAt: new Date().toISOString() } : item)) ?? null);
  }

  async function readAll() {
    if ((await postRead('/api/v1/notifications/read-all')) === null) return;
    setUnread(0);
    setItems((current) => current?.map((item) => ({ ...item, readAt: item.readAt ?? new Date().toISOString() })) ?? null);
  }

  return (
    <>
      <Popover.Root onOpenChange={(open) => open && void load()}>
        <Popover.Trigger asChild>
          <Button variant="ghost" size="icon" className="relative" aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}>
            <Bell aria-hidden="true" className="size-5" />
            {unread > 0 && (
              <span data-testid="unread-count" className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-primary px-1 text-center text-xs font-semibold text-primary-foreground">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </Button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content align="end" sideOffset={8} className="z-50 w-80 max-w-[calc(100vw-1rem)] rounded-md border bg-background p-2 shadow-lg" aria-label="Notifications">
            <div className="flex items-center justify-between px-2 py-1">
              <h2 className="text-sm font-semibold">Notifications</h2>
              <Button variant="link" size="sm" onClick={() => void readAll()} disabled={unread === 0}>
                Mark all read
              </Button>
            </div>
            {failed && <p className="px-2 py-3 text-sm text-destructive">Notifications could not be loaded. Try again.</p>}
            {!failed && items === null && <p className="px-2 py-3 text-sm text-muted-foreground">Loading…</p>}
            {items?.length === 0 && <p className="px-2 py-3 text-sm text-muted-foreground">No notifications yet.</p>}
            <ul className="max-h-96 overflow-y-auto">
              {items?.map((item) => (
                <li key={item.id} className="border-t first:border-t-0">
                  <div className={`flex flex-col gap-1 px-2 py-2 ${item.readAt ? '' : 'bg-accent/40'}`}>
                    <p className="text-sm font-medium">{item.link ? <Link href={item.link} className="underline-offset-2 hover:underline">{item.title}</Link> : item.title}</p>
                    <p className="text-sm text-muted-foreground">{item.body}</p>
                    <div className="flex items-center justify-between text-xs text-muted-foreground">
                      <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time>
                      {!item.readAt && (
                        <Button variant="link" size="sm" onClick={() => void read(item.id)} aria-label={`Mark "${item.title}" read`}>
                          Mark read
                        </Button>
                      )}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
            <div className="border-t px-2 pt-2 text-sm">
              <Link href="/settings/notifications" className="underline underline-offset-2">Notification settings</Link>
            </div>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <div role="status" aria-live="polite">
        {toast && (
          <div className="fixed right-4 bottom-4 z-50 flex items-center gap-3 rounded-md border bg-background px-4 py-3 text-sm shadow-lg">
            {toast}
            <Button variant="ghost" size="sm" onClick={() => setToast(null)}>
              Dismiss
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
