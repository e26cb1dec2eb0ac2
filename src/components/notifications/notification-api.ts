/** The browser's side of the notifications API (JSON routes under /api/v1/notifications). */
export interface NotificationItem {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export async function fetchNotifications(): Promise<{ items: NotificationItem[]; unread: number }> {
  const response = await fetch('/api/v1/notifications?limit=20', { cache: 'no-store' });
  if (!response.ok) throw new Error(`notifications ${response.status}`);
  return (await response.json()) as { items: NotificationItem[]; unread: number };
}

export async function postRead(path: string): Promise<number | null> {
  const response = await fetch(path, { method: 'POST' });
  if (!response.ok) return null;
  return ((await response.json()) as { unread: number }).unread;
}
