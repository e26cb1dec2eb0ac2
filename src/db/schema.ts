import * as accountDeletion from './schema/account-deletion';
import * as audit from './schema/audit';
import * as auth from './schema/auth';
import * as clinics from './schema/clinics';
import * as consent from './schema/consent';
import * as invitations from './schema/invitations';
import * as patients from './schema/patients';
import * as messaging from './schema/messaging';
import * as notifications from './schema/notifications';
import * as scheduling from './schema/scheduling';

/** Every domain's tables, handed to Drizzle so relational queries are typed. */
export const schema = { ...auth, ...clinics, ...patients, ...scheduling, ...audit, ...notifications, ...messaging, ...consent, ...invitations, ...accountDeletion };
export type Schema = typeof schema;
