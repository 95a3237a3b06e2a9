/**
 * Emotion cue lexicon for the CX taxonomy (joy, gratitude, trust, frustration, anger,
 * disappointment, confusion, worry, sadness, surprise), hand-written for English and Dutch.
 * No third-party emotion lexicon is used (NRC EmoLex in particular is not redistributable).
 *
 * How entries were chosen:
 * - A cue is a word or phrase that, in customer feedback, names or typically expresses the
 *   emotion itself ("gefrustreerd", "furious", "snap het niet", "had meer verwacht"), or a
 *   situation CX analysts read as that emotion (repeated failure and waiting -> frustration;
 *   swearing and accusations of fraud -> anger; threats of debt collectors -> worry).
 * - Weights (0..1) grade how unambiguous the cue is: 0.8-1.0 the emotion is named ("woedend");
 *   0.5-0.7 a strong conventional expression ("schandalig", "had meer verwacht"); 0.2-0.4 a weak,
 *   context-dependent hint ("weer", "helaas", "hopelijk"). A cue may feed two emotions
 *   ("belachelijk": anger and frustration).
 * - Words that are ambiguous in CX text are left out or constrained: "bezorgd" is worry only after
 *   "ben/erg/heel/..." (else it means delivered); "zorg" (care) and "zorgen" alone are not cues.
 * - Only base forms are listed; inflections and Dutch compounds are matched as in the sentiment
 *   lexicon. Phrases are regular expressions over the lower-cased text.
 *
 * - Joy is delight or enthusiasm, not mere approval: plain approval words ("great", "good", "top",
 *   "prima", "fijn") carry a small joy weight (0.1-0.2) that stays below the 0.3 threshold on its own
 *   and only adds up with exclamation, emphasis or a second cue; enthusiasm words ("love", "amazing",
 *   "geweldig", "heerlijk") and emoji (😍 🎉 🥳) carry it alone.
 * - Trust includes recommendations and stated loyalty ("aanrader", "would recommend", "daarom blijf
 *   ik klant", "peace of mind"), as the labelling rules define it.
 * - A weight of 0 blocks a word that the inflection matcher would otherwise read as a cue
 *   ("honestly" is a discourse marker, not "honest").
 *
 * Word format: `word:emotion=weight[,emotion=weight][@prev1|prev2]` where `@...` lists the words
 * one of which must directly precede the cue.
 */

