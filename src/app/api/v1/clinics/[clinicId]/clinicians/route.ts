import { signedInRoute } from '@/server/platform/api-route';
import { listClinicians } from '@/server/scheduling/list-clinicians';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ clinicId: string }> }) {
  const { clinicId } = await params;
  return signedInRoute({ route: '/api/v1/clinics/[clinicId]/clinicians', run: ({ principal }) => listClinicians(principal, clinicId) })(request);
}
