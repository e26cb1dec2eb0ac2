/**
 * Common US/UK brand names and international (INN/BAN) synonyms mapped to generic ingredients. Brand names
 * are facts of public FDA labelling; combination products map to every ingredient.
 */
const table = `
zocor=simvastatin; mevacor, altoprev=lovastatin; lipitor=atorvastatin; crestor=rosuvastatin; pravachol=pravastatin; livalo=pitavastatin; lescol=fluvastatin
biaxin=clarithromycin; ery-tab, erythrocin=erythromycin; zithromax, z-pak=azithromycin; ketek=telithromycin
prilosec=omeprazole; nexium=esomeprazole; prevacid=lansoprazole; dexilant=dexlansoprazole; protonix=pantoprazole; aciphex=rabeprazole
reyataz=atazanavir; evotaz=atazanavir+cobicistat; norvir=ritonavir; kaletra=lopinavir+ritonavir; prezista=darunavir; viracept=nelfinavir; crixivan=indinavir; invirase=saquinavir; aptivus=tipranavir; lexiva=fosamprenavir; agenerase=amprenavir
uloric, adenuric=febuxostat; imuran=azathioprine; purinethol, purixan=mercaptopurine
prozac=fluoxetine; paxil, seroxat=paroxetine; celexa, cipramil=citalopram; lexapro, cipralex=escitalopram; zoloft, lustral=sertraline; luvox=fluvoxamine; cymbalta=duloxetine; effexor=venlafaxine; pristiq=desvenlafaxine; savella=milnacipran; serzone=nefazodone
nardil=phenelzine; parnate=tranylcypromine; marplan=isocarboxazid; emsam, eldepryl, zelapar=selegiline; matulane=procarbazine; manerix=moclobemide; provayblue=methylene blue
adderall=amphetamine+dextroamphetamine; dexedrine=dextroamphetamine; vyvanse, elvanse=lisdexamfetamine; ritalin, concerta=methylphenidate; focalin=dexmethylphenidate; desoxyn=methamphetamine; sudafed=pseudoephedrine; adipex-p=phentermine; strattera=atomoxetine
camptosar=irinotecan; demerol=meperidine; dolophine, methadose=methadone; nucynta=tapentadol; duragesic, sublimaze=fentanyl; ultram=tramadol; robitussin dm=dextromethorphan
elavil=amitriptyline; anafranil=clomipramine; norpramin=desipramine; sinequan=doxepin; tofranil=imipramine; pamelor=nortriptyline; vivactil=protriptyline; surmontil=trimipramine
rozerem=ramelteon; cipro=ciprofloxacin; zanaflex=tizanidine; imitrex=sumatriptan; zomig=zolmitriptan; maxalt=rizatriptan
tracleer=bosentan; priftin=rifapentine; tegretol, carbatrol=carbamazepine; mycobutin=rifabutin; rifadin=rifampin
nizoral=ketoconazole; sporanox=itraconazole; diflucan=fluconazole; vfend=voriconazole; emend=aprepitant; tagamet=cimetidine; cordarone, pacerone=amiodarone; calan, isoptin=verapamil; cardizem=diltiazem
ergomar=ergotamine; methergine=methylergonovine; d.h.e. 45, migranal=dihydroergotamine; mexitil=mexiletine; rythmol=propafenone; zyflo=zileuton; ticlid=ticlopidine
betapace=sotalol; tikosyn=dofetilide; multaq=dronedarone; haldol=haloperidol; zofran=ondansetron; geodon=ziprasidone; orap=pimozide; plaquenil=hydroxychloroquine; levaquin=levofloxacin; avelox=moxifloxacin
coumadin, jantoven=warfarin; eliquis=apixaban; xarelto=rivaroxaban; pradaxa=dabigatran; savaysa=edoxaban; plavix=clopidogrel
tylenol, panadol=acetaminophen; advil, motrin, nurofen=ibuprofen; aleve, naprosyn=naproxen; voltaren=diclofenac; celebrex=celecoxib; mobic=meloxicam; toradol=ketorolac; indocin=indomethacin; bayer, ecotrin=aspirin
synthroid, levoxyl, eltroxin=levothyroxine; cytomel=liothyronine; fosamax=alendronate; actonel=risedronate; boniva=ibandronate
zestril, prinivil=lisinopril; vasotec=enalapril; altace=ramipril; lotensin=benazepril; accupril=quinapril; cozaar=losartan; diovan=valsartan; avapro=irbesartan; atacand=candesartan; benicar=olmesartan; micardis=telmisartan
lopressor, toprol-xl=metoprolol; tenormin=atenolol; coreg=carvedilol; inderal=propranolol; bystolic=nebivolol; norvasc=amlodipine; procardia, adalat=nifedipine
microzide=hydrochlorothiazide; glucotrol=glipizide; diabeta, micronase=glyburide; amaryl=glimepiride; prograf=tacrolimus; rapamune=sirolimus; afinitor, zortress=everolimus
xanax=alprazolam; valium=diazepam; ativan=lorazepam; klonopin=clonazepam; trexall, otrexup=methotrexate
augmentin=amoxicillin+clavulanate; amoxil=amoxicillin; keflex=cephalexin; rocephin=ceftriaxone; unasyn=ampicillin+sulbactam; zosyn=piperacillin+tazobactam; azactam=aztreonam; merrem=meropenem; invanz=ertapenem
bactrim, septra=sulfamethoxazole+trimethoprim; co-trimoxazole=sulfamethoxazole+trimethoprim; azulfidine=sulfasalazine
oxycontin, roxicodone=oxycodone; percocet=oxycodone+acetaminophen; vicodin, norco=hydrocodone+acetaminophen; dilaudid=hydromorphone; ms contin=morphine
omnipaque=iohexol; isovue=iopamidol; visipaque=iodixanol; gadavist=gadobutrol; dotarem=gadoterate
glucophage=metformin; lasix=furosemide; neurontin=gabapentin; lyrica=pregabalin; singulair=montelukast; zyloprim=allopurinol; lanoxin=digoxin; zyprexa=olanzapine; seroquel=quetiapine; risperdal=risperidone; abilify=aripiprazole; wellbutrin=bupropion; desyrel=trazodone; remeron=mirtazapine
paracetamol=acetaminophen; acetylsalicylic acid=aspirin; salbutamol=albuterol; pethidine=meperidine; rifampicin=rifampin; frusemide=furosemide; glibenclamide=glyburide; lisdexamphetamine=lisdexamfetamine; dexamfetamine=dextroamphetamine; ciclosporin=cyclosporine; colecalciferol=cholecalciferol; st johns wort, st. john's wort, st. johns wort, hypericum=st john's wort; penicillin vk=penicillin v; benzylpenicillin=penicillin g; phenoxymethylpenicillin=penicillin v; cefalexin=cephalexin; adrenaline=epinephrine; levothyroxine sodium=levothyroxine; vitamin b12=cyanocobalamin; folate=folic acid; tocopherol=vitamin e
`;

