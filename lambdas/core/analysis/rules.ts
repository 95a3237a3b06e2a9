/**
 * Construction rules for sentiment: evaluative meaning carried by a construction rather than by
 * an evaluative word. Each rule describes a class of phrasings, in English and Dutch, that customers
 * use to complain or praise without an opinion word:
 *
 * - fault reports: "still not", "nog steeds niet", "can't log in", "kan niet inloggen", "nobody
 *   answers", "niemand reageert", "received X instead of Y", "2 besteld, maar 1 gekregen",
 *   "paid twice", "dubbel afgeschreven", price rises ("raised my price", "prijzen omhoog");
 * - repetition: "again", "alweer", "for the third time", "voor de derde keer", "3e storing",
 *   "every time", "elke keer", "al drie keer";
 * - waiting: "took weeks", "doet er dagen over", "for 70 minutes", "al 50 minuten", "weeks later";
 * - unmet expectations and decline: "expected better", "had meer verwacht", "viel tegen",
 *   "used to be great", "vroeger was het beter", "what's the point", "makes no sense",
 *   "slaat nergens op", "not even", "niet eens", counterfactuals ("should have", "had ... moeten"),
 *   elliptic negation ("It isn't.", "Is het niet.");
 * - praise: "would order again", "bestel zeker nog eens", "viel mee", "this is why I stay",
 *   price decreases, ratings ("10/10", "2/5", "4 sterren").
 *
 * Rules are regular expressions over the normalised token stream (lower case, no diacritics,
 * tokens joined by single spaces), compiled once at module load and only run when one of their
 * trigger words occurs in the text, so the cost per text stays small. A rule's span replaces the
 * lexicon words inside it (so "expected better" does not count "better" as praise) and is never
 * negated again. `guard` rules are weak hints ("again", "al 3 dagen") that are dropped when their
 * sentence also contains praise ("would book again", "al een dag later binnen, top").
 */
import { stripDiacritics } from './lexicon.ts';
import type { TokenizedText } from './tokenize.ts';

/** A stretch of tokens [start, end) whose evaluative value comes from a construction rule. */
export interface RuleSpan {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Drop the span when its sentence also carries praise. */
  readonly guard: boolean;
}

interface Rule {
  readonly re: RegExp;
  readonly value: number;
  readonly guard: boolean;
  /** When set, only this capture group is the span (the regex then has the `d` flag). */
  readonly group: number;
}

type RuleLanguage = 'en' | 'nl';

interface RuleSpec {
  readonly lang: RuleLanguage;
  readonly value: number;
  readonly pattern: string;
  readonly triggers: readonly string[];
  readonly guard?: boolean;
  readonly group?: number;
}

const NUM_EN = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const NUM_NL = String.raw`(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)`;
const NEG_EN = "(?:not|no|nothing|never|haven't|havent|hasn't|hasnt|can't|cant|cannot|don't|dont|doesn't|doesnt|didn't|didnt|isn't|isnt|won't|wont|aren't|arent|wasn't|wasnt)";
const PRICE_EN = '(?:price|prices|rate|rates|tariff|tariffs|bill|bills|fee|fees|premium|premiums|subscription|payment|payments|cost|costs)';
const PRICE_NL = '(?:prijs|prijzen|tarief|tarieven|maandbedrag|termijnbedrag|voorschot|voorschotten|abonnementsprijs|kosten|rekening|vastrecht|premie)';
const WORD = "[a-z'0-9]+";
/** A clause end in the joined token string (punctuation token or end of text). */
const CLAUSE_END = '(?= [.!,;:…]| ?$)';

