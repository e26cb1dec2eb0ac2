import * as accountDeletion from './schema/account-deletion';
import * as audit from './schema/audit';
import * as auth from './schema/auth';
import * as billing from './schema/billing';
import * as clinics from './schema/clinics';
import * as consent from './schema/consent';
import * as encounters from './schema/encounters';
import * as invitations from './schema/invitations';
import * as messaging from './schema/messaging';
import * as patients from './schema/patients';
import * as privacy from './schema/privacy';
import * as notifications from './schema/notifications';
import * as scheduling from './schema/scheduling';

/** Every domain's tables, handed to Drizzle so relational queries are typed. */
export const schema = { ...auth, ...clinics, ...patients, ...scheduling, ...audit, ...notifications, ...consent, ...invitations, ...accountDeletion, ...privacy, ...billing, ...encounters, ...messaging };
export type Schema = typeof schema;
