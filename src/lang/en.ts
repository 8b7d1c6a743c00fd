// English. Sections are owned by the stage that reads them; keep each section's data together.
import type { LanguagePack } from './pack.js';

const en: LanguagePack = {
  code: 'en',
  name: 'English',

  // --- sentences (segmentation) ---
  sentence: {
    terminators: '.!?…',
    // A dot after these ends a sentence only when a capitalised word follows ("Apple Inc. The …").
    abbreviations: [
      'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'etc', 'al', 'jr', 'sr', 'esq', 'dept', 'est', 'govt', 'approx',
      'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
      'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
      'a.m', 'p.m', 'b.c', 'a.d', 'ph.d', 'ave', 'blvd', 'rd', 'min', 'max', 'km', 'kg', 'oz', 'lb', 'lbs',
    ],
    // Titles and markers that always stand before a name or number.
    prefixAbbreviations: [
      'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'capt', 'sgt', 'cmdr', 'adm', 'gov',
      'sen', 'rep', 'pres', 'rev', 'hon', 'messrs', 'no', 'nos', 'vol', 'fig', 'p', 'pp', 'vs', 'v', 'e.g', 'i.e',
      'cf', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u',
    ],
    timeAbbreviations: ['a.m', 'p.m'],
    timeQualifiers: [
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
      'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'gmt', 'utc', 'bst',
      'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ist', 'jst', 'aest', 'et', 'pt', 'ct',
    ],
    sentenceOpeners: [
      'However', 'Hopefully', 'Meanwhile', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Therefore',
      'Consequently', 'Additionally', 'Unfortunately', 'Fortunately', 'Instead', 'Otherwise', 'Thus', 'Hence',
    ],
  },

  // --- numbers, units, currencies, months (facts) ---
  numbers: {
    decimalSeparator: '.',
    groupSeparators: [','],
    // Indian English writes 12,34,567; no other reading of it exists.
    indianGrouping: true,
    scaleWords: {
      hundred: 100, hundreds: 100, 'a hundred': 100, 'one hundred': 100,
      thousand: 1e3, thousands: 1e3, 'a thousand': 1e3,
      million: 1e6, millions: 1e6, 'a million': 1e6, mn: 1e6, mln: 1e6,
      billion: 1e9, billions: 1e9, 'a billion': 1e9, bn: 1e9,
      trillion: 1e12, trillions: 1e12, 'a trillion': 1e12, tn: 1e12, mil: 1e6,
      // Indian English
      lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, koti: 1e7,
      dozen: 12, dozens: 12, 'a dozen': 12, doz: 12, 'doz.': 12, dozs: 12,
      // Only right after digits (100K, $5M, $2B); see the facts engine.
      k: 1e3, m: 1e6, b: 1e9,
    },
    numberWords: {
      zero: 0, nought: 0, naught: 0, nil: 0,
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
      nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
      // Bare scale words that are numbers on their own ("a hundred", "a dozen of").
      hundred: 100, 'a hundred': 100, 'one hundred': 100, thousand: 1e3, 'a thousand': 1e3, 'a million': 1e6, 'a billion': 1e9,
      'a trillion': 1e12, dozen: 12, 'a dozen': 12, 'a dozen of': 12,
      'a couple': 2, 'a couple of': 2, 'a pair': 2, 'a pair of': 2,
      half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a third': 1 / 3, 'a quarter': 0.25, 'one quarter': 0.25,
      halve: 0.5, halved: 0.5, halving: 0.5,
      'a fifth': 0.2, 'a sixth': 1 / 6, 'an eighth': 0.125, 'a tenth': 0.1, 'a hundredth': 0.01, 'a thousandth': 1e-3,
      'a millionth': 1e-6, 'a billionth': 1e-9, 'a trillionth': 1e-12,
    },
    ordinalWords: {
      first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
      eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
      eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
      seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
      billionth: 1e9, trillionth: 1e12,
    },
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    fractionWords: {
      half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
      sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
      eleventh: 11, elevenths: 11, twelfth: 12, twelfths: 12, thirteenth: 13, thirteenths: 13, fourteenth: 14,
      fourteenths: 14, fifteenth: 15, fifteenths: 15, sixteenth: 16, sixteenths: 16, seventeenth: 17, seventeenths: 17,
      eighteenth: 18, eighteenths: 18, nineteenth: 19, nineteenths: 19, twentieth: 20, twentieths: 20, thirtieth: 30,
      thirtieths: 30, fortieth: 40, fortieths: 40, fiftieth: 50, fiftieths: 50, sixtieth: 60, sixtieths: 60,
      seventieth: 70, seventieths: 70, eightieth: 80, eightieths: 80, ninetieth: 90, ninetieths: 90,
      hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000, millionth: 1e6, millionths: 1e6,
      billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
    },
    // "three quarters of", "three-quarters" = 3/4; "the first three quarters", "two quarters" count periods.
    periodFractionWords: ['quarters'],
    fractionOfWords: ['of'],
    periodCountWords: ['last', 'past', 'next', 'previous', 'coming', 'recent', 'final', 'remaining', 'latest'],
    // "more than 3 million" = 3e6, approximate.
    approximatePrefixes: [
      'more than', 'over', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'close to',
      'less than', 'fewer than', 'under', 'at least', 'upwards of', 'in excess of', 'an estimated', 'just over',
      'just under', 'well over', 'up to',
    ],
    // "three twenty-firsts" = 3/21; alone, "firsts" and "seconds" are not fractions.
    compoundFractionWords: { firsts: 1, seconds: 2 },
    // "a twenty-first" = 1/21 (a third, a fifth are listed as number words).
    oneArticles: ['a', 'an'],
    decimalWords: ['point'],
    negativeWords: ['minus', 'negative'],
    joinWords: ['and'],
    divisionWords: ['over', 'out of'],
    percentWords: ['%', 'percent', 'per cent', 'pct', 'percentage'],
    currencies: {
      $: 'USD', 'us$': 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD',
      'u.s. dollars': 'USD', 'american dollars': 'USD',
      yuan: 'CNY', rmb: 'CNY', renminbi: 'CNY', cny: 'CNY', 'chinese yuan': 'CNY',
      rupee: 'INR', rupees: 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR', '₹': 'INR',
      euro: 'EUR', euros: 'EUR', eur: 'EUR', '€': 'EUR', pound: 'GBP', pounds: 'GBP', gbp: 'GBP', '£': 'GBP',
      baht: 'THB', thb: 'THB', dong: 'VND', vnd: 'VND', yen: 'JPY', jpy: 'JPY',
    },
    units: {
      ton: 'ton', tons: 'ton', tonne: 'ton', tonnes: 'ton', 'metric tons': 'ton', 'metric tonnes': 'ton', t: 'ton',
      kwh: 'kWh', 'kilowatt-hour': 'kWh', 'kilowatt-hours': 'kWh', 'kilowatt hour': 'kWh', 'kilowatt hours': 'kWh',
      mwh: 'MWh', gwh: 'GWh', twh: 'TWh', 'megawatt-hours': 'MWh', 'gigawatt-hours': 'GWh', 'terawatt-hours': 'TWh',
      w: 'W', watt: 'W', watts: 'W', kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'MW', megawatt: 'MW', megawatts: 'MW',
      gw: 'GW', gigawatt: 'GW', gigawatts: 'GW',
      '°c': '°C', 'degrees celsius': '°C', 'degree celsius': '°C', 'degrees c': '°C', celsius: '°C',
      km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
      'square kilometers': 'km²', 'square kilometres': 'km²', 'sq km': 'km²', km2: 'km²',
      meter: 'm', meters: 'm', metre: 'm', metres: 'm', kg: 'kg', kilogram: 'kg', kilograms: 'kg',
      people: 'person', persons: 'person', person: 'person',
      year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
      hour: 'hour', hours: 'hour',
    },
    months: {
      january: 1, jan: 1, 'jan.': 1, february: 2, feb: 2, 'feb.': 2, march: 3, mar: 3, 'mar.': 3, april: 4, apr: 4, 'apr.': 4,
      may: 5, june: 6, jun: 6, 'jun.': 6, july: 7, jul: 7, 'jul.': 7, august: 8, aug: 8, 'aug.': 8,
      september: 9, sep: 9, sept: 9, 'sep.': 9, 'sept.': 9, october: 10, oct: 10, 'oct.': 10,
      november: 11, nov: 11, 'nov.': 11, december: 12, dec: 12, 'dec.': 12,
    },
    // 10/20 is October 20 in American usage; a date that fits both ways is marked ambiguous anyway.
    dayFirst: false,
  },

  // --- calendar (facts) ---
  calendar: {},

  // --- temporal relations of years and dates (checks) ---
  temporal: {
    at: { before: ['in', 'in the year', 'on', 'at', 'at the end of', 'at the start of', 'at the beginning of', 'in early', 'in mid', 'in late', 'during', 'in the summer of', 'in the spring of', 'in the autumn of', 'in the fall of', 'in the winter of'] },
    by: { before: ['by', 'by the end of', 'by the year', 'no later than', 'not later than', 'at the latest by', 'by no later than'] },
    until: { before: ['until', 'till', 'up to', 'through', 'up until', 'until the end of'] },
    since: { before: ['since', 'from', 'starting in', 'starting from', 'beginning in', 'as of', 'ever since'] },
    before: { before: ['before', 'prior to', 'ahead of', 'earlier than'] },
    after: { before: ['after', 'later than', 'beyond', 'following'] },
    within: { before: ['within'] },
  },

  // --- domain glossary (checks: term) ---
  terms: {
    peak: ['peak', 'peaking', 'peaked'],
    'carbon-neutrality': ['carbon neutrality', 'carbon neutral', 'carbon-neutral', 'carbon neutralization', 'carbon neutralisation', 'climate neutrality', 'climate neutral'],
    'net-zero': ['net zero', 'net-zero', 'netzero'],
    emissions: ['emission', 'emissions', 'emitting', 'emit'],
    'greenhouse-gas': ['greenhouse gas', 'greenhouse gases', 'ghg'],
    'carbon-dioxide': ['carbon dioxide', 'co2', 'co₂'],
    'scope-1': ['scope 1', 'scope one'],
    'scope-2': ['scope 2', 'scope two'],
    'scope-3': ['scope 3', 'scope three'],
    renewable: ['renewable', 'renewables'],
    photovoltaic: ['photovoltaic', 'photovoltaics', 'pv'],
    solar: ['solar'],
    'wind-power': ['wind power', 'wind energy', 'wind farm', 'wind turbine', 'wind turbines', 'wind farms'],
    hydropower: ['hydropower', 'hydroelectric', 'hydroelectricity', 'hydro power'],
    nuclear: ['nuclear'],
    'value-chain': ['value chain', 'value chains'],
    'supply-chain': ['supply chain', 'supply chains'],
    'climate-change': ['climate change'],
    'fossil-fuel': ['fossil fuel', 'fossil fuels', 'fossil energy'],
    coal: ['coal'],
    'electric-vehicle': ['electric vehicle', 'electric vehicles', 'electric car', 'electric cars', 'ev', 'evs', 'new energy vehicle', 'new energy vehicles', 'new-energy vehicle', 'new-energy vehicles', 'nev', 'nevs'],
    'carbon-reduction': ['carbon reduction', 'carbon reductions', 'emission reduction', 'emissions reduction', 'emission reductions', 'emissions reductions', 'decarbonization', 'decarbonisation', 'decarbonize', 'decarbonise',
      // a verb and its object a few words apart: "cut carbon dioxide emissions"
      'cut … emission', 'cuts … emission', 'cutting … emission', 'reduce … emission', 'reduces … emission', 'reducing … emission', 'reduced … emission', 'lower … emission', 'lowering … emission', 'curb … emission', 'curbing … emission', 'halve … emission', 'emission cut', 'emissions cut', 'emission-cutting'],
    'new-energy': ['new energy'],
    'data-center': ['data center', 'data centre', 'data centers', 'data centres'],
  },

  // --- entity aliases and letter names (checks: entity) ---
  aliases: {
    spic: ['SPIC', 'State Power Investment Corporation', 'State Power Investment Corp', 'State Power Investment Group'],
    alibaba: ['Alibaba', 'Alibaba Group'],
    'alibaba-cloud': ['Alibaba Cloud', 'Aliyun'],
    tencent: ['Tencent'],
    baidu: ['Baidu'],
    huawei: ['Huawei'],
    byd: ['BYD'],
    catl: ['CATL', 'Contemporary Amperex Technology'],
    'state-grid': ['State Grid', 'State Grid Corporation of China', 'SGCC'],
    sinopec: ['Sinopec'],
    petrochina: ['PetroChina'],
    'tata-power': ['Tata Power'],
    reliance: ['Reliance', 'Reliance Industries'],
    adani: ['Adani', 'Adani Group'],
    vingroup: ['Vingroup'],
    vinfast: ['VinFast'],
    evn: ['EVN', 'Vietnam Electricity'],
    petrovietnam: ['PetroVietnam', 'Petrovietnam', 'PVN'],
    ptt: ['PTT'],
    egat: ['EGAT', 'Electricity Generating Authority of Thailand'],
    china: ['China', 'Chinese', 'PRC'],
    india: ['India', 'Indian'],
    vietnam: ['Vietnam', 'Viet Nam', 'Vietnamese'],
    thailand: ['Thailand', 'Thai', 'Siam', 'Siamese'],
    'united-states': ['United States', 'US', 'U.S.', 'USA', 'America', 'American'],
    japan: ['Japan', 'Japanese'],
    'united-kingdom': ['United Kingdom', 'UK', 'Britain', 'British', 'English', 'Briton'],
    'european-union': ['European Union', 'EU'],
    'united-nations': ['United Nations', 'UN'],
    beijing: ['Beijing'],
    shanghai: ['Shanghai'],
    hangzhou: ['Hangzhou'],
    shenzhen: ['Shenzhen'],
    'new-delhi': ['New Delhi', 'Delhi'],
    mumbai: ['Mumbai'],
    hanoi: ['Hanoi', 'Ha Noi'],
    'ho-chi-minh-city': ['Ho Chi Minh City', 'Saigon'],
    bangkok: ['Bangkok'],
    vna: ['VNA', 'Vietnam News Agency'],
    xinhua: ['Xinhua'],
    // frequent names in business and climate news (added by the checks red team)
    microsoft: ['Microsoft'], google: ['Google', 'Alphabet'], amazon: ['Amazon', 'Amazon Web Services', 'AWS'], apple: ['Apple'],
    meta: ['Meta', 'Facebook'], tesla: ['Tesla'], samsung: ['Samsung'], lg: ['LG'], toyota: ['Toyota'], siemens: ['Siemens'],
    infosys: ['Infosys'], wipro: ['Wipro'], tcs: ['TCS', 'Tata Consultancy Services'], jd: ['JD.com', 'JD', 'Jingdong'],
    xiaomi: ['Xiaomi'], nio: ['NIO', 'Nio'], geely: ['Geely'], bytedance: ['ByteDance'],
    'world-bank': ['World Bank'], imf: ['IMF', 'International Monetary Fund'], adb: ['ADB', 'Asian Development Bank'],
    'narendra-modi': ['Narendra Modi', 'Modi'], 'xi-jinping': ['Xi Jinping', 'Xi'], 'li-qiang': ['Li Qiang'], 'li-keqiang': ['Li Keqiang'],
    'jack-ma': ['Jack Ma', 'Ma Yun'], 'pony-ma': ['Pony Ma', 'Ma Huateng'], 'mukesh-ambani': ['Mukesh Ambani'], 'gautam-adani': ['Gautam Adani'], 'elon-musk': ['Elon Musk', 'Musk'],
    hyderabad: ['Hyderabad'], bengaluru: ['Bengaluru', 'Bangalore'], chennai: ['Chennai'], kolkata: ['Kolkata'], gujarat: ['Gujarat'], odisha: ['Odisha'],
    'da-nang': ['Da Nang', 'Danang'], 'chiang-mai': ['Chiang Mai'], phuket: ['Phuket'], guangdong: ['Guangdong'], 'hong-kong': ['Hong Kong'],
    singapore: ['Singapore', 'Singaporean'], korea: ['South Korea', 'Korea', 'Korean'], indonesia: ['Indonesia', 'Indonesian'], malaysia: ['Malaysia', 'Malaysian'],
    germany: ['Germany', 'German'], france: ['France', 'French'], russia: ['Russia', 'Russian'], australia: ['Australia', 'Australian'],
    europe: ['Europe', 'European'], davos: ['Davos'], hungary: ['Hungary', 'Hungarian'], 'saudi-arabia': ['Saudi Arabia', 'Saudi'],
    // global companies and bodies often named in business news (names-cases round)
    airbus: ['Airbus'], boeing: ['Boeing'], shell: ['Shell'], exxonmobil: ['ExxonMobil', 'Exxon'], softbank: ['SoftBank'], apec: ['APEC', 'Asia-Pacific Economic Cooperation'], 'thai-airways': ['Thai Airways'], walmart: ['Walmart'], nvidia: ['Nvidia', 'NVIDIA'], foxconn: ['Foxconn', 'Hon Hai'],
  },
  letterNames: {},
  nonNames: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'with', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'during', 'according', 'meanwhile', 'however', 'also', 'further', 'furthermore', 'moreover', 'specifically', 'besides', 'there', 'here', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'one', 'two', 'more', 'less', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'see', 'also', 'mr', 'mrs', 'ms', 'dr', 'prof', 'co', 'ltd', 'inc', 'corp', 'plc', 'limited', 'group', 'company', 'corporation', 'chairman', 'ceo', 'cfo', 'cto', 'president', 'director', 'minister', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm', 'gmt', 'utc', 'no', 'yes', 'not', 'what', 'who', 'why', 'how', 'where', 'which', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'new', 'would', 'will', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'so', 'such', 'than', 'other', 'another', 'scope', 'net', 'zero', 'report', 'action', 'goal', 'goals', 'lab', 'laboratory', 'center', 'centre', 'institute', 'office', 'program', 'programme', 'project', 'division', 'department', 'fund', 'foundation', 'association', 'council', 'committee', 'agency', 'bureau', 'court', 'university', 'school', 'college', 'hospital', 'market', 'index', 'award', 'summit', 'forum', 'conference', 'strategy', 'initiative', 'plan',
    // common-noun abbreviations: often spelled out in the other language (R&D = 研发, GDP = 国内生产总值)
    'r&d', 'm&a', 'q&a', 'gdp', 'gnp', 'cpi', 'ipo', 'esg', 'ai', 'ict', 'sme', 'smes', 'fdi', 'lng', 'lpg', 'ppp', 'vat', 'hq', 'ceos', 'it'],
};

export default en;
