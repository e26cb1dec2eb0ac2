import { downloadAttachment } from '@/server/messaging/message-attachments';
import { requestPrincipal } from '@/server/platform/api-route';
import { toErrorResponse } from '@/server/platform/json-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; attachmentId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id, attachmentId } = await params;
  try {
    return await downloadAttachment(await requestPrincipal(request), id, attachmentId);
  } catch (error) {
    return toErrorResponse(error, '/api/v1/messages/threads/[id]/attachments/[attachmentId]');
  }
}
