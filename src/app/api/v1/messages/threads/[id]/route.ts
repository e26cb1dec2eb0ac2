import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { readThread } from '@/server/messaging/read-thread';
import { changeThread } from '@/server/messaging/update-thread';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/messages/threads/[id]', run: ({ principal }) => readThread(principal, id) })(request);
}

export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/messages/threads/[id]', input: z.unknown(), run: ({ principal, input }) => changeThread(principal, id, input) })(request);
}
