import type { DocumentDownload } from './document.schemas';

/**
 * A document as an HTTP download: always an attachment (never rendered inline on our origin), never cached, never
 * sniffed into another type, and sandboxed should a browser open it anyway.
 */
export function documentResponse(file: DocumentDownload): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(Buffer.from(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.body.byteLength),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    },
  });
}
