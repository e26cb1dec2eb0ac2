import { getBillingSummary } from '@/server/billing/get-billing-summary';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ clinicId: string }> }) {
  const { clinicId } = await params;
  return signedInRoute({ route: '/api/v1/clinics/[clinicId]/billing', run: ({ principal }) => getBillingSummary(principal, clinicId) })(request);
}
