/**
 * The rest of the assertion lexicon (see assertion-triggers.ts): the people whose conditions are
 * not the patient's, the pseudo-triggers, and the terms that end a trigger's scope.
 */
/** Family members and other people whose conditions are not the patient's. */
export const otherPeople: readonly string[] = [
  'mother', 'mom', 'mum', 'mommy', 'mama', 'father', 'dad', 'daddy', 'papa', 'parent', 'parents', 'sister', 'sisters',
  'brother', 'brothers', 'sibling', 'siblings', 'son', 'sons', 'daughter', 'daughters',
  'grandmother', 'grandma', 'granny', 'grandfather', 'grandpa', 'grandparent', 'grandparents', 'aunt', 'aunts',
  'uncle', 'uncles', 'cousin', 'cousins', 'niece', 'nephew', 'twin brother', 'twin sister', 'wife', 'husband', 'spouse', 'partner',
  'boyfriend', 'girlfriend', 'maternal', 'paternal', 'friend', 'friends', 'roommate', 'flatmate', 'coworker',
  'co worker', 'coworkers', 'colleague', 'colleagues', 'classmate', 'classmates', 'stepmother', 'stepfather',
  'half sister', 'half brother', 'mother in law', 'father in law', 'fiance', 'fiancee', 'grandson', 'granddaughter',
  'other children', 'other child', 'siblings at home',
  // "the child" and "baby" are usually the patient in a paediatric note; someone else's child is possessed
  // or counted ("several children at daycare").
  ...['children', 'kids', 'other kids', 'babies'].flatMap((who) => ['several', 'many', 'some', 'two', 'three', 'multiple', 'other'].map((det) => `${det} ${who}`)),
  ...['child', 'children', 'kids', 'baby', 'infant', 'toddler'].flatMap((who) => ['his', 'her', 'their', 'my', 'our'].map((det) => `${det} ${who}`)),
];

/**
 * Words before a family member that make them a companion or an informant, not the
 * experiencer ("brought in by his wife", "per mother", "presents with her mother").
 */
export const informantPrefixes: readonly string[] = ['by', 'with', 'per', 'from', 'according to', 'accompanied by', 'told'];
export const informantDeterminers: readonly string[] = ['', 'his', 'her', 'their', 'my', 'the', 'patient', 'pt', 'a', 'our', 'your'];

/** Triggers with no effect that must win over a shorter real trigger inside them. */
export const pseudoTriggers: readonly string[] = [
  'no increase', 'no change', 'no significant change', 'no interval change', 'no definite change', 'no suspicious change',
  'no significant interval change', 'not only', 'not necessarily', 'not cause', 'not drain', 'not extend',
  'without difficulty', 'without any difficulty', 'gram negative', 'not well controlled', 'not controlled',
  'not improved', 'not improving', 'not resolved', 'not resolving', 'has not resolved', 'not responding',
  'not relieved', 'not relieved by', 'no relief', 'no improvement', 'not better', 'not going away', 'won\'t go away',
  'doesn\'t go away', 'does not go away', 'not go away', 'no better', 'not getting better', 'no improvement in',
  'history of present illness', 'history of the present illness', 'history and physical', 'history and examination',
  'history taking', 'history was obtained', 'history obtained', 'poor history', 'social history', 'sexual history',
  'travel history', 'history from', 'history is limited', 'history provided by', 'clinical history', 'hpi',
  'prior to', 'prior to admission', 'previously healthy', 'previously well', 'year old', 'years old', 'yr old',
  'yrs old', 'y old', 'month old', 'months old', 'week old', 'weeks old', 'day old', 'days old', 'old man',
  'old woman', 'old male', 'old female', 'old boy', 'old girl', 'old patient', 'not know',
  'not gone', 'is not gone', 'not stopped', 'have not stopped', 'has not stopped', "haven't stopped", "hasn't stopped",
  'not subsided', 'has not subsided', 'not gone away', 'without trying', 'without meaning to', 'without dieting', 'as if', 'even if', 'whether or not', 'if possible', 'as possible', 'whenever possible', 'where possible',
  'not uncommon', 'non-smoker', 'non smoker', 'nonsmoker', 'no change in', 'not feel well', 'not feeling well',
  'not stop', 'won\'t stop', 'doesn\'t stop', 'can\'t stop', 'cannot stop', 'not able to', 'unable to', 'could not',
  'couldn\'t', 'can\'t', 'cannot', 'patient family', 'family doctor', 'family physician', 'family practice',
  'family medicine', 'family planning', 'family support', 'family is', 'family at bedside', 'family meeting',
  'family was', 'family were', 'old films', 'old records', 'old chart', 'known drug allergies',
  // A negated denial affirms: "he does not deny chest pain".
  'not deny', 'does not deny', 'did not deny', 'do not deny', 'could not deny', 'cannot deny', 'can not deny', "doesn't deny",
  "didn't deny", "don't deny", "can't deny", "couldn't deny", 'not denying', 'not without', 'not absent', 'not negative',
  'not free of', 'not resolved yet', 'no longer denies', 'on hold', 'not unusual', 'not atypical', 'not insignificant',
  // Radiology compares with earlier studies; the finding itself is current ("compared with the prior study, new effusion").
  ...['prior', 'previous', 'the prior', 'the previous', 'compared to prior', 'compared with prior', 'compared to the prior',
    'compared with the prior', 'compared to previous', 'compared with previous', 'since prior', 'since the prior', 'from prior']
    .flatMap((p) => ['study', 'studies', 'exam', 'examination', 'film', 'films', 'radiograph', 'radiographs', 'ct', 'mri', 'x-ray',
      'imaging', 'scan', 'ultrasound', 'echo', 'echocardiogram', 'ecg', 'ekg', 'cxr', 'one', 'report', 'images'].map((w) => `${p} ${w}`)),
];

