import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { bookAppointment } from '@/server/scheduling/book-appointment';
import { listAppointments } from '@/server/scheduling/list-appointments';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/appointments',
  run: ({ principal, request }) => listAppointments(principal, Object.fromEntries(new URL(request.url).searchParams)),
});

// The use-case validates the body itself (field errors named), so the wrapper only reads the JSON.
export const POST = signedInRoute({
  route: '/api/v1/appointments',
  input: z.unknown(),
  status: 201,
  run: ({ principal, input }) => bookAppointment(principal, input),
});
