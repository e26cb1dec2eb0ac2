import { evaluateRedFlags } from '@/server/clinical-ai/evaluate-red-flags';
import { extractClinicalText, type FindingMention } from '@/server/clinical-ai/extract-clinical-text';
import type { Vital } from '@/server/clinical-ai/extract-vitals';
import { answerLabels, type IntakeAnalysis, type IntakeAnswers } from './intake.schemas';
import { questionsFor } from './intake-questions';

/** The answers with text, keyed and labelled, in the order a clinician reads them. */
export function intakeTexts(answers: IntakeAnswers): { key: keyof typeof answerLabels; label: string; text: string }[] {
  return (Object.keys(answerLabels) as (keyof typeof answerLabels)[]).filter((k) => answers[k].trim()).map((key) => ({ key, label: answerLabels[key], text: answers[key] }));
}

/**
 * Runs the engine over every answer: findings with assertion, red flags (evaluated per answer and over all of
 * them, so "chest pain" in one box and "sweating" in another still fire) and the questions for the complaint.
 */
export function analyzeIntake(answers: IntakeAnswers): IntakeAnalysis & { flagAnswerKeys: Record<string, string[]> } {
  const findings: (FindingMention & { key: string })[] = [];
  const vitals: Vital[] = [];
  for (const t of intakeTexts(answers)) {
    const extraction = extractClinicalText(t.text);
    findings.push(...extraction.findings.map((f) => ({ ...f, key: t.key })));
    vitals.push(...extraction.vitals);
  }
  const flags = evaluateRedFlags(findings, vitals);
  const flagAnswerKeys: Record<string, string[]> = {};
  for (const flag of flags) {
    const concepts = new Set(flag.evidence.map((e) => e.text.toLowerCase()));
    flagAnswerKeys[flag.id] = [...new Set(findings.filter((f) => concepts.has(f.text.toLowerCase())).map((f) => f.key))];
  }
  const reasonConcepts = findings.filter((f) => f.key === 'reason').map((f) => f.concept.id);
  const seen = new Set<string>();
  const understood: IntakeAnalysis['understood'] = [];
  for (const f of findings) {
    if (f.experiencer !== 'patient' || seen.has(f.concept.id)) continue;
    seen.add(f.concept.id);
    understood.push({ term: f.concept.preferredTerm, status: f.negation === 'negated' ? 'no' : f.negation === 'possible' ? 'unsure' : 'yes' });
  }
  return {
    redFlags: flags.map((f) => ({ id: f.id, title: f.title, urgency: f.urgency, guidance: f.guidance, routeToPerson: f.routeToPerson })),
    understood,
    questions: questionsFor(reasonConcepts.length ? reasonConcepts : findings.map((f) => f.concept.id)),
    flagAnswerKeys,
  };
}
