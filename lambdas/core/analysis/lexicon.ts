/**
 * Lexicon machinery shared by the sentiment and emotion steps: parses the lexicon data once at
 * module load, and resolves a (normalised) word to its entry through Dutch/English inflection
 * stripping and Dutch compound matching, with a bounded memo per language.
 */
import { VADER_WORDS } from './lexicon-en-vader.ts';
import {
  EN_BOOSTERS,
  EN_CONCESSIVE,
  EN_CONTRAST,
  EN_DOMAIN,
  EN_NEGATORS,
  EN_OVERRIDES,
  EN_PHRASES,
} from './lexicon-en.ts';
import {
  NL_BOOSTERS,
  NL_COMPOUND_NOUNS,
  NL_COMPOUND_PREFIXES,
  NL_CONCESSIVE,
  NL_CONTRAST,
  NL_DOMAIN,
  NL_GENERAL,
  NL_NEGATORS,
  NL_PHRASES,
} from './lexicon-nl.ts';

/** A sentiment-bearing word or phrase: its valence (-4..+4) and, optionally, its valence when negated. */
export interface SentimentEntry {
  readonly v: number;
  /** Valence when negated; when absent the valence is scaled by the negator's factor. */
  readonly nv: number | undefined;
}

/** A multi-word expression; a word ending in `*` matches any word starting with it. */
export interface Phrase {
  readonly words: readonly string[];
  readonly entry: SentimentEntry;
}

/** Which lexicons apply to a text: one language, both (language unknown), or none (other language). */
export type LexiconLanguage = 'en' | 'nl' | 'und' | 'none';

/** Everything the rules need to know about one language. */
export interface LanguagePack {
  readonly lang: LexiconLanguage;
  /** Multi-word expressions by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Single-word intensifiers/diminishers (factor). */
  readonly boosters: ReadonlyMap<string, number>;
  /** Two-word intensifiers/diminishers keyed "w1 w2" ("a bit", "een beetje"). */
  readonly bigramBoosters: ReadonlyMap<string, number>;
  /** Negation cues (factor applied to the negated valence). */
  readonly negators: ReadonlyMap<string, number>;
  readonly contrast: ReadonlySet<string>;
  readonly concessive: ReadonlySet<string>;
  /** Resolves a normalised word to its entry, or undefined. */
  lookup(word: string): SentimentEntry | undefined;
}

const ENTRY_RE = /^(.+):(-?\d+(?:\.\d+)?)(?:\/(-?\d+(?:\.\d+)?))?$/;

interface ParsedLexicon {
  words: Map<string, SentimentEntry>;
  phrases: Phrase[];
}

/** Parses `key:valence[/negatedValence]` data; keys with `_` are phrases. */
function parseLexicon(data: string, into: ParsedLexicon = { words: new Map(), phrases: [] }): ParsedLexicon {
  for (const item of data.split(/\s+/)) {
    if (item === '') continue;
    const m = ENTRY_RE.exec(item);
    if (m === null) throw new Error(`bad lexicon entry "${item}"`);
    const entry: SentimentEntry = { v: Number(m[2]), nv: m[3] === undefined ? undefined : Number(m[3]) };
    const key = stripDiacritics(m[1]!);
    if (key.includes('_')) into.phrases.push({ words: key.split('_'), entry });
    else into.words.set(key, entry);
    // The tokeniser splits "rip-off" and "user-friendly" at the hyphen: match them as phrases too.
    if (key.includes('-') && !key.startsWith('-') && !key.endsWith('-')) into.phrases.push({ words: key.split(/[-_]/), entry });
  }
  return into;
}

/** Parses `key:number` pairs into a map (keys with `_` become "w1 w2"). */
function parseNumbers(data: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of data.split(/\s+/)) {
    if (item === '') continue;
    const i = item.lastIndexOf(':');
    out.set(item.slice(0, i).replace(/_/g, ' '), Number(item.slice(i + 1)));
  }
  return out;
}

function indexPhrases(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const first = p.words[0]!;
    const list = index.get(first);
    if (list === undefined) index.set(first, [p]);
    else list.push(p);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const DIACRITICS_RE = /\p{M}/gu;

/** Removes accents ("geïrriteerd" -> "geirriteerd"), so lexicon keys and words compare plainly. */
export function stripDiacritics(word: string): string {
  // A loop, not a regex test: called for nearly every token, and most words are plain ASCII.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0x80) return word.normalize('NFD').replace(DIACRITICS_RE, '');
  }
  return word;
}

