// Word lists for attributing quotations. General English news usage; nothing here names an article's people.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Verbs that attribute speech or writing, in all the forms news uses (compared in lower case). Broad on purpose:
 * "Japan branded North Korea an “outlaw nation”" attributes the words to Japan as surely as "said" would.
 */
export const CUE_WORDS = set(`
say says said saying tell tells told telling add adds added adding write writes wrote writing written
state states stated stating declare declares declared declaring announce announces announced announcing
explain explains explained explaining insist insists insisted insisting argue argues argued arguing
warn warns warned warning note notes noted noting claim claims claimed claiming ask asks asked asking
answer answers answered answering reply replies replied replying respond responds responded responding
continue continues continued continuing stress stresses stressed stressing emphasize emphasizes emphasized
emphasise emphasises emphasised remark remarks remarked comment comments commented suggest suggests suggested
suggesting tweet tweets tweeted tweeting post posts posted posting confirm confirms confirmed deny denies denied
denying acknowledge acknowledges acknowledged admit admits admitted admitting recall recalls recalled recalling
urge urges urged urging call calls called calling describe describes described describing refer refers referred
accuse accuses accused accusing praise praises praised criticise criticises criticised criticize criticizes
criticized pledge pledges pledged vow vows vowed vowing promise promises promised promising predict predicts
predicted conclude concludes concluded caution cautions cautioned concede concedes conceded conceding observe
observes observed maintain maintains maintained contend contends contended assert asserts asserted asserting
report reports reported complain complains complained complaining joke jokes joked joking boast boasts boasted
boasting counter counters countered agree agrees agreed quip quips quipped shout shouts shouted shouting yell
yells yelled whisper whispered exclaim exclaimed demand demands demanded demanding reiterate reiterates reiterated
lament laments lamented slam slams slammed slamming blast blasts blasted hail hails hailed dub dubs dubbed brand
brands branded label labels labelled labeled mock mocks mocked mocking attack attacks attacked scold scolds
scolded chant chants chanted chanting sing sings sang singing charge charges charged allege alleges alleged
decry decries decried condemn condemns condemned denounce denounces denounced dismiss dismisses dismissed
thank thanks thanked wonder wonders wondered recount recounts recounted testify testifies testified
insisted conceded fume fumes fumed demur demurs demurred scoff scoffs scoffed snap snaps snapped retort retorts
retorted muse mused plead pleads pleaded implore implored rip rips ripped estimate estimates estimated proclaim
proclaims proclaimed
`);

/** Cues that may stand before their subject: “…,” said Orban / Said Ellis: “…”. ("told X" names the hearer.) */
export const INVERTIBLE_CUES = set(`
say says said add adds added write writes wrote ask asks asked continue continues continued explain explains
explained recall recalls recalled note notes noted insist insists insisted argue argues argued warn warns warned
reply replies replied respond responds responded answer answers answered declare declared announce announced
state states stated claim claimed observe observed quip quipped joke joked counter countered remark remarked
tweet tweeted concede conceded acknowledge acknowledged suggest suggested predict predicted caution cautioned
conclude concluded boast boasted complain complained lament lamented exclaim exclaimed shout shouted reiterate
reiterated stress stressed emphasize emphasized emphasise emphasised maintain maintained contend contended assert
fumed demurred scoffed snapped retorted mused pleaded proclaimed
asserted admit admitted confirm confirmed wonder wondered recount recounted testify testified sang sings chanted
report reports reported
`);

/** Titles that stand before a name and end with a period when abbreviated: "Sen. Claire McCaskill", "Mr. Obama". */
export const NAME_TITLES = set(`
mr mrs ms miss mx dr sen rep gov lt col gen sgt rev prof del adm capt cmdr maj sir dame lord lady president
senator representative governor mayor secretary minister premier chancellor judge justice attorney
`);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = set(`
mr mrs ms mx dr st sen sens rep reps gov govs lt col gen sgt rev prof del adm capt cmdr maj jr sr vs
inc corp co ltd u.s u.k u.n e.g i.e etc fig jan feb mar apr jun jul aug sep sept oct nov dec ft mt ave blvd
a.m p.m
`);

/** Nouns naming a person by role: "the minister said", "the Vermont senator acknowledged". */
export const PERSON_ROLES = set(`
president president-elect premier chancellor secretary minister spokesman spokeswoman spokesperson congressman
congresswoman senator representative governor mayor king queen prince princess pope cardinal archbishop bishop
ambassador envoy diplomat leader chairman chairwoman chair executive ceo director head commander general
colonel judge prosecutor attorney candidate nominee lawmaker legislator official officer analyst economist
professor founder owner billionaire businessman businesswoman actor actress singer author writer journalist
reporter editor commissioner adviser advisor aide negotiator delegate mediator chief coach manager strategist
sheriff superintendent democrat republican incumbent challenger rival mogul magnate
`);

/** Nouns naming an organization by kind: "the ministry said", "the commission says". */
export const ORG_NOUNS = set(`
ministry commission committee campaign company government administration department agency council court party
office embassy firm group bank union board league organization organisation team army police authority
authorities bureau institute foundation association federation coalition alliance cabinet parliament
congress senate house kremlin pentagon regime network newspaper
`);

/** Words that say a person is a woman or a man (titles, roles); compared in lower case. */
export const FEMALE_WORDS = set(`
mrs ms miss madam dame lady queen princess duchess spokeswoman congresswoman chairwoman businesswoman
councilwoman actress widow mother wife daughter sister niece aunt grandmother girlfriend she her
`);
export const MALE_WORDS = set(`
mr sir lord king prince duke spokesman congressman chairman businessman councilman husband father son
brother nephew uncle grandfather boyfriend he him his
`);

/** Words after which a capitalised name is not the subject of a clause: "a meeting with Orban". */
export const PREPOSITIONS = set(`
of in on at to for with by from against about into over under after before during including like than as via
among between toward towards upon within without behind beyond near across through and or nor but versus vs
`);

/** Abbreviated titles as roles spell them ("Gov. Mike Pence" holds the role "governor"). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant', col: 'colonel',
  sgt: 'sergeant', adm: 'admiral', capt: 'captain', prof: 'professor', pres: 'president', sec: 'secretary',
};

/** Words that open a clause of its own: after “…,” a cue behind one of them is not the quotation's attribution. */
export const SUBORDINATORS = set('when while because after as before if though although since until unless which who whom whose that where whereas and but or so');