/** Dutch word cues. */
export const NL_EMOTION_WORDS = `
blij:joy=0.8 gelukkig:joy=0.6 superblij:joy=0.9 happy:joy=0.8 enthousiast:joy=0.9 geweldig:joy=0.4 fantastisch:joy=0.4
super:joy=0.15 top:joy=0.15 heerlijk:joy=0.4 genieten:joy=0.7 geniet:joy=0.7 fijn:joy=0.1 leuk:joy=0.2 prachtig:joy=0.3
yes:joy=0.5 hoera:joy=0.9 joepie:joy=0.9 jippie:joy=0.9 yay:joy=0.8 love:joy=0.5 gaaf:joy=0.35 tof:joy=0.3 vet:joy=0.2
perfect:joy=0.15 aanrader:trust=0.6 wauw:joy=0.3,surprise=0.2 wow:joy=0.3,surprise=0.2 verrukt:joy=0.9
opgetogen:joy=0.9 dolblij:joy=1 tevreden:joy=0.15,trust=0.2 content:joy=0.2 opgelucht:joy=0.5 fan:joy=0.4 schattig:joy=0.4
plezant:joy=0.3 keigoed:joy=0.4 supertevreden:joy=0.3,trust=0.2 toppertje:joy=0.3 smullen:joy=0.7
bedankt:gratitude=0.9 dank:gratitude=0.8 dankje:gratitude=0.9 dankjewel:gratitude=0.9 dankuwel:gratitude=0.9
bedankje:gratitude=0.8 merci:gratitude=0.8 thanks:gratitude=0.8 thx:gratitude=0.7 tnx:gratitude=0.7 dankbaar:gratitude=0.9
waardeer:gratitude=0.7 waardering:gratitude=0.6 compliment:gratitude=0.6 complimenten:gratitude=0.7 hulde:gratitude=0.7
chapeau:gratitude=0.6 pluim:gratitude=0.6 kanjer:gratitude=0.5,joy=0.3 topper:gratitude=0.4,joy=0.3
betrouwbaar:trust=0.8 vertrouwen:trust=0.6 vertrouw:trust=0.6 toevertrouw:trust=0.7 toevertrouwen:trust=0.7
transparant:trust=0.5 veilig:trust=0.4 ijzersterk:trust=0.5 aangeraden:trust=0.6 aanraden:trust=0.5 gemoedsrust:trust=0.7
deskundig:trust=0.4 professioneel:trust=0.3 kundig:trust=0.4 degelijk:trust=0.4 zorgvuldig:trust=0.4 solide:trust=0.4
stabiel:trust=0.3 loyaal:trust=0.5 trouw:trust=0.5
bloedirritant:frustration=0.9 ambetant:frustration=0.7 zot:frustration=0.4 frustrerend:frustration=0.9 frustratie:frustration=0.9 frustreer:frustration=0.9 gefrustreerd:frustration=1
irritant:frustration=0.8 irriteer:frustration=0.8 irritatie:frustration=0.8 geirriteerd:frustration=0.9
ergerlijk:frustration=0.8 erger:frustration=0.6 ergernis:frustration=0.8 balen:frustration=0.6,disappointment=0.3
baal:frustration=0.6 beu:frustration=0.8 spuugzat:frustration=0.9,anger=0.3 zucht:frustration=0.5 pff:frustration=0.5
pfff:frustration=0.6 grr:frustration=0.5,anger=0.3 grrr:frustration=0.6,anger=0.4 argh:frustration=0.6 ugh:frustration=0.5
alweer:frustration=0.5 wederom:frustration=0.4 zoveelste:frustration=0.8 telkens:frustration=0.4 steeds:frustration=0.25
opnieuw:frustration=0.3 weer:frustration=0.25 omslachtig:frustration=0.5 traag:frustration=0.3 sloom:frustration=0.4
vastgelopen:frustration=0.5 vastlopen:frustration=0.5 hapert:frustration=0.4 crasht:frustration=0.4 crash:frustration=0.3
storing:frustration=0.2 onbereikbaar:frustration=0.5 wachten:frustration=0.3 gewacht:frustration=0.4 wachttijd:frustration=0.4
gedoe:frustration=0.5 gezeur:frustration=0.5 lastig:frustration=0.3 vervelend:frustration=0.5 onhandig:frustration=0.4
boos:anger=0.9 woedend:anger=1 woest:anger=0.9 razend:anger=1 kwaad:anger=0.8 pissig:anger=0.9 nijdig:anger=0.8
schandalig:anger=0.7 schande:anger=0.7 schandelijk:anger=0.7 belachelijk:anger=0.5,frustration=0.4 bespottelijk:anger=0.5
oplichter:anger=0.8 oplichters:anger=0.8 oplichting:anger=0.8 opgelicht:anger=0.8 bedrog:anger=0.8 dieven:anger=0.8
dief:anger=0.8 maffia:anger=0.8 boeven:anger=0.7 afzetter:anger=0.7 afzetterij:anger=0.7 graaiers:anger=0.7
zakkenvullers:anger=0.7 kut:anger=0.5,frustration=0.3 klote:anger=0.5,frustration=0.3 kanker:anger=0.8 tering:anger=0.8
godver:anger=0.7 godverdomme:anger=0.8 verdomme:anger=0.6 kolere:anger=0.8 fuck:anger=0.7 fucking:anger=0.6
onacceptabel:anger=0.5 onaanvaardbaar:anger=0.5 onbeschoft:anger=0.6 respectloos:anger=0.6 brutaal:anger=0.5
arrogant:anger=0.5 schofterig:anger=0.6 wanprestatie:anger=0.5,disappointment=0.3 walgelijk:anger=0.7
clowns:anger=0.6 clown:anger=0.5 stelletje:anger=0.4 uitgescholden:anger=0.6 ombudsman:anger=0.6
geschillencommissie:anger=0.6 consumentenbond:anger=0.4 belazerd:anger=0.7 genaaid:anger=0.7 oplichterij:anger=0.8
teleurgesteld:disappointment=1 teleurstel:disappointment=0.9 teleurstelling:disappointment=0.9 ontgoocheld:disappointment=0.9
jammer:disappointment=0.6 helaas:disappointment=0.4,sadness=0.2 spijtig:disappointment=0.6 matig:disappointment=0.4
ontevreden:disappointment=0.7 achteruit:disappointment=0.5 achteruitgang:disappointment=0.6 tegenvallen:disappointment=0.7
tegenvaller:disappointment=0.8 zonde:disappointment=0.5 middelmatig:disappointment=0.4 tegenvallend:disappointment=0.8
achteruitgegaan:disappointment=0.7
onduidelijk:confusion=0.7 verwarrend:confusion=0.8 verward:confusion=0.8 vaag:confusion=0.4 onlogisch:confusion=0.6
onbegrijpelijk:confusion=0.7 ingewikkeld:confusion=0.5 raar:confusion=0.4 vreemd:confusion=0.4 twijfel:confusion=0.6
twijfels:confusion=0.6 onzeker:confusion=0.4,worry=0.3 huh:confusion=0.6 hè:confusion=0.2 waarom:confusion=0.2
bang:worry=0.8 angstig:worry=0.9 ongerust:worry=0.9 bezorgd:worry=0.8@ben|bent|zijn|was|waren|erg|heel|zeer|nogal|beetje|echt|best|wat|wel|behoorlijk|enigszins
zorgen:worry=0.7@maak|maken|maakte|veel|grote|me hopelijk:worry=0.3 hoop:worry=0.2 risico:worry=0.3 gehackt:worry=0.8
datalek:worry=0.8 deurwaarder:worry=0.7 incassobureau:worry=0.6 aanmaning:worry=0.5 boete:worry=0.3 schuld:worry=0.3
afsluiting:worry=0.5 stress:worry=0.6 gestrest:worry=0.6 paniek:worry=0.8 nerveus:worry=0.6 onveilig:worry=0.8
schrik:worry=0.8@heb|hebt|had|hadden|hebben|ik|echt|wat|beetje|veel zenuwachtig:worry=0.7 dringend:worry=0.4 spoed:worry=0.4
verdrietig:sadness=0.9 triest:sadness=0.7 treurig:sadness=0.7 zielig:sadness=0.5 sneu:sadness=0.4 huilen:sadness=0.7
ellende:sadness=0.4,frustration=0.3 wanhopig:sadness=0.5,worry=0.4 radeloos:sadness=0.4,worry=0.5 eenzaam:sadness=0.7
verrast:surprise=0.8 verrassend:surprise=0.6 verrassing:surprise=0.6 onverwacht:surprise=0.6 plotseling:surprise=0.4
ineens:surprise=0.4 opeens:surprise=0.4 geschokt:surprise=0.6,anger=0.2 schokkend:surprise=0.5,anger=0.2
verbaasd:surprise=0.8 verbazing:surprise=0.7 verbazingwekkend:surprise=0.7 omg:surprise=0.5 zomaar:surprise=0.3
`;

