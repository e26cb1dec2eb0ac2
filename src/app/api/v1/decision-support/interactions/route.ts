import { checkInteractions } from '@/server/decision-support/check-interactions';
import { interactionRequestSchema } from '@/server/decision-support/interaction.schemas';
import { MAX_JSON_BODY_BYTES, signedInRoute } from '@/server/platform/api-route';
import { parseJsonBody } from '@/server/platform/json-body';

export const dynamic = 'force-dynamic';

export const POST = signedInRoute({
  route: '/api/v1/decision-support/interactions',
  run: ({ principal, request }) => checkInteractions(principal, () => parseJsonBody(request, interactionRequestSchema, MAX_JSON_BODY_BYTES)),
});
