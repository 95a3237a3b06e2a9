/**
 * Lexicon-based sentiment for English and Dutch, in the spirit of VADER: valences from the
 * lexicons, scaled by intensifiers, negation scope (including Dutch post-verbal "niet"), contrast
 * ("maar", "but"), caps, elongation, "!!!", emoji/emoticons and common sarcasm patterns.
 */
import type { Sentiment, SentimentLabel } from '../schema/feedback.ts';
import { EMOJI_VALENCE, emoticonValence } from './emoji.ts';
import { type LanguagePack, type Phrase, packFor, type SentimentEntry, stripDiacritics } from './lexicon.ts';
import { type Token, type TokenizedText, tokenize } from './tokenize.ts';

/** One sentiment-bearing stretch of tokens (a word, a phrase or an emoji) and its final value. */
export interface SentimentUnit {
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'phrase' | 'emoji' | 'rule';
  /** Lexicon valence before modifiers. */
  readonly base: number;
  /** Valence after intensifiers, negation, caps, sarcasm and clause weights. */
  value: number;
  negated: boolean;
  sarcastic: boolean;
  readonly entry: SentimentEntry | undefined;
}

/** Sentiment plus the evidence the emotion step reuses. */
export interface SentimentAnalysis {
  readonly sentiment: Sentiment;
  readonly units: readonly SentimentUnit[];
  /** Sum of positive and of negative evidence (absolute). */
  readonly positive: number;
  readonly negative: number;
  /** A sarcasm pattern fired (praise words used to complain). */
  readonly sarcasm: boolean;
  /** 1 for every token inside a negated unit. */
  readonly negatedTokens: readonly number[];
}

const CAPS_INCREMENT = 0.733;
const NEGATION_SCOPE = 3;
const POSTPOSED_NEGATION_SCOPE = 5;

// Negation is cancelled by "niet alleen" / "not only" (additive, not negating).
const NEGATION_CANCELLERS = new Set(['alleen', 'enkel', 'only', 'just', 'even', 'eens', 'zomaar']);
// Negation scope ends at a conjunction.
const SCOPE_BREAKERS = new Set(['en', 'and', 'of', 'or', 'want', 'omdat', 'because', 'dus', 'so', 'terwijl']);
const NEVER_AGAIN_TAIL = new Set(['meer', 'weer', 'again']);
const NEVER_WORDS = new Set(['nooit', 'never']);
// Salutations whose words would otherwise read as praise ("Beste klantenservice").
const GREETINGS = new Set(['beste', 'geachte', 'dear', 'lieve']);
const LIKE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'really', 'do', "don't", 'dont', 'did', "didn't", 'would', "i'd", 'still', 'also', 'totally', 'absolutely']);

/** Words that mark a repeated failure; after sarcastic praise they reveal the irony. */
export const REPETITION_MARKERS: ReadonlySet<string> = new Set([
  'weer', 'alweer', 'opnieuw', 'wederom', 'nogmaals', 'zoveelste', 'again', 'another', 'yet',
]);
const SARCASM_OPENERS = new Set(['oh', 'o', 'nou', 'wow', 'ach', 'ah', 'well', 'just', 'echt', 'really', 'nee', 'jee', 'jeetje', 'gosh']);
const SARCASM_PARTICLES = new Set(['hoor', 'zeg', 'joh', 'he', 'hè', 'dan', 'man', 'guys', 'thanks', 'bedankt']);
const SARCASTIC_PHRASES = new Set([
  'thanks for nothing', 'thank you for nothing', 'bedankt voor niks', 'bedankt voor niets', 'dank voor niks',
  'dank je de koekoek', 'yeah right', 'lekker bezig',
]);
const IRONY_EMOJI = new Set(['🙄', '🙃', '🤡']);
const GRATITUDE_WORDS = new Set(['thanks', 'thank', 'thx', 'bedankt', 'dank', 'dankjewel', 'dankje', 'merci']);
const FOR_WORDS = new Set(['for', 'voor']);
const LOVE_HOW = new Set(['how', 'when', 'waiting', 'als', 'wanneer', 'hoe']);
const QUOTES = new Set(['"', '“', '”', '„']);
const SO_CALLED = new Set(['zogenaamd', 'zogenaamde', 'zgn', 'quote-unquote', 'supposedly']);

