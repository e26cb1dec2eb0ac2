import { requirePrincipal } from '@/server/access/principal';
import { readDocument } from '@/server/patients/chart-documents';
import { documentResponse } from '@/server/patients/document-response';
import { toErrorResponse } from '@/server/platform/json-route';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  try {
    const principal = await requirePrincipal();
    const { id, documentId } = await params;
    return documentResponse(await readDocument(principal, id, documentId));
  } catch (error) {
    return toErrorResponse(error, '/api/v1/patients/[id]/documents/[documentId]');
  }
}
