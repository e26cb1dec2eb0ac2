import { consentRoute } from '@/server/consent/consent-route';
import { isHttpsRequest } from '@/server/consent/cookie-writes';
import { saveUiPreferences } from '@/server/consent/save-ui-preferences';
import { uiPreferencesSchema } from '@/server/consent/ui-preferences.schemas';

export const dynamic = 'force-dynamic';

/** Saves UI preferences in clinixai-ui when functional consent is given; answers { stored: false } otherwise. */
export const POST = consentRoute({
  route: '/api/v1/consent/ui-preferences',
  input: uiPreferencesSchema,
  run: async ({ input, request, consent }) => {
    const { stored, cookies } = saveUiPreferences(input, { request: consent, https: isHttpsRequest(request.headers) });
    return { body: { stored }, cookies };
  },
});
