import { jsonError, toErrorResponse } from '@/server/platform/json-route';
import { readCalendarFeed } from '@/server/scheduling/manage-calendar-feeds';

export const dynamic = 'force-dynamic';

/**
 * A clinician's private calendar feed: the unguessable token in the URL is the credential (calendar
 * apps have no session). An unknown or revoked token answers 410 Gone, which tells calendar apps to
 * stop polling, and says nothing about whether the token ever existed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ clinicId: string; token: string }> }) {
  const { clinicId, token } = await params;
  try {
    const text = await readCalendarFeed(clinicId, token.replace(/\.ics$/, ''));
    if (text === null) return jsonError(410, { code: 'not_found', message: 'This calendar feed does not exist or was turned off.' });
    return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store' } });
  } catch (error) {
    return toErrorResponse(error, '/api/v1/clinics/[clinicId]/calendar-feed/[token]');
  }
}