const COMPLAINT_QUESTION_WORDS = new Set(['waarom', 'hoezo', 'why']);

/** Whether the sentence of token i ends with a question mark. */
function endsWithQuestion(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text.includes('?')) return true;
  }
  return false;
}

function isWordLike(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

function phraseWordMatches(pattern: string, token: Token | undefined): boolean {
  if (!isWordLike(token)) return false;
  const norm = token!.norm;
  if (pattern.endsWith('*')) return norm.startsWith(pattern.slice(0, -1));
  return norm === pattern || stripDiacritics(norm) === pattern;
}

function matchPhrase(phrases: readonly Phrase[] | undefined, tokens: readonly Token[], i: number): Phrase | undefined {
  if (phrases === undefined) return undefined;
  const sentence = tokens[i]!.sentence;
  outer: for (const p of phrases) {
    for (let k = 1; k < p.words.length; k++) {
      const t = tokens[i + k];
      if (t === undefined || t.sentence !== sentence || !phraseWordMatches(p.words[k]!, t)) continue outer;
    }
    return p;
  }
  return undefined;
}

function lookupToken(pack: LanguagePack, t: Token): SentimentEntry | undefined {
  const e = pack.lookup(t.norm);
  if (e !== undefined || !t.elongated) return e;
  // "sloooow" was normalised to "sloow"; also try a single letter.
  return pack.lookup(t.text.toLowerCase().replace(/(\p{L})\1+/gu, '$1'));
}

function hasPolarity(e: SentimentEntry | undefined): e is SentimentEntry {
  return e !== undefined && (e.v !== 0 || e.nv !== undefined);
}

function nextWordIndex(tokens: readonly Token[], i: number): number {
  const t = tokens[i + 1];
  return t !== undefined && t.kind === 'word' && t.clause === tokens[i]!.clause ? i + 1 : -1;
}

/** Finds the sentiment units of a tokenised text (no modifiers applied yet). */
function findUnits(tokens: readonly Token[], pack: LanguagePack, unitAt: number[]): SentimentUnit[] {
  const units: SentimentUnit[] = [];
  let firstWord = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'emoji' || t.kind === 'emoticon') {
      const v = t.kind === 'emoji' ? EMOJI_VALENCE.get(t.text) : emoticonValence(t.text);
      if (v !== undefined) {
        unitAt[i] = units.length;
        units.push({ start: i, end: i + 1, kind: 'emoji', base: v, value: v, negated: false, sarcastic: false, entry: undefined });
      }
      continue;
    }
    if (!isWordLike(t)) continue;
    const phrase = matchPhrase(pack.phrases.get(t.norm), tokens, i);
    if (phrase !== undefined) {
      const end = i + phrase.words.length;
      const key = phrase.words.join(' ');
      for (let k = i; k < end; k++) unitAt[k] = units.length;
      units.push({
        start: i, end, kind: 'phrase', base: phrase.entry.v, value: phrase.entry.v, negated: false,
        sarcastic: SARCASTIC_PHRASES.has(key), entry: phrase.entry,
      });
      i = end - 1;
      firstWord = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    const wasFirst = firstWord;
    firstWord = false;
    if (pack.negators.has(t.norm)) continue;
    if (wasFirst && GREETINGS.has(t.norm)) continue;
    // "Waarom is mijn factuur zo hoog?": a why-question in feedback is a complaint.
    if (COMPLAINT_QUESTION_WORDS.has(t.norm) && pack.lang !== 'none' && endsWithQuestion(tokens, i)) {
      unitAt[i] = units.length;
      units.push({ start: i, end: i + 1, kind: 'rule', base: -1, value: -1, negated: false, sarcastic: false, entry: undefined });
      continue;
    }
    let entry = lookupToken(pack, t);
    if (t.norm === 'like' && pack.lang !== 'nl') {
      const prev = tokens[i - 1];
      entry = prev !== undefined && LIKE_SUBJECTS.has(prev.norm) ? { v: 1.6, nv: undefined } : undefined;
    }
    if (t.norm === 'kind' && tokens[i + 1]?.norm === 'of') continue;
    if (!hasPolarity(entry)) continue;
    // A word that is both a booster and evaluative ("vreselijk", "pretty") boosts when an
    // evaluative word follows: "vreselijk traag", "pretty good".
    if (pack.boosters.has(t.norm)) {
      const j = nextWordIndex(tokens, i);
      if (j >= 0 && hasPolarity(lookupToken(pack, tokens[j]!))) continue;
    }
    unitAt[i] = units.length;
    units.push({ start: i, end: i + 1, kind: 'word', base: entry.v, value: entry.v, negated: false, sarcastic: false, entry });
  }
  return units;
}

