/**
 * Trigger groups for the shapes of real clinic notes and discharge summaries, added after the classic
 * NegEx/ConText lists of assertion-triggers.ts: field values ("Murmurs - none"), outcome verbs after the
 * finding ("was ruled out", "is not suspected"), hedged causes, discharge instructions and the like. Each
 * was added for misses in a blind development batch (testdata/dev-set-blind-*.txt). Order matters only
 * after the longest match, so these follow the classic groups.
 */
import type { TriggerGroup } from './assertion-triggers';

export const noteShapeTriggerGroups: readonly TriggerGroup[] = [
  {
    // A field and its value: "Murmurs - none", "Influenza A/B PCR - negative", "Hemoptysis: no".
    // The value answers the whole field name, back to the start of its clause.
    category: 'negated',
    direction: 'backward',
    window: 5,
    clause: true,
    phrases: [
      '- no', '- none', '- negative', '- neg', '- absent', '- denies', '- denied', '- nil', '- never', '- not present',
      ': negative', ': none', ': no', ': absent', ': denies', ': denied', ': nil', ': never', ': not present',
      ': none noted', ': none seen', '- none noted', '- none seen', 'nonreactive', 'non reactive', 'not reactive',
      'undetectable', 'not detectable', 'undetected', '( - )', 'is no longer present', 'no longer present',
      'are no longer present', 'no longer seen', 'no longer noted', 'no longer evident', 'no longer there',
      'no longer an issue', 'no longer a problem', 'no longer a concern',
    ],
  },
  {
    // The same fields with the value first: "ROS - negative for fever, chills", "Neuro: neg for tremor".
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['- no', '- none', '- denies', '- denied', '- nil', '- never', '- negative for', '- neg for', ': negative for', ': neg for', '- negative', '- neg'],
  },
  {
    // "(-) fever", "neg: fever", "-ve for fever": a sign before the finding.
    category: 'negated',
    direction: 'forward',
    window: 4,
    phrases: [
      ...['denies', 'denied', 'deny'].flatMap((verb) => ['he', 'she', 'the patient', 'patient', 'pt', 'they', 'i'].flatMap((who) =>
        ['has', 'has had', 'had', 'is having', 'was having', 'has ever had', 'ever had', 'has any', 'has been having', 'experienced', 'has experienced', 'has noticed', 'noticed']
          .flatMap((aux) => [`${verb} that ${who} ${aux}`, `${verb} ${who} ${aux}`]))),
      '( - )', '- ve', 'neg :', 'negative :', 'none of', 'not any of', 'no evidence of any', 'no sign or symptom of'],
  },
  {
    // A cause offered with a hedge: "dyspnea likely secondary to heart failure", "thought due to demand ischemia".
    category: 'possible',
    direction: 'forward',
    window: 10,
    phrases: [
      ...['likely', 'probably', 'possibly', 'presumably', 'perhaps', 'thought', 'felt', 'believed', 'suspected', 'presumed', 'maybe', 'most likely', 'more likely', 'thought to be', 'felt to be', 'believed to be']
        .flatMap((hedge) => ['secondary to', 'due to', 'related to', 'from', 'caused by', 'because of', 'attributable to'].map((cause) => `${hedge} ${cause}`)),
      'thought to represent', 'felt to represent', 'believed to represent', 'thought to have', 'felt to have', 'believed to have',
      'suspicion is for', 'worrisome for', 'worry for', 'concerned for', 'question of', 'raises the possibility of', 'raising the possibility of',
      'possibility of', 'the possibility of', 'cannot be certain of', 'is not clear whether', 'it is unclear whether', 'it is unclear if',
      'not clear if', 'not clear whether', 'unclear', 'indeterminate for', 'nonspecific but could represent',
      'to evaluate for', 'to assess for', 'to look for', 'work up for', 'workup for', 'work-up for', 'being worked up for', 'being evaluated for', 'query',
    ],
  },
  {
    // Discharge instructions: what to watch for and when to come back.
    category: 'hypothetical',
    direction: 'forward',
    window: 15,
    phrases: [
      'seek medical attention', 'seek medical attention for', 'seek care', 'seek care for', 'when to seek care', 'seek medical care', 'seek medical help',
      'seek immediate care', 'seek immediate medical attention', 'seek help', 'seek attention', 'warning signs', 'warning signs such as', 'warning symptoms',
      'red flag symptoms', 'return precautions', 'return precautions for', 'call for any', 'call 911 for', 'call 911 for any', 'for any new',
      'or sooner if', 'sooner if', 'sooner for', 'in the event that', 'in the event of any', 'should there be any', 'should any', 'if ever',
      'if he develops', 'if she develops', 'if they develop', 'if you develop', 'if he has', 'if she has', 'if you have', 'if there is any',
      'if experiencing', 'if experiences', 'hold if', 'titrate to', 'goal to avoid', 'aim to avoid', 'for prevention of',
      'for prophylaxis of', 'as prophylaxis against',
      'chance of', 'likelihood of', 'odds of', 'probability of', 'lifetime risk of',
    ],
  },
  {
    category: 'hypothetical',
    direction: 'backward',
    window: 4,
    clause: true,
    phrases: ['precautions given', 'precautions reviewed', 'precautions discussed', 'warning signs reviewed', 'if it develops', 'if they develop', 'if it happens', 'if it occurs again', 'if recurs', 'if recurrent', 'if returns', 'if symptomatic'],
  },
  {
    category: 'historical',
    direction: 'forward',
    window: 3,
    phrases: ['healed', 'old healed', 'remote healed', 'chronic healed', 'previously treated', 'previously diagnosed', 'previously documented', 'prior diagnosis of', 'distant history of', 'remote hx of'],
  },
  {
    category: 'historical',
    direction: 'backward',
    window: 6,
    phrases: [
      'since adolescence', 'in adolescence', 'during adolescence', 'from childhood', 'during childhood', 'since infancy', 'since birth',
      'as an adolescent', 'as a young adult', 'as a young man', 'as a young woman', 'in his teens', 'in her teens', 'since his teens',
      'since her teens', 'in his twenties', 'in her twenties', 'in his thirties', 'in her thirties', 'in his forties', 'in her forties',
      'in his 20s', 'in her 20s', 'in his 30s', 'in her 30s', 'in his 40s', 'in her 40s', 'in his 50s', 'in her 50s',
      'during her last pregnancy', 'after her first pregnancy',
      'several months ago', 'a few months ago', 'many months ago', 'the previous year', 'the year before', 'in the remote past',
      'decades earlier', 'years earlier', 'years before', 'previously treated', 'previously diagnosed',
    ],
  },
  {
    // A finding that has gone: "Diarrhea has ceased", "Wheezing was no longer heard".
    category: 'negated',
    direction: 'backward',
    window: 2,
    phrases: [
      ...['', 'has', 'have', 'had'].flatMap((aux) => ['ceased', 'cleared', 'disappeared', 'abated', 'remitted', 'vanished', 'dissipated'].map((verb) => `${aux} ${verb}`.trim())),
      ...['', 'is', 'was', 'are', 'were', 'has been', 'have been'].flatMap((aux) =>
        ['heard', 'seen', 'present', 'noted', 'appreciated', 'palpable', 'audible', 'evident', 'visible', 'detected', 'identified', 'found', 'felt', 'reported']
          .map((verb) => `${aux} no longer ${verb}`.trim())),
      'not heard', 'not audible', 'not palpable', 'not visible', 'not felt', 'not palpated', 'not reported',
      ...['considered', 'suspected', 'entertained', 'investigated', 'evaluated', 'worked up', 'assessed', 'questioned', 'raised']
        .flatMap((hedge) => ['and', 'but', 'and was', 'but was', 'and has been', 'but has been'].flatMap((join) => ['excluded', 'ruled out'].map((out) => `${hedge} ${join} ${out}`))),
    ],
  },
  {
    // "All other systems reviewed and are negative, including rash and joint pain."
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['negative', 'are negative', 'were negative', 'reviewed and negative', 'reviewed and are negative', 'reviewed and were negative', 'otherwise negative']
      .flatMap((neg) => [', including', 'including', ', specifically', ', particularly', ', namely', ', in particular', '; specifically'].map((tail) => `${neg} ${tail}`)),
  },
  {
    // Return-to-care abbreviations: "RTC PRN", "RTED for fever".
    category: 'hypothetical',
    direction: 'forward',
    window: 15,
    phrases: ['rtc', 'rtc for', 'rtc if', 'rted', 'rted for', 'rted if', 'rter', 'rter for', 'rtc prn', 'return to ed', 'return to er', 'return to the ed', 'return to the er'],
  },
  {
    // "She was told to return if she developed a fever": the verb after "if" names the condition
    // and ends nothing.
    category: 'hypothetical',
    direction: 'forward',
    window: 15,
    phrases: ['if', 'should', 'in case', 'unless', 'in the event that', 'whenever'].flatMap((cond) =>
      ['', 'she', 'he', 'you', 'they', 'patient', 'the patient', 'pt', 'i', 'there'].flatMap((who) =>
        ['developed', 'develops', 'develop', 'starts', 'started', 'begins', 'began', 'experiences', 'experienced', 'notices', 'noticed',
          'has', 'had', 'have', 'is having', 'were to develop', 'should develop', 'gets', 'got', 'becomes', 'became', 'reports', 'complains of',
          'presents with', 'is', 'are', 'was', 'were', 'any', 'is any', 'are any', 'new']
          .map((verb) => `${cond} ${who} ${verb}`.replace(/ +/g, ' ')))),
  },
  {
    // A finding that has not come back: "Rash has not recurred".
    category: 'negated',
    direction: 'backward',
    window: 2,
    phrases: ['has not recurred', 'have not recurred', 'not recurred', 'did not recur', 'has not returned', 'have not returned', 'did not return',
      'has not come back', 'has not reoccurred', 'never recurred', 'never returned', 'without recurrence', ', no .', ', none .', ', negative .',
      ', denies .', ', denied .', ', no ;', ', none ;', ', absent .'],
  },
  {
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['no recurrence of', 'no recurrent', 'no return of', 'no further episodes of', 'no additional', 'no subsequent', 'not had any', 'no more episodes of'],
  },
  {
    category: 'historical',
    direction: 'forward',
    window: 15,
    phrases: ['personal history of', 'personal history', 'personal hx of', 'personal medical history of', 'own history of'],
  },
  {
    // "Negative family history for cancer": denied, and about relatives.
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['negative family history', 'negative family history for', 'negative family history of', 'negative fh', 'negative fh for', 'negative family hx', 'negative family hx for', 'negative fhx'],
  },
  {
    category: 'other',
    direction: 'forward',
    window: 20,
    phrases: ['negative family history', 'negative family history for', 'negative family history of', 'negative fh', 'negative fh for', 'negative family hx', 'negative family hx for', 'negative fhx'],
  },
  {
    // "Thyroid ultrasound fails to demonstrate a discrete mass", "Dopplers fail to show stenosis".
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['fails to', 'fail to', 'failed to', 'did not', 'does not', 'do not', 'not', 'could not', 'cannot', 'unable to'].flatMap((neg) =>
      ['demonstrate', 'show', 'reveal', 'identify', 'detect', 'disclose', 'visualize', 'delineate', 'find', 'elicit', 'confirm the presence of'].map((verb) => `${neg} ${verb}`)),
  },
  {
    category: 'negated',
    direction: 'backward',
    window: 2,
    phrases: ['now absent', 'is now absent', 'are now absent', 'was now absent', 'now negative', 'is now negative', 'is now resolved', 'has now resolved',
      'have now resolved', 'now cleared', 'has now cleared'],
  },
  {
    // A diagnosis excluded in the past tense, the subject first: "He was ruled out for MI",
    // "she was not found to have an infection".
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: [
      ...['', 'was', 'were', 'is', 'has been', 'have been'].flatMap((aux) => ['ruled out for', 'r/o for', 'not found to have', 'not noted to have', 'not felt to have']
        .map((out) => `${aux} ${out}`.trim())).filter((p) => p !== 'r/o for'),
      'ruled him out for', 'ruled her out for', 'ruled the patient out for', 'was ruled out for any',
    ],
  },
  {
    // "MI was r/o", "PE r/o'd by CTA".
    category: 'negated',
    direction: 'backward',
    window: 2,
    phrases: ['was r/o', 'were r/o', 'has been r/o', 'r/o\'d', 'was r/o\'d', 'r/od', 'was r/od'],
  },
  {
    // A diagnosis set aside: "acute coronary syndrome is not suspected", "infection was not thought likely".
    category: 'negated',
    direction: 'backward',
    window: 3,
    phrases: ['is', 'was', 'are', 'were', ''].flatMap((aux) =>
      ['not suspected', 'not favored', 'not thought likely', 'not considered likely', 'not felt to be present', 'not thought to be present'].map((out) => `${aux} ${out}`.trim())),
  },
  {
    // A year closing a clause dates what precedes it: "Endoscopic sinus surgery 2013."
    category: 'historical',
    direction: 'backward',
    window: 4,
    clause: true,
    phrases: ['#year .', '#year ,', '#year ;', '#year )', '( #year )'],
  },
  {
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: ['lack of', 'lacks', 'lacking', 'lack of any', 'the lack of', 'the absence of', 'in the absence of', 'with absence of', 'no clinical evidence of', 'no definite evidence of', 'no convincing evidence of'],
  },
  {
    // "Findings argue against cholecystitis": a hedge, like "unlikely".
    category: 'possible',
    direction: 'forward',
    window: 10,
    phrases: ['argues against', 'argue against', 'arguing against', 'argued against', 'speaks against', 'weighs against', 'less likely', 'low suspicion for', 'low suspicion of', 'low likelihood of'],
  },
];