const VOWELS = 'aeiou';

function isConsonant(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z' && !VOWELS.includes(c);
}

/** Dutch spelling variants of a stripped stem: undoubled, devoiced, vowel re-doubled. */
function pushDutchStemVariants(stem: string, out: string[]): void {
  if (stem.length < 3) return;
  out.push(stem);
  const n = stem.length;
  const last = stem[n - 1];
  // "snell" -> "snel"
  if (isConsonant(last) && stem[n - 2] === last) out.push(stem.slice(0, -1));
  // "waardeloz" -> "waardelos", "liev" -> "lief"
  let devoiced = stem;
  if (last === 'z') devoiced = `${stem.slice(0, -1)}s`;
  else if (last === 'v') devoiced = `${stem.slice(0, -1)}f`;
  if (devoiced !== stem) out.push(devoiced);
  // Open syllable re-closed: "trag" -> "traag", "waardelos" -> "waardeloos", "dur" -> "duur".
  const v = devoiced[n - 2];
  if (isConsonant(devoiced[n - 1]) && v !== undefined && 'aeou'.includes(v) && isConsonant(devoiced[n - 3])) {
    out.push(devoiced.slice(0, n - 1) + v + devoiced[n - 1]);
  }
}

const SEPARABLE_PREFIXES = ['terug', 'door', 'mee', 'aan', 'af', 'op', 'uit', 'in', 'over', 'weg', 'toe', 'na', 'voor', 'bij'];

const NL_SUFFIXES = ['ingen', 'ing', 'ende', 'end', 'sten', 'ste', 'st', 'ere', 'er', 'en', 'e', 's', "'s", 'de', 'te', 'den', 'ten', 'd', 't'];

/** Candidate base forms of a Dutch word form, most specific first. */
export function dutchCandidates(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('heden')) out.push(`${word.slice(0, -5)}heid`);
  // "duurder" -> "duur"
  if (word.endsWith('rder')) out.push(word.slice(0, -3));
  if (word.endsWith('rdere')) out.push(word.slice(0, -4));
  for (const suffix of NL_SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) pushDutchStemVariants(word.slice(0, -suffix.length), out);
  }
  // Participles of separable verbs: "aangeraden" -> "aanraden", "afgeraden" -> "afraden".
  for (const prefix of SEPARABLE_PREFIXES) {
    if (word.length >= prefix.length + 6 && word.startsWith(prefix) && word.startsWith('ge', prefix.length)) {
      out.push(prefix + word.slice(prefix.length + 2));
      break;
    }
  }
  // Past participles: "gecrasht" -> "crash", "geirriteerd" -> "irriteer".
  if (word.length >= 6 && word.startsWith('ge')) {
    const inner = word.slice(2);
    out.push(inner);
    for (const suffix of ['de', 'te', 'den', 'ten', 'en', 'd', 't']) {
      if (inner.length - suffix.length >= 3 && inner.endsWith(suffix)) pushDutchStemVariants(inner.slice(0, -suffix.length), out);
    }
  }
  return out;
}

/** Candidate base forms of an English word form. */
export function englishCandidates(word: string): string[] {
  const out: string[] = [];
  const n = word.length;
  const add = (s: string): void => {
    if (s.length >= 3) out.push(s);
  };
  const undouble = (s: string): void => {
    const k = s.length;
    if (k >= 4 && s[k - 1] === s[k - 2] && isConsonant(s[k - 1])) add(s.slice(0, -1));
  };
  if (word.endsWith("'s")) add(word.slice(0, -2));
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    undouble(word.slice(0, -2));
    if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  }
  if (word.endsWith('ing') && n > 5) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
    undouble(word.slice(0, -3));
  }
  if (word.endsWith('ily')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ly')) add(word.slice(0, -2));
  if (word.endsWith('est')) {
    add(word.slice(0, -3));
    undouble(word.slice(0, -3));
  }
  if (word.endsWith('er')) {
    add(word.slice(0, -2));
    undouble(word.slice(0, -2));
  }
  return out;
}

const MEMO_LIMIT = 50_000;

