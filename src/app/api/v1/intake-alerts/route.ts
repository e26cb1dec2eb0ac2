import { listIntakeAlerts } from '@/server/encounters/intake-alerts';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({ route: '/api/v1/intake-alerts', run: ({ principal }) => listIntakeAlerts(principal) });
