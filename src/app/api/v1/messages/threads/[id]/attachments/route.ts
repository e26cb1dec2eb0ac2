import { sendMessageWithAttachment } from '@/server/messaging/message-attachments';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** multipart/form-data with `file` (PDF, PNG or JPEG, at most 5 MB) and an optional `body`. */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/messages/threads/[id]/attachments', status: 201, run: ({ principal, request: req }) => sendMessageWithAttachment(principal, id, req) })(request);
}
