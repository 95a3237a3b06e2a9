/**
 * Topics (normalised keys from an editable TopicMap) and key phrases (salient uni-/bi-grams).
 *
 * TopicMap terms are matched on light stems, so inflections match ("leveringen", "geleverd",
 * "delivered", "deliveries" all meet "levering"/"delivery"). Dutch words also match by compound
 * tail ("pakketbezorging" -> "bezorging", "stroomstoring" -> "storing"). A term may use:
 * - `"word"`: the word, its inflections, and (Dutch, 4+ letter stems) compounds ending in it;
 * - `"two words"`: a phrase, each word matched on its stem ("slimme meter", "log in");
 * - `"lever*"`: any word starting with `lever` ("levertijd", "leverdatum");
 * - `"*app"`: any word ending in `app` ("kutapp", "bankapp");
 * - `"!leverancier"`: never count this word (or its inflections) for this topic.
 */
import { dutchCandidates, englishCandidates, type LanguagePack, packFor, stripDiacritics } from './lexicon.ts';
import { EN_STOPWORDS, NL_STOPWORDS } from './stopwords.ts';
import { type Token, type TokenizedText, tokenize } from './tokenize.ts';
import type { TopicMap } from './types.ts';

type TermLanguage = 'en' | 'nl';

const plain = stripDiacritics;

const VOWEL_RE = /[aeiouy]$/;
const DUTCH_S_PLURAL_RE = /(?:e[lrmn]|je|[aeiouy]|([b-df-hj-np-tv-z])\1)$/;
const NL_TOPIC_SUFFIXES = ['ingen', 'ing', 'ende', 'end', 'sten', 'ste', 'den', 'ten', 'de', 'te', 'en', 'e', 'd', 't'];
const LONG_VOWEL_RE = /([aeou])\1(?=[^aeiou]*$)/;

/** Light Dutch stem for topic matching: "leveringen"/"geleverd"/"levert" -> "lever", "facturen"/"factuur" -> "factur". */
export function dutchTopicStem(word: string): string {
  let w = plain(word.toLowerCase());
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length >= 7 && w.startsWith('ge') && /(?:d|t|en)$/.test(w)) w = w.slice(2);
  if (w.endsWith('s') && w.length > 4 && DUTCH_S_PLURAL_RE.test(w.slice(0, -1))) w = w.slice(0, -1);
  for (const suffix of NL_TOPIC_SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWEL_RE.test(w)) w = w.slice(0, -1);
  if (w.endsWith('z')) w = `${w.slice(0, -1)}s`;
  else if (w.endsWith('v')) w = `${w.slice(0, -1)}f`;
  return w.replace(LONG_VOWEL_RE, '$1');
}

/** Light English stem for topic matching: "deliveries"/"delivered"/"delivery" -> "deliver", "invoices" -> "invoic". */
export function englishTopicStem(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('ery') && w.length > 5) w = w.slice(0, -1);
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWEL_RE.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function stemFor(lang: TermLanguage, word: string): string {
  return lang === 'nl' ? dutchTopicStem(word) : englishTopicStem(word);
}

/** Forms a term is indexed under: itself and its stem. */
function termForms(lang: TermLanguage, term: string): string[] {
  const word = plain(term);
  return [...new Set([word, stemFor(lang, word)])].filter((f) => f.length >= 3);
}

/** Forms a word may match a term by: itself, its stem, and its inflectional base forms. */
function wordForms(lang: TermLanguage, word: string): string[] {
  const base = lang === 'nl' ? dutchCandidates(word) : englishCandidates(word);
  return [word, stemFor(lang, word), ...base];
}

interface LanguageTerms {
  /** Term forms (term and stem) -> topic keys. */
  readonly byForm: Map<string, Set<string>>;
  readonly prefixes: [string, string][];
  readonly suffixes: [string, string][];
  /** Phrases by the stem of their first word. */
  readonly phrases: Map<string, { stems: string[]; key: string }[]>;
  /** key -> stems never counted for it. */
  readonly exclusions: Map<string, Set<string>>;
  readonly memo: Map<string, readonly string[]>;
  readonly stems: Map<string, string>;
}

const MEMO_LIMIT = 50_000;
const EMPTY: readonly string[] = [];

function emptyTerms(): LanguageTerms {
  return { byForm: new Map(), prefixes: [], suffixes: [], phrases: new Map(), exclusions: new Map(), memo: new Map(), stems: new Map() };
}

/** A TopicMap compiled for fast matching; build once (e.g. in an analyzer's constructor). */
export class CompiledTopicMap {
  private readonly terms: Record<TermLanguage, LanguageTerms> = { en: emptyTerms(), nl: emptyTerms() };

