import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { replyToThread } from '@/server/messaging/reply-to-thread';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/messages/threads/[id]/messages', input: z.unknown(), status: 201, run: ({ principal, input }) => replyToThread(principal, id, input) })(request);
}
