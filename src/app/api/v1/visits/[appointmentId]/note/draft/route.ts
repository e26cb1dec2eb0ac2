import { draftNote, draftRequestBodySchema } from '@/server/encounters/draft-note';
import { MAX_JSON_BODY_BYTES, signedInRoute } from '@/server/platform/api-route';
import { parseJsonBody } from '@/server/platform/json-body';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ appointmentId: string }> };

/**
 * Drafts (or redrafts an unsigned draft of) the visit's SOAP note, as the visit screen's "Draft note" does:
 * clinicians of the visit's clinic only (anyone else 404, audited), a signed note 409. The body is read only
 * after the use-case has checked access.
 */
export async function POST(request: Request, { params }: Context) {
  const { appointmentId } = await params;
  return signedInRoute({
    route: '/api/v1/visits/[appointmentId]/note/draft',
    run: ({ principal }) => draftNote(principal, appointmentId, () => parseJsonBody(request, draftRequestBodySchema, MAX_JSON_BODY_BYTES)),
  })(request);
}