/** English word cues. */
export const EN_EMOTION_WORDS = `
happy:joy=0.6 glad:joy=0.4 delighted:joy=0.9 thrilled:joy=0.9 excited:joy=0.8 pleased:joy=0.4 love:joy=0.5
loved:joy=0.5 awesome:joy=0.35 amazing:joy=0.35 fantastic:joy=0.35 wonderful:joy=0.35 great:joy=0.15 perfect:joy=0.15
excellent:joy=0.15 brilliant:joy=0.2 superb:joy=0.25 yay:joy=0.8 woohoo:joy=0.9 enjoy:joy=0.5 enjoyed:joy=0.5
satisfied:joy=0.15,trust=0.2 lovely:joy=0.25 fun:joy=0.3 nice:joy=0.1 relieved:joy=0.5 wow:joy=0.3,surprise=0.2
obsessed:joy=0.8 yes:joy=0.2 yess:joy=0.8 cute:joy=0.4 adorable:joy=0.5 joy:joy=0.6 ecstatic:joy=1 stoked:joy=0.8
thanks:gratitude=0.8 thank:gratitude=0.8 thx:gratitude=0.7 ty:gratitude=0.6 cheers:gratitude=0.4 grateful:gratitude=0.9
thankful:gratitude=0.9 appreciate:gratitude=0.8 appreciated:gratitude=0.8 kudos:gratitude=0.7 lifesaver:gratitude=0.7
reliable:trust=0.8 trust:trust=0.6 trustworthy:trust=0.8 dependable:trust=0.7 honest:trust=0.5 transparent:trust=0.5
honestly:trust=0 recommend:trust=0.5 recommended:trust=0.6 solid:trust=0.4
safe:trust=0.3 secure:trust=0.4 knowledgeable:trust=0.4 professional:trust=0.3 loyal:trust=0.5 consistent:trust=0.3
frustrated:frustration=1 frustrating:frustration=0.9 frustration:frustration=0.9 annoyed:frustration=0.8
annoying:frustration=0.8 irritated:frustration=0.8 irritating:frustration=0.8 exasperated:frustration=0.9
ugh:frustration=0.5 argh:frustration=0.6 sigh:frustration=0.5 again:frustration=0.3
keeps:frustration=0.3 still:frustration=0.25 repeatedly:frustration=0.5 constantly:frustration=0.4 endless:frustration=0.5
hassle:frustration=0.5 tedious:frustration=0.6 slow:frustration=0.3 laggy:frustration=0.4 stuck:frustration=0.4
crashes:frustration=0.4 crashing:frustration=0.4 waiting:frustration=0.3 waited:frustration=0.4 runaround:frustration=0.8
unreachable:frustration=0.5 useless:frustration=0.4 pointless:frustration=0.4 ridiculous:anger=0.5,frustration=0.4
angry:anger=0.9 furious:anger=1 livid:anger=1 outraged:anger=0.9 pissed:anger=0.9 mad:anger=0.7 enraged:anger=1
disgusting:anger=0.6 disgraceful:anger=0.7 disgrace:anger=0.7 outrageous:anger=0.7 unacceptable:anger=0.5
scam:anger=0.7 scammers:anger=0.8 thieves:anger=0.8 fraud:anger=0.3,worry=0.3 ripoff:anger=0.6 rip-off:anger=0.6
shameful:anger=0.6 rude:anger=0.5 hate:anger=0.7 abusive:anger=0.7 clowns:anger=0.6 clown:anger=0.5 ombudsman:anger=0.6
lawsuit:anger=0.5 unbelievable:anger=0.3,surprise=0.2 fuck:anger=0.7 fucking:anger=0.6 wtf:anger=0.5,confusion=0.3
shit:anger=0.4,frustration=0.3 crap:anger=0.4,frustration=0.3 damn:anger=0.4,frustration=0.3 bullshit:anger=0.7
disappointed:disappointment=1 disappointing:disappointment=0.9 disappointment:disappointment=0.9 letdown:disappointment=0.8
dissatisfied:disappointment=0.7 unhappy:disappointment=0.6,sadness=0.3 underwhelming:disappointment=0.8
unfortunately:disappointment=0.4,sadness=0.2 sadly:disappointment=0.3,sadness=0.4 meh:disappointment=0.4
mediocre:disappointment=0.5 shame:disappointment=0.5 pity:disappointment=0.4,sadness=0.2 worse:disappointment=0.5
downhill:disappointment=0.7 overrated:disappointment=0.6
confused:confusion=0.9 confusing:confusion=0.8 unclear:confusion=0.7 puzzled:confusion=0.8 baffled:confusion=0.8
weird:confusion=0.4 strange:confusion=0.4 odd:confusion=0.3 complicated:confusion=0.5 huh:confusion=0.6
doubt:confusion=0.5 wondering:confusion=0.3 why:confusion=0.2 unsure:confusion=0.5
worried:worry=0.9 worry:worry=0.7 afraid:worry=0.8 scared:worry=0.8 anxious:worry=0.8 nervous:worry=0.6
concerned:worry=0.7 concern:worry=0.5 fear:worry=0.7 hopefully:worry=0.3 hope:worry=0.2 risk:worry=0.3 hacked:worry=0.8
breach:worry=0.6 unsafe:worry=0.8 urgent:worry=0.4 urgently:worry=0.5 panic:worry=0.8 stressed:worry=0.6 stress:worry=0.5 bailiff:worry=0.7 debt:worry=0.4 collectors:worry=0.5
sad:sadness=0.9 heartbroken:sadness=1 depressing:sadness=0.7 depressed:sadness=0.8 cry:sadness=0.6 crying:sadness=0.7
miserable:sadness=0.7 lonely:sadness=0.7 upset:sadness=0.5,anger=0.3 devastated:sadness=0.9
surprised:surprise=0.8 surprise:surprise=0.6 surprising:surprise=0.6 surprisingly:surprise=0.6 unexpected:surprise=0.6 unexpectedly:surprise=0.6
suddenly:surprise=0.4 shocked:surprise=0.6,anger=0.2 shocking:surprise=0.5,anger=0.2 astonished:surprise=0.9
amazed:surprise=0.7,joy=0.3 omg:surprise=0.5 whoa:surprise=0.6
`;

