import { searchPatients } from '@/server/patients/search-patients';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/patients',
  run: ({ principal, request }) => {
    const params = new URL(request.url).searchParams;
    return searchPatients(principal, { query: params.get('query') || undefined, limit: params.get('limit') || undefined });
  },
});
