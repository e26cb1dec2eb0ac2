import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { listMessageThreads } from '@/server/messaging/list-threads';
import { startThread } from '@/server/messaging/start-thread';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/messages/threads',
  run: ({ principal, request }) => listMessageThreads(principal, Object.fromEntries(new URL(request.url).searchParams)),
});

export const POST = signedInRoute({ route: '/api/v1/messages/threads', input: z.unknown(), status: 201, run: ({ principal, input }) => startThread(principal, input) });
