import { checkAssertion } from '@/server/clinical-ai/check-assertion';
import { assertionInputSchema, MAX_ENGINE_BODY_BYTES } from '@/server/clinical-ai/clinical-ai.schemas';
import { signedInRoute } from '@/server/platform/api-route';
import { parseJsonBody } from '@/server/platform/json-body';

// The body is read only after the use-case has checked access (a refused caller gets 404, not 422).
export const POST = signedInRoute({
  route: '/api/v1/clinical-ai/assertion',
  run: ({ principal, request }) => checkAssertion(principal, () => parseJsonBody(request, assertionInputSchema, MAX_ENGINE_BODY_BYTES)),
});
