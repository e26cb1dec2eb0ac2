import { extractFindings } from '@/server/clinical-ai/extract-findings';
import { extractInputSchema, MAX_ENGINE_BODY_BYTES } from '@/server/clinical-ai/clinical-ai.schemas';
import { signedInRoute } from '@/server/platform/api-route';
import { parseJsonBody } from '@/server/platform/json-body';

// The body is read only after the use-case has checked access (a refused caller gets 404, not 422).
export const POST = signedInRoute({
  route: '/api/v1/clinical-ai/extract',
  run: ({ principal, request }) => extractFindings(principal, () => parseJsonBody(request, extractInputSchema, MAX_ENGINE_BODY_BYTES)),
});
