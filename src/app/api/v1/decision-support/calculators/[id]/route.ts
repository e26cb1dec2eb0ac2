import { calculateRequestSchema } from '@/server/decision-support/calculator.schemas';
import { runCalculator } from '@/server/decision-support/run-calculator';
import { MAX_JSON_BODY_BYTES, signedInRoute } from '@/server/platform/api-route';
import { parseJsonBody } from '@/server/platform/json-body';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return signedInRoute({
    route: '/api/v1/decision-support/calculators/[id]',
    run: ({ principal }) => runCalculator(principal, id, () => parseJsonBody(request, calculateRequestSchema, MAX_JSON_BODY_BYTES)),
  })(request);
}
