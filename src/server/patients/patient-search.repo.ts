import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { db } from '@/db/instance';
import { patients } from '@/db/schema/patients';
import type { SearchTerms } from './search-terms';

export interface PatientSearchParams {
  clinicId: string;
  /** null: no query, the clinic's newest patients. */
  terms: SearchTerms | null;
  limit: number;
}

export interface PatientSummaryRow {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  recordNumber: string;
}

/*
 * These expressions are the ones the 0006_patient_search migration indexes (GIN, gin_trgm_ops); change both together.
 */
const nameExpression = sql`lower(${patients.givenName} || ' ' || ${patients.familyName})`;
const phoneDigitsExpression = sql`regexp_replace(coalesce(${patients.phone}, ''), '[^0-9]', '', 'g')`;
const recordNumberExpression = sql`upper(${patients.recordNumber})`;

/** How close a word in the name must be to the typed text: 0.4 lets one typo in a six-letter name through ("rivira"). */
const WORD_SIMILARITY_THRESHOLD = '0.4';

const columns = {
  id: patients.id,
  givenName: patients.givenName,
  familyName: patients.familyName,
  dateOfBirth: patients.dateOfBirth,
  recordNumber: patients.recordNumber,
};

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A short single word is someone typing the start of a name: match word starts (the trigram index serves LIKE too).
 * Similarity on three or four letters would match thousands of names at 100,000 patients and rank them by noise.
 */
const isPrefix = (name: string) => name.length < 5 && !name.includes(' ');

function nameCondition(name: string): SQL {
  if (isPrefix(name)) {
    const prefix = likeEscaped(name);
    return sql`(${nameExpression} like ${`${prefix}%`} or ${nameExpression} like ${`% ${prefix}%`})`;
  }
  return sql`${name} <% ${nameExpression}`;
}

function condition(terms: SearchTerms): SQL | undefined {
  const parts: SQL[] = [];
  if (terms.name) parts.push(nameCondition(terms.name));
  if (terms.birthDates.length > 0) parts.push(inArray(patients.dateOfBirth, terms.birthDates));
  if (terms.digits) parts.push(sql`${phoneDigitsExpression} like ${`%${likeEscaped(terms.digits)}%`}`);
  if (terms.recordNumber) parts.push(sql`${recordNumberExpression} like ${`%${likeEscaped(terms.recordNumber)}%`}`);
  return or(...parts);
}

/**
 * The search itself, on any executor (the bench runs it on its own databases). Always scoped by clinic.
 * Names are ranked by trigram word similarity, so "rivera", "riv" and "rivira" all find Rivera first.
 */
export async function searchPatientRowsIn(executor: Db, { clinicId, terms, limit }: PatientSearchParams): Promise<PatientSummaryRow[]> {
  const inClinic = eq(patients.clinicId, clinicId);
  if (!terms) {
    return executor.select(columns).from(patients).where(inClinic).orderBy(desc(patients.createdAt), desc(patients.id)).limit(limit);
  }
  const where = and(inClinic, condition(terms));
  // Case-insensitive order; also keeps the planner from walking the (clinic, family, given) btree in order and filtering
  // row by row until 25 match, which is slow for a rare prefix: the trigram index finds the candidates first.
  const byName = [asc(sql`lower(${patients.familyName})`), asc(sql`lower(${patients.givenName})`), asc(patients.id)];
  if (!terms.name || isPrefix(terms.name)) {
    return executor.select(columns).from(patients).where(where).orderBy(...byName).limit(limit);
  }
  const name = terms.name;
  return executor.transaction(async (tx) => {
    // The <% operator reads its threshold from this setting; local to the transaction.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`);
    return tx
      .select(columns)
      .from(patients)
      .where(where)
      .orderBy(desc(sql`word_similarity(${name}, ${nameExpression})`), ...byName)
      .limit(limit);
  });
}

export async function searchPatientRows(params: PatientSearchParams): Promise<PatientSummaryRow[]> {
  return searchPatientRowsIn(await db(), params);
}

/** A patient's own record(s) in a clinic (normally one). */
export async function ownPatientRows(clinicId: string, userId: string): Promise<PatientSummaryRow[]> {
  return (await db())
    .select(columns)
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.userId, userId)))
    .orderBy(asc(patients.createdAt));
}
