/**
 * Trigger-word gates for the big cue regexes (signals, emotion phrases): each regex is registered
 * with words one of which every match contains as a whole word, so it only runs on texts that
 * contain one. The words of a text are read from its tokens once, as a bit set of the gates they open.
 *
 * Tokens and the regexes' `\b` agree on what a word is only for plain ASCII text; for any other
 * text (accents, emoji, emoticons, URLs, placeholders, odd symbols) every gate is open.
 */
import type { TokenizedText } from './tokenize.ts';

/** Every gate open: what a caller without tokens passes. */
export const ALL_GATES = -1;

const gatesByWord = new Map<string, number>();
let gateCount = 0;

/** Registers a gate opened by any of `words` (lower case, letters only); returns its bit. */
export function registerGate(words: Iterable<string>): number {
  if (gateCount >= 31) throw new Error('too many trigger gates');
  const bit = 1 << gateCount++;
  for (const w of words) gatesByWord.set(w, (gatesByWord.get(w) ?? 0) | bit);
  return bit;
}

/** Characters whose tokenisation is known to match the regexes' word boundaries. */
const PLAIN_TEXT_RE = /^[a-zA-Z0-9 \t\r\n.,!?'’"()/&%+*@#-]*$/;

/** The gates (bits) opened by the words of a tokenised text. */
export function openGates(tokenized: TokenizedText): number {
  if (!PLAIN_TEXT_RE.test(tokenized.text)) return ALL_GATES;
  let gates = 0;
  for (const t of tokenized.tokens) {
    if (t.kind === 'url' || t.kind === 'emoticon' || t.kind === 'placeholder') return ALL_GATES;
    if (t.kind !== 'word') continue;
    gates |= gatesByWord.get(t.norm) ?? 0;
    // "don't" is one token but two words to a regex.
    if (t.norm.includes("'")) for (const piece of t.norm.split("'")) gates |= gatesByWord.get(piece) ?? 0;
  }
  return gates;
}
