import { signedInRoute } from '@/server/platform/api-route';
import { listRecordAccess } from '@/server/privacy/list-record-access';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({ route: '/api/v1/me/record-access', run: ({ principal }) => listRecordAccess(principal) });
