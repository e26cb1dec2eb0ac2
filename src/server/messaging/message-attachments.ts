import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { safeFileName, sniffDocumentType } from '@/server/patients/document-content';
import { documentResponse } from '@/server/patients/document-response';
import { readUploadForm } from '@/server/patients/upload-form';
import { requireVisibleThread } from './messaging-access';
import { findAttachment, insertMessage } from './messaging.repo';
import { notifyNewMessage } from './notify-message';

/** Smaller than chart documents: a message carries a photo or a letter, not a scan bundle. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/**
 * A message with one file (multipart: `file`, optional `body`). The type is decided from the content (PDF, PNG,
 * JPEG, as chart documents), the size is capped while reading, and the message and file are stored together.
 */
export async function sendMessageWithAttachment(principal: Principal, threadId: string, request: Request, now = new Date()): Promise<{ ok: true }> {
  const { actor, thread } = await requireVisibleThread(principal, threadId, 'message.send');
  const { file, fields } = await readUploadForm(request, MAX_ATTACHMENT_BYTES);
  if (!file || file.size === 0) throw validationFailed({ file: ['Choose a file to attach.'] });
  // The form reader allows room for the multipart framing; the file itself is held to the limit here.
  if (file.size > MAX_ATTACHMENT_BYTES) throw new AppError('payload_too_large', 'The file is too large.', { file: ['The file must be at most 5 MB.'] });
  const content = Buffer.from(await file.arrayBuffer());
  const type = sniffDocumentType(content);
  if (!type) throw validationFailed({ file: ['Attach a PDF, PNG or JPEG file.'] });
  const rawBody = fields.get('body');
  const body = typeof rawBody === 'string' ? rawBody.trim() : '';
  if (body.length > 5000) throw validationFailed({ body: ['at most 5,000 characters'] });
  const fileName = safeFileName(file.name, type);
  await insertMessage(
    actor.clinicId,
    thread.id,
    principal.userId,
    actor.kind,
    body || `Attached ${fileName}`,
    now,
    auditEventOf(principal, { action: 'message.send', entityType: 'patient', entityId: thread.patientId }, 'allowed'),
    { fileName, contentType: type.contentType, sizeBytes: content.byteLength, content },
  );
  await notifyNewMessage(thread, randomUUID(), actor.kind, principal.userId);
  return { ok: true };
}

/** Downloads a file of a conversation the caller may see (audited as access to the patient). */
export async function downloadAttachment(principal: Principal, threadId: string, attachmentId: string): Promise<Response> {
  const { actor, thread } = await requireVisibleThread(principal, threadId, 'message.attachment.read');
  if (!z.uuid().safeParse(attachmentId).success) throw validationFailed({ attachmentId: ['must be an attachment id'] });
  const file = await findAttachment(actor.clinicId, thread.id, attachmentId);
  if (!file) {
    await recordDenial(principal, { action: 'message.attachment.read', entityType: 'message_thread', entityId: thread.id });
    throw notFound('The attachment');
  }
  await insertAuditEvent(auditEventOf(principal, { action: 'message.attachment.read', entityType: 'patient', entityId: thread.patientId }, 'allowed'));
  return documentResponse({ fileName: file.fileName, contentType: file.contentType, body: file.content });
}