const SPECS: readonly RuleSpec[] = [
  // ---- English: fault reports --------------------------------------------------------------
  { lang: 'en', value: -1.4, pattern: String.raw`\b(still)(?= (?:(?:has|have|had|is|was|are|were|do|does|did) )?${NEG_EN}\b)`, triggers: ['still'], group: 1 },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:received|got|sent|delivered|gave|given|shipped|charged|billed)\b[^.!?]{0,40}\binstead of\b`, triggers: ['instead'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\binstead of\b[^.!?]{0,40}\b(?:received|got|sent|delivered|shipped)\b`, triggers: ['instead'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:ordered|bought|paid for)\b[^.!?]{0,40}\b(?:only|just) (?:got|received|${NUM_EN}|one|half)\b`, triggers: ['ordered', 'bought', 'paid'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:ordered|bought) ${NUM_EN}\b[^.!?]{0,30}\b(?:received|got) (?:only )?(?:${NUM_EN}|one)\b`, triggers: ['ordered', 'bought'] },
  { lang: 'en', value: -2.2, pattern: String.raw`\b(?:paid|charged|billed|debited)(?: me| us| for it)? (?:twice|double|two times|three times)\b|\b(?:double|twice|triple)(?: -)? ?(?:charged|billed|debited)\b`, triggers: ['twice', 'double', 'times', 'triple'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|not able to)(?: even)? (?:log|sign|access|pay|reach|get through|find|open|use|connect|load|see|download|login|order|cancel|contact|book|check in|top up|register|update|change|reset)\b`, triggers: ["can't", 'cant', 'cannot', 'can', "couldn't", 'couldnt', 'unable', 'able'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:nobody|no one)\b[^.!?,]{0,25}?\b(?:answers|answered|responds|responded|replies|replied|picks up|picked up|calls back|called back|gets back|got back|could explain|can explain|could help|can help|helps|helped|knows|knew|cares|bothered|is responsible|takes responsibility)\b`, triggers: ['nobody', 'one'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:raised|increased|hiked|upped|doubled|tripled|jacked up|bumped up)\b[^.!?,]{0,20}\b${PRICE_EN}\b`, triggers: ['raised', 'increased', 'hiked', 'upped', 'doubled', 'tripled', 'jacked', 'bumped'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b${PRICE_EN}\b[^.!?,]{0,25}\b(?:went up|gone up|goes up|going up|increased|doubled|tripled|rose|risen|rising|skyrocketed|keeps going up)\b`, triggers: ['up', 'increased', 'doubled', 'tripled', 'rose', 'risen', 'rising', 'skyrocketed'] },
  { lang: 'en', value: 1.4, pattern: String.raw`\b${PRICE_EN}\b[^.!?,]{0,25}\b(?:went down|gone down|goes down|decreased|dropped|fell|lowered|reduced)\b`, triggers: ['down', 'decreased', 'dropped', 'fell', 'lowered', 'reduced'] },
  // ---- English: repetition and waiting -----------------------------------------------------
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:again and again|over and over|time after time|every single time|each and every time)\b`, triggers: ['again', 'over', 'time'] },
  { lang: 'en', value: -1.4, pattern: String.raw`\b(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th)) time\b`, triggers: ['time'], guard: true },
  { lang: 'en', value: -0.8, pattern: String.raw`\bevery time\b`, triggers: ['time'], guard: true },
  { lang: 'en', value: -1.0, pattern: String.raw`\bagain\b`, triggers: ['again'], guard: true },
  { lang: 'en', value: -1.0, pattern: String.raw`\b(?:${NUM_EN}|multiple|several|many|countless) times\b(?! (?:a|per|each|every|more|less|as|cheaper|faster|better|the|bigger|higher|lower)\b)`, triggers: ['times'], guard: true },
  { lang: 'en', value: -1.4, pattern: String.raw`\b(?:takes|took|taking|take|taken) (?:literally |like )?(?:days|weeks|months|ages|forever|hours|an eternity)\b`, triggers: ['takes', 'took', 'taking', 'take', 'taken'] },
  { lang: 'en', value: -1.0, pattern: String.raw`\b(?:for|over|more than|nearly|almost) (?:${NUM_EN}|a few|several|many) (?:minutes|mins|hours|hrs)\b`, triggers: ['minutes', 'mins', 'hours', 'hrs'], guard: true },
  { lang: 'en', value: -1.2, pattern: String.raw`\b(?:${NUM_EN}|several|many) (?:days|weeks|months) (?:later|now|and counting|already)\b`, triggers: ['later', 'now', 'counting', 'already'], guard: true },
  // ---- English: unmet expectations, decline, indignation -----------------------------------
  { lang: 'en', value: -2.0, pattern: String.raw`\b(?:expected|expecting|hoped for|hoping for) (?:much |a lot |way |a bit |something |so much )?(?:more|better)\b`, triggers: ['expected', 'expecting', 'hoped', 'hoping'] },
  { lang: 'en', value: -1.8, pattern: String.raw`\bnot what (?:i|we) (?:expected|ordered|paid for|asked for|signed up for)\b`, triggers: ['what'] },
  { lang: 'en', value: -1.8, pattern: String.raw`\bused to be (?:so |really |very |pretty |much |a |quite )?(?:good|great|better|reliable|amazing|excellent|fantastic|the best|decent|fine|fast|quick|nice|cheap|affordable|brilliant|awesome|perfect|solid|good value)\b`, triggers: ['used'] },
  { lang: 'en', value: -1.2, pattern: String.raw`\b(?:should|shouldn't|shouldnt|should not|would) have (?:been|taken|had|come|arrived|told|said|sent|known|called|done|happened|mentioned|informed|warned|let|received)\b`, triggers: ['should', "shouldn't", 'shouldnt', 'would'] },
  { lang: 'en', value: -1.6, pattern: String.raw`\b(?:isn't|wasn't|aren't|weren't|didn't|doesn't|hasn't|haven't|won't|isnt|wasnt|didnt|doesnt|is not|was not|did not|does not|has not|were not|are not)${CLAUSE_END}`, triggers: ["isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "hasn't", "haven't", "won't", 'isnt', 'wasnt', 'didnt', 'doesnt', 'not'] },
  { lang: 'en', value: -1.2, pattern: String.raw`\b(?:not|never|won't|wont|don't|dont|didn't|didnt|can't|cant|couldn't|doesn't|doesnt|wouldn't|isn't|wasn't|haven't|hasn't) even\b`, triggers: ['even'] },
  { lang: 'en', value: -1.2, pattern: String.raw`\b(?:explain|tell me|tell us)(?: to me)? why\b`, triggers: ['why'] },
  { lang: 'en', value: -1.4, pattern: String.raw`\bhow (?:do|did|does|can|could) (?:you|they|anyone) (?:even |possibly )?manage to\b`, triggers: ['manage'] },
  { lang: 'en', value: -2.0, pattern: String.raw`\b(?:don't|dont|do not|never) (?:ever )?(?:book|buy|order|shop|fly|bank|use|go|sign up)\b(?: ${WORD}){0,2}? (?:with|from|at|here|them|this)\b`, triggers: ["don't", 'dont', 'do', 'never'] },
  { lang: 'en', value: -1.8, pattern: String.raw`\bwhat(?:'s| is) the point\b`, triggers: ['point'] },
  { lang: 'en', value: -2.0, pattern: String.raw`\b(?:loyalty|my loyalty|trust|my business|being a customer)\b(?: ${WORD})? (?:means|counts for|is worth|gets you) nothing\b`, triggers: ['nothing'] },
  { lang: 'en', value: -1.8, pattern: String.raw`\b(?:makes?|made) (?:no|zero|little) sense\b|\b(?:doesn't|does not|don't|do not|didn't|did not|doesnt|dont|didnt) make (?:any )?sense\b|\bnone of (?:it|them|this) makes? (?:any )?sense\b`, triggers: ['sense'] },
  { lang: 'en', value: -1.2, pattern: String.raw`\b(?:do something about (?:it|this)|please fix (?:it|this)|fix (?:it|this) (?:now|already|asap|please))\b`, triggers: ['something', 'fix'] },
  // ---- English: praise constructions -------------------------------------------------------
  { lang: 'en', value: 1.8, pattern: String.raw`\bwould (?!never\b|not\b)(?:${WORD} ){1,3}?again\b`, triggers: ['again'] },
  { lang: 'en', value: 1.8, pattern: String.raw`\b(?:will|i'll|we'll|i'd|we'd|definitely|certainly|happily|gladly)\b(?: (?!never\b|not\b)${WORD}){0,2} (?:order|buy|book|use|fly|shop|come back|return|bank|stay|go back)\b(?: ${WORD}){0,3}? again\b`, triggers: ['again'] },
  { lang: 'en', value: 2.0, pattern: String.raw`\b(?:this|that)(?: is|'s) why (?:i|we) (?:stay|stick|keep coming back|keep using|keep ordering)\b`, triggers: ['why'] },
  { lang: 'en', value: 1.6, pattern: String.raw`\bsaves? (?:me |us )?(?:so much |a lot of |loads of |tons of |hours of |hours|time|money)(?:time|money|hassle)?\b`, triggers: ['saves', 'save'] },
  // ---- Dutch: fault reports ----------------------------------------------------------------
  { lang: 'nl', value: -1.4, pattern: String.raw`\b(nog (?:steeds|altijd))\b(?=[^.!?,]{0,30}?\b(?:niet|geen|niks|niets|nooit)\b)`, triggers: ['steeds', 'altijd'], group: 1 },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:gekregen|ontvangen|geleverd|gestuurd|kreeg|kregen|bezorgd|opgestuurd|verstuurd)\b[^.!?]{0,40}\bin plaats van\b`, triggers: ['plaats'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\bin plaats van\b[^.!?]{0,40}\b(?:gekregen|ontvangen|geleverd|gestuurd|kreeg|kregen|bezorgd|opgestuurd|verstuurd)\b`, triggers: ['plaats'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:besteld|bestelde|gekocht|betaald)\b[^.!?]{0,40}\b(?:maar|slechts|alleen) (?:${NUM_NL}|een|de helft)\b`, triggers: ['besteld', 'bestelde', 'gekocht', 'betaald'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:maar|slechts) (?:${NUM_NL}|een)\b[^.!?]{0,25}\b(?:gekregen|ontvangen|geleverd|binnen|bezorgd)\b`, triggers: ['maar', 'slechts'] },
  { lang: 'nl', value: -2.2, pattern: String.raw`\b(?:dubbel|twee keer|2 keer|2 ?x|tweemaal) (?:afgeschreven|betaald|gefactureerd|geincasseerd|gerekend|in rekening gebracht)\b|\b(?:afgeschreven|betaald|gefactureerd|geincasseerd)\b (?:${WORD} )?(?:dubbel|twee keer|tweemaal)\b`, triggers: ['dubbel', 'keer', '2x', 'tweemaal'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:kan|kon|kunnen|konden)\b(?: ${WORD}){0,3}? (?:niet|nergens)(?: meer)? (?:inloggen|betalen|bellen|bereiken|vinden|openen|gebruiken|verbinden|laden|downloaden|zien|opzeggen|wijzigen|aanpassen|bestellen|afrekenen|doorkomen|reserveren|inchecken|opwaarderen|registreren)\b`, triggers: ['kan', 'kon', 'kunnen', 'konden'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\bniemand\b(?: ${WORD}){0,4}? (?:neemt|nam|reageert|reageerde|belt|belde|antwoordt|antwoordde|weet|wist|kon|kan|helpt|hielp|is verantwoordelijk|voelt zich|die iets)\b`, triggers: ['niemand'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b${PRICE_NL}\b[^.!?,]{0,25}\b(?:omhoog|gestegen|stijgt|steeg|stijgen|verhoogd|verdubbeld)\b`, triggers: ['omhoog', 'gestegen', 'stijgt', 'steeg', 'stijgen', 'verhoogd', 'verdubbeld'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:verhogen|verhoogt|verhoogd|verhoogden|verhoogde|verdubbelen|verdubbeld)\b[^.!?,]{0,20}\b${PRICE_NL}\b`, triggers: ['verhogen', 'verhoogt', 'verhoogd', 'verhoogden', 'verhoogde', 'verdubbelen', 'verdubbeld'] },
  { lang: 'nl', value: 1.4, pattern: String.raw`\b${PRICE_NL}\b[^.!?,]{0,25}\b(?:omlaag|gedaald|daalt|daalde|verlaagd)\b`, triggers: ['omlaag', 'gedaald', 'daalt', 'daalde', 'verlaagd'] },
  // ---- Dutch: repetition and waiting -------------------------------------------------------
  { lang: 'nl', value: -1.6, pattern: String.raw`\bvoor de (?:tweede|derde|vierde|vijfde|zesde|zoveelste|\d+(?:e|ste|de)) keer\b`, triggers: ['keer'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:keer op keer|steeds weer|telkens weer|telkens opnieuw|elke keer weer|iedere keer weer|elke keer opnieuw)\b`, triggers: ['keer', 'weer', 'opnieuw'] },
  { lang: 'nl', value: -1.4, pattern: String.raw`\b(?:\d+(?:e|ste|de)|tweede|derde|vierde|vijfde|zoveelste) (?:keer|storing|melding|klacht|storingsmelding|keer dat)\b`, triggers: ['keer', 'storing', 'melding', 'klacht', 'storingsmelding'], guard: true },
  { lang: 'nl', value: -0.8, pattern: String.raw`\b(?:elke|iedere) keer\b`, triggers: ['keer'], guard: true },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:alweer|wederom|zoveelste)\b`, triggers: ['alweer', 'wederom', 'zoveelste'], guard: true },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:al|nu al|inmiddels|wel) (?:${NUM_NL}|meerdere|talloze|zoveel) (?:keer|maal|x)\b`, triggers: ['keer', 'maal', 'x'], guard: true },
  { lang: 'nl', value: -0.8, pattern: String.raw`\b${NUM_NL} keer\b(?! (?:per|in de|zo|sneller|goedkoper|beter|meer|minder|zoveel)\b)`, triggers: ['keer'], guard: true },
  { lang: 'nl', value: -1.2, pattern: String.raw`\bal (?:${NUM_NL}|een|een paar|enkele|de hele|heel de|ruim|meer dan|bijna) (?:minuten|minuut|kwartier|uur|uren|dagen|dag|weken|week|maanden|maand|ochtend|middag|avond|nacht)\b`, triggers: ['al'], guard: true },
  { lang: 'nl', value: -1.4, pattern: String.raw`\b(?:doet|doen|deed|deden|gedaan) (?:er|erover) (?:${WORD} )?(?:dagen|weken|maanden|uren|eeuwen|een eeuwigheid)\b`, triggers: ['er', 'erover'] },
  { lang: 'nl', value: -1.4, pattern: String.raw`\b(?:duurt|duurde|duren)\b(?: ${WORD})? (?:dagen|weken|maanden|eeuwen|een eeuwigheid|eindeloos)\b`, triggers: ['duurt', 'duurde', 'duren'] },
  { lang: 'nl', value: -1.0, pattern: String.raw`\b(?:na|sinds|ruim|inmiddels|al meer dan) (?:${NUM_NL}|een paar|enkele) (?:weken|maanden)\b`, triggers: ['weken', 'maanden'], guard: true },
  { lang: 'nl', value: -1.2, pattern: String.raw`\binmiddels (?:al )?(?:in )?week \d+\b`, triggers: ['week'] },
  { lang: 'nl', value: -1.0, pattern: String.raw`\b(?:weken|maanden) later\b`, triggers: ['later'], guard: true },
  // ---- Dutch: unmet expectations, decline, indignation -------------------------------------
  { lang: 'nl', value: -2.0, pattern: String.raw`\b(?:had|hadden)\b(?: ${WORD}){0,4}? (?:meer|beter|iets beters)\b(?: ${WORD}){0,3}? verwacht\b`, triggers: ['verwacht'] },
  { lang: 'nl', value: -2.0, pattern: String.raw`\bverwachtte (?:ik|we|je) (?:veel )?(?:meer|beter)\b`, triggers: ['verwachtte'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\bniet wat (?:ik|we) (?:had |hadden )?(?:verwacht|besteld|gevraagd)\b`, triggers: ['wat'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\b(?:valt|viel|vielen|vallen)\b(?: ${WORD}){0,3}? tegen\b`, triggers: ['tegen'] },
  { lang: 'nl', value: 1.4, pattern: String.raw`\b(?:valt|viel|vielen|vallen)\b(?: ${WORD}){0,3}? mee\b(?! met)`, triggers: ['mee'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\bvroeger (?:was|waren|ging|werkte)\b(?: ${WORD}){0,4}? (?:beter|goed|top|prima|sneller|leuker|goedkoper|fijn)\b`, triggers: ['vroeger'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\b(?:was|waren) (?:het |dit |ze |jullie |alles )?vroeger (?:zo |veel |echt )?(?:beter|goed|top|prima)\b`, triggers: ['vroeger'] },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:had|hadden)\b(?: ${WORD}){1,6}? (?:moeten|mogen)\b`, triggers: ['moeten', 'mogen'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:is|was|kwam|komt|gebeurd|gebeurt|gelukt)(?: (?:het|ie|hij|zij|ze|dat|dit))? (?:dus |alsnog |nog steeds |natuurlijk |uiteraard )?niet${CLAUSE_END}`, triggers: ['niet'] },
  { lang: 'nl', value: -1.4, pattern: String.raw`\bdus niet${CLAUSE_END}|\bniet dus\b`, triggers: ['dus'] },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:niet|geen|nog niet) eens\b`, triggers: ['eens'] },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:uitleggen|vertellen|verklaren|uitleg)\b(?: ${WORD}){0,2}? waarom\b`, triggers: ['waarom'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\bhoe (?:krijg|krijgen|kregen|kreeg) (?:jullie|je|u|ze|jij) het (?:toch |nou |weer |in vredesnaam )?voor elkaar\b`, triggers: ['elkaar'] },
  { lang: 'nl', value: -1.6, pattern: String.raw`\b(?:valt|viel|vallen|vielen)\b(?: ${WORD}){1,5}? (?:weg|uit)\b`, triggers: ['weg', 'uit'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\bwat is (?:dan )?(?:nog )?het nut\b`, triggers: ['nut'] },
  { lang: 'nl', value: -2.0, pattern: String.raw`\b(?:trouw|loyaliteit|klanttrouw)\b(?: ${WORD}){0,2}? (?:niet (?:beloond|gewaardeerd)|(?:betekent|telt) (?:niks|niets))\b`, triggers: ['beloond', 'gewaardeerd', 'niks', 'niets'] },
  { lang: 'nl', value: -1.8, pattern: String.raw`\bslaat (?:echt |helemaal |werkelijk )?(?:nergens op|kant noch wal)\b`, triggers: ['slaat'] },
  { lang: 'nl', value: -1.2, pattern: String.raw`\b(?:doe|doen) (?:er )?(?:eens |nou |nu |toch )?(?:iets|wat) aan\b`, triggers: ['aan'] },
  // ---- Dutch: praise constructions ---------------------------------------------------------
  { lang: 'nl', value: 1.8, pattern: String.raw`\b(?:bestel|koop|boek|bestellen|kopen|boeken)\b(?: (?!niet\b|nooit\b|geen\b)${WORD}){0,2}? (?:zeker |graag |snel |absoluut )?(?:nog eens|nog een keer|weer|opnieuw)\b`, triggers: ['eens', 'keer', 'weer', 'opnieuw'] },
  { lang: 'nl', value: 1.6, pattern: String.raw`\bscheelt\b(?: ${WORD}){0,4}? (?:tijd|uren|geld|gedoe|werk)\b`, triggers: ['scheelt'] },
  { lang: 'nl', value: 2.0, pattern: String.raw`\bdaarom (?:blijf|blijven) (?:ik|we)\b|\b(?:blijf|blijven) (?:ik|we) (?:zeker |graag |gewoon |nog lang )?klant\b`, triggers: ['blijf', 'blijven'] },
];

interface CompiledRules {
  readonly byTrigger: ReadonlyMap<string, readonly Rule[]>;
}

function compile(lang: RuleLanguage): CompiledRules {
  const byTrigger = new Map<string, Rule[]>();
  for (const spec of SPECS) {
    if (spec.lang !== lang) continue;
    const rule: Rule = {
      re: new RegExp(spec.pattern, spec.group === undefined ? 'g' : 'gd'),
      value: spec.value,
      guard: spec.guard ?? false,
      group: spec.group ?? 0,
    };
    for (const t of spec.triggers) {
      const list = byTrigger.get(t);
      if (list === undefined) byTrigger.set(t, [rule]);
      else list.push(rule);
    }
  }
  return { byTrigger };
}

const EN_RULES = compile('en');
const NL_RULES = compile('nl');

/** Ratings written in the text: "10/10", "2/5", "4 sterren", "1 star". */
const RATING_RE = /(?<![\d.,/])(\d{1,2}(?:[.,]\d)?)\s?\/\s?(10|5)(?![\d/])|(?<![\d.,])([0-5](?:[.,]5)?)\s?(?:stars?|sterren|ster)\b/gi;

function ratingValue(ratio: number): number {
  if (ratio >= 0.8) return 2.2;
  if (ratio >= 0.6) return 1.0;
  if (ratio >= 0.5) return 0;
  if (ratio >= 0.3) return -1.4;
  return -2.4;
}

/** Index of the last token starting at or before `offset` (tokens are in text order). */
function tokenAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Rule spans of a tokenised text (language 'en', 'nl' or 'und' for both), non-overlapping,
 * longest first where two rules claim the same tokens.
 */
export function findRuleSpans(tokenized: TokenizedText, language: string): RuleSpan[] {
  const sets = language === 'en' ? [EN_RULES] : language === 'nl' ? [NL_RULES] : language === 'und' ? [EN_RULES, NL_RULES] : [];
  const { tokens } = tokenized;
  const found: RuleSpan[] = [];
  if (sets.length > 0) {
    let candidates: Set<Rule> | undefined;
    for (const t of tokens) {
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      for (const set of sets) {
        const rules = set.byTrigger.get(t.norm);
        if (rules === undefined) continue;
        if (candidates === undefined) candidates = new Set();
        for (const r of rules) candidates.add(r);
      }
    }
    if (candidates !== undefined) {
      // Joined normalised tokens; pieceStart[k] is where token pieceToken[k] starts in `joined`.
      const pieceStart: number[] = [];
      const pieceToken: number[] = [];
      let joined = '';
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.kind === 'emoji' || t.kind === 'emoticon' || t.kind === 'url') continue;
        const piece = t.kind === 'word' ? stripDiacritics(t.norm) : t.kind === 'placeholder' ? 'x' : t.norm;
        if (joined.length > 0) joined += ' ';
        pieceStart.push(joined.length);
        pieceToken.push(i);
        joined += piece;
      }
      for (const rule of candidates) {
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(joined); m !== null; m = rule.re.exec(joined)) {
          if (m[0].length === 0) {
            rule.re.lastIndex++;
            continue;
          }
          const [from, to] = rule.group > 0 && m.indices?.[rule.group] !== undefined ? m.indices[rule.group]! : [m.index, m.index + m[0].length];
          const first = tokenAt(pieceStart, from);
          const last = tokenAt(pieceStart, to - 1);
          if (first < 0 || last < first) continue;
          found.push({ start: pieceToken[first]!, end: pieceToken[last]! + 1, value: rule.value, guard: rule.guard });
        }
      }
    }
  }
  // Ratings are language-independent and read on the raw text ("10/10" is split by the tokeniser).
  if (tokenized.text.includes('/') || /st(?:a|e)r/i.test(tokenized.text)) {
    const starts = tokens.map((t) => t.start);
    RATING_RE.lastIndex = 0;
    for (let m = RATING_RE.exec(tokenized.text); m !== null; m = RATING_RE.exec(tokenized.text)) {
      const score = Number((m[1] ?? m[3]!).replace(',', '.'));
      const scale = m[2] !== undefined ? Number(m[2]) : 5;
      if (score > scale) continue;
      const first = tokenAt(starts, m.index);
      const last = tokenAt(starts, m.index + m[0].length - 1);
      if (first < 0 || last < first) continue;
      found.push({ start: first, end: last + 1, value: ratingValue(score / scale), guard: false });
    }
  }
  if (found.length <= 1) return found;
  // Longest spans win; drop spans overlapping a kept one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RuleSpan[] = [];
  for (const s of found) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