/**
 * Phrases that start like a terminator but continue the scope: "his sister was found to have",
 * "call for any new weakness", "she and her family members developed" (the patient too).
 */
export const scopeContinuers: readonly string[] = [
  // "Symptoms have since resolved": an adverb, not the start of a dating clause.
  'has since', 'have since', 'had since',
  'found to have', 'was found to have', 'were found to have', 'is found to have', 'recently found to have', 'any new', 'or new',
  ...['she', 'he', 'patient', 'pt', 'the patient', 'i', 'both she', 'both he'].flatMap((who) =>
    ['family members', 'other family members', 'several family members', 'multiple family members', 'her family', 'his family',
      'household members', 'household contacts', 'contacts', 'coworkers', 'classmates', 'friends', 'her children', 'his children',
      'her husband', 'his wife', 'her sister', 'his brother', 'several coworkers', 'her roommate', 'his roommate']
      .flatMap((others) => [`${who} and ${others}`, `${who} and several ${others}`, `${who} and two ${others}`, `${who} as well as ${others}`])),
];

/**
 * Words that open a list item describing something found ("No wheezes, bibasilar crackles",
 * "No JVD, 2+ edema"): after a comma they end a negation's scope, unless an "or"/"nor" further
 * on shows the list is still being denied ("no fever, persistent cough, or hemoptysis").
 */
export const presentItemModifiers: readonly string[] = [
  'mild', 'mildly', 'moderate', 'moderately', 'severe', 'severely', 'small', 'large', 'trace', 'minimal', 'slight', 'marked', 'markedly',
  'decreased', 'increased', 'diminished', 'reduced', 'elevated', 'low', 'high', 'positive', 'bibasilar', 'bibasal', 'bilateral', 'diffuse',
  'scattered', 'persistent', 'ongoing', 'worsening', 'worse', 'improving', 'improved', 'stable', 'unchanged', 'enlarged', 'irregular',
  'systolic', 'diastolic', 'hyperinflated', 'prominent', 'chronic', 'residual', 'some', 'occasional', 'intermittent', 'frequent', 'faint',
  'soft', 'loud', 'tender', 'distended', 'focal', 'generalized', '#num +', '+',
];

