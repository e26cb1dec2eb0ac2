import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { patientDocuments } from '@/db/schema/patients';
import { AppError } from '@/lib/errors';
import { readDocument, uploadDocument } from './chart-documents';
import { MAX_DOCUMENT_BYTES } from './document-content';
import { documentResponse } from './document-response';
import { readChart } from './read-chart';
import { createPatientsFixture, type PatientsFixture } from './testing/fixtures.repo';

let f: PatientsFixture;
beforeAll(async () => {
  f = await createPatientsFixture();
});
afterAll(async () => {
  await f.handle.close();
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pdf = new TextEncoder().encode('%PDF-1.4\n% test\n');

function uploadRequest(file: Blob | null, name = 'scan.png', title?: string): Request {
  const form = new FormData();
  if (file) form.set('file', file, name);
  if (title !== undefined) form.set('title', title);
  return new Request('http://localhost/api/v1/patients/x/documents', { method: 'POST', body: form });
}

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const documentCount = async (patientId: string) => (await f.handle.db.select().from(patientDocuments).where(eq(patientDocuments.patientId, patientId))).length;

describe('documents', () => {
  it('stores a PNG by its content, lists it in the chart and downloads it as an audited attachment', async () => {
    const patient = f.patientA.patientId;
    const { id } = await uploadDocument(f.clinician, patient, uploadRequest(new Blob([PNG], { type: 'application/pdf' }), 'wound "photo".pdf', 'Wound photo'));
    const chart = await readChart(f.patientA, patient);
    expect(chart.documents).toEqual([expect.objectContaining({ id, title: 'Wound photo', fileName: 'wound photo.png', contentType: 'image/png', sizeBytes: PNG.byteLength })]);

    const download = await readDocument(f.patientA, patient, id);
    const response = documentResponse(download);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="wound photo.png"/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const actions = (await f.handle.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'patient'), eq(auditEvents.entityId, patient)))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['chart.document.upload', 'chart.document.read']));
  });

  it('refuses disguised, empty, oversized and missing files naming the field, storing nothing', async () => {
    const patient = f.ids['RFC-000103']!;
    const html = new Blob(['<html><script>alert(1)</script></html>'], { type: 'application/pdf' });
    const cases: [Request, string, number][] = [
      [uploadRequest(html, 'letter.pdf'), 'file', 422],
      [uploadRequest(new Blob([]), 'empty.pdf'), 'file', 422],
      [uploadRequest(null), 'file', 422],
      [uploadRequest(new Blob([pdf, new Uint8Array(MAX_DOCUMENT_BYTES)]), 'big.pdf'), 'file', 413],
      [uploadRequest(new Blob([pdf]), 'ok.pdf', 'x'.repeat(121)), 'title', 422],
      [new Request('http://localhost/x', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), 'file', 422],
    ];
    for (const [request, field, status] of cases) {
      const error = await errorOf(uploadDocument(f.clinician, patient, request));
      expect(error.status).toBe(status);
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await documentCount(patient)).toBe(0);
  });

  it('answers 404 to another clinic, to patients uploading, and for another chart\u2019s document', async () => {
    const patient = f.ids['RFC-000104']!;
    expect((await errorOf(uploadDocument(f.harborClinician, patient, uploadRequest(new Blob([pdf]), 'a.pdf')))).code).toBe('not_found');
    expect((await errorOf(uploadDocument(f.patientA, f.patientA.patientId, uploadRequest(new Blob([pdf]), 'a.pdf')))).code).toBe('not_found');
    const { id } = await uploadDocument(f.clinician, patient, uploadRequest(new Blob([pdf]), 'referral.pdf'));
    expect((await errorOf(readDocument(f.harborClinician, patient, id))).code).toBe('not_found');
    expect((await errorOf(readDocument(f.clinician, f.ids['RFC-000105'], id))).code).toBe('not_found');
    expect((await errorOf(readDocument(f.patientA, patient, id))).code).toBe('not_found');
    expect((await errorOf(readDocument(f.clinician, patient, 'nope'))).code).toBe('validation_failed');
  });
});