/**
 * A phrase cue: a regular expression over lower-cased text, its emotions, and the words (space-separated)
 * one of which every match contains as a whole word (see triggers.ts).
 */
export type EmotionPhrase = readonly [pattern: string, emotions: string, triggers: string];

/** Dutch phrase cues and their emotions. */
export const NL_EMOTION_PHRASES: readonly EmotionPhrase[] = [
  [String.raw`\b(snap|begrijp|snapte|begreep)\s+(het|er|dit|dat|je|jullie|u)?\s*(echt\s+)?(niet|niks|niets|geen\s+bal)\b`, 'confusion=0.9', 'snap begrijp snapte begreep'],
  [String.raw`\b(ik\s+)?(snap|begrijp)\s+niet\b`, 'confusion=0.9', 'snap begrijp'],
  [String.raw`\bgeen\s+(idee|flauw\s+idee|benul)\b`, 'confusion=0.7', 'idee benul'],
  [String.raw`\bhoe\s+(kan|kun|moet|werkt|zit)\s+(het|dat|dit|ik)\b`, 'confusion=0.5', 'hoe'],
  [String.raw`\bwat\s+(moet|kan)\s+ik\b`, 'confusion=0.5', 'wat'],
  [String.raw`\b(weet|wist)\s+(niet|ik\s+niet)\s+(hoe|wat|waar|of|waarom)\b`, 'confusion=0.6', 'weet wist'],
  [String.raw`\bklopt\s+(dit|dat|het)\s+wel\b`, 'confusion=0.6', 'klopt'],
  [String.raw`\bvraag\s+me\s+af\b`, 'confusion=0.5', 'vraag'],
  [String.raw`\bslaat\s+(nergens\s+op|kant\s+noch\s+wal)\b`, 'confusion=0.4,frustration=0.4', 'slaat'],
  [String.raw`\bvoor\s+de\s+(zoveelste|derde|vierde|vijfde|\d+e)\s+keer\b`, 'frustration=0.8', 'keer'],
  [String.raw`\b(elke|iedere)\s+keer\s+(weer)?\b`, 'frustration=0.4', 'elke iedere'],
  [String.raw`\bkeer\s+op\s+keer\b`, 'frustration=0.6', 'keer'],
  [String.raw`\bnog\s+(steeds|altijd)\s+(niet|geen|niks|niets)\b`, 'frustration=0.7', 'steeds altijd'],
  [String.raw`\b(ben|zijn)\s+het\s+(echt\s+)?(zat|spuugzat|beu)\b`, 'frustration=0.9', 'zat spuugzat beu'],
  [String.raw`\bhet\s+kastje\s+naar\s+de\s+muur\b`, 'frustration=0.9', 'kastje'],
  [String.raw`\baan\s+het\s+lijntje\b`, 'frustration=0.7', 'lijntje'],
  [String.raw`\b(uren|uur|lang)\s+in\s+de\s+wacht\b`, 'frustration=0.7', 'wacht'],
  [String.raw`\bin\s+de\s+wacht\b`, 'frustration=0.4', 'wacht'],
  [String.raw`\b(had|hadden)\s+([a-z']+\s+){0,3}?(meer|beter|iets\s+anders)\s+([a-z']+\s+){0,2}?verwacht\b`, 'disappointment=0.9', 'verwacht'],
  [String.raw`\bniet\s+wat\s+ik\s+(had\s+)?verwacht(te)?\b`, 'disappointment=0.8', 'verwacht verwachtte'],
  [String.raw`\bviel(en)?\s+(me\s+|ons\s+)?(erg\s+|flink\s+|zwaar\s+)?tegen\b`, 'disappointment=0.8', 'viel vielen'],
  [String.raw`\bvroeger\s+(was|waren|ging|werkte)\b`, 'disappointment=0.5', 'vroeger'],
  [String.raw`\bmaak\s+(me|mij|ik\s+me)\s+(grote\s+|veel\s+|echt\s+)?zorgen\b`, 'worry=0.8', 'maak'],
  [String.raw`\b(stel\s+dat|wat\s+als)\b`, 'worry=0.4', 'stel wat'],
  [String.raw`\bafgesloten\s+(worden|word|wordt)\b`, 'worry=0.6', 'afgesloten'],
  [String.raw`\b(had|hadden)\s+(ik|we)\s+niet\s+verwacht\b`, 'surprise=0.7', 'verwacht'],
  [String.raw`\bniet\s+verwacht\b`, 'surprise=0.5', 'verwacht'],
  [String.raw`\b(echt\s+waar|serieus)\s*\?`, 'surprise=0.5', 'echt serieus'],
  [String.raw`\buit\s+het\s+niets\b`, 'surprise=0.5', 'uit'],
  [String.raw`\b(hartelijk|heel\s+erg|erg|super|enorm)\s+bedankt\b`, 'gratitude=0.4', 'bedankt'],
  [String.raw`\b(al\s+)?(jaren|jarenlang)\s+(tevreden\s+)?klant\b`, 'trust=0.5', 'jaren jarenlang'],
  [String.raw`\bkan\s+(er\s+)?(altijd\s+)?op\s+(ze|jullie|hen|hun)?\s*rekenen\b`, 'trust=0.8', 'kan'],
  [String.raw`\bik\s+(word|werd)\s+er\s+(echt\s+)?(gek|moe|knettergek)\s+van\b`, 'frustration=0.9', 'word werd'],
  [String.raw`\bdit\s+(slaat|kan)\s+(echt\s+)?(nergens\s+op|niet)\b`, 'anger=0.4,frustration=0.4', 'slaat kan'],
  [String.raw`\b(tweede|derde|vierde|vijfde|zesde|\d+e)\s+keer\b`, 'frustration=0.5', 'keer'],
  [String.raw`\b(al\s+)?(\d+|twee|drie|vier|vijf|zes|tien)\s+keer\b(?!\s+(per|zo|sneller|goedkoper|beter|meer|minder))`, 'frustration=0.3', 'keer'],
  [String.raw`\bik\s+geef\s+het\s+op\b|\bik\s+ben\s+er\s+klaar\s+mee\b`, 'frustration=0.8', 'geef klaar'],
  [String.raw`\b(word|wordt)\s+(ge|je|ik|men)\s+(er\s+)?(gek|zot|moe)\s+van\b|\b(gek|zot)\s+(word|wordt)\s+(ge|je|ik)\s+ervan\b`, 'frustration=0.8', 'word wordt'],
  [String.raw`\b(hetzelfde|zelfde)\s+liedje\b`, 'frustration=0.6', 'liedje'],
  [String.raw`\b(officiele|officiële|formele)\s+klacht\b|\bklacht\s+indienen\b`, 'anger=0.5', 'klacht'],
  [String.raw`\b(is\s+dit\s+een\s+grap|hoe\s+durven\s+(jullie|ze|u))\b`, 'anger=0.6', 'grap durven'],
  [String.raw`\bniet\s+goed\s+snik\b|\b(zou|zouden)\s+verboden\s+moeten\s+(zijn|worden)\b`, 'anger=0.6', 'snik verboden'],
  [String.raw`\bhoe\s+(krijgen|krijg)\s+(jullie|je|u)\s+het\s+(toch\s+)?voor\s+elkaar\b`, 'anger=0.4,frustration=0.3', 'elkaar'],
  [String.raw`\bniet\s+(meer\s+)?(wat\s+het|zoals\s+het)\s+(was|geweest\s+is)\b|\bvroeger\s+(was|waren|ging|werkte)\b`, 'disappointment=0.6', 'was geweest vroeger'],
  [String.raw`\bniet\s+(de\s+moeite\s+)?waard\b`, 'disappointment=0.5', 'waard'],
  [String.raw`\b(dat|is\s+dat)\s+(was\s+)?het\s*\?`, 'disappointment=0.5', 'dat'],
  [String.raw`\b(had|hadden)\s+(\S+\s+){0,3}?gehoopt\b|\bverwachtte\s+(ik|we)\s+(meer|beter|minder)\b`, 'disappointment=0.7', 'gehoopt verwachtte'],
  [String.raw`\btrouw\s+wordt\s+(hier\s+)?niet\s+beloond\b|\bloyaliteit\s+(betekent|telt)\s+(niets|niks)\b`, 'disappointment=0.8', 'trouw loyaliteit'],
  [String.raw`\b(geeft|geven)\s+(me\s+|mij\s+|ons\s+)?(een\s+)?(gerust\s+gevoel|rust)\b`, 'trust=0.7', 'geeft geven'],
  [String.raw`\bdaarom\s+(blijf|blijven)\s+(ik|we)\b|\b(blijf|blijven)\s+(ik|we)\s+(zeker\s+|graag\s+|gewoon\s+)?klant\b`, 'trust=0.8', 'blijf blijven'],
  [String.raw`\bnooit\s+(een\s+)?reden\s+(gehad\s+)?om\s+(weg\s+te\s+gaan|over\s+te\s+stappen)\b|\bnooit\s+in\s+de\s+steek\s+gelaten\b`, 'trust=0.8', 'nooit'],
  [String.raw`\b(zit|zitten|ben|zijn)\s+(er\s+|nu\s+)?(al\s+)?(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+jaar\s+(bij|klant)\b`, 'trust=0.5', 'jaar'],
  [String.raw`\b(zeker|graag)\s+(nog\s+eens|weer)\s+(bestellen|boeken|kopen)\b|\bbestel\s+(\S+\s+)?(zeker|graag)\s+(nog\s+eens|weer)\b`, 'joy=0.3,trust=0.3', 'zeker graag'],
  [String.raw`\b(krijg|zie)\s+ik\s+(\S+\s+){0,3}?(ooit\s+)?(nog\s+)?terug\b|\bgeld\s+(\S+\s+){0,3}?nooit\s+(meer\s+)?terug`, 'worry=0.6', 'terug geld'],
  [String.raw`\bzeg\s+(alsjeblieft|alstublieft|aub)\s+dat\b|\bdurf\s+(niet|nergens)\b`, 'worry=0.6', 'zeg durf'],
  [String.raw`\bniet\s+veilig\b`, 'worry=0.7', 'veilig'],
];

