import { signedInRoute } from '@/server/platform/api-route';
import { markAllRead } from '@/server/notifications/mark-notification-read';

export const dynamic = 'force-dynamic';

export const POST = signedInRoute({ route: '/api/v1/notifications/read-all', run: ({ principal }) => markAllRead(principal) });
