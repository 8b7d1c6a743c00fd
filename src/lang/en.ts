// English. Sections are owned by the stage that reads them; keep each section's data together.
import type { LanguagePack } from './pack.js';

const en: LanguagePack = {
  code: 'en',
  name: 'English',

  // --- sentences (segmentation) ---
  sentence: {
    terminators: '.!?',
    abbreviations: [],
  },

  // --- numbers, units, currencies, months (facts) ---
  numbers: {
    decimalSeparator: '.',
    groupSeparators: [','],
    scaleWords: {},
    numberWords: {},
    ordinalWords: {},
    percentWords: [],
    currencies: {},
    units: {},
    months: {},
    dayFirst: true,
  },

  // --- calendar (facts) ---
  calendar: {},

  // --- temporal relations of years and dates (checks) ---
  temporal: {},

  // --- domain glossary (checks: term) ---
  terms: {},

  // --- entity aliases and letter names (checks: entity) ---
  aliases: {},
  letterNames: {},
};

export default en;
