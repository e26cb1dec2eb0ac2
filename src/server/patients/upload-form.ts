import { AppError, validationFailed } from '@/lib/errors';

/** Room for the multipart boundaries and the title around the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', 'The file is too large.', { file: [`The file must be at most ${Math.round(maxBytes / (1024 * 1024))} MB.`] });

/**
 * Reads a multipart upload with the size limit enforced while reading: the declared length is checked first, then
 * the stream is cut off as soon as it passes the limit, so an oversized upload is never held in memory whole.
 */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<{ file: File | null; fields: FormData }> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw validationFailed({ file: ['Send the file as multipart/form-data.'] });
  }
  const limit = maxFileBytes + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length') ?? '0') > limit) throw tooLarge(maxFileBytes);
  if (!request.body) throw validationFailed({ file: ['Choose a file to upload.'] });

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw tooLarge(maxFileBytes);
    }
    chunks.push(value);
  }
  let fields: FormData;
  try {
    fields = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw validationFailed({ file: ['The upload could not be read; choose the file again.'] });
  }
  const file = fields.get('file');
  return { file: file instanceof File ? file : null, fields };
}
