// Hindi number expressions and what they must resolve to, written from Hindi usage (news style first).
import type { CorpusCase } from './corpus-case.js';

// Every number below a hundred is its own word in Hindi; a sample from each decade, with spelling variants.
const words: [string, number][] = [
  ['शून्य', 0], ['एक', 1], ['दो', 2], ['तीन', 3], ['चार', 4], ['पाँच', 5], ['पांच', 5], ['छह', 6], ['छः', 6], ['सात', 7],
  ['आठ', 8], ['नौ', 9], ['दस', 10], ['ग्यारह', 11], ['बारह', 12], ['तेरह', 13], ['चौदह', 14], ['पंद्रह', 15],
  ['पन्द्रह', 15], ['सोलह', 16], ['सत्रह', 17], ['अठारह', 18], ['उन्नीस', 19], ['बीस', 20], ['इक्कीस', 21],
  ['बाईस', 22], ['तेईस', 23], ['चौबीस', 24], ['पच्चीस', 25], ['छब्बीस', 26], ['सत्ताईस', 27], ['अट्ठाईस', 28],
  ['उनतीस', 29], ['तीस', 30], ['इकतीस', 31], ['बत्तीस', 32], ['तैंतीस', 33], ['चौंतीस', 34], ['पैंतीस', 35],
  ['छत्तीस', 36], ['सैंतीस', 37], ['अड़तीस', 38], ['अडतीस', 38], ['उनतालीस', 39], ['चालीस', 40], ['इकतालीस', 41],
  ['बयालीस', 42], ['तैंतालीस', 43], ['चौवालीस', 44], ['पैंतालीस', 45], ['छियालीस', 46], ['सैंतालीस', 47],
  ['अड़तालीस', 48], ['उनचास', 49], ['पचास', 50], ['इक्यावन', 51], ['बावन', 52], ['तिरपन', 53], ['चौवन', 54],
  ['पचपन', 55], ['छप्पन', 56], ['सत्तावन', 57], ['अट्ठावन', 58], ['उनसठ', 59], ['साठ', 60], ['इकसठ', 61],
  ['बासठ', 62], ['तिरसठ', 63], ['चौंसठ', 64], ['पैंसठ', 65], ['छियासठ', 66], ['सड़सठ', 67], ['अड़सठ', 68],
  ['उनहत्तर', 69], ['सत्तर', 70], ['इकहत्तर', 71], ['बहत्तर', 72], ['तिहत्तर', 73], ['चौहत्तर', 74],
  ['पचहत्तर', 75], ['छिहत्तर', 76], ['सतहत्तर', 77], ['अठहत्तर', 78], ['उनासी', 79], ['अस्सी', 80],
  ['इक्यासी', 81], ['बयासी', 82], ['तिरासी', 83], ['चौरासी', 84], ['पचासी', 85], ['छियासी', 86],
  ['सत्तासी', 87], ['अट्ठासी', 88], ['नवासी', 89], ['नब्बे', 90], ['इक्यानवे', 91], ['बानवे', 92],
  ['तिरानवे', 93], ['चौरानवे', 94], ['पचानवे', 95], ['छियानवे', 96], ['सत्तानवे', 97], ['अट्ठानवे', 98],
  ['निन्यानवे', 99], ['सौ', 100],
];

