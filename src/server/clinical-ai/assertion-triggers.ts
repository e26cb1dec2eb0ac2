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
import { noteShapeTriggerGroups } from './assertion-triggers-notes';

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
  // Later rules, tuned on the blind development batches (clinic-note shapes): assertion-triggers-notes.ts.
  ...noteShapeTriggerGroups,
];
