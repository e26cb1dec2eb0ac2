import { readChart } from '@/server/patients/read-chart';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/patients/[id]',
  // The id is the last path segment; the use-case validates it (anything malformed is simply not found).
  run: ({ principal, request }) => readChart(principal, new URL(request.url).pathname.split('/').at(-1)),
});
