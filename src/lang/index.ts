// The registry of language packs. Adding a language: write src/lang/<code>.ts and list it here.
import { LANGUAGES, type LangCode } from '../core/types.js';
import type { LanguagePack } from './pack.js';
import en from './en.js';
import hi from './hi.js';
import vi from './vi.js';
import th from './th.js';
import zh from './zh.js';

const packs: Record<LangCode, LanguagePack> = { en, hi, vi, th, zh };

export function isLangCode(code: string): code is LangCode {
  return (LANGUAGES as readonly string[]).includes(code);
}

export function languagePack(code: LangCode): LanguagePack {
  return packs[code];
}

export type { LanguagePack } from './pack.js';
