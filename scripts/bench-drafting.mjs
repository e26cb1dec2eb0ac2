// `node scripts/bench-drafting.mjs`: throughput of SOAP note drafting (DESIGN.md §7: ratios to a baseline measured
// in the same run, never wall-clock asserts).
// 1. In-process, one core (a child `node --import tsx`): notes per second for drafting a typical visit (intake
//    answers, eight vitals with NEWS2 and BMI, a chart of problems, medications and allergies, the clinician's
//    text): building the draft input and drafting with sources, as "Draft note" does after its database reads;
//    and checking a language model's rewrite of that note against its sources (verifyRewrite). Baseline: a JSON
//    round trip of the same input and note, the least an API call does with them.
// 2. Through the API: POST /api/v1/visits/{appointmentId}/note/draft as the demo clinician on the demo patient's
//    visit, after the patient has sent an intake and the clinician recorded vitals (through the same server actions
//    the screens use). `npm run bench` and `scripts/bench-clinical-ai.mjs` call measureDraftRoute in their app run.
// Flags (standalone): --duration N (seconds per in-process measurement, default 3).
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { callsPerSecond } from './bench-rate.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

/** A typical visit: what a patient writes in the intake, and what the clinician types. */
export const TYPICAL_ANSWERS = {
  reason: 'Cough and feeling short of breath',
  onset: 'Started last Monday after a cold',
  duration: '5 days',
  severity: '4',
  site: 'Chest',
  associated: 'Tight chest when I climb stairs and some wheezing at night. No fever, no chest pain, no blood in the phlegm.',
  relieving: 'The inhaler helps a bit. Worse lying flat.',
  medicationsConfirmed: true,
  medicationChanges: '',
  allergiesConfirmed: true,
  allergyChanges: '',
  freeText: 'My mother had asthma. I smoked until 2019.',
};
export const TYPICAL_VITALS = { systolic: '138', diastolic: '86', heartRate: '98', respiratoryRate: '20', temperature: '37.4', spo2: '95', weight: '82', height: '176' };
export const TYPICAL_CLINICIAN_TEXT = 'Likely acute bronchitis with reactive airways. Salbutamol inhaler 100 mcg two puffs as needed. Safety-netting advice given. Review in 1 week if not better.';

