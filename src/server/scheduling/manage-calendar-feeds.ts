import { createHash, randomBytes } from 'node:crypto';
import { forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { activeFeedOf, feedVisits, findActiveFeedByHash, replaceFeed } from './calendar-feeds.repo';
import { calendarText } from './ics';
import { requireSchedulingActor } from './scheduling-access';

const DAY = 86_400_000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
export const calendarFeedPath = (clinicId: string, token: string) => `/api/v1/clinics/${clinicId}/calendar-feed/${token}`;

/** Only a clinician has a diary to subscribe to; the feed is theirs, in their active clinic. */
async function requireClinician(principal: Principal, action: string): Promise<{ clinicId: string; userId: string }> {
  const subject = { action, entityType: 'calendar_feed', entityId: null };
  const { actor } = await requireSchedulingActor(principal, subject);
  if (actor.kind !== 'clinician') {
    await recordDenial(principal, subject);
    throw forbidden('Calendar feeds are for clinicians.');
  }
  return { clinicId: actor.clinicId, userId: actor.userId };
}

export async function calendarFeedStatus(principal: Principal): Promise<{ active: boolean; since: string | null }> {
  const { clinicId, userId } = await requireClinician(principal, 'calendar_feed.read');
  const feed = await activeFeedOf(clinicId, userId);
  return { active: Boolean(feed), since: feed?.createdAt.toISOString() ?? null };
}

/**
 * A new private feed URL for the clinician's calendar app. The token is shown once and stored only
 * as a hash; any earlier URL stops working at the same moment.
 */
export async function createCalendarFeed(principal: Principal, baseUrl: string, now = new Date()): Promise<{ url: string }> {
  const { clinicId, userId } = await requireClinician(principal, 'calendar_feed.create');
  const token = randomBytes(32).toString('base64url');
  await replaceFeed(clinicId, userId, hashToken(token), auditEventOf(principal, { action: 'calendar_feed.create', entityType: 'calendar_feed', entityId: null }, 'allowed'), now);
  return { url: `${baseUrl}${calendarFeedPath(clinicId, token)}` };
}

export async function revokeCalendarFeed(principal: Principal, now = new Date()): Promise<void> {
  const { clinicId, userId } = await requireClinician(principal, 'calendar_feed.revoke');
  await replaceFeed(clinicId, userId, null, auditEventOf(principal, { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: null }, 'allowed'), now);
}

/**
 * The feed itself, for whoever holds the URL (a calendar app has no session): the clinician's
 * visits from a month back to six months ahead, named by visit type only, never by patient, because
 * calendar services keep copies. Null for an unknown or revoked token.
 */
export async function readCalendarFeed(clinicId: string, token: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
  const feed = await findActiveFeedByHash(hashToken(token));
  if (!feed || feed.clinicId !== clinicId) return null;
  const visits = await feedVisits(feed.clinicId, feed.clinicianUserId, new Date(now.getTime() - 30 * DAY), new Date(now.getTime() + 180 * DAY));
  return calendarText(
    visits.map((v) => ({ uid: v.id, start: v.startsAt, end: v.endsAt, summary: `${v.visitTypeName}${v.mode === 'video' ? ' (video)' : ''}`, description: 'Open ClinixAI for the patient and details.' })),
    { name: 'ClinixAI visits', now },
  );
}
