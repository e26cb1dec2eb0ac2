import { requirePrincipal } from '@/server/access/principal';
import { toErrorResponse } from '@/server/platform/json-route';
import { getPrescriptionPdf } from '@/server/prescribing/get-prescription-pdf';

export const dynamic = 'force-dynamic';

/** A signed prescription as a printable PDF (prescribers of its clinic and its own patient; others 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const principal = await requirePrincipal();
    const { id } = await params;
    const pdf = await getPrescriptionPdf(principal, id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': 'inline; filename="prescription.pdf"',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error, '/api/v1/prescriptions/[id]/pdf');
  }
}
