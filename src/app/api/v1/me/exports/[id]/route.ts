import { signedInRoute } from '@/server/platform/api-route';
import { dataExportStatus } from '@/server/privacy/export-jobs';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return signedInRoute({ route: '/api/v1/me/exports/[id]', run: ({ principal }) => dataExportStatus(principal, id) })(request);
}
