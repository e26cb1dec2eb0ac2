import { listNotes } from '@/server/encounters/list-notes';
import { signedInRoute } from '@/server/platform/api-route';

export const dynamic = 'force-dynamic';

export const GET = signedInRoute({
  route: '/api/v1/notes',
  run: ({ principal, request }) => listNotes(principal, new URL(request.url).searchParams.get('status') ?? undefined),
});