/** English phrase cues and their emotions. */
export const EN_EMOTION_PHRASES: readonly EmotionPhrase[] = [
  [String.raw`\b(i\s+)?(don'?t|do\s+not|didn'?t|can'?t|cannot)\s+(really\s+)?(understand|get\s+it|figure\s+out|make\s+sense)\b`, 'confusion=0.9', 'understand get figure make'],
  [String.raw`\b(makes|made)\s+no\s+sense\b|\bdoes(n'?t|\s+not)\s+make\s+(any\s+)?sense\b`, 'confusion=0.7', 'sense'],
  [String.raw`\bno\s+(idea|clue)\b`, 'confusion=0.7', 'idea clue'],
  [String.raw`\bhow\s+(do|can|should|does)\s+(i|we|you|it|this)\b`, 'confusion=0.5', 'how'],
  [String.raw`\bwhat\s+(does|do)\s+(this|that|it)\s+mean\b`, 'confusion=0.7', 'mean'],
  [String.raw`\bnot\s+sure\s+(what|how|why|if|whether)\b`, 'confusion=0.6', 'sure'],
  [String.raw`\bam\s+i\s+(missing|doing)\s+something\b`, 'confusion=0.6', 'something'],
  [String.raw`\bfor\s+the\s+(third|fourth|fifth|umpteenth|nth|\d+(st|nd|rd|th))\s+time\b`, 'frustration=0.8', 'time'],
  [String.raw`\bevery\s+(single\s+)?time\b`, 'frustration=0.4', 'time'],
  [String.raw`\b(again\s+and\s+again|over\s+and\s+over)\b`, 'frustration=0.7', 'again over'],
  [String.raw`\bstill\s+(not|no|waiting|haven'?t|hasn'?t|doesn'?t|isn'?t|can'?t)\b`, 'frustration=0.6', 'still'],
  [String.raw`\b(fed\s+up|sick\s+(and\s+tired\s+)?of|had\s+enough)\b`, 'frustration=0.9', 'fed sick enough'],
  [String.raw`\b(hours?|forever|ages)\s+on\s+hold\b`, 'frustration=0.7', 'hold'],
  [String.raw`\bon\s+hold\b`, 'frustration=0.4', 'hold'],
  [String.raw`\bkeeps?\s+(crashing|freezing|failing|logging\s+me\s+out|asking)\b`, 'frustration=0.6', 'keep keeps'],
  [String.raw`\b(expected|hoped\s+for)\s+(more|better)\b`, 'disappointment=0.9', 'expected hoped'],
  [String.raw`\bnot\s+what\s+i\s+(expected|paid\s+for)\b`, 'disappointment=0.8', 'expected paid'],
  [String.raw`\blet\s+(me|us)\s+down\b`, 'disappointment=0.9', 'down'],
  [String.raw`\bused\s+to\s+be\s+(good|great|better|reliable)\b`, 'disappointment=0.7', 'used'],
  [String.raw`\b(what\s+if|i'?m\s+scared\s+that)\b`, 'worry=0.4', 'if scared'],
  [String.raw`\b(cut\s+off|disconnected|shut\s+off)\b`, 'worry=0.4', 'cut disconnected shut'],
  [String.raw`\b(didn'?t|did\s+not|never)\s+expect\b`, 'surprise=0.6', 'expect'],
  [String.raw`\bout\s+of\s+nowhere\b`, 'surprise=0.5', 'nowhere'],
  [String.raw`\b(can'?t|cannot)\s+believe\b`, 'surprise=0.5,anger=0.2', 'believe'],
  [String.raw`\bthank\s+you\b`, 'gratitude=0.3', 'thank'],
  [String.raw`\b(thanks|thank\s+you)\s+(so|very)\s+much\b`, 'gratitude=0.4', 'much'],
  [String.raw`\b(can\s+)?(always\s+)?count\s+on\b`, 'trust=0.7', 'count'],
  [String.raw`\b(customer|member)\s+for\s+(years|\d+\s+years)\b`, 'trust=0.5', 'years'],
  [String.raw`\bdriving\s+me\s+(crazy|nuts|mad|insane)\b`, 'frustration=0.9', 'driving'],
  [String.raw`\b(second|third|fourth|fifth|sixth|umpteenth|\d+(st|nd|rd|th))\s+time\b`, 'frustration=0.5', 'time'],
  [String.raw`\b(\d+|two|three|four|five|six|ten|several|multiple)\s+times\b(?!\s+(a|per|each|every|more|less|as|cheaper|faster|better)\b)`, 'frustration=0.3', 'times'],
  [String.raw`\bi\s+give\s+up\b|\bi'?m\s+done\b|\bi\s+am\s+done\b`, 'frustration=0.8', 'give done'],
  [String.raw`\b(formal\s+complaint|file\s+a\s+complaint|legal\s+action|see\s+you\s+in\s+court)\b`, 'anger=0.5', 'complaint legal court'],
  [String.raw`\b(are\s+you\s+(kidding|joking|serious)|how\s+dare\s+(you|they))\b`, 'anger=0.6', 'kidding joking serious dare'],
  [String.raw`\bshould(\s+not|n'?t)\s+be\s+legal\b|\bshould\s+be\s+illegal\b`, 'anger=0.6', 'legal illegal'],
  [String.raw`\bhow\s+(do|did|does|can|could)\s+(you|they)\s+(even\s+|possibly\s+)?(manage\s+to|lose|forget|mess)\b`, 'anger=0.4,frustration=0.3', 'manage lose forget mess'],
  [String.raw`\bwhat'?s\s+the\s+point\b|\bwhat\s+is\s+the\s+point\b`, 'disappointment=0.7', 'point'],
  [String.raw`\b(gone|went|going)\s+downhill\b|\bused\s+to\s+(be|love|like)\b`, 'disappointment=0.6', 'downhill used'],
  [String.raw`\bnot\s+(great|good|worth\s+it|worth\s+the)\b|\bnowhere\s+near\b`, 'disappointment=0.5', 'great good worth nowhere'],
  [String.raw`\b(is\s+that\s+it|that'?s\s+it)\s*\?`, 'disappointment=0.5', 'it'],
  [String.raw`\b(was|were)\s+hoping\s+for\b|\bexpected\s+(fewer|less|more|better)\b`, 'disappointment=0.7', 'hoping expected'],
  [String.raw`\bloyalty\s+(means|counts\s+for)\s+nothing\b`, 'disappointment=0.8', 'loyalty'],
  [String.raw`\bpeace\s+of\s+mind\b`, 'trust=0.7', 'peace'],
  [String.raw`\b(this|that)(\s+is|'s)\s+why\s+(i|we)\s+(stay|stick)\b`, 'trust=0.8', 'why'],
  [String.raw`\bnever\s+(once\s+)?let\s+(me|us)\s+down\b`, 'trust=0.9', 'down'],
  [String.raw`\b(would|will|'d|definitely)\s+(\S+\s+){0,2}?(again)\b`, 'trust=0.4', 'again'],
  [String.raw`\bbeen\s+with\s+(them|you)\s+(for\s+)?(over\s+)?((\d+|two|three|four|five|six|seven|eight|ten|twelve)\s+years|a\s+decade|years)\b`, 'trust=0.5', 'been'],
  [String.raw`\bwill\s+i\s+(ever\s+)?get\s+(it|my\s+money|this|them)\s+back\b`, 'worry=0.6', 'will'],
  [String.raw`\bplease\s+tell\s+me\b|\bnot\s+safe\b|\bfelt\s+unsafe\b`, 'worry=0.6', 'tell safe unsafe'],
  [String.raw`\bwho\s+knew\b`, 'surprise=0.6', 'knew'],
];

