import { searchCodes } from '@/server/patients/search-codes';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/codes',
  run: async ({ principal, request }) => {
    const params = new URL(request.url).searchParams;
    return searchCodes(principal, { system: params.get('system') ?? undefined, query: params.get('query') ?? undefined });
  },
});
