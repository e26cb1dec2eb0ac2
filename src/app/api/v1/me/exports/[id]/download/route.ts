import type { NextRequest } from 'next/server';
import { signedInDownload } from '@/server/privacy/download-route';
import { downloadDataExport } from '@/server/privacy/export-jobs';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  return signedInDownload({ route: '/api/v1/me/exports/[id]/download', run: ({ principal }) => downloadDataExport(principal, id) })(request);
}
