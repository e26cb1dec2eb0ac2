import { z } from 'zod';
import { channels, notificationEventIds } from './notification-events';

/** What the browser sees of a notification: picked fields, ISO times. */
export const notificationItemSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;
export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

export const listNotificationsQuery = z.object({
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(30),
});

const channelSchema = z.enum(channels as [string, ...string[]], { error: `must be one of ${channels.join(', ')}` });

/** PUT body: the settings to change; events and channels not named keep their current value. */
export const updatePreferencesSchema = z
  .object({
    preferences: z
      .array(
        z
          .object({
            event: z.enum(notificationEventIds, { error: `must be one of ${notificationEventIds.join(', ')}` }),
            channel: channelSchema,
            enabled: z.boolean({ error: 'must be true or false' }),
          })
          .strict(),
        { error: 'must be a list of { event, channel, enabled }' },
      )
      .min(1, 'name at least one setting')
      .max(50, 'at most 50 settings at once'),
  })
  .strict();

export interface PreferenceView {
  event: string;
  label: string;
  channel: 'in_app' | 'email';
  enabled: boolean;
  /** Cannot be switched off (account security). */
  required: boolean;
}
