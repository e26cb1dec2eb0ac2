import { signedInRoute } from '@/server/platform/api-route';
import { markRead } from '@/server/notifications/mark-notification-read';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/notifications/[id]/read', run: ({ principal }) => markRead(principal, id) })(request);
}
