import { getMe } from '@/server/access/get-me';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({ route: '/api/v1/me', run: async ({ principal }) => getMe(principal) });
