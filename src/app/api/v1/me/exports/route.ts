import { z } from 'zod';
import { signedInRoute } from '@/server/platform/api-route';
import { latestDataExport, startDataExport } from '@/server/privacy/export-jobs';

export const dynamic = 'force-dynamic';

/** Queue "Download my data" ({ format: "json" | "fhir" }); answers 202 with the job to poll. */
export const POST = signedInRoute({
  route: '/api/v1/me/exports',
  input: z.object({ format: z.unknown() }).partial(),
  status: 202,
  run: ({ principal, input }) => startDataExport(principal, input),
});

/** The person's most recent export, if any. */
export const GET = signedInRoute({ route: '/api/v1/me/exports', run: async ({ principal }) => ({ export: await latestDataExport(principal) }) });