  /** Compiles the map; keys are lower-cased. */
  constructor(map: TopicMap) {
    for (const [rawKey, byLang] of Object.entries(map)) {
      const key = rawKey.toLowerCase();
      for (const lang of ['en', 'nl'] as const) {
        for (const rawTerm of byLang[lang] ?? []) this.add(lang, key, rawTerm.toLowerCase().trim());
      }
    }
  }

  private add(lang: TermLanguage, key: string, term: string): void {
    const t = this.terms[lang];
    if (term === '') return;
    if (term.startsWith('!')) {
      const set = t.exclusions.get(key) ?? new Set<string>();
      set.add(stemFor(lang, term.slice(1)));
      t.exclusions.set(key, set);
    } else if (term.includes(' ')) {
      const stems = term.split(/\s+/).map((w) => stemFor(lang, w));
      const list = t.phrases.get(stems[0]!) ?? [];
      list.push({ stems, key });
      t.phrases.set(stems[0]!, list);
    } else if (term.endsWith('*')) {
      t.prefixes.push([plain(term.slice(0, -1)), key]);
    } else if (term.startsWith('*')) {
      t.suffixes.push([plain(term.slice(1)), key]);
    } else {
      for (const form of termForms(lang, term)) {
        const set = t.byForm.get(form) ?? new Set<string>();
        set.add(key);
        t.byForm.set(form, set);
      }
    }
  }

  /** Topic keys a single word signals in a language. */
  keysForWord(lang: TermLanguage, norm: string): readonly string[] {
    const t = this.terms[lang];
    const cached = t.memo.get(norm);
    if (cached !== undefined) return cached;
    const word = plain(norm);
    const stem = stemFor(lang, word);
    const found = new Set<string>();
    for (const form of wordForms(lang, word)) {
      const keys = t.byForm.get(form);
      if (keys !== undefined) for (const k of keys) found.add(k);
    }
    for (const [prefix, key] of t.prefixes) if (word.startsWith(prefix)) found.add(key);
    for (const [suffix, key] of t.suffixes) if (word.length > suffix.length && word.endsWith(suffix)) found.add(key);
    // Dutch compounds are head-final: "stroomstoring" is a kind of "storing".
    if (lang === 'nl' && found.size === 0 && word.length >= 7) {
      for (let i = 3; i <= word.length - 4; i++) {
        const tail = word.slice(i);
        const keys = t.byForm.get(tail) ?? t.byForm.get(stemFor(lang, tail));
        if (keys !== undefined) {
          for (const k of keys) found.add(k);
          break;
        }
      }
    }
    for (const key of [...found]) {
      const excluded = t.exclusions.get(key);
      if (excluded !== undefined && (excluded.has(stem) || excluded.has(word))) found.delete(key);
    }
    const result = found.size === 0 ? EMPTY : [...found];
    if (t.memo.size >= MEMO_LIMIT) t.memo.clear();
    t.memo.set(norm, result);
    return result;
  }

  /** Memoised topic stem of a word. */
  private stem(lang: TermLanguage, norm: string): string {
    const memo = this.terms[lang].stems;
    let stem = memo.get(norm);
    if (stem === undefined) {
      stem = stemFor(lang, norm);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(norm, stem);
    }
    return stem;
  }

  /** Topic keys of a phrase starting at token i, with the phrase length. */
  phraseAt(lang: TermLanguage, tokens: readonly Token[], i: number): { key: string; length: number }[] {
    const t = this.terms[lang];
    if (t.phrases.size === 0) return [];
    const first = tokens[i]!;
    const list = t.phrases.get(this.stem(lang, first.norm));
    if (list === undefined) return [];
    const out: { key: string; length: number }[] = [];
    for (const p of list) {
      let ok = true;
      for (let k = 1; k < p.stems.length && ok; k++) {
        const tk = tokens[i + k];
        ok = tk !== undefined && tk.kind === 'word' && tk.clause === first.clause && this.stem(lang, tk.norm) === p.stems[k];
      }
      if (ok) out.push({ key: p.key, length: p.stems.length });
    }
    return out;
  }
}

function termLanguages(language: string): TermLanguage[] {
  if (language === 'nl') return ['nl'];
  if (language === 'en') return ['en'];
  return ['nl', 'en'];
}

// "Ik ben bezorgd" is worry, not delivery.
const WORRY_CONTEXT = new Set(['ben', 'bent', 'erg', 'heel', 'zeer', 'nogal', 'beetje', 'echt', 'wat', 'best', 'behoorlijk', 'enigszins']);

