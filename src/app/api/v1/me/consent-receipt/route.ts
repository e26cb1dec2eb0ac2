import { consentReceipt } from '@/server/privacy/consent-receipt';
import { signedInDownload } from '@/server/privacy/download-route';

export const dynamic = 'force-dynamic';

export const GET = signedInDownload({
  route: '/api/v1/me/consent-receipt',
  run: ({ principal, request }) =>
    consentReceipt(principal, { cookie: (name) => request.cookies.get(name)?.value, header: (name) => request.headers.get(name) }),
});
