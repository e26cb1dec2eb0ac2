import { exportAuditTrail } from '@/server/audit/export-audit-trail';
import { signedInDownload } from '@/server/privacy/download-route';

export const dynamic = 'force-dynamic';

export const GET = signedInDownload({
  route: '/api/v1/audit/export',
  run: ({ principal, request }) => exportAuditTrail(principal, Object.fromEntries(request.nextUrl.searchParams)),
});