export const brandNames: Record<string, readonly string[]> = Object.fromEntries(
  table
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => {
      const [names, generics] = entry.split('=') as [string, string];
      const ingredients = generics.split('+').map((g) => g.trim());
      return names.split(',').map((name) => [name.trim(), ingredients] as const);
    }),
);

/** Common generics that take part in no rule here: recognised (so never "unknown"), with no alerts of their own. */
export const otherKnownGenerics = `metformin, insulin glargine, insulin lispro, insulin aspart, furosemide, bumetanide, torsemide, spironolactone, eplerenone, gabapentin, pregabalin,
montelukast, albuterol, fluticasone, salmeterol, tiotropium, tamsulosin, finasteride, allopurinol, colchicine, cetirizine, loratadine, fexofenadine, diphenhydramine, hydroxyzine,
nitrofurantoin, trimethoprim, metronidazole, clindamycin, vancomycin, linezolid, valacyclovir, acyclovir, oseltamivir, terbinafine, nystatin, bupropion, mirtazapine, trazodone,
quetiapine, olanzapine, risperidone, aripiprazole, lithium, lamotrigine, levetiracetam, valproate, topiramate, phenytoin, digoxin, hydralazine, clonidine, isosorbide mononitrate,
nitroglycerin, ezetimibe, sitagliptin, empagliflozin, dapagliflozin, liraglutide, semaglutide, pioglitazone, estradiol, medroxyprogesterone, sildenafil, tadalafil, oxybutynin,
famotidine, metoclopramide, loperamide, senna, docusate, polyethylene glycol, cyclobenzaprine, baclofen, methocarbamol, prochlorperazine, promethazine, ticagrelor, prasugrel,
heparin, enoxaparin, potassium chloride, magnesium oxide, cholecalciferol, clavulanate, sulbactam, tazobactam, cobicistat, epinephrine, cyclosporine, naloxone, naltrexone, ivermectin, linagliptin, buspirone, tretinoin, nicotine`;