/** Product of booster factors in the few words before a unit, and whether a negator sits between. */
function boosterFactor(tokens: readonly Token[], pack: LanguagePack, unit: SentimentUnit, unitAt: number[]): number {
  let factor = 1;
  const clause = tokens[unit.start]!.clause;
  let j = unit.start - 1;
  let seen = 0;
  while (j >= 0 && seen < 3) {
    const t = tokens[j]!;
    if (t.clause !== clause || t.kind !== 'word' || unitAt[j]! >= 0) break;
    if (pack.negators.has(t.norm)) break;
    const prev = tokens[j - 1];
    const bigram = prev !== undefined && prev.clause === clause ? pack.bigramBoosters.get(`${prev.norm} ${t.norm}`) : undefined;
    if (bigram !== undefined) {
      factor *= bigram;
      j -= 2;
      seen += 2;
      continue;
    }
    const b = pack.boosters.get(t.norm);
    if (b !== undefined) factor *= b;
    j--;
    seen++;
  }
  return Math.max(0.4, Math.min(2, factor));
}

/** Resolves negation scopes and negates the targeted units. */
function applyNegation(
  tokens: readonly Token[],
  pack: LanguagePack,
  units: SentimentUnit[],
  unitAt: number[],
  negatedTokens: number[],
): void {
  const postposed = pack.lang === 'nl' || pack.lang === 'und';
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.kind !== 'word' || unitAt[n]! >= 0) continue;
    const factor = pack.negators.get(t.norm);
    if (factor === undefined) continue;
    const next = tokens[n + 1];
    if (next !== undefined && NEGATION_CANCELLERS.has(next.norm)) continue;
    let target = -1;
    let boosted = false;
    // Forward: "niet goed", "not very good", "geen probleem".
    for (let k = n + 1, words = 0; k < tokens.length && words < NEGATION_SCOPE; k++) {
      const f = tokens[k]!;
      if (f.clause !== t.clause || !isWordLike(f)) break;
      if (unitAt[k]! >= 0) {
        target = unitAt[k]!;
        break;
      }
      if (pack.negators.has(f.norm) || SCOPE_BREAKERS.has(f.norm) || pack.contrast.has(f.norm)) break;
      if (pack.boosters.has(f.norm)) boosted = true;
      words++;
    }
    // Backward, Dutch word order: "het werkt al dagen niet", "bevalt me niet".
    if (target < 0 && postposed) {
      for (let k = n - 1, words = 0; k >= 0 && words < POSTPOSED_NEGATION_SCOPE; k--) {
        const b = tokens[k]!;
        if (b.clause !== t.clause || !isWordLike(b)) break;
        const u = unitAt[k]!;
        if (u >= 0) {
          if (!units[u]!.negated && units[u]!.kind !== 'emoji') target = u;
          break;
        }
        if (SCOPE_BREAKERS.has(b.norm) || pack.contrast.has(b.norm)) break;
        words++;
      }
      boosted = false;
    }
    if (target >= 0) {
      const u = units[target]!;
      if (u.negated) continue;
      u.negated = true;
      const negated = u.entry?.nv ?? u.value * factor;
      u.value = boosted ? negated * 0.7 : negated;
      for (let k = u.start; k < u.end; k++) negatedTokens[k] = 1;
      continue;
    }
    // "nooit meer", "never again" with nothing to negate: a strong negative on its own.
    if (NEVER_WORDS.has(t.norm) && next !== undefined && NEVER_AGAIN_TAIL.has(next.norm)) {
      unitAt[n] = units.length;
      units.push({ start: n, end: n + 2, kind: 'rule', base: -2, value: -2, negated: false, sarcastic: false, entry: undefined });
    }
  }
}

