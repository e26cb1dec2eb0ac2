import { signedInRoute } from '@/server/platform/api-route';
import { listNotifications } from '@/server/notifications/list-notifications';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/notifications',
  run: ({ principal, request }) => listNotifications(principal, Object.fromEntries(new URL(request.url).searchParams)),
});