/** The child: measures in this single thread (one core) and prints its lines. */
async function inProcess(durationS) {
  const load = (file) => import(pathToFileURL(path.join(root, file)).href);
  const { buildDraftInput } = await load('src/server/encounters/build-draft-input.ts');
  const { draftSoapNote } = await load('src/server/clinical-ai/drafting/draft-soap-note.ts');
  const { verifyRewrite } = await load('src/server/clinical-ai/drafting/verify-rewrite.ts');
  const { vitalCodes } = await load('src/server/encounters/visit.schemas.ts');
  const now = new Date();
  const essentials = {
    problemRows: [{ id: 'p1', code: 'I10', display: 'Essential (primary) hypertension' }, { id: 'p2', code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' }],
    medicationRows: [{ id: 'm1', genericName: 'lisinopril', dose: '10 mg', frequency: 'once daily' }, { id: 'm2', genericName: 'metformin', dose: '500 mg', frequency: 'twice daily' }, { id: 'm3', genericName: 'atorvastatin', dose: '20 mg', frequency: 'nightly' }],
    allergyRows: [{ id: 'a1', substance: 'Penicillin', reaction: 'Hives' }],
    observationRows: Object.entries(TYPICAL_VITALS).map(([key, value], i) => ({ id: `o${i}`, loincCode: vitalCodes[key].code, display: vitalCodes[key].display, value: Number(value), unit: vitalCodes[key].unit, effectiveAt: now })),
  };
  const screen = { consciousness: 'A', onOxygen: false };
  const draft = () => draftSoapNote(buildDraftInput(TYPICAL_ANSWERS, essentials, TYPICAL_CLINICIAN_TEXT, screen));
  const note = draft();
  // A model's typical rewrite: the same statements, sentences merged in pairs.
  const rewrite = Object.fromEntries(Object.entries(note).map(([k, sentences]) => [k, sentences.reduce((out, s, i) => (i % 2 ? [...out.slice(0, -1), `${out.at(-1).replace(/\.$/, '')}; ${s.text}`] : [...out, s.text]), [])]));
  const payload = { answers: TYPICAL_ANSWERS, essentials, clinicianText: TYPICAL_CLINICIAN_TEXT, note };
  const baseline = callsPerSecond(() => JSON.parse(JSON.stringify(payload)), [0], durationS, 16);
  const drafting = callsPerSecond(draft, [0], durationS, 16);
  const verifying = callsPerSecond(() => verifyRewrite(note, rewrite), [0], durationS, 16);
  const sentences = Object.values(note).flat().length;
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  const ratio = (r) => (r >= 1 ? `${r.toFixed(2)}x the baseline` : `${(r * 100).toFixed(1)}% of the baseline (1/${Math.round(1 / r)})`);
  process.stdout.write(`\nSOAP drafting, in-process, one core (a typical visit: intake, 8 vitals, NEWS2 and BMI, 2 problems, 3 medications, 1 allergy, clinician text; ${sentences} sentences; ${durationS} s each):\n`);
  process.stdout.write(`  JSON round trip of the same input and note (baseline): ${fmt(baseline)}/s\n`);
  process.stdout.write(`  draft a note (build input + draft with sources):        ${fmt(drafting)} notes/s  (${ratio(drafting / baseline)})\n`);
  process.stdout.write(`  check a model's rewrite against the sources:             ${fmt(verifying)} rewrites/s  (${ratio(verifying / baseline)})\n`);
}

/** Runs the in-process measurement in a child with the TypeScript loader; resolves when it ends. */
export async function runDraftingInProcessBench(durationS) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', here, '--in-process', '--duration', String(durationS)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const timer = setTimeout(() => child.kill('SIGTERM'), (durationS * 3 + 60) * 1000);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) process.stdout.write(`In-process drafting bench exited with ${code}.\n`);
}

/**
 * Calls a server action the way a page does (POST to a page of the action, `next-action` header, the arguments as
 * JSON). Its id comes from the build's server-reference manifest.
 * @returns {Promise<boolean>} whether the action answered { ok: true }
 */
async function callAction(base, distDir, key, pagePath, cookie, args) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8'));
  const id = Object.entries(manifest.node).find(([, e]) => `${e.filename}#${e.exportedName}` === key)?.[0];
  if (!id) return false;
  const response = await fetch(`${base}${pagePath}`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: base, 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' }, body: JSON.stringify(args) });
  return response.status === 200 && (await response.text()).includes('"ok":true');
}

/**
 * Prepares the demo patient's next visit as a typical one (intake sent, vitals recorded) and loads the draft route
 * as the demo clinician. Every non-2xx answer counts as an error. The row fits bench-load's printTable.
 * @param {string} base
 * @param {{ clinician: string, patient?: string }} cookies
 * @param {string} distDir
 * @param {{ durationS: number, warmupS: number, label?: string }} timing
 * @param {string[]} notes where to say what the visit held
 */
export async function measureDraftRoute(base, cookies, distDir, { durationS, warmupS, label }, notes) {
  const rowLabel = label ?? 'POST /api/v1/visits/{id}/note/draft (signed in)';
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const who = cookies.patient ?? cookies.clinician;
  const listed = await fetch(`${base}/api/v1/appointments?from=${day(0)}&to=${day(60)}`, { headers: { cookie: who } }).catch(() => undefined);
  if (!listed || listed.status !== 200) return { label: rowLabel, missing: `no visit to draft (appointments answered ${listed?.status ?? 'nothing'})` };
  const visit = (await listed.json()).appointments.find((a) => a.status === 'booked');
  if (!visit) return { label: rowLabel, missing: 'no booked visit to draft' };
  const held = ['chart', 'clinician text'];
  if (cookies.patient && (await callAction(base, distDir, 'src/server/encounters/intake.actions.ts#submitIntakeAction', `/patient/intake/${visit.id}`, cookies.patient, [visit.id, TYPICAL_ANSWERS]))) held.unshift('intake');
  if (await callAction(base, distDir, 'src/server/encounters/visit.actions.ts#recordVitalsAction', `/clinician/visits/${visit.id}`, cookies.clinician, [visit.id, TYPICAL_VITALS])) held.splice(held.indexOf('chart'), 0, 'vitals');
  notes.push(`Draft route: the visit drafted holds ${held.join(' + ')}${held.length < 4 ? ' (the rest could not be prepared through the server actions)' : ''}.`);
  const url = `${base}/api/v1/visits/${visit.id}/note/draft`;
  const options = { url, method: 'POST', headers: { cookie: cookies.clinician, origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ clinicianText: TYPICAL_CLINICIAN_TEXT, consciousness: 'A', onOxygen: false }), connections: 10 };
  const probe = await fetch(url, { method: 'POST', headers: options.headers, body: options.body }).catch(() => undefined);
  if (!probe) return { label: rowLabel, missing: 'unreachable' };
  if (probe.status !== 200) return { label: rowLabel, missing: `answered ${probe.status}` };
  const note = await probe.json();
  const sentences = Object.values(note.sections ?? {}).flat().length;
  if (!note.id || sentences === 0) return { label: rowLabel, missing: 'answered 200 without a note' };
  notes.push(`Draft route: each request redrafts a ${sentences}-sentence note (${note.draftedBy}).`);
  process.stdout.write(`  ${rowLabel}: warm-up ${warmupS} s, then ${durationS} s...\n`);
  await autocannon({ ...options, duration: warmupS });
  const r = await autocannon({ ...options, duration: durationS });
  return rowOf(rowLabel, r);
}

/**
 * An autocannon result as a table row. Non-2xx answers count as errors, so a route that answers 401/404/3xx under
 * load cannot pass as a fast one; the statuses seen are listed.
 * @param {string} label
 * @param {import('autocannon').Result} r
 */
export function rowOf(label, r) {
  const statuses = Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => `${code}×${s.count}`).join(', ');
  return { label, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, non2xx: r.non2xx, statuses };
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const { values: flags } = parseArgs({ options: { duration: { type: 'string', default: '3' }, 'in-process': { type: 'boolean', default: false } } });
  const durationS = Number(flags.duration);
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600) {
    process.stderr.write('--duration must be a whole number of seconds from 1 to 600\n');
    process.exit(2);
  }
  if (!flags['in-process']) process.stdout.write(`ClinixAI drafting bench, ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')}.\n`);
  const run = flags['in-process'] ? inProcess(durationS) : runDraftingInProcessBench(durationS);
  run.then(() => process.exit(0), (error) => { process.stderr.write(`${error.message}\n`); process.exit(1); });
}
