import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { getNotificationPreferences, updateNotificationPreferences } from '@/server/notifications/notification-preferences';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({ route: '/api/v1/me/notification-preferences', run: ({ principal }) => getNotificationPreferences(principal) });

export const PUT = signedInRoute({
  route: '/api/v1/me/notification-preferences',
  input: z.unknown(),
  run: ({ principal, input }) => updateNotificationPreferences(principal, input),
});
