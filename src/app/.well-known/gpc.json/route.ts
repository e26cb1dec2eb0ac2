import { GPC_SUPPORT } from '@/server/consent/gpc-support';

export const dynamic = 'force-static';

/** Global Privacy Control support resource (GPC specification, section 3.5): the same for every visitor. */
export function GET() {
  return Response.json(GPC_SUPPORT, { headers: { 'cache-control': 'public, max-age=86400' } });
}
