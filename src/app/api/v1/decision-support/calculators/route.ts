import { listCalculators } from '@/server/decision-support/list-calculators';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({ route: '/api/v1/decision-support/calculators', run: ({ principal }) => listCalculators(principal) });
