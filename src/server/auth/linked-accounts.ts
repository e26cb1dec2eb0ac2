import type { Principal } from '@/server/access/principal';
import { linkedProviders } from './users.repo';

/** Whether the signed-in person's account has a Google identity linked to it. */
export async function hasLinkedGoogle(principal: Principal): Promise<boolean> {
  return (await linkedProviders(principal.userId)).includes('google');
}