function isPositiveUnit(u: SentimentUnit | undefined): boolean {
  return u !== undefined && u.value > 0 && u.kind !== 'emoji';
}

function flip(u: SentimentUnit): void {
  u.value = -Math.abs(u.value) * 0.9;
  u.sarcastic = true;
}

/** Turns praise used ironically into complaint; returns whether any sarcasm was found. */
/** Whether the rest of the sentence (or the next one) brings bad news: a repetition or a complaint. */
function restHasBadNews(tokens: readonly Token[], units: readonly SentimentUnit[], unitAt: readonly number[], pack: LanguagePack, from: number, sentence: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence > sentence + 1) break;
    if (pack.contrast.has(t.norm)) return false;
    if (REPETITION_MARKERS.has(t.norm)) return true;
    const u = unitAt[k]!;
    if (u >= 0 && units[u]!.value < 0) return true;
  }
  return false;
}

function applySarcasm(tokens: readonly Token[], units: SentimentUnit[], unitAt: number[], pack: LanguagePack): boolean {
  let sarcasm = units.some((u) => u.sarcastic);
  if (!units.some(isPositiveUnit)) return sarcasm;
  const sentenceStart: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (sentenceStart[tokens[i]!.sentence] === undefined) sentenceStart[tokens[i]!.sentence] = i;

  for (const u of units) {
    if (!isPositiveUnit(u) || u.negated) continue;
    const first = tokens[u.start]!;
    const sStart = sentenceStart[first.sentence]!;
    // Pattern 1: "Geweldig, alweer een storing", "Great, another outage", "Super hoor, weer kapot".
    let opener = sStart;
    while (opener < u.start && SARCASM_OPENERS.has(tokens[opener]!.norm)) opener++;
    if (opener === u.start) {
      let after = u.end;
      while (tokens[after] !== undefined && SARCASM_PARTICLES.has(tokens[after]!.norm)) after++;
      const sep = tokens[after];
      if (sep !== undefined && (sep.kind === 'punct' || IRONY_EMOJI.has(sep.text)) && sep.norm !== '?' && restHasBadNews(tokens, units, unitAt, pack, after + 1, first.sentence)) {
        flip(u);
        sarcasm = true;
        continue;
      }
    }
    // Pattern 2: "I love how it crashes again", "Heerlijk als de app weer vastloopt".
    const nextNorm = tokens[u.end]?.norm ?? '';
    const nextNext = tokens[u.end + 1]?.norm ?? '';
    if ((LOVE_HOW.has(nextNorm) || (nextNorm === 'it' && nextNext === 'when')) && restHasBadNews(tokens, units, unitAt, pack, u.end, first.sentence)) {
      flip(u);
      sarcasm = true;
      continue;
    }
    // Pattern 3: thanks for (the) failure: "Bedankt voor weer een storing", "Thanks for ruining my day".
    if (GRATITUDE_WORDS.has(first.norm)) {
      let k = u.end;
      while (tokens[k] !== undefined && tokens[k]!.kind === 'word' && !FOR_WORDS.has(tokens[k]!.norm) && k - u.end < 3) k++;
      if (tokens[k] !== undefined && FOR_WORDS.has(tokens[k]!.norm)) {
        const a = tokens[k + 1];
        const b = tokens[k + 2];
        const ua = a !== undefined ? unitAt[k + 1]! : -1;
        const ub = b !== undefined ? unitAt[k + 2]! : -1;
        if (
          (a !== undefined && REPETITION_MARKERS.has(a.norm)) ||
          (b !== undefined && REPETITION_MARKERS.has(b.norm)) ||
          (ua >= 0 && units[ua]!.value < 0) ||
          (ub >= 0 && units[ub]!.value < 0)
        ) {
          flip(u);
          sarcasm = true;
          continue;
        }
      }
    }
    // Pattern 4: scare quotes or "so-called" around praise: de "snelle" levering, the so-called fast delivery.
    const before = tokens[u.start - 1]?.norm ?? '';
    const soCalled = SO_CALLED.has(before) || (before === 'called' && tokens[u.start - 2]?.norm === 'so');
    if (soCalled || (QUOTES.has(before) && QUOTES.has(tokens[u.end]?.text ?? ''))) {
      flip(u);
      sarcasm = true;
    }
  }
  // Pattern 5: praise next to an eye-roll emoji in the same sentence: "Top service 🙄".
  let ironic: Set<number> | undefined;
  for (const t of tokens) {
    if (t.kind !== 'emoji' || !IRONY_EMOJI.has(t.text)) continue;
    if (ironic === undefined) ironic = new Set();
    ironic.add(t.sentence);
  }
  if (ironic !== undefined) {
    for (const u of units) {
      if (isPositiveUnit(u) && !u.sarcastic && ironic.has(tokens[u.start]!.sentence)) {
        flip(u);
        sarcasm = true;
      }
    }
  }
  return sarcasm;
}

