// Small, general word lists for recognising names in English news. None is specific to any article.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open sentences but never names; compared in lower case. */
export const FUNCTION_WORDS = set(`
a an the and but or nor for so yet as at by in on of to from with without about after before during since until
while when whenever where wherever why how what which who whom whose that this these those there here it its he she
they we i you his her hers their theirs our ours my your him them us me if then than also not no yes all any some
many much more most other others such each every both either neither one two three four five six seven eight nine ten
earlier later meanwhile however although though because despite instead still even just only now today yesterday
tomorrow tonight last next first second third new over under into through across against among amid between around per
via according asked speaking following including unlike like whether once recently currently previously already again
almost perhaps maybe indeed thus therefore furthermore moreover nevertheless nonetheless otherwise overall actually
really finally initially additionally elsewhere together above below near inside outside within upon onto toward towards
let let's please thank thanks dear hello hi oh well sure okay ok nothing something everything everyone someone anyone
nobody somebody everybody none few several another whatever whoever why's it's that's there's here's what's he's she's
they're we're i'm you're isn't aren't wasn't weren't don't doesn't didn't can't won't wouldn't shouldn't couldn't
is are was were be been being have has had do does did will would shall should can could may might must
mr mrs ms dr sir madam
`);

export const MONTHS = set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
export const DAYS = set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun');

/**
 * Words of titles and roles that stand before a name ("Hungarian prime minister Viktor Orban") or inside an
 * apposition ("a member of the European Parliament"); compared in lower case.
 */
export const TITLE_WORDS = set(`
president president-elect vice-president vice prime minister ministers premier chancellor secretary secretary-general
general spokesman spokeswoman spokesperson congressman congresswoman senator sen. rep. representative governor mayor
king queen prince princess pope cardinal archbishop bishop rabbi imam sheikh emir sultan ayatollah ambassador envoy
diplomat leader leaders chairman chairwoman chair chief executive ceo cfo coo director head commander colonel lieutenant
captain sergeant admiral marshal judge justice attorney prosecutor candidate member mp mep lawmaker legislator deputy
official officer analyst economist professor prof. dr. mr. mrs. ms. lord lady dame baron coach manager striker
midfielder defender goalkeeper founder co-founder owner billionaire actor actress singer rapper author writer
journalist reporter editor correspondent commissioner councillor councilman councilwoman adviser advisor aide
negotiator delegate mediator chairperson superintendent inspector detective constable sheriff dean rector principal
chancellor-elect governor-elect mayor-elect premier-elect treasurer comptroller auditor minister-president
`);

/** Words that may qualify a title without being one: "former", "top", "opposition", "foreign". */
export const TITLE_MODIFIERS = set(`
former ex- ex acting interim incoming outgoing deputy assistant senior junior top chief opposition foreign defence
defense finance interior economy economic health education energy justice trade labour labor home state federal
national regional local security military party communications press white house presidential executive
managing general special supreme high grand crown vice first second co- lead longtime long-time veteran then
republican democratic democrat conservative liberal socialist independent
`);

/** Lower-case words allowed inside a role phrase between title words ("candidate for the office of the prime minister"). */
export const ROLE_CONNECTORS = set('of the for to and office party');

/** The last word of a multi-word name that makes it an organization. */
export const ORG_KEYWORDS = set(`
party union council committee commission ministry department agency office bureau authority administration
government parliament assembly congress senate court tribunal bank fund group company corporation corp corp. inc
inc. ltd ltd. llc plc co co. holdings industries airlines airways motors systems technologies university college
school institute academy foundation association federation league club team organization organisation alliance
coalition front movement army navy force forces police guard service services network times post news journal
herald tribune gazette telegraph guardian press media television radio agency church mosque hospital board society
initiative center centre program programme project exchange market markets reserve treasury cabinet kremlin
`);

/** The last word of a multi-word name that makes it a place. */
export const PLACE_KEYWORDS = set(`
city county province region district state states island islands river sea ocean gulf bay lake mountains mountain
valley peninsula coast strait desert street avenue square airport port republic kingdom emirates territory
territories heights plain canal
`);

/**
 * Institutions and international organizations often named by one word or an acronym (a small gazetteer of
 * well-known bodies, in the spirit of the international-organization lists of public knowledge bases).
 */
