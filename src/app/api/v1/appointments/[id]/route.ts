import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { changeAppointment } from '@/server/scheduling/change-appointment';
import { getAppointment } from '@/server/scheduling/get-appointment';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/appointments/[id]', run: ({ principal }) => getAppointment(principal, id) })(request);
}

export async function PATCH(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/appointments/[id]', input: z.unknown(), run: ({ principal, input }) => changeAppointment(principal, id, input) })(request);
}