/** Where a scope ends, and for which dimensions. "all" ends every scope. */
export const terminators: { all: readonly string[]; negation: readonly string[]; temporality: readonly string[]; experiencer: readonly string[] } = {
  all: [
    'but', 'however', 'although', 'though', 'yet', 'nevertheless', 'nonetheless', 'except', 'except for', 'apart from',
    'aside from', 'whereas', 'while', 'which', 'despite', 'in spite of', 'with the exception of', 'besides', 'save for', 'excepting',
  ],
  negation: [
    'who', 'presents', 'presenting', 'presented', 'complains', 'complained', 'complaining', 'c/o', 'complains of',
    'reports', 'reported', 'reporting', 'endorses', 'endorsed', 'endorsing', 'admits', 'admits to', 'is having',
    'positive for', 'significant for', 'remarkable for', 'notable for', 'present', 'secondary to', 'cause of',
    'cause for', 'causes of', 'source of', 'source for', 'reason for', 'etiology of', 'etiology for', 'origin of',
    'as a cause of', 'as a cause for', 'as a reason for', 'as a source for', 'as the cause of', 'as the source of',
    'as an etiology of', 'as the etiology of', 'reasons for', 'reason of', 'origins of', 'other possibilities of', 'trigger event for', 'still', 'now with', 'other than', 'developed', 'started', 'began',
    'noticed', 'notes', 'feels', 'does have', 'did have', 'do have', 'i have', 'i do have', 'now has', 'also has',
    'but has', 'has had', 'with new', 'describes', 'states', 'stating', 'however has', 'instead', 'rather',
    'yes', 'with the', 'with his', 'with her', 'with their', 'with my', 'showed', 'shows', 'demonstrates', 'demonstrated', 'reveals', 'revealed', 'triggered by', 'precipitated by', 'in the setting of', 'in setting of', 'and has', 'and had', 'and have', 'and drinks', 'and smokes', 'and uses', 'and takes', 'and reports', 'and endorses',
    'and complains', 'and presents', 'and is', 'and was', ', occ', ', rare', ', social', ', socially', 'given her', 'given his', 'given the', 'given their', 'apart', 'only',
    // A cause or a purpose after a negated action is there: "not tolerating PO due to nausea",
    // "does not take medication for his tremor".
    'due to', 'because of', 'because', 'as a result of', 'caused by', 'on account of', 'given', 'for his', 'for her', 'for their', 'for my',
    'medication for', 'medications for', 'treatment for', 'treated for', 'therapy for',
    // An event that dates the negation is not denied: "no further chest pain after catheterization",
    // "free of disease since her resection".
    'after', 'since',
    // A clause closed by its verb is over at the comma: "No bleeding source found, anemia due to CKD".
    ...['found', 'seen', 'noted', 'identified', 'appreciated', 'detected', 'visualized', 'observed', 'elicited', 'demonstrated']
      .flatMap((verb) => [`${verb} ,`, `${verb} ;`]),
    // A new clause with its own subject: "no evidence of rebleeding, and the hemoglobin remained stable".
    ...['the', 'his', 'her', 'he', 'she', 'it', 'there', 'patient', 'pt', 'this', 'that', 'we'].map((subject) => `, and ${subject}`),
  ],
  temporality: [
    'who', 'presents', 'presenting', 'presented', 'now', 'currently', 'current', 'presently', 'today', 'tonight',
    'this morning', 'this evening', 'this afternoon', 'yesterday', 'recently', 'recent', 'new', 'new onset',
    'acute', 'acutely', 'admitted', 'complains', 'complaining', 'c/o', 'reports', 'started', 'began', 'developed',
    'this week', 'this admission', 'at this time', 'came in', 'comes in', 'is here', 'since yesterday', 'for #num days',
    'x #num days', 'last night', 'over the past', 'over the last', 'for the past', 'for the last', 'because', 'since',
    'no residual', 'without residual', 'and now', 'this visit', 'currently has', 'again', 'there is', 'there are', 'there was', 'shows', 'show', 'showed',
    'reveals', 'revealed', 'demonstrates', 'demonstrated', 'is seen', 'are seen', 'is noted', 'are noted', 'is identified',
  ],
  experiencer: [
    'patient', 'pt', 'he', 'she', 'i', 'me', 'myself', 'himself', 'herself', 'the patient', 'states', 'stated', 'reports',
    'reported', 'says', 'said', 'notes', 'noticed', 'noted', 'brought', 'called', 'witnessed', 'observed', 'found',
    'describes', 'described', 'concerned', 'worried', 'thinks', 'feels', 'believes', 'endorses', 'mentions',
    'noticing', 'heard', 'saw', 'tells', 'told', 'note', 'report', 'say', 'state', 'notice', 'describe', 'observe',
    'tell', 'mention', 'feel', 'think', 'believe', 'worry', 'deny', 'denies', 'denied', 'denying', 'endorse', 'taught', 'educated', 'instructed',
    'counseled', 'counselled', 'advised', 'presents', 'presenting', 'complains', 'complaining', 'c/o', 'i have',
    'personal history of', 'personal history', 'personal hx of', 'personal medical history of', 'own history of', 'patient also',
    'patient himself', 'patient herself', 'the patient also', 'he also', 'she also', 'he himself', 'she herself',
    'i do have',
  ],
};
