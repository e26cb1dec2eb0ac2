import type { NextRequest } from 'next/server';
import type { Principal } from '@/server/access/principal';
import { requestPrincipal } from '@/server/platform/api-route';
import { toErrorResponse } from '@/server/platform/json-route';
import type { Download } from './export.schemas';

interface DownloadRouteSpec {
  route: string;
  run: (ctx: { principal: Principal; request: NextRequest }) => Promise<Download>;
}

/**
 * signedInRoute for file downloads (GET only, so no Origin check is needed): session or bearer token -> use-case -> a file
 * the browser saves. The body is personal data, so no cache anywhere may keep it; errors stay JSON.
 */
export function signedInDownload(spec: DownloadRouteSpec) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      const principal = await requestPrincipal(request);
      const file = await spec.run({ principal, request });
      return new Response(file.body, {
        status: 200,
        headers: {
          'content-type': `${file.contentType}; charset=utf-8`,
          'content-disposition': `attachment; filename="${file.filename}"`,
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    } catch (error) {
      return toErrorResponse(error, spec.route);
    }
  };
}
