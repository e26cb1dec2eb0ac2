import { createHash } from 'node:crypto';
import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { requireChartAccess } from './chart-access';
import { chartEvent, parseInput } from './chart-input';
import { MAX_DOCUMENT_BYTES, safeFileName, sniffDocumentType } from './document-content';
import { documentIdSchema, documentTitleSchema, type DocumentDownload } from './document.schemas';
import { findDocument, insertDocument } from './documents.repo';
import { readUploadForm } from './upload-form';

/**
 * A clinician attaches a PDF, PNG or JPEG to a chart. Access is checked before the body is read, so nobody else can
 * make the server buffer a file; the type comes from the content, the size limit holds while reading.
 */
export async function uploadDocument(principal: Principal, patientId: unknown, request: Request): Promise<{ id: string }> {
  const action = 'chart.document.upload';
  const access = await requireChartAccess(principal, patientId, 'clinical', action);
  const { file, fields } = await readUploadForm(request, MAX_DOCUMENT_BYTES);
  if (!file || file.size === 0) throw validationFailed({ file: ['Choose a file to upload.'] });
  if (file.size > MAX_DOCUMENT_BYTES) throw new AppError('payload_too_large', 'The file is too large.', { file: [`The file must be at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB.`] });
  const content = new Uint8Array(await file.arrayBuffer());
  const type = sniffDocumentType(content);
  if (!type) throw validationFailed({ file: ['Only PDF, PNG and JPEG files can be attached (checked from the file itself, not its name).'] });
  const rawTitle = fields.get('title');
  const { title } = parseInput(documentTitleSchema, { title: typeof rawTitle === 'string' && rawTitle.trim() !== '' ? rawTitle : file.name.replace(/\.[^.]*$/, '') || 'Document' });

  const id = await insertDocument(
    {
      clinicId: access.clinicId,
      patientId: access.patient.id,
      title,
      fileName: safeFileName(file.name, type),
      contentType: type.contentType,
      sizeBytes: content.byteLength,
      sha256: createHash('sha256').update(content).digest('hex'),
      content: Buffer.from(content),
      uploadedByUserId: principal.userId,
    },
    chartEvent(principal, action, access.patient.id),
  );
  return { id };
}

/** Staff who read the chart, or the patient themself, download a document; each read is audited. */
export async function readDocument(principal: Principal, patientId: unknown, documentId: unknown): Promise<DocumentDownload> {
  const action = 'chart.document.read';
  const access = await requireChartAccess(principal, patientId, 'read', action);
  const parsedId = documentIdSchema.safeParse(documentId);
  if (!parsedId.success) throw validationFailed({ documentId: ['documentId must be a document id.'] });
  const row = await findDocument(access.clinicId, access.patient.id, parsedId.data);
  if (!row) throw notFound('The document');
  await insertAuditEvent(chartEvent(principal, action, access.patient.id));
  return { body: new Uint8Array(row.content), contentType: row.contentType, fileName: row.fileName };
}