/** Clause weights: contrast, concession, questions and exclamation marks. */
function applyClauseWeights(tokens: readonly Token[], units: SentimentUnit[], pack: LanguagePack): void {
  if (units.length === 0) return;
  const sentences = tokens[tokens.length - 1]!.sentence + 1;
  const contrastAt: number[] = new Array(sentences).fill(-1);
  const contrastOpens: number[] = new Array(sentences).fill(0);
  const exclaim: number[] = new Array(sentences).fill(0);
  const question: number[] = new Array(sentences).fill(0);
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const firstOfSentence = t.sentence !== prevSentence;
    prevSentence = t.sentence;
    if (t.kind === 'word' && pack.contrast.has(t.norm) && (t.norm !== 'alleen' || firstOfSentence)) {
      contrastAt[t.sentence] = i;
      if (firstOfSentence || (i > 0 && tokens[i - 1]!.sentence !== t.sentence)) contrastOpens[t.sentence] = 1;
    } else if (t.kind === 'punct') {
      let bangs = 0;
      for (const c of t.text) if (c === '!') bangs++;
      if (bangs > 0) exclaim[t.sentence] = Math.min(4, exclaim[t.sentence]! + bangs);
      if (t.text.includes('?')) question[t.sentence] = 1;
    }
  }
  let concessiveClause: Set<number> | undefined;
  for (const t of tokens) {
    if (t.kind !== 'word' || !pack.concessive.has(t.norm)) continue;
    if (concessiveClause === undefined) concessiveClause = new Set();
    concessiveClause.add(t.clause);
  }

  for (const u of units) {
    const t = tokens[u.start]!;
    const s = t.sentence;
    let w = 1;
    const c = contrastAt[s]!;
    if (c >= 0) w *= u.start > c ? 1.5 : 0.5;
    // A sentence opened by "Maar ..."/"However, ..." outweighs the sentence before it.
    else if (s + 1 < sentences && contrastOpens[s + 1] === 1) w *= 0.5;
    if (concessiveClause?.has(t.clause)) w *= 0.5;
    if (question[s] === 1 && u.value > 0 && !u.sarcastic) w *= 0.5;
    if (exclaim[s]! > 0) w *= 1 + 0.1 * exclaim[s]!;
    u.value *= w;
  }
}