/** Wraps a resolver with a bounded memo (cleared when full; words repeat heavily across feedback). */
function memoize(resolve: (word: string) => SentimentEntry | undefined): (word: string) => SentimentEntry | undefined {
  const memo = new Map<string, SentimentEntry | null>();
  return (word) => {
    const hit = memo.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const entry = resolve(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, entry ?? null);
    return entry;
  };
}

// ---- English ----------------------------------------------------------------------------------

const enLexicon = parseLexicon(VADER_WORDS);
parseLexicon(EN_OVERRIDES, enLexicon);
parseLexicon(EN_DOMAIN, enLexicon);
parseLexicon(EN_PHRASES, enLexicon);
const EN_WORDS = enLexicon.words;

function resolveEnglishSimple(word: string): SentimentEntry | undefined {
  const exact = EN_WORDS.get(word);
  if (exact !== undefined) return exact;
  for (const c of englishCandidates(word)) {
    const e = EN_WORDS.get(c);
    if (e !== undefined) return e;
  }
  return undefined;
}

/**
 * A praise word behind a negative prefix is its negation: "unanswered", "unresolved", "unreliable"
 * (English un-), "onbeantwoord", "onopgelost" (Dutch on-). Uses the word's negated valence if it has one.
 */
function negativePrefix(rest: string, resolve: (w: string) => SentimentEntry | undefined): SentimentEntry | undefined {
  if (rest.length < 4) return undefined;
  const e = resolve(rest);
  if (e === undefined || (e.v <= 0 && e.nv === undefined) || (e.nv !== undefined && e.nv >= 0)) return undefined;
  return { v: e.nv ?? clampValence(-0.9 * e.v), nv: undefined };
}

function resolveEnglish(word: string): SentimentEntry | undefined {
  return resolveEnglishSimple(word) ?? (word.startsWith('un') ? negativePrefix(word.slice(2), resolveEnglishSimple) : undefined);
}

// ---- Dutch ------------------------------------------------------------------------------------

const nlLexicon = parseLexicon(NL_GENERAL);
parseLexicon(NL_DOMAIN, nlLexicon);
parseLexicon(NL_PHRASES, nlLexicon);
const NL_WORDS = nlLexicon.words;
const NL_PREFIXES = [...parseNumbers(NL_COMPOUND_PREFIXES)].sort((a, b) => b[0].length - a[0].length);
const NL_NOUNS = parseNumbers(NL_COMPOUND_NOUNS);

/** A Dutch word or one of its base forms; `minBase` is the shortest base form accepted. */
function resolveDutchSimple(word: string, minBase = 0): SentimentEntry | undefined {
  const exact = word.length >= minBase ? NL_WORDS.get(word) : undefined;
  if (exact !== undefined) return exact;
  for (const c of dutchCandidates(word)) {
    if (c.length < minBase) continue;
    const e = NL_WORDS.get(c);
    if (e !== undefined) return e;
  }
  return undefined;
}

function isDutchNoun(word: string): boolean {
  if (NL_NOUNS.has(word)) return true;
  for (const c of dutchCandidates(word)) if (NL_NOUNS.has(c)) return true;
  return false;
}

/**
 * Longest known tail of a compound ("stroomstoring" -> "storing"), head at least 3 letters and
 * the tail's base form at least 4 (so "geschrapt" does not end in "rap").
 */
function resolveDutchTail(word: string): SentimentEntry | undefined {
  for (let i = 3; i <= word.length - 4; i++) {
    const e = resolveDutchSimple(word.slice(i), 4);
    if (e !== undefined) return e.v === 0 && e.nv === undefined ? undefined : e;
  }
  return undefined;
}

function resolveDutch(word: string): SentimentEntry | undefined {
  const simple = resolveDutchSimple(word);
  if (simple !== undefined) return simple;
  if (word.length < 6) return undefined;
  if (word.startsWith('on')) {
    const negated = negativePrefix(word.slice(2), (w) => resolveDutchSimple(w, 4));
    if (negated !== undefined) return negated;
  }
  // Sentiment or intensifier heads: "supersnel", "kutapp", "topservice", "rotzooi".
  for (const [prefix, value] of NL_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    const rest = word.slice(prefix.length);
    const restEntry = resolveDutchSimple(rest) ?? resolveDutchTail(rest);
    const isFactor = value > 0 && value < 2;
    if (isFactor) {
      if (restEntry !== undefined && restEntry.v !== 0) return { v: clampValence(restEntry.v * value), nv: undefined };
      continue;
    }
    if (restEntry !== undefined && restEntry.v !== 0 && Math.sign(restEntry.v) === Math.sign(value)) {
      return { v: clampValence(restEntry.v * 1.3), nv: undefined };
    }
    if (restEntry !== undefined || isDutchNoun(rest)) return { v: value, nv: undefined };
  }
  return resolveDutchTail(word);
}

