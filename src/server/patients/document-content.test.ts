import { describe, expect, it } from 'vitest';
import { safeFileName, sniffDocumentType } from './document-content';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffDocumentType', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(sniffDocumentType(new TextEncoder().encode('%PDF-1.7\n'))?.contentType).toBe('application/pdf');
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.contentType).toBe('image/png');
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0))?.contentType).toBe('image/jpeg');
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffDocumentType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffDocumentType(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull(); // a Windows executable
    expect(sniffDocumentType(bytes(0x25, 0x50, 0x44))).toBeNull(); // truncated
    expect(sniffDocumentType(bytes())).toBeNull();
  });
});

describe('safeFileName', () => {
  const pdf = { contentType: 'application/pdf', extension: 'pdf' } as const;
  it('keeps the last path segment, drops quotes and controls, and uses the real extension', () => {
    expect(safeFileName('C:\\scans\\referral letter.PDF', pdf)).toBe('referral letter.pdf');
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFileName('a"b;\r\nc.exe', pdf)).toBe('abc.pdf');
    expect(safeFileName('', pdf)).toBe('document.pdf');
    expect(safeFileName('x'.repeat(300), pdf)).toHaveLength(104);
  });
});