export const INSTITUTIONS: ReadonlyArray<readonly [string, string[]]> = [
  ['European Union', ['EU']],
  ['NATO', ['North Atlantic Treaty Organization', 'Nato']],
  ['United Nations', ['UN', 'U.N.']],
  ['Kremlin', []],
  ['White House', []],
  ['Pentagon', []],
  ['Downing Street', []],
  ['Elysee', ['Élysée']],
  ['European Commission', []],
  ['European Parliament', []],
  ['European Council', []],
  ['European Central Bank', ['ECB']],
  ['International Monetary Fund', ['IMF']],
  ['World Bank', []],
  ['World Health Organization', ['WHO']],
  ['World Trade Organization', ['WTO']],
  ['Organization of the Petroleum Exporting Countries', ['OPEC']],
  ['Group of Seven', ['G7']],
  ['Group of 20', ['G20']],
  ['African Union', ['AU']],
  ['Association of Southeast Asian Nations', ['ASEAN']],
  ['Organization for Security and Co-operation in Europe', ['OSCE']],
  ['International Criminal Court', ['ICC']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['Federal Reserve', ['Fed']],
  ['Federal Bureau of Investigation', ['FBI']],
  ['Central Intelligence Agency', ['CIA']],
  ['Congress', []],
  ['Senate', []],
  ['Bundestag', []],
  ['Duma', ['State Duma']],
  ['Knesset', []],
  ['Vatican', []],
  ['Hamas', []],
  ['Hezbollah', []],
  ['Taliban', []],
  ['Reuters', []],
  ['Associated Press', ['AP']],
  ['Agence France-Presse', ['AFP']],
  ['BBC', []],
  ['CNN', []],
  ['Twitter', []],
  ['Facebook', []],
  ['Google', []],
  ['Telegram', []],
];

/** Regions, continents and other places that are not countries. */
export const REGIONS = set(`
Europe Asia Africa America Americas Antarctica Oceania Australasia Arctic Eurasia Scandinavia Balkans Caucasus Baltics
Crimea Donbas Donbass Gaza Kashmir Siberia Tibet Kurdistan Catalonia Scotland Wales England Ireland
`);
export const MULTIWORD_REGIONS = [
  'Middle East', 'Near East', 'Far East', 'North America', 'South America', 'Latin America', 'Central America',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Eastern Europe', 'Western Europe', 'Central Europe',
  'Northern Ireland', 'West Bank', 'Gaza Strip', 'Persian Gulf', 'Black Sea', 'Baltic Sea', 'Red Sea', 'Mediterranean',
  'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Pacific', 'Atlantic',
];

/** US states, Canadian provinces and Australian states: places news names without a country. */
export const SUBNATIONAL = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba',
  'Saskatchewan', 'Nova Scotia', 'New South Wales', 'Victoria', 'Queensland', 'Tasmania',
];

/** Abbreviations of countries as news writes them. */
export const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  US: 'United States', 'U.S.': 'United States', USA: 'United States', 'U.S.A.': 'United States',
  UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', UAE: 'United Arab Emirates',
  DRC: 'DR Congo', PRC: 'China', America: 'United States',
};

/** Adjectives of place or bloc that are not actors by themselves (beyond the country demonyms). */
export const ADJECTIVES = set(`
European Western Eastern Northern Southern Arab Asian African Latin Nordic Baltic Soviet Islamic Muslim
Jewish Catholic Orthodox Protestant Sunni Shia Shiite Kurdish Palestinian Israeli Transatlantic Atlantic Pacific
Middle-Eastern Euro-Atlantic Sub-Saharan Balkan Caucasian Slavic Anglo Communist Socialist Democrat Democratic
Republican Conservative Liberal Labour Green
`);

/** Verbs that attribute speech; compared in lower case. */
export const CUE_VERBS = set(`
say says said saying tell tells told telling add adds added adding write writes wrote writing state states stated
declare declares declared announce announces announced explain explains explained insist insists insisted argue argues
argued warn warns warned note notes noted claim claims claimed ask asks asked answer answers answered reply replies
replied respond responds responded continue continues continued stress stresses stressed emphasize emphasizes
emphasized emphasise emphasises emphasised remark remarks remarked comment comments commented suggest suggests suggested
tweet tweets tweeted post posts posted confirm confirms confirmed deny denies denied acknowledge acknowledges
acknowledged admit admits admitted recall recalls recalled urge urges urged call calls called calling describe describes
described describing refer refers referred accuse accuses accused praise praises praised criticise criticises criticised
criticize criticizes criticized pledge pledges pledged vow vows vowed promise promises promised predict predicts
predicted conclude concludes concluded caution cautions cautioned concede concedes conceded observe observes observed
maintain maintains maintained contend contends contended assert asserts asserted report reports reported complain
complains complained joke jokes joked boast boasts boasted counter counters countered agree agrees agreed quip quipped
shout shouted yell yelled whisper whispered exclaim exclaimed demand demands demanded reiterate reiterates reiterated
announce lament lamented acknowledged slam slams slammed blast blasted hail hails hailed dub dubs dubbed brand branded
label labels labelled labeled
`);
