import { requestPrincipal } from '@/server/platform/api-route';
import { toErrorResponse } from '@/server/platform/json-route';
import { notificationStream } from '@/server/notifications/stream-notifications';

export const dynamic = 'force-dynamic';

/** Server-sent events: `unread` events with the signed-in person's unread count. */
export async function GET(request: Request) {
  try {
    return notificationStream(await requestPrincipal(request), request.signal, { once: new URL(request.url).searchParams.get('once') === '1' });
  } catch (error) {
    return toErrorResponse(error, '/api/v1/notifications/stream');
  }
}
