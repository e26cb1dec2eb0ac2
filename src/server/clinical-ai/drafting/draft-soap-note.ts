import type { DraftInput, NoteSections, NoteSentence, NoteSource } from './draft.types';
import { clinicianSentences } from './clinician-sentences';
import { intakeFindings, type StatedFinding } from './intake-findings';

const VERB: Record<StatedFinding['kind'], string> = {
  reports: 'Reports',
  denies: 'Denies',
  unsure: 'Unsure whether there is',
  history: 'Past history of',
  family: 'Family history of',
};

/** Answers quoted as the patient gave them (they are facts about what the patient said, not findings). */
const QUOTED = ['reason', 'onset', 'duration', 'severity', 'relieving'];

/**
 * The deterministic SOAP draft. Every sentence is built from named sources (intake answers, observations, chart
 * entries, calculator results, the clinician's own text) and carries them; nothing else is stated. Pure, so the
 * same inputs give the same note, and it runs offline.
 */
export function draftSoapNote(input: DraftInput): NoteSections {
  let n = 0;
  const sentence = (text: string, sources: NoteSource[], origin: NoteSentence['origin'] = 'engine'): NoteSentence => ({ id: `s${++n}`, text, sources, origin });
  const intakeSource = (key: string): NoteSource[] => {
    const a = input.intake.find((x) => x.key === key);
    return a ? [{ kind: 'intake', ref: a.key, label: `Intake: ${a.label}`, excerpt: a.text }] : [];
  };

  const subjective: NoteSentence[] = [];
  for (const flag of input.redFlags) {
    subjective.push(sentence(`Red flag in intake: ${flag.title} (${flag.urgency}).`, flag.answerKeys.flatMap(intakeSource)));
  }
  for (const key of QUOTED) {
    const a = input.intake.find((x) => x.key === key && x.text.trim());
    if (a) subjective.push(sentence(`${a.label} (patient's words): "${a.text.trim()}".`, intakeSource(key)));
  }
  const findings = intakeFindings(input.intake);
  for (const kind of ['reports', 'denies', 'unsure', 'history', 'family'] as const) {
    for (const f of findings.filter((x) => x.kind === kind)) subjective.push(sentence(`${VERB[kind]} ${f.term}${f.detail}.`, f.sources));
  }
  for (const key of ['medications', 'allergies']) {
    const a = input.intake.find((x) => x.key === key && x.text.trim());
    if (a) subjective.push(sentence(`${a.label}: ${a.text.trim()}.`, intakeSource(key)));
  }

  const objective: NoteSentence[] = input.observations.map((o) =>
    sentence(`${o.display} ${o.value} ${o.unit}.`, [{ kind: 'observation', ref: o.id, label: 'Vital sign recorded at this visit', excerpt: `${o.display} ${o.value} ${o.unit}` }]),
  );
  for (const c of input.calculations) {
    const observationSources = input.observations
      .filter((o) => c.observationIds.includes(o.id))
      .map((o): NoteSource => ({ kind: 'observation', ref: o.id, label: 'Vital sign recorded at this visit', excerpt: `${o.display} ${o.value} ${o.unit}` }));
    const text = `${c.title}: ${c.value}${c.category ? ` (${c.category})` : ''}.`;
    objective.push(sentence(text, [{ kind: 'calculation', ref: c.id, label: 'Calculated by decision support', excerpt: text.slice(0, -1) }, ...observationSources]));
  }
  const { allergies, medications, problems } = input.chart;
  const chartSource = (ref: string, excerpt: string, what: string): NoteSource => ({ kind: 'chart', ref, label: `Chart: ${what}`, excerpt });
  if (allergies.length) {
    objective.push(sentence(`Allergies on record: ${allergies.map((a) => `${a.substance} (${a.reaction})`).join('; ')}.`, allergies.map((a) => chartSource(a.id, `${a.substance}: ${a.reaction}`, 'allergy'))));
  } else {
    objective.push(sentence('No allergies on record.', [chartSource('allergies', 'Allergy list is empty', 'allergy list')]));
  }
  if (medications.length) {
    const text = medications.map((m) => `${m.genericName} ${m.dose} ${m.frequency}`);
    objective.push(sentence(`Active medications on record: ${text.join('; ')}.`, medications.map((m, i) => chartSource(m.id, text[i]!, 'medication'))));
  }

  const assessment: NoteSentence[] = [];
  if (problems.length) {
    assessment.push(sentence(`Known problems on record: ${problems.map((p) => `${p.display} (${p.code})`).join('; ')}.`, problems.map((p) => chartSource(p.id, `${p.display} (${p.code})`, 'problem'))));
  }
  const plan: NoteSentence[] = [];
  for (const c of clinicianSentences(input.clinicianText)) {
    (c.section === 'plan' ? plan : assessment).push(sentence(c.text, [{ kind: 'clinician', ref: 'clinician-text', label: 'Clinician’s notes', excerpt: c.text }], 'clinician'));
  }
  return { subjective, objective, assessment, plan };
}
