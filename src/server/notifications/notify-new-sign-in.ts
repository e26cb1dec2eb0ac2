import { formatForViewer } from '@/lib/time-zones';
import { logger } from '@/server/platform/logger';
import { runtimeSecrets } from '@/server/platform/runtime-secrets';
import { enqueueNotification } from './enqueue-notification';
import { deviceKeyOf, signInDeviceOf } from './sign-in-device';
import { recordDeviceSighting } from './sign-in-devices.repo';

export interface SignInContext {
  userId: string;
  userAgent: string | null;
  /** The client address as scripts/serve.mjs saw it; only its network part is used, and only hashed is it kept. */
  ip: string | null;
  method: 'password' | 'google';
  now?: Date;
}

const whereFrom = (network: string) => (/^[\da-f]/i.test(network) ? `network ${network}, approximate origin` : network);

/** Where the notice sends someone who did not sign in: a reset link by email works without being signed in. */
export const CHANGE_PASSWORD_PATH = '/forgot-password';

/**
 * After a successful sign-in (password or Google): a device this account has not used before gets the
 * "new sign-in" notice, in the app and by email per the person's preferences, with when, which browser and
 * roughly from where, and never anything clinical. The account's first sign-in ever (after sign-up, or the
 * first since this notice exists) only records the device. It never fails or delays the sign-in.
 */
export async function notifyNewSignIn(context: SignInContext): Promise<boolean> {
  try {
    const now = context.now ?? new Date();
    const device = signInDeviceOf(context.userAgent, context.ip);
    const deviceKey = deviceKeyOf(runtimeSecrets().authSecret, context.userId, device);
    const sighting = await recordDeviceSighting(context.userId, deviceKey, now);
    if (!sighting.isNew || !sighting.knownBefore) return false;
    const when = formatForViewer(now, sighting.timeZone ?? 'UTC', 'en-US', { year: 'numeric' });
    const how = context.method === 'google' ? 'with Google' : 'with your password';
    await enqueueNotification(undefined, {
      event: 'security.sign_in',
      key: `security.sign_in:${deviceKey}`,
      userId: context.userId,
      clinicId: null,
      title: 'New sign-in to your ClinixAI account',
      body:
        `Someone signed in to your account ${how} on ${when}, from ${device.browser} (${whereFrom(device.network)}). ` +
        'If this was you, there is nothing to do. If it was not, change your password now: a new password signs every device out.',
      link: CHANGE_PASSWORD_PATH,
      runAt: now,
    });
    return true;
  } catch (error) {
    logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'new sign-in notice could not be enqueued');
    return false;
  }
}
