/** Sentences that start with an action word belong to the plan; the rest are the clinician's assessment. */
const PLAN = /^(?:plan\b|p:|start|continue|stop|prescrib|refer|follow|return|advise|advice|order|recheck|review|increase|decrease|reduce|schedule|arrange|book|safety.?net|discuss|counsel)/i;
const LABEL = /^(?:plan|assessment|a|p)\s*:\s*/i;

/** The clinician's free text split into sentences, each routed to assessment or plan. */
export function clinicianSentences(text: string): { section: 'assessment' | 'plan'; text: string }[] {
  const out: { section: 'assessment' | 'plan'; text: string }[] = [];
  for (const raw of text.split(/(?<=[.!?])\s+|\n+/)) {
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const section = PLAN.test(trimmed) ? 'plan' : 'assessment';
    const body = trimmed.replace(LABEL, '');
    if (!body) continue;
    out.push({ section, text: /[.!?]$/.test(body) ? body : `${body}.` });
  }
  return out;
}
