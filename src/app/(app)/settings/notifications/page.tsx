import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { BrowserNotificationSettings } from '@/components/notifications/browser-notification-settings';
import { NotificationPreferencesForm } from '@/components/notifications/notification-preferences-form';
import { requireSignedIn } from '@/server/access/page-guards';
import { getNotificationPreferences } from '@/server/notifications/notification-preferences';

export const metadata: Metadata = { title: 'Notification settings' };

export default async function NotificationSettingsPage() {
  const principal = await requireSignedIn('/settings/notifications');
  const { preferences } = await getNotificationPreferences(principal);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Notifications"
        description="Choose which notices reach you in ClinixAI and by email. These choices are saved with your account, so they apply while you are away. Emails never contain clinical details."
        eyebrow={<Link href="/settings" className="underline hover:no-underline">Settings</Link>}
      />
      <NotificationPreferencesForm initial={preferences} />
      <BrowserNotificationSettings />
    </div>
  );
}