/** Emoji and emoticon cues. */
export const EMOJI_EMOTIONS = `
😡:anger=0.9 🤬:anger=1 😠:anger=0.8 🖕:anger=0.9 😤:frustration=0.7,anger=0.3 🙄:frustration=0.6 🤦:frustration=0.7
😒:frustration=0.4,disappointment=0.3 😑:frustration=0.3 😩:frustration=0.6 😫:frustration=0.6 😖:frustration=0.5
😞:disappointment=0.7 😔:disappointment=0.5,sadness=0.4 👎:disappointment=0.5 💔:sadness=0.6,disappointment=0.3
☹:sadness=0.5,disappointment=0.3 🙁:disappointment=0.4,sadness=0.3 😢:sadness=0.8 😭:sadness=0.8 🥲:sadness=0.3
😕:confusion=0.6 🤔:confusion=0.6 🤷:confusion=0.4 😵:confusion=0.5 ❓:confusion=0.4 ⁉:confusion=0.3,surprise=0.3
😨:worry=0.7 😰:worry=0.8 😟:worry=0.6 😬:worry=0.4 😱:surprise=0.5,worry=0.4 😮:surprise=0.7 😲:surprise=0.8
😯:surprise=0.6 😳:surprise=0.5 🤯:surprise=0.7 🤡:anger=0.6,frustration=0.2 🥹:joy=0.5
😊:joy=0.7 🙂:joy=0.4 😀:joy=0.7 😃:joy=0.7 😄:joy=0.8 😁:joy=0.7 😆:joy=0.6 😍:joy=0.9 🥰:joy=0.9 🤩:joy=0.9
🥳:joy=0.9 🎉:joy=0.8 🎊:joy=0.7 ❤:joy=0.6 💕:joy=0.6 💖:joy=0.6 👍:joy=0.3,trust=0.2 👌:joy=0.3 👏:joy=0.4,gratitude=0.3
🙌:joy=0.6 💯:joy=0.4,trust=0.3 🙏:gratitude=0.7 🤗:gratitude=0.4,joy=0.4 😂:joy=0.3 🤣:joy=0.3
:):joy=0.5 :-):joy=0.5 :D:joy=0.8 :-D:joy=0.8 <3:joy=0.6 :(:disappointment=0.5,sadness=0.3 :-(:disappointment=0.5,sadness=0.3
:'(:sadness=0.8 >:(:anger=0.8 :/:confusion=0.3,disappointment=0.3 :-/:confusion=0.3,disappointment=0.3 :S:confusion=0.6
:s:confusion=0.6 :@:anger=0.8 :O:surprise=0.6 :o:surprise=0.6
`;
