/** Body sites ("site|synonym;...") and laterality words, for "left knee pain" and "pain in my right arm". */
export const bodySiteEntries: readonly string[] = [
  'head|scalp;forehead;temple', 'face|cheek', 'eye|eyes', 'ear|ears', 'nose|nostril;nostrils', 'mouth|lips;lip;gums',
  'tongue|', 'jaw|', 'tooth|teeth', 'throat|', 'neck|', 'shoulder|shoulders', 'arm|arms;upper arm', 'elbow|elbows',
  'forearm|forearms', 'wrist|wrists', 'hand|hands;palm', 'finger|fingers;thumb', 'chest|', 'breast|breasts',
  'rib|ribs', 'back|', 'lower back|lumbar', 'upper back|', 'spine|', 'abdomen|stomach;belly;tummy;abdominal',
  'right upper quadrant|ruq', 'right lower quadrant|rlq;right iliac fossa', 'left upper quadrant|luq',
  'left lower quadrant|llq;left iliac fossa', 'epigastrium|epigastric', 'flank|side;loin', 'pelvis|pelvic',
  'groin|', 'hip|hips', 'buttock|buttocks;bottom', 'leg|legs', 'thigh|thighs', 'knee|knees', 'calf|calves',
  'shin|shins', 'ankle|ankles', 'foot|feet', 'toe|toes', 'heel|heels', 'skin|', 'kidney|kidneys', 'bladder|',
  'liver|', 'lung|lungs', 'heart|', 'testicle|testicles;scrotum', 'vagina|vaginal', 'penis|', 'rectum|anus;rectal',
];

export const lateralityWords: Readonly<Record<string, 'left' | 'right' | 'bilateral'>> = {
  left: 'left',
  right: 'right',
  lt: 'left',
  rt: 'right',
  bilateral: 'bilateral',
  both: 'bilateral',
  bilaterally: 'bilateral',
};
