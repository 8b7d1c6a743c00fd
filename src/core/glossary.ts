// The glossary the term rule checks: the built-in domain terms of the language packs, plus user entries.
import { LANGUAGES, type GlossaryEntry, type LangCode } from './types.js';
import { languagePack } from '../lang/index.js';

let builtin: GlossaryEntry[] | null = null;

/** One entry per concept id found in any pack's `terms` section. */
export function builtinGlossary(): GlossaryEntry[] {
  if (builtin) return builtin;
  const byId = new Map<string, GlossaryEntry>();
  for (const code of LANGUAGES) {
    for (const [id, forms] of Object.entries(languagePack(code).terms)) {
      const entry = byId.get(id) ?? { id, forms: {}, origin: 'builtin' };
      entry.forms[code] = [...(entry.forms[code] ?? []), ...forms];
      byId.set(id, entry);
    }
  }
  builtin = [...byId.values()];
  return builtin;
}

/** User entries come after the built-in ones; a user entry with a built-in id adds its forms to that concept. */
export function mergeGlossaries(base: readonly GlossaryEntry[], user: readonly GlossaryEntry[]): GlossaryEntry[] {
  const out = base.map((e) => ({ ...e, forms: { ...e.forms } }));
  for (const u of user) {
    const same = out.find((e) => e.id === u.id);
    if (!same) {
      out.push(u);
      continue;
    }
    for (const [lang, forms] of Object.entries(u.forms) as [LangCode, string[]][])
      same.forms[lang] = [...new Set([...(same.forms[lang] ?? []), ...forms])];
  }
  return out;
}

export function glossaryFor(user: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  return mergeGlossaries(builtinGlossary(), user);
}
