import type { IntakeQuestionSet } from './intake.schemas';

const GROUPS: { group: IntakeQuestionSet['group']; test: RegExp; site: string | null; hint: string }[] = [
  { group: 'pain', test: /pain|ache|headache|cramp|sore|migraine/, site: 'Where exactly is it, and does it spread anywhere?', hint: 'For example: nausea, fever, numbness, feeling faint.' },
  { group: 'breathing', test: /cough|breath|wheez|dyspn|chest_tight|asthma|sputum/, site: null, hint: 'For example: fever, chest pain, coughing up blood, swollen ankles.' },
  { group: 'fever', test: /fever|chills|sweat|infection|flu|influenza/, site: null, hint: 'For example: cough, sore throat, rash, stiff neck, burning when passing urine.' },
  { group: 'skin', test: /rash|itch|hives|skin|lesion|swelling|wound/, site: 'Where on your body is it?', hint: 'For example: fever, swelling of lips or tongue, pain.' },
  { group: 'mood', test: /depress|anxi|mood|sleep|insomnia|stress|panic/, site: null, hint: 'For example: poor sleep, low energy, changes in appetite.' },
];

/** The follow-up questions adapt to the complaint the engine recognised in the reason for visit. */
export function questionsFor(conceptIds: readonly string[]): IntakeQuestionSet {
  for (const g of GROUPS) {
    if (conceptIds.some((id) => g.test.test(id))) return { group: g.group, siteQuestion: g.site, associatedHint: g.hint };
  }
  return { group: 'general', siteQuestion: null, associatedHint: 'For example: fever, pain, tiredness, weight change.' };
}