const SCORE_DAMPING = 0.8;

/** Turns positive/negative evidence into label + scores that sum to 1. */
export function toSentiment(positive: number, negative: number): Sentiment {
  const total = positive + negative;
  if (total < 0.05) return { label: 'NEUTRAL', scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 } };
  const polar = total / (total + SCORE_DAMPING);
  const weak = Math.min(positive, negative);
  const balance = weak / Math.max(positive, negative);
  // Both sides must carry real evidence (about one clear word each) before a text counts as mixed.
  const gate = Math.max(0, Math.min(1, (weak - 1.0) / 1.0));
  const mixed = polar * balance * gate;
  const rest = polar - mixed;
  const raw = { positive: (rest * positive) / total, negative: (rest * negative) / total, neutral: 1 - polar, mixed };
  const scores = {
    positive: round4(raw.positive),
    negative: round4(raw.negative),
    neutral: round4(raw.neutral),
    mixed: round4(raw.mixed),
  };
  let label: SentimentLabel = 'NEUTRAL';
  let best = scores.neutral;
  if (scores.positive > best) {
    label = 'POSITIVE';
    best = scores.positive;
  }
  if (scores.negative > best) {
    label = 'NEGATIVE';
    best = scores.negative;
  }
  if (scores.mixed > best) label = 'MIXED';
  // Put the rounding residue on the winning score so the four sum to exactly 1.
  const residue = round4(1 - scores.positive - scores.negative - scores.neutral - scores.mixed);
  const key = label.toLowerCase() as keyof typeof scores;
  scores[key] = round4(scores[key] + residue);
  return { label, scores };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * Sentiment of an already tokenised text, with the evidence (units, negation, sarcasm) that the
 * emotion step reuses. `language` is an ISO 639-1 code; 'und' uses both lexicons.
 */
export function analyzeSentiment(tokenized: TokenizedText, language: string): SentimentAnalysis {
  const pack = packFor(language);
  const { tokens } = tokenized;
  const unitAt: number[] = new Array(tokens.length).fill(-1);
  const negatedTokens: number[] = new Array(tokens.length).fill(0);
  const units = findUnits(tokens, pack, unitAt);
  const allCaps = tokenized.words > 1 && tokenized.capsWords === tokenized.words;

  for (const u of units) {
    if (u.kind === 'emoji') continue;
    u.value = u.base * boosterFactor(tokens, pack, u, unitAt);
  }
  applyNegation(tokens, pack, units, unitAt, negatedTokens);
  for (const u of units) {
    if (u.kind === 'emoji' || u.value === 0) continue;
    const t = tokens[u.start]!;
    if (t.caps && !allCaps && t.text.length > 1) u.value += Math.sign(u.value) * CAPS_INCREMENT;
    else if (allCaps) u.value *= 1.15;
    if (t.elongated) u.value *= 1.2;
  }
  const sarcasm = applySarcasm(tokens, units, unitAt, pack);
  applyClauseWeights(tokens, units, pack);

  let positive = 0;
  let negative = 0;
  for (const u of units) {
    if (u.value > 0) positive += u.value;
    else negative -= u.value;
  }
  return { sentiment: toSentiment(positive, negative), units, positive, negative, sarcasm, negatedTokens };
}

/**
 * Sentiment of a text in a given language (ISO 639-1; 'und' = try English and Dutch).
 * @example scoreSentiment('De levering was niet goed', 'nl').label // 'NEGATIVE'
 */
export function scoreSentiment(text: string, language: string): Sentiment {
  return analyzeSentiment(tokenize(text), language).sentiment;
}