function clampValence(v: number): number {
  return Math.max(-4, Math.min(4, v));
}

// ---- Packs ------------------------------------------------------------------------------------

const EN_BOOSTER_MAP = parseNumbers(EN_BOOSTERS);
const NL_BOOSTER_MAP = parseNumbers(NL_BOOSTERS);

function split(map: Map<string, number>): [Map<string, number>, Map<string, number>] {
  const single = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (const [k, v] of map) (k.includes(' ') ? bigram : single).set(k, v);
  return [single, bigram];
}

const [enBoost, enBigramBoost] = split(EN_BOOSTER_MAP);
const [nlBoost, nlBigramBoost] = split(NL_BOOSTER_MAP);
const enNegators = parseNumbers(EN_NEGATORS);
const nlNegators = parseNumbers(NL_NEGATORS);
const enPhrases = indexPhrases(enLexicon.phrases);
const nlPhrases = indexPhrases(nlLexicon.phrases);

// English words that are Dutch function words: ignored when the language is unknown.
const DUTCH_LOOKALIKES = new Set(['die', 'door', 'hoe', 'bad', 'slim', 'kind', 'even', 'want', 'ben', 'hel', 'lief', 'arm', 'rot', 'top']);

function merge<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Map<K, V> {
  return new Map([...b, ...a]);
}

/** English lexicon pack (VADER seed + CX layer). */
export const EN_PACK: LanguagePack = {
  lang: 'en',
  phrases: enPhrases,
  boosters: enBoost,
  bigramBoosters: enBigramBoost,
  negators: enNegators,
  contrast: new Set(EN_CONTRAST),
  concessive: new Set(EN_CONCESSIVE),
  lookup: memoize(resolveEnglish),
};

/** Dutch lexicon pack (hand-written, with inflection and compound matching). */
export const NL_PACK: LanguagePack = {
  lang: 'nl',
  phrases: nlPhrases,
  boosters: nlBoost,
  bigramBoosters: nlBigramBoost,
  negators: nlNegators,
  contrast: new Set(NL_CONTRAST),
  concessive: new Set(NL_CONCESSIVE),
  lookup: memoize((w) => resolveDutch(stripDiacritics(w))),
};

const mergedPhrases = new Map<string, Phrase[]>();
for (const [k, list] of [...enPhrases, ...nlPhrases]) {
  mergedPhrases.set(k, [...(mergedPhrases.get(k) ?? []), ...list].sort((a, b) => b.words.length - a.words.length));
}

/** Both lexicons, for short texts whose language could not be determined. */
export const UND_PACK: LanguagePack = {
  lang: 'und',
  phrases: mergedPhrases,
  boosters: merge(nlBoost, enBoost),
  bigramBoosters: merge(nlBigramBoost, enBigramBoost),
  negators: merge(nlNegators, enNegators),
  contrast: new Set([...EN_CONTRAST, ...NL_CONTRAST]),
  concessive: new Set([...EN_CONCESSIVE, ...NL_CONCESSIVE]),
  lookup: memoize((w) => NL_PACK.lookup(w) ?? (DUTCH_LOOKALIKES.has(w) ? undefined : EN_PACK.lookup(w))),
};

/** No word lexicon (a language we have none for): only emoji and emoticons count. */
export const NONE_PACK: LanguagePack = {
  lang: 'none',
  phrases: new Map(),
  boosters: new Map(),
  bigramBoosters: new Map(),
  negators: new Map(),
  contrast: new Set(),
  concessive: new Set(),
  lookup: () => undefined,
};

/** The lexicon pack for an ISO 639-1 code ('und' -> both lexicons, unknown languages -> none). */
export function packFor(language: string): LanguagePack {
  if (language === 'nl') return NL_PACK;
  if (language === 'en') return EN_PACK;
  if (language === 'und') return UND_PACK;
  return NONE_PACK;
}

/** The lexicon language for an ISO 639-1 code. */
export function lexiconLanguage(language: string): LexiconLanguage {
  return packFor(language).lang;
}
