import { acknowledgeIntakeAlert } from '@/server/encounters/intake-alerts';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

// No body: the alert is named by the URL. Acknowledging an acknowledged alert answers 200 with changed: false.
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/intake-alerts/[id]/acknowledge', run: ({ principal }) => acknowledgeIntakeAlert(principal, id) })(request);
}
