import { and, eq } from 'drizzle-orm';
import { db } from '@/db/instance';
import { patientDocuments } from '@/db/schema/patients';
import { insertAuditEvent, type AuditEventRow } from '@/server/audit/audit.repo';

/** Stores the document and its audit event in one transaction: a failed upload leaves neither. */
export async function insertDocument(row: typeof patientDocuments.$inferInsert, audit: AuditEventRow): Promise<string> {
  return (await db()).transaction(async (tx) => {
    const [created] = await tx.insert(patientDocuments).values(row).returning({ id: patientDocuments.id });
    await insertAuditEvent(audit, tx);
    return created!.id;
  });
}

export async function findDocument(clinicId: string, patientId: string, documentId: string) {
  const [row] = await (await db())
    .select({ content: patientDocuments.content, contentType: patientDocuments.contentType, fileName: patientDocuments.fileName })
    .from(patientDocuments)
    .where(and(eq(patientDocuments.clinicId, clinicId), eq(patientDocuments.patientId, patientId), eq(patientDocuments.id, documentId)))
    .limit(1);
  return row;
}
