import { exportMyData } from '@/server/privacy/export-my-data';
import { signedInDownload } from '@/server/privacy/download-route';

export const dynamic = 'force-dynamic';

export const GET = signedInDownload({
  route: '/api/v1/me/export',
  run: ({ principal, request }) => exportMyData(principal, { format: request.nextUrl.searchParams.get('format') }),
});