const cases: CorpusCase[] = [
  ...words.map(([text, value]) => ({ text, value })),
  // composition with सौ, हज़ार, लाख, करोड़, अरब, खरब
  { text: 'एक सौ', value: 100 }, { text: 'तीन सौ पच्चीस', value: 325 }, { text: 'इक्कीस सौ', value: 2100 },
  { text: 'एक हज़ार', value: 1000 }, { text: 'दो हजार', value: 2000 }, { text: 'दस हज़ार', value: 10000 },
  { text: 'एक लाख', value: 1e5 }, { text: 'दस लाख', value: 1e6 }, { text: 'पाँच करोड़', value: 5e7 },
  { text: 'पचास करोड', value: 5e8 }, { text: 'दो अरब', value: 2e9 }, { text: 'एक खरब', value: 1e11 },
  { text: 'एक हज़ार दो सौ चौंतीस', value: 1234 }, { text: 'दो लाख पचास हज़ार', value: 250000 },
  { text: 'एक करोड़ बीस लाख', value: 1.2e7 }, { text: 'हज़ार', value: 1000 },
  // fractional words
  { text: 'डेढ़', value: 1.5 }, { text: 'ढाई', value: 2.5 }, { text: 'साढ़े तीन', value: 3.5 },
  { text: 'सवा दो', value: 2.25 }, { text: 'पौने चार', value: 3.75 }, { text: 'डेढ़ लाख', value: 150000 },
  { text: 'ढाई हज़ार', value: 2500 }, { text: 'साढ़े तीन सौ', value: 350 }, { text: 'सवा लाख', value: 125000 },
  { text: 'एक तिहाई', value: 1 / 3 }, { text: 'तीन चौथाई', value: 0.75 }, { text: 'आधा', value: 0.5 },
  { text: 'पांच बटा आठ', value: 0.625 },
  // digits in both scripts, separators, scales after digits
  { text: '५', value: 5 }, { text: '२०२३', value: 2023, kind: 'year' }, { text: '१२,३४,५६७', value: 1234567 },
  { text: '12,34,567', value: 1234567 }, { text: '1,200', value: 1200 }, { text: '3.5', value: 3.5 },
  { text: '1.5 बिलियन', value: 1.5e9 }, { text: '2 मिलियन', value: 2e6 }, { text: '3 ट्रिलियन', value: 3e12 },
  { text: '4.5 लाख करोड़', value: 4.5e12 }, { text: '30 लाख', value: 3e6 }, { text: '12 करोड़', value: 1.2e8 },
  { text: '1.2 अरब', value: 1.2e9 }, { text: '५ हज़ार', value: 5000 }, { text: 'माइनस बयालीस', value: -42 },
  { text: 'बारह दशमलव पाँच', value: 12.5 },
  // ordinals
  { text: 'पहला', value: 1, kind: 'ordinal' }, { text: 'पहली', value: 1, kind: 'ordinal' },
  { text: 'दूसरा', value: 2, kind: 'ordinal' }, { text: 'दूसरी', value: 2, kind: 'ordinal' },
  { text: 'तीसरा', value: 3, kind: 'ordinal' }, { text: 'चौथा', value: 4, kind: 'ordinal' },
  { text: 'पाँचवाँ', value: 5, kind: 'ordinal' }, { text: 'पांचवां', value: 5, kind: 'ordinal' },
  { text: 'पाँचवें', value: 5, kind: 'ordinal' }, { text: 'छठा', value: 6, kind: 'ordinal' },
  { text: 'सातवीं', value: 7, kind: 'ordinal' }, { text: 'दसवाँ', value: 10, kind: 'ordinal' },
  { text: 'बीसवीं सदी', value: 20, kind: 'ordinal' }, { text: '5वी', value: 5, kind: 'ordinal' },
  { text: '10वें', value: 10, kind: 'ordinal' }, { text: '25वाँ', value: 25, kind: 'ordinal' },
  // years and dates
  { text: '2023 तक', value: 2023, kind: 'year' }, { text: '2021 के अंत में', value: 2021, kind: 'year' },
  { text: 'वर्ष 2030 में', value: 2030, kind: 'year' },
  { text: '5 जुलाई को', value: { month: 7, day: 5 }, kind: 'date' },
  { text: '15 अगस्त 1947', value: { year: 1947, month: 8, day: 15 }, kind: 'date' },
  { text: '२६ जनवरी', value: { month: 1, day: 26 }, kind: 'date' },
  { text: '1 फ़रवरी 2022', value: { year: 2022, month: 2, day: 1 }, kind: 'date' },
  { text: '3 सितम्बर', value: { month: 9, day: 3 }, kind: 'date' },
  { text: 'दिसंबर 2021 में', value: { year: 2021, month: 12 }, kind: 'date' },
  { text: '20/10/2022', value: { year: 2022, month: 10, day: 20 }, kind: 'date' },
  // percents
  { text: '50%', value: 50, kind: 'percent' }, { text: '12 प्रतिशत', value: 12, kind: 'percent' },
  { text: '7.5 फीसदी', value: 7.5, kind: 'percent' }, { text: '30 फ़ीसदी', value: 30, kind: 'percent' },
  { text: 'बीस प्रतिशत', value: 20, kind: 'percent' },
  { text: '30%-40%', value: { from: 30, to: 40 }, kind: 'range', unit: '%' },
  // money
  { text: '4.5 लाख करोड़ रुपये', value: 4.5e12, kind: 'money', unit: 'INR' },
  { text: '500 रुपए', value: 500, kind: 'money', unit: 'INR' }, { text: '₹ 200 करोड़', value: 2e9, kind: 'money', unit: 'INR' },
  { text: 'Rs 50', value: 50, kind: 'money', unit: 'INR' }, { text: '10 अरब डॉलर', value: 1e10, kind: 'money', unit: 'USD' },
  { text: '5 करोड़ युआन', value: 5e7, kind: 'money', unit: 'CNY' }, { text: 'डेढ़ सौ रुपये', value: 150, kind: 'money', unit: 'INR' },
  { text: '$3 बिलियन', value: 3e9, kind: 'money', unit: 'USD' },
  // units
  { text: '1.5 बिलियन टन', value: 1.5e9, kind: 'quantity', unit: 'ton' },
  { text: '200 टन', value: 200, kind: 'quantity', unit: 'ton' }, { text: '500 मेगावाट', value: 500, kind: 'quantity', unit: 'MW' },
  { text: '3 गीगावाट', value: 3, kind: 'quantity', unit: 'GW' }, { text: '100 किलोमीटर', value: 100, kind: 'quantity', unit: 'km' },
  { text: '45 डिग्री सेल्सियस', value: 45, kind: 'quantity', unit: '°C' },
  { text: 'अगले 15 वर्षों में', value: 15, kind: 'quantity', unit: 'year' },
  { text: '20 लोग', value: 20, kind: 'quantity', unit: 'person' }, { text: 'सवा किलो', value: 1.25, kind: 'quantity', unit: 'kg' },
  // in sentences
  { text: 'आठ कार्यान्वयन समझौतों पर हस्ताक्षर किए', value: 8 },
  { text: 'तीन प्रमुख परमाणु ऊर्जा ऑपरेटरों में से एक', value: 3 },
  { text: 'कंपनी 2030 तक अपनी कार्बन तटस्थता हासिल कर लेगी', value: 2030, kind: 'year' },
  { text: 'भारत की आबादी 140 करोड़ है', value: 1.4e9 },
  // English number words written in Devanagari (read only with another number word, a scale or a sign)
  { text: 'माइनस टू', value: -2 }, { text: 'फ़ोर्टी फ़ाइव', value: 45 }, { text: 'फोर्टी फाइव', value: 45 },
  { text: 'टू डज़न केले', value: 24 }, { text: 'प्लस टेन', value: 10 }, { text: 'वन मिलियन', value: 1e6 },
  // ordinal scale words, space grouping
  { text: 'दो सौवां', value: 200, kind: 'ordinal' }, { text: 'पाँच लाखवां', value: 5e5, kind: 'ordinal' },
  { text: 'तीन सौ का दस हज़ारवां', value: 0.03 },
  { text: '2 500 000', value: 2.5e6 },
  { text: 'जुलाई में बारिश हुई', value: { month: 7 }, kind: 'date' },
  { text: '5 जुलाई को', value: { day: 5, month: 7 }, kind: 'date' },
  { text: 'लगभग 30 लाख लोग', value: 3e6, kind: 'quantity', unit: 'person' },
];

export default cases;