/** Per-token topic keys (shared by topics and key phrases). */
export function tokenTopics(tokens: readonly Token[], language: string, map: CompiledTopicMap): (readonly string[])[] {
  const out: (readonly string[])[] = new Array(tokens.length);
  const langs = termLanguages(language);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      out[i] = EMPTY;
      continue;
    }
    let keys: readonly string[] = EMPTY;
    for (const lang of langs) {
      const k = map.keysForWord(lang, t.norm);
      if (k.length > 0) keys = keys.length === 0 ? k : [...new Set([...keys, ...k])];
    }
    if (keys.length > 0 && t.norm === 'bezorgd' && WORRY_CONTEXT.has(tokens[i - 1]?.norm ?? '')) keys = EMPTY;
    out[i] = keys;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    for (const lang of langs) {
      for (const { key, length } of map.phraseAt(lang, tokens, i)) {
        out[i] = out[i]!.includes(key) ? out[i]! : [...out[i]!, key];
        for (let k = 1; k < length; k++) out[i + k] = out[i + k]!.includes(key) ? out[i + k]! : [...out[i + k]!, key];
      }
    }
  }
  return out;
}

/** Distinct topic keys in order of first mention. */
export function topicsFrom(perToken: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const keys of perToken) for (const k of keys) seen.add(k);
  return [...seen];
}

const MAX_KEY_PHRASES = 8;

const NL_STOP = (w: string): boolean => NL_STOPWORDS.has(w);
const EN_STOP = (w: string): boolean => EN_STOPWORDS.has(w);
const ANY_STOP = (w: string): boolean => NL_STOPWORDS.has(w) || EN_STOPWORDS.has(w);

function stopwordsFor(language: string): (w: string) => boolean {
  if (language === 'nl') return NL_STOP;
  if (language === 'en') return EN_STOP;
  return ANY_STOP;
}

interface Candidate {
  readonly phrase: string;
  score: number;
  readonly first: number;
}

function isEvaluative(pack: LanguagePack, t: Token): boolean {
  return Math.abs(pack.lookup(t.norm)?.v ?? 0) >= 1;
}

function isTopical(perToken: readonly (readonly string[])[], a: number, b: number): number {
  for (let k = a; k <= b; k++) if (perToken[k]!.length > 0) return 1;
  return 0;
}

function addCandidate(candidates: Map<string, Candidate>, phrase: string, score: number, first: number): void {
  const prev = candidates.get(phrase);
  if (prev === undefined) candidates.set(phrase, { phrase, score, first });
  else prev.score += 1;
}

/**
 * Key phrases: runs of content words (no stopwords, negators or intensifiers) within a clause,
 * as unigrams (never a lone evaluative word) or bigrams ("slimme meter", "snelle levering");
 * phrases naming a topic and repeated phrases rank first. Lower-cased, deduplicated, at most 8.
 */
export function keyPhrasesFrom(tokens: readonly Token[], language: string, perToken: readonly (readonly string[])[]): string[] {
  const isStop = stopwordsFor(language);
  const pack = packFor(language);
  const known = language === 'nl' || language === 'en' || language === 'und';
  const content: boolean[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    content[i] =
      t.kind === 'word' &&
      !(isStop(w) || pack.negators.has(w) || pack.boosters.has(w) || pack.contrast.has(w)) &&
      (w.length >= 3 || perToken[i]!.length > 0) &&
      (known || w.length >= 4);
  }
  const candidates = new Map<string, Candidate>();
  let i = 0;
  while (i < tokens.length) {
    if (!content[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && content[j + 1] && tokens[j + 1]!.clause === tokens[i]!.clause) j++;
    const length = j - i + 1;
    if (length === 1) {
      if (!isEvaluative(pack, tokens[i]!)) addCandidate(candidates, tokens[i]!.norm, 1 + isTopical(perToken, i, i), i);
    } else {
      for (let k = i; k < j; k++) {
        const a = tokens[k]!;
        const b = tokens[k + 1]!;
        const aEval = isEvaluative(pack, a);
        if (length > 2 && !aEval && isEvaluative(pack, b)) continue;
        addCandidate(candidates, `${a.norm} ${b.norm}`, 2 + isTopical(perToken, k, k + 1) + (aEval ? 0.5 : 0), k);
      }
    }
    i = j + 1;
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: string[] = [];
  const chosenPadded: string[] = [];
  for (const { phrase } of ranked) {
    if (chosen.length >= MAX_KEY_PHRASES) break;
    const padded = ` ${phrase} `;
    if (chosenPadded.some((c) => c.includes(padded))) continue;
    chosen.push(phrase);
    chosenPadded.push(padded);
  }
  return chosen;
}

/** Topic keys of a text (convenience wrapper; the analyzer shares tokens instead). */
export function matchTopics(text: string, language: string, map: CompiledTopicMap): string[] {
  const { tokens } = tokenize(text);
  return topicsFrom(tokenTopics(tokens, language, map));
}

/** Key phrases of a text (convenience wrapper; the analyzer shares tokens instead). */
export function extractKeyPhrases(text: string, language: string, map?: CompiledTopicMap): string[] {
  const { tokens }: TokenizedText = tokenize(text);
  const perToken = map === undefined ? tokens.map(() => EMPTY) : tokenTopics(tokens, language, map);
  return keyPhrasesFrom(tokens, language, perToken);
}
