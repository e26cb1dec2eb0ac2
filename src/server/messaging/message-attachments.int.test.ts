import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import { createTestClinic, type TestClinic } from '@/server/scheduling/scheduling-fixtures.repo';
import { downloadAttachment, MAX_ATTACHMENT_BYTES, sendMessageWithAttachment } from './message-attachments';
import { readThread } from './read-thread';
import { startThread } from './start-thread';

let handle: DatabaseHandle;
let clinic: TestClinic;
let other: TestClinic;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const hours = [{ weekday: 1, startsAt: '09:00', endsAt: '17:00' }];
  clinic = await createTestClinic(handle.db, { slug: 'files', timeZone: 'UTC', hours });
  other = await createTestClinic(handle.db, { slug: 'files-other', timeZone: 'UTC', hours });
});

afterAll(async () => {
  await handle?.close();
});

function upload(bytes: Buffer, name: string, body?: string): Request {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  if (body !== undefined) form.set('body', body);
  return new Request('http://localhost/upload', { method: 'POST', body: form });
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error instanceof AppError ? error.code : 'other'));

describe('message attachments', () => {
  it('stores a file whose content is PNG under a safe name, and only the thread’s clinic can download it', async () => {
    const { id } = await startThread(clinic.patient, { subject: 'Rash photo', body: 'See attached' });
    await sendMessageWithAttachment(clinic.patient, id, upload(PNG, '../../etc/"rash".exe.png', 'Photo from today'));
    const thread = await readThread(clinic.clinician, id);
    const file = thread.messages.at(-1)!.attachments[0]!;
    expect(file).toMatchObject({ fileName: 'rash.exe.png', contentType: 'image/png', sizeBytes: PNG.length });
    const response = await downloadAttachment(clinic.clinician, id, file.id);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    expect(await codeOf(downloadAttachment(other.clinician, id, file.id))).toBe('not_found');
  });

  it('refuses content that is not PDF, PNG or JPEG, an empty file and one over the limit, storing nothing', async () => {
    const { id } = await startThread(clinic.patient, { subject: 'Files', body: 'x' });
    expect(await codeOf(sendMessageWithAttachment(clinic.patient, id, upload(Buffer.from('<html><script>alert(1)</script>'), 'scan.pdf')))).toBe('validation_failed');
    expect(await codeOf(sendMessageWithAttachment(clinic.patient, id, upload(Buffer.alloc(0), 'empty.png')))).toBe('validation_failed');
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1)]);
    expect(await codeOf(sendMessageWithAttachment(clinic.patient, id, upload(huge, 'big.png')))).toBe('payload_too_large');
    expect((await readThread(clinic.patient, id)).messages).toHaveLength(1);
  });
});
