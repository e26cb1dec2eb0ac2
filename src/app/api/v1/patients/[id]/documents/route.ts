import { uploadDocument } from '@/server/patients/chart-documents';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

/** multipart/form-data with `file` (PDF, PNG or JPEG, at most 10 MB) and an optional `title`. */
export const POST = signedInRoute({
  route: '/api/v1/patients/[id]/documents',
  status: 201,
  run: ({ principal, request }) => uploadDocument(principal, new URL(request.url).pathname.split('/').at(-2), request),
});
