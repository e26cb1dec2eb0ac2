'use client';

import { useUiPreferences } from '@/components/consent/use-ui-preferences';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/** Pop-up toasts and the chime: this browser only, in clinixai-ui when functional cookies are allowed. */
export function BrowserNotificationSettings() {
  const { preferences, update, remembered } = useUiPreferences();
  const current = preferences.notifications ?? {};
  const toasts = current.inApp !== false;
  const sound = current.sound === true;
  return (
    <Card>
      <CardHeader>
        <CardTitle>On this device</CardTitle>
        <CardDescription>
          {remembered
            ? 'Remembered in this browser (functional cookie clinixai-ui).'
            : 'Functional cookies are off, so these choices last until you close this tab. Allow functional cookies under Cookie settings to keep them.'}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <label className="flex items-center gap-3">
          <input type="checkbox" className="size-5" checked={toasts} onChange={() => update({ notifications: { ...current, inApp: !toasts } })} />
          Show a pop-up when a new notification arrives
        </label>
        <label className="flex items-center gap-3">
          <input type="checkbox" className="size-5" checked={sound} onChange={() => update({ notifications: { ...current, sound: !sound } })} />
          Play a short sound when a new notification arrives
        </label>
      </CardContent>
    </Card>
  );
}
