import { readVisitNote } from '@/server/encounters/read-visit-note';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ appointmentId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { appointmentId } = await params;
  return signedInRoute({ route: '/api/v1/visits/[appointmentId]/note', run: ({ principal }) => readVisitNote(principal, appointmentId) })(request);
}
