// In-process throughput of decision support (DESIGN.md §7: ratios against a baseline measured in the same
// run, never wall-clock assertions): calculations per second over the contract's worked examples
// (vectors.json) and interaction checks per second over typical medication lists, each next to a baseline
// of the same run: a JSON round trip of the same request bodies, the least any API call does with them.
//
//   node --import tsx scripts/bench-decision-support.mjs [--duration N]   (seconds per target, default 3)
// `npm run bench` runs it first (in-process, no server needed).
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { computeCalculation } from '../src/server/decision-support/compute-calculation.ts';
import { checkMedicationList } from '../src/server/decision-support/check-medications.ts';

const { values: flags } = parseArgs({ options: { duration: { type: 'string', default: '3' } } });
const durationMs = Number(flags.duration) * 1000;
if (!Number.isFinite(durationMs) || durationMs < 200 || durationMs > 600_000) {
  process.stderr.write('--duration must be a number of seconds from 0.2 to 600\n');
  process.exit(2);
}

const vectors = JSON.parse(fs.readFileSync(new URL('../src/server/decision-support/testdata/vectors.json', import.meta.url), 'utf8'));
const calculations = vectors.map((v) => ({ id: v.calculator, body: { inputs: v.inputs } }));

/** Invented, typical lists: a polypharmacy patient, an HIV regimen, an antibiotic with allergies, a short list. */
const checks = [
  { medications: ['simvastatin', 'amlodipine', 'metoprolol', 'lisinopril', 'metformin', 'aspirin', 'omeprazole', 'clarithromycin'], allergies: ['penicillin'] },
  { medications: ['Kaletra', 'rifampicin', 'omeprazole', 'atazanavir'], allergies: ['sulfa', 'latex'] },
  { medications: ['amoxicillin 500 mg', 'ibuprofen', 'warfarin', 'acetaminophen', 'levothyroxine', 'calcium carbonate'], allergies: ['aspirin', 'codeine'] },
  { medications: ['citalopram', 'methadone', 'ondansetron'] },
  { medications: ['sertraline', 'tramadol', 'unknownium', 'Zocor', 'simvastatin'], allergies: ['contrast', 'moonbeams'] },
];

/** Runs `step(i)` in batches until the duration is spent; returns operations per second. */
function measure(step, count) {
  const warmUntil = performance.now() + Math.min(500, durationMs / 4);
  let i = 0;
  while (performance.now() < warmUntil) step(i++ % count);
  let ops = 0;
  const started = performance.now();
  let now = started;
  while (now - started < durationMs) {
    for (let k = 0; k < 200; k++) step(ops++ % count);
    now = performance.now();
  }
  return ops / ((now - started) / 1000);
}

const roundTrip = (body) => JSON.parse(JSON.stringify(body));
const rows = [
  ['baseline: JSON round trip of a calculator request', measure((i) => roundTrip(calculations[i].body), calculations.length)],
  ['calculator (validate + compute + cite), vectors.json', measure((i) => computeCalculation(calculations[i].id, calculations[i].body.inputs), calculations.length)],
  ['baseline: JSON round trip of an interaction request', measure((i) => roundTrip(checks[i]), checks.length)],
  ['interaction + allergy + duplicate check, 3-8 drugs', measure((i) => checkMedicationList(checks[i]), checks.length)],
];

const fmt = (n) => Math.round(n).toLocaleString('en-US');
process.stdout.write(`\nDecision support, in process, one core, ${durationMs / 1000} s per target (Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}; load average ${os.loadavg()[0].toFixed(2)}).\n`);
process.stdout.write('| target | ops/s | vs its baseline |\n|---|---:|---:|\n');
for (const [index, [label, rate]] of rows.entries()) {
  const baseline = rows[index - (index % 2)][1];
  process.stdout.write(`| ${label} | ${fmt(rate)} | ${index % 2 === 0 ? '1.00x' : `${(rate / baseline).toFixed(3)}x (1/${Math.round(baseline / rate)})`} |\n`);
}
