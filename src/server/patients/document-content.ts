/**
 * Documents are PDF, PNG or JPEG, decided from the first bytes of the content: never from the file name or the type
 * the browser claims. A renamed executable or an HTML page called scan.pdf is refused.
 */
/**
 * 8 MB: under the 10 MB that Next.js's proxy (src/proxy.ts runs on every path) buffers of a request body; a body past
 * that is cut short by Next.js itself, so a 10 MB limit here could never be reached cleanly.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface DocumentType {
  contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
  extension: 'pdf' | 'png' | 'jpg';
}

const signatures: { bytes: number[]; type: DocumentType }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { contentType: 'application/pdf', extension: 'pdf' } }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { contentType: 'image/png', extension: 'png' } },
  { bytes: [0xff, 0xd8, 0xff], type: { contentType: 'image/jpeg', extension: 'jpg' } },
];

export function sniffDocumentType(content: Uint8Array): DocumentType | null {
  return signatures.find(({ bytes }) => content.length >= bytes.length && bytes.every((b, i) => content[i] === b))?.type ?? null;
}

/**
 * A file name safe to store and to put in a Content-Disposition header: the last path segment, printable, no quotes
 * or backslashes, at most 100 characters, and the extension of the type the content really has.
 */
export function safeFileName(claimed: string, type: DocumentType): string {
  const base = (claimed.split(/[\\/]/).at(-1) ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"\\;]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'document'}.${type.extension}`;
}
