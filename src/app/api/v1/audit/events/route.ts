import { listAuditTrail } from '@/server/audit/list-audit-trail';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

/** The active clinic's audit trail as JSON, newest first, 50 a page: `?cursor=` from `next` for older events. */
export const GET = signedInRoute({
  route: '/api/v1/audit/events',
  run: async ({ principal, request }) => {
    const { entries, nextCursor } = await listAuditTrail(principal, Object.fromEntries(new URL(request.url).searchParams));
    return { events: entries, next: nextCursor };
  },
});
