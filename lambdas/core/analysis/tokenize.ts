/**
 * One-pass tokeniser shared by every analysis step (sentiment, emotions, topics, signals), so a
 * text is split exactly once per analysis. A hand-written scanner: it is the hottest loop of the
 * analyzer, and a single alternation regex was twice as slow.
 */

/** What a token is; only `word` tokens carry lexical meaning. */
export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'placeholder' | 'url' | 'punct';

/** One token of a text, with the surface features the analyzers need. */
export interface Token {
  /** The text as written. */
  readonly text: string;
  /** Lower-cased; curly apostrophes straightened; letter runs of 3+ collapsed to 2 ("sloooow" -> "sloow"). */
  readonly norm: string;
  readonly kind: TokenKind;
  /** Offset of the token in the source text. */
  readonly start: number;
  /** Word written in capitals (2+ letters), e.g. "NEVER". */
  readonly caps: boolean;
  /** Word with a letter repeated 3+ times ("heeeel"). */
  readonly elongated: boolean;
  /** Index of the sentence (split on . ! ? … and line breaks). */
  readonly sentence: number;
  /** Index of the clause (sentences further split on , ; : ( ) and dashes). */
  readonly clause: number;
}

/** A tokenised text: tokens plus text-level features. */
export interface TokenizedText {
  /** The source text. */
  readonly text: string;
  readonly tokens: Token[];
  /** Number of sentences. */
  readonly sentences: number;
  /** Words written in capitals (2+ letters). */
  readonly capsWords: number;
  /** Words with letters. */
  readonly words: number;
}

const PLACEHOLDER_RE = /\[(?:EMAIL|PHONE|IBAN|CARD|BSN|POSTCODE|URL|HANDLE)\]/y;
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"]+/iy;
const EMOTICON_RE = /<3+|>:-?\(|:['’]-?\(|[:;=][-^]?[)(/\\|DPpSsOo@*\][]+(?![\p{L}\d])|[xX][-^]?[DPp](?![\p{L}\d])|\^\^/uy;
const NUMBER_RE = /\d+(?:[.,:]\d+)*/y;
const EMOJI_RE = /\p{Extended_Pictographic}/uy;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
const LETTER_RE = /\p{L}/u;

const ELONGATION_RE = /(\p{L})\1{2,}/gu;
const ELONGATION_TEST_RE = /(\p{L})\1{2,}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const CURLY_APOSTROPHE_RE = /’/g;

// Punctuation that ends a sentence (! ? . …) or a clause (, ; : ( ) dashes); quotes end nothing.
const SENTENCE_END = new Set(['!', '?', '.', '…']);
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '–', '—']);
const QUOTE_CHARS = new Set(['"', '“', '”', '„']);

function isLetterAt(text: string, i: number, allowMarks: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Surrogate pairs are emoji or rare scripts: not word characters here.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (allowMarks ? LETTER_OR_MARK_RE : LETTER_RE).test(text[i]!);
}

/** Length of the sticky regex match at i, or 0. */
function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

/** Normalises a word for lexicon look-up: lower case, straight apostrophes, runs of 3+ letters cut to 2. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(CURLY_APOSTROPHE_RE, "'");
  return ELONGATION_TEST_RE.test(w) ? w.replace(ELONGATION_RE, '$1$1') : w;
}

/**
 * Splits a text into tokens with sentence and clause indexes.
 * @example tokenize('Super app!!! Maar crasht :(').tokens.map((t) => t.norm)
 * // ['super', 'app', '!!!', 'maar', 'crasht', ':(']
 */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let capsWords = 0;
  let words = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    if (c === 10) {
      // A line break ends the sentence.
      const last = tokens[tokens.length - 1];
      if (last !== undefined && last.sentence === sentence) {
        sentence++;
        clause++;
      }
      i++;
      continue;
    }
    let kind: TokenKind | undefined;
    let len = 0;
    if (c === 91) {
      len = matchAt(PLACEHOLDER_RE, text, i);
      if (len > 0) kind = 'placeholder';
    } else if (c === 104 || c === 119 || c === 72 || c === 87) {
      len = matchAt(URL_RE, text, i);
      if (len > 0) kind = 'url';
    }
    // Emoticons start with : ; = x X < > ^
    if (kind === undefined && (c === 58 || c === 59 || c === 61 || c === 120 || c === 88 || c === 60 || c === 62 || c === 94)) {
      len = matchAt(EMOTICON_RE, text, i);
      if (len > 0) kind = 'emoticon';
    }
    if (kind === undefined && isLetterAt(text, i, false)) {
      let j = i + 1;
      while (j < n) {
        if (isLetterAt(text, j, true)) j++;
        else if ((text[j] === "'" || text[j] === '’') && j + 1 < n && isLetterAt(text, j + 1, false)) j += 2;
        else break;
      }
      const surface = text.slice(i, j);
      words++;
      const elongated = ELONGATION_TEST_RE.test(surface);
      let norm = surface.toLowerCase();
      const caps = surface.length >= 2 && norm !== surface && !HAS_LOWER_RE.test(surface);
      if (caps) capsWords++;
      if (norm.includes('’')) norm = norm.replace(CURLY_APOSTROPHE_RE, "'");
      if (elongated) norm = norm.replace(ELONGATION_RE, '$1$1');
      tokens.push({ text: surface, norm, kind: 'word', start: i, caps, elongated, sentence, clause });
      i = j;
      continue;
    }
    if (kind === undefined && c >= 48 && c <= 57) {
      len = matchAt(NUMBER_RE, text, i);
      kind = 'number';
    }
    if (kind === undefined && c >= 0x2000) {
      len = matchAt(EMOJI_RE, text, i);
      if (len > 0) kind = 'emoji';
    }
    if (kind !== undefined) {
      const surface = text.slice(i, i + len);
      const norm = kind === 'url' ? surface.toLowerCase() : surface;
      tokens.push({ text: surface, norm, kind, start: i, caps: false, elongated: false, sentence, clause });
      i += len;
      continue;
    }
    const ch = text[i]!;
    // A hashtag starts a clause of its own: "... nog steeds niks #klantonvriendelijk".
    if (c === 35 && i + 1 < n && isLetterAt(text, i + 1, false)) {
      const last = tokens[tokens.length - 1];
      if (last !== undefined && last.clause === clause) clause++;
      i++;
      continue;
    }
    if (ch === '!' || ch === '?' || ch === '.') {
      let j = i + 1;
      while (j < n && text[j] === ch) j++;
      const surface = text.slice(i, j);
      tokens.push({ text: surface, norm: surface, kind: 'punct', start: i, caps: false, elongated: false, sentence, clause });
      sentence++;
      clause++;
      i = j;
      continue;
    }
    if (SENTENCE_END.has(ch) || CLAUSE_END.has(ch) || QUOTE_CHARS.has(ch)) {
      tokens.push({ text: ch, norm: ch, kind: 'punct', start: i, caps: false, elongated: false, sentence, clause });
      if (SENTENCE_END.has(ch)) {
        sentence++;
        clause++;
      } else if (CLAUSE_END.has(ch)) {
        clause++;
      }
    }
    // Anything else (symbols, variation selectors, skin tones) is skipped.
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
  return { text, tokens, sentences, capsWords, words };
}
