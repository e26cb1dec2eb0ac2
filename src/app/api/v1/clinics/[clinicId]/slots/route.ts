import { signedInRoute } from '@/server/platform/api-route';
import { listSlots } from '@/server/scheduling/list-slots';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ clinicId: string }> }) {
  const { clinicId } = await params;
  return signedInRoute({
    route: '/api/v1/clinics/[clinicId]/slots',
    run: ({ principal }) => listSlots(principal, clinicId, Object.fromEntries(new URL(request.url).searchParams)),
  })(request);
}
