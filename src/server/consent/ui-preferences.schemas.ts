import { z } from 'zod';
import { roles } from '@/config/roles';

/**
 * The functional preferences clinixai-ui may hold. Small and flat on purpose: the cookie travels with every
 * request, so the serialized JSON is capped well under the 4 KB a browser keeps per cookie.
 */
export const MAX_UI_PREFERENCES_BYTES = 1024;
const MAX_DASHBOARD_SETTINGS = 20;

const dashboardKey = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'names may use letters, digits, - and _ (up to 40)');
const dashboardValue = z.union([z.boolean(), z.number().finite(), z.string().max(100)], {
  error: 'must be true/false, a number or a short text',
});

export const uiPreferencesSchema = z
  .object({
    sidebarCollapsed: z.boolean({ error: 'must be true or false' }).optional(),
    rolePreference: z
      .object({
        role: z.enum(roles, { error: `must be one of ${roles.join(', ')}` }),
        clinicId: z.uuid({ error: 'must be a clinic id' }).nullable(),
      })
      .strict()
      .optional(),
    dashboard: z
      .record(dashboardKey, dashboardValue)
      .refine((value) => Object.keys(value).length <= MAX_DASHBOARD_SETTINGS, `holds at most ${MAX_DASHBOARD_SETTINGS} settings`)
      .optional(),
    notifications: z
      .object({ inApp: z.boolean({ error: 'must be true or false' }).optional(), sound: z.boolean({ error: 'must be true or false' }).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_UI_PREFERENCES_BYTES, {
    message: `must be at most ${MAX_UI_PREFERENCES_BYTES} bytes as JSON`,
  });
export type UiPreferences = z.infer<typeof uiPreferencesSchema>;
