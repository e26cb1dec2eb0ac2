'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export interface PreferenceRow {
  event: string;
  label: string;
  channel: 'in_app' | 'email';
  enabled: boolean;
  required: boolean;
}

const channelLabel = { in_app: 'In ClinixAI', email: 'Email' } as const;

/** One row per event, one checkbox per channel; saved with PUT /api/v1/me/notification-preferences. */
export function NotificationPreferencesForm({ initial }: { initial: PreferenceRow[] }) {
  const [rows, setRows] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const events = [...new Map(rows.map((row) => [row.event, row.label])).entries()];

  function toggle(event: string, channel: string) {
    setRows((current) => current.map((row) => (row.event === event && row.channel === channel && !row.required ? { ...row, enabled: !row.enabled } : row)));
  }

  async function save() {
    setSaving(true);
    setStatus(null);
    const response = await fetch('/api/v1/me/notification-preferences', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ preferences: rows.map(({ event, channel, enabled }) => ({ event, channel, enabled })) }),
    }).catch(() => null);
    setSaving(false);
    setStatus(response?.ok ? 'Your notification settings are saved.' : 'Your settings could not be saved. Please try again.');
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>What you hear about</CardTitle>
        <CardDescription>Verification and password-reset emails are always sent, and so is the email when your password changes.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 font-medium">Event</th>
              <th scope="col" className="py-2 font-medium">{channelLabel.in_app}</th>
              <th scope="col" className="py-2 font-medium">{channelLabel.email}</th>
            </tr>
          </thead>
          <tbody>
            {events.map(([event, label]) => (
              <tr key={event} className="border-t">
                <th scope="row" className="py-2 pr-4 text-left font-normal">{label}</th>
                {(['in_app', 'email'] as const).map((channel) => {
                  const row = rows.find((r) => r.event === event && r.channel === channel);
                  return (
                    <td key={channel} className="py-2">
                      {row ? (
                        <input
                          type="checkbox"
                          className="size-5"
                          aria-label={`${label}: ${channelLabel[channel]}`}
                          checked={row.enabled}
                          disabled={row.required}
                          onChange={() => toggle(event, channel)}
                        />
                      ) : (
                        <span className="text-muted-foreground">—</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="flex items-center gap-4">
          <Button onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save notification settings'}
          </Button>
          <p role="status" aria-live="polite" className="text-sm">
            {status}
          </p>
        </div>
      </CardContent>
    </Card>
  );
}
