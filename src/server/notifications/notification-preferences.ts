import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { isRequired, notificationEvents, type Channel } from './notification-events';
import { preferencesOf, savePreferences } from './notification-preferences.repo';
import { updatePreferencesSchema, type PreferenceView } from './notification.schemas';

/** Every event and channel with the person's choice (on unless they switched it off). Stored with the account. */
export async function getNotificationPreferences(principal: Principal): Promise<{ preferences: PreferenceView[] }> {
  const stored = await preferencesOf(principal.userId);
  const preferences = notificationEvents.flatMap((event) =>
    (event.channels as readonly Channel[]).map((channel) => {
      const required = isRequired(event.id, channel);
      const saved = stored.find((row) => row.event === event.id && row.channel === channel);
      return { event: event.id, label: event.label, channel, enabled: required || (saved?.enabled ?? true), required };
    }),
  );
  return { preferences };
}

export async function updateNotificationPreferences(principal: Principal, raw: unknown, now = new Date()): Promise<{ preferences: PreferenceView[] }> {
  const parsed = updatePreferencesSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const errors: Record<string, string[]> = {};
  parsed.data.preferences.forEach((setting, index) => {
    const event = notificationEvents.find((entry) => entry.id === setting.event);
    if (!event || !(event.channels as readonly string[]).includes(setting.channel)) errors[`preferences.${index}.channel`] = [`${setting.event} is not sent by ${setting.channel}`];
    else if (!setting.enabled && isRequired(setting.event, setting.channel as Channel)) errors[`preferences.${index}.enabled`] = ['This security notice cannot be switched off.'];
  });
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  await savePreferences(principal.userId, parsed.data.preferences.map((p) => ({ ...p, channel: p.channel as Channel })), now);
  return getNotificationPreferences(principal);
}
