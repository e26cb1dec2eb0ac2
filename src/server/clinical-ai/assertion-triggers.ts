/**
 * The trigger lexicon of the assertion engine, after NegEx (Chapman et al., J Biomed Inform
 * 2001;34:301-310; GenNegEx 1.2 trigger list) and ConText (Harkema et al., J Biomed Inform
 * 2009;42:839-851), extended with lay phrasing patients type in an intake ("I don't have",
 * "my mum had"). Compiled once into a token trie (assertion-lexicon.ts).
 *
 * - forward triggers govern the words after them, backward triggers the words before them;
 * - pseudo-triggers look like triggers but are not ("no increase", "gram negative") and, being
 *   longer, win the longest match;
 * - terminators end a trigger's scope for the dimensions they name ("no fever but cough").
 */
export type TriggerCategory = 'negated' | 'possible' | 'historical' | 'hypothetical' | 'other';
export type Direction = 'forward' | 'backward';

export interface TriggerGroup {
  category: TriggerCategory;
  direction: Direction;
  /** Scope limit in words (punctuation and list conjunctions do not count). */
  window: number;
  /** The scope also ends at a comma: the trigger qualifies its own clause only. */
  clause?: boolean;
  phrases: readonly string[];
}

export const triggerGroups: readonly TriggerGroup[] = [
  {
    category: 'negated',
    direction: 'forward',
    window: 15,
    phrases: [
      'no', 'not', 'denies', 'denied', 'deny', 'denying', 'denies any', 'denies having', 'without', 'w/o', 'never', 'neither', 'nor',
      'none', 'nil', 'absence of', 'absent', 'free of', 'negative for', 'neg for', 'no evidence of', 'no evidence for',
      'no evidence to suggest', 'no sign of', 'no signs of', 'no symptoms of', 'no complaints of', 'no complaint of',
      'no findings of', 'no history of', 'no hx of', 'no h/o', 'no new', 'no further', 'no more', 'no longer', 'no other',
      'no obvious', 'no definite', 'no acute', 'not any', 'doesn\'t', 'don\'t', 'didn\'t', 'isn\'t', 'wasn\'t', 'hasn\'t',
      'haven\'t', 'aren\'t', 'weren\'t', 'dont', 'didnt', 'doesnt', 'havent', 'hasnt', 'does not have', 'did not have',
      'do not have', 'has not had', 'have not had', 'never had', 'not had', 'not having', 'not experiencing',
      'fails to reveal', 'failed to reveal', 'fails to show', 'did not show', 'does not show', 'not demonstrate',
      'rules out', 'ruled out', 'resolution of', 'unremarkable for', 'no known', 'no report of', 'no reports of',
      'no episodes of', 'no episode of', 'no recent', 'no ongoing', 'no current', 'no significant', 'no apparent',
      'no clinical signs of', 'no radiographic evidence of', 'zero', 'not complaining of', 'not complain of',
      'not report', 'does not report', 'did not report', 'not reporting', 'not endorse', 'does not endorse', 'not c/o',
      'not noticed', 'has not noticed', 'not yet', 'has not yet', 'have not yet', 'not as yet', 'otherwise negative', 'otherwise unremarkable', 'no suspicion of', 'no clinical suspicion of', 'no suspicion for', 'no concern for',
      'nothing', 'nothing with', "haven't noticed", "hasn't noticed", "didn't notice", 'did not notice',
      'have not noticed', "haven't seen", 'no one', 'nobody', 'none of us', 'none of them', 'no one has had', 'nobody has had',
      'none of us has had', 'none of us have had', 'none of them have had', 'not suggestive of', 'not consistent with', 'not compatible with',
      'not typical of', 'no findings suggestive of', 'rather than', 'not associated with', 'not exhibit', 'not known to have',
      'no suggestion of', 'without indication of', 'without sign of', 'without any evidence of', 'never developed', 'with absent', 'with no', 'no residual', 'without residual', 'clear of', 'ruling out', 'excluded', 'excludes', 'has excluded',
      "don't think i have", "don't think i've", 'do not think i have', 'dont think i have', "don't think he has", "don't think she has", 'was negative for', 'is negative for',
      'were negative for', 'are negative for', 'came back negative for', 'returned negative for', 'not any more', 'not anymore', ': no', ': none', ': denies', ': negative', ': nil',
    ],
  },
  {
    category: 'negated',
    direction: 'backward',
    window: 2,
    phrases: [
      'free', 'is ruled out', 'was ruled out', 'are ruled out', 'were ruled out', 'been ruled out', 'has been ruled out',
      'was excluded', 'is excluded', 'has been excluded', 'absent', 'is absent', 'was absent', 'are absent', 'not present',
      'is not present', 'was not present', 'not seen', 'not noted', 'not identified', 'not detected', 'not found',
      'not appreciated', 'not evident', 'not visualized', 'not observed', 'not elicited', 'not demonstrated',
      'negative', 'was negative', 'is negative', 'were negative', 'are negative', 'resolved', 'has resolved',
      'have resolved', 'had resolved', 'now resolved', 'went away', 'has gone away', 'gone away', 'subsided',
      'has subsided', 'completely gone', 'now completely gone', 'is now gone', 'is now completely gone', 'now gone',
      'completely resolved', 'fully resolved', 'excluded', 'but none was found', 'but none were found', 'but none found', 'none was found', 'none found',
      'none identified', 'none seen', 'neg', 'is gone', 'are gone', 'gone', 'has gone', 'stopped', 'has stopped', 'ruled out', 'anymore', 'any more', 'denied', 'is denied', 'was denied', ': no', ': none', ': denies', ': denied', ': negative',
      ': absent', '? no', '? none', ': nil', ': never',
    ],
  },
  {
    category: 'possible',
    direction: 'forward',
    window: 10,
    phrases: [
      'possible', 'possibly', 'probable', 'probably', 'likely', 'most likely', 'more likely', 'questionable', 'question of',
      'questionably', 'suspect', 'suspected', 'suspicious for', 'suspicious of', 'suspicion for', 'suspicion of',
      'concern for', 'concerning for', 'worrisome for', 'worried about', 'concerned about', 'may be', 'may have',
      'might be', 'might have', 'could be', 'could have', 'may represent', 'might represent', 'could represent',
      'cannot rule out', 'can not rule out', 'can\'t rule out', 'cannot exclude', 'can not exclude', 'not rule out',
      'rule out', 'r/o', 'to rule out', 'what must be ruled out is', 'test for', 'tested for', 'checked for', 'rule him out for', 'rule her out for', 'rule the patient out for',
      'evaluate for', 'evaluation for', 'eval for', 'assess for', 'differential diagnosis includes',
      'differential includes', 'ddx', 'maybe', 'perhaps', 'not sure if', 'not sure whether', 'unclear if',
      'unclear whether', 'uncertain if', 'uncertain whether', 'not certain if', 'not certain whether', 'presumed',
      'presumably', 'apparent', 'not sure', 'consider', 'considering', 'think i have', 'think i might have', 'think he has',
      'think she has', 'thinks she has', 'thinks he has', 'most consistent with', 'may reflect', 'might reflect', 'could reflect', 'may be due to', 'to confirm', 'typical of', 'compatible with', 'favor', 'favour', 'favored',
      'favoured', 'versus', 'vs', 'or possibly', 'borderline', 'equivocal',
      'cannot be excluded', 'suggestive of', 'suggests', 'to exclude', 'exclude',
    ],
  },
  {
    // A plural post-negation closes a list: "Abdominal pain, nausea and vomiting are all denied."
    category: 'negated',
    direction: 'backward',
    window: 10,
    phrases: ['are all denied', 'were all denied', 'are denied', 'were denied', 'all denied', 'are all negative', 'were all negative', 'are all absent', 'were all absent', 'are absent', 'were absent', 'are negative', 'were negative'],
  },
  {
    category: 'possible',
    direction: 'backward',
    window: 5,
    clause: true,
    phrases: [
      'unlikely', 'is unlikely', 'seems unlikely', 'cannot be excluded', 'can not be excluded', 'cannot be ruled out',
      'can not be ruled out', 'not excluded', 'not ruled out', 'not be ruled out', 'not been ruled out', 'is possible',
      'is suspected', 'is questionable', 'questionable', 'suspected', 'is likely', 'possible', 'is probable',
      'versus', 'vs', 'to be ruled out', 'is not excluded', 'remains possible', 'is a concern', 'remains a concern', 'is a possibility', 'is a consideration', 'is not favored', 'not favored', 'is less favored', 'be excluded', 'be ruled out', 'being ruled out', 'will be ruled out', 'can be ruled out', 'could be ruled out',
      'may be ruled out', 'might be ruled out', 'did not rule out', 'does not rule out', 'likely .', 'likely ,', 'likely ;', 'not entirely excluded', 'not completely excluded', 'not fully excluded', 'not entirely ruled out',
      'not completely ruled out', 'is the leading diagnosis', 'leading diagnosis', 'is the most likely diagnosis', 'is favored', 'must be excluded', 'must be ruled out', 'needs to be excluded', 'needs to be ruled out',
      'should be excluded', 'should be ruled out', 'to be excluded', 'on the differential', 'in the differential', 'is most likely',
      'most likely', 'more likely', 'is more likely', 'is considered', 'should be considered', 'be considered', 'considered', 'not certain', 'less likely', 'is less likely',
    ],
  },
  {
    category: 'historical',
    direction: 'forward',
    window: 15,
    phrases: [
      'history', 'history of', 'hx', 'hx of', 'h/o', 'past history', 'past history of', 'past medical history',
      'past medical history of', 'past medical history significant for', 'medical history of', 'medical history significant for',
      'pmh', 'pmhx', 'pmh of', 'pmh significant for', 'past surgical history', 'psh', 'surgical history',
      'previous', 'previously', 'prior', 'prior history of', 'prior episode of', 'prior episodes of', 'status post', 's/p',
      'old', 'remote', 'remote history of', 'known', 'known history of', 'former', 'in the past', 'recovered from',
      'had a history of', 'with a history of', 'with history of', 'long history of', 'longstanding history of',
      'in #year', 'since #year', 'back in #year', 'childhood', 'as a child', 'as a teenager', 'in childhood', 'years ago',
      'many years ago', 'several years ago', 'last year', 'used to have', 'used to get', 'was told i had', 'told i had', 'i was told i had', 'past episodes of', 'always had', 'have always had', 'has always had',
      "i've always had", 'lifelong',
    ],
  },
  {
    category: 'historical',
    direction: 'backward',
    window: 6,
    phrases: [
      'in the past', '#num years ago', '#num yrs ago', '#num year ago', '#num months ago', '#num month ago', 'a year ago',
      'a few years ago', 'years ago', 'months ago', 'many years ago', 'several years ago', 'decades ago', 'long ago',
      'last year', 'as a child', 'as a teenager', 'as an infant', 'in childhood', 'since childhood', 'when i was #num', 'when she was #num', 'when he was #num', 'when i was a kid',
      'when she was a kid', 'when he was a kid', 'grew out of it', 'when i was little', 'when she was little', 'when he was little',
      'as a little girl', 'as a little boy', 'growing up', 'as a baby', 'as a toddler', 'as a kid', 'when she was young',
      'when he was young', 'when i was young', 'when i was a child', 'in her youth', 'in his youth', 'in #year',
      'since age #num', 'since the age of #num', 'since age', 'in remission', 'remotely', 'previously', '#num years prior', 'years prior', 'in the remote past',
      'a long time ago', 'years back', 'a few years back', 'some years back', 'last summer', 'last winter', 'last spring', 'since #year',
    ],
  },
  {
    // A question mark right after a finding ("pneumonia?") questions that finding only.
    category: 'possible',
    direction: 'backward',
    window: 1,
    phrases: ['?'],
  },
  {
    // "? early pyelonephritis", "A/P: ? appendicitis"
    category: 'possible',
    direction: 'forward',
    window: 3,
    phrases: ['?'],
  },
  {
    category: 'hypothetical',
    direction: 'forward',
    window: 3,
    phrases: ['prn', 'p.r.n'],
  },
  {
    category: 'hypothetical',
    direction: 'backward',
    window: 4,
    phrases: ['watch for', 'to watch for', 'should watch for', 'look out for', 'to look out for', 'to watch out for'],
  },
  {
    // "72-year-old woman with heart failure presenting with dyspnea": what precedes the presenting
    // complaint is the background.
    category: 'historical',
    direction: 'backward',
    window: 8,
    phrases: ['presents with', 'presenting with', 'presented with', 'who presents with', 'who presented with', 'now presents with', 'presents to the emergency department with', 'presenting to the emergency department with'],
  },
  {
    category: 'hypothetical',
    direction: 'forward',
    window: 15,
    phrases: [
      'if', 'if not', 'return to', 'to return', 'should', 'should he', 'should she', 'should there be', 'should you', 'in case', 'in case of',
      'in the event of', 'return for', 'return with', 'return to clinic for', 'come back for', 'come back with',
      'watch for', 'monitor for', 'look out for', 'be alert for', 'warning signs of', 'risk of', 'risk for',
      'at risk for', 'at risk of', 'to prevent', 'prevent', 'prevention of', 'prophylaxis', 'prophylaxis for',
      'prophylaxis against', 'ppx for', 'ppx against', 'as needed for', 'prn for', 'may develop', 'could develop', 'might develop', 'can cause',
      'can lead to', 'could lead to', 'may cause', 'might cause', 'side effects', 'side effects include', 'unless',
      'to avoid', 'avoid', 'screening for', 'screen for', 'screened for', 'precautions', 'if any', 'whenever', 'for any', 'monitored for', 'monitoring for', 'observed for', 'observation for', 'until', 'to ensure', 'to make sure', 'afraid of', 'scared of', 'fear of', 'afraid of having', 'when i get', 'when i have', 'when she gets',
      'when he gets', 'call', 'report any', 'to report', 'told to report', 'call for', 'call if', 'call with', 'call your doctor for', 'call the clinic for', 'taught the signs of', 'taught about', 'educated about', 'educated on', 'counseled about',
      'counselled about', 'counselled on', 'counseled on', 'reviewed the signs of', 'signs and symptoms of', 'if there are', 'if there is', 'might signal', 'may signal', 'could signal', 'watch', 'monitor',
      'go to the er', 'go to the emergency department', 'go to the ed', 'go to a&e', 'call 911', 'call 999', 'call 112',
      'seek emergency care', 'return immediately for', 'return immediately', 'come back', 'if needed for', 'if required for', 'if necessary for', 'when needed for', 'could indicate',
      'may indicate', 'might indicate', 'could be a sign of', 'can be a sign of', 'next',
      'the next', 'in the future', 'future', 'to reduce', 'to lower the risk of', 'to minimize',
      'in order to prevent', 'reduce the risk of', 'increased risk of', 'at increased risk of',
    ],
  },
  {
    category: 'hypothetical',
    direction: 'backward',
    window: 4,
    phrases: [
      'prn', 'as needed', 'if needed', 'if necessary', 'if present', 'if it occurs', 'if it recurs', 'if worse',
      'if worsens', 'if worsening', 'if it gets worse', 'if symptoms worsen', 'if persists', 'if persistent',
      'if not improved', 'if no improvement', 'if it returns', 'if they recur', 'if develops', 'if any',
      'precautions', 'prophylaxis', 'ppx', 'proph',
    ],
  },
  {
    category: 'other',
    direction: 'forward',
    window: 20,
    phrases: [
      'family history', 'family history of', 'family hx', 'family hx of', 'fh', 'fhx', 'fh of', 'fh significant for',
      'family history significant for', 'family history positive for', 'family member', 'family members', 'relative',
      'relatives', 'sick contact with', 'sick contacts with', 'close contact with', 'household contact with', 'exposure to someone with',
      'exposed to someone with', 'someone with', 'somebody with', 'people with', 'others with', 'in the family',
      'in family', 'runs in the family', 'runs in family', 'family',
    ],
  },
  {
    category: 'other',
    direction: 'backward',
    window: 6,
    phrases: [
      'in the family', 'in family', 'runs in the family', 'runs in family', 'in her family', 'in his family', 'in my family',
      'in their family', 'in family members', 'in several family members', 'in multiple family members', 'in a family member',
      'in other family members', 'among family members',
    ],
  },
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
