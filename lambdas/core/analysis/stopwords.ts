/**
 * Stopwords for key-phrase extraction: function words plus the verbs, adverbs, greetings and
 * courtesy words that occur in nearly every piece of feedback and so name no subject.
 */

/** Dutch stopwords. */
export const NL_STOPWORDS: ReadonlySet<string> = new Set(
  `aan aangezien achter af al alle alleen allemaal alles als alsjeblieft alstublieft altijd ander andere anders bij
  ben bent binnen boven daar daarna daarom daarvoor dag dan dat de deze die dit doe doen doet door dus echt een eens
  eigenlijk elk elke en enige enkele er erg even ga gaan gaat gaf gebeurd gedaan gegeven geen gehad geweest gewoon
  had hadden heb hebben hebt heeft hem hen het hier hij hoe hoi hallo hey hun iedereen iemand iets ik in is ja je
  jij jou jouw jullie kan keer komen komt kon konden krijg krijgen krijgt kun kunnen kunt laat laten liever maak
  maakt maar mag me meer men met mij mijn moest moesten moet moeten na naar natuurlijk nee net niet niets nieuw
  niks nog nooit nu of om omdat ons onze ook op over pas per precies reeds rond sinds sommige steeds te tegen toch
  toen tot tussen u uit uw van vanaf vanuit veel voor vooral vrij waar waarom wanneer want was waren wat we wel
  werd werden wie wij wil willen word worden wordt zal ze zeer zei zelf zeggen zegt zich zien zij zijn zo zoals
  zonder zou zouden zul zullen zulks zit zitten zeg nou oké ok oke okay bedankt dank dankjewel dankuwel groet
  groeten mvg gr beste geachte heel hele helemaal ben werkelijk wederom weer alweer opnieuw graag iets ietsje
  beetje best nogal zowel inmiddels ondertussen vandaag gisteren morgen week weken maand maanden jaar jaren uur
  uren minuten dagen nadat terwijl hoewel ondanks waardoor waarbij daardoor hierdoor hoor zeg joh he hè mensen
  eerste tweede derde zoveelste volgens ongeveer bijna zeker misschien wellicht blijkbaar kennelijk sowieso
  trouwens tenminste helaas gelukkig echter hebt heeft krijg kreeg kregen ging gingen kwam kwamen zag zagen moest
  mocht kon wilde wou stond staat staan lijkt bleek blijft blijven via terug een twee drie vier vijf zes zeven acht
  negen tien honderd duizend keer snap snapte begrijp begreep bel belde bellen gebeld belt wacht wachtte gewacht
  geworden worden zeggen gezegd vraag vragen gevraagd kijk kijken gekeken denk denken gedacht vind vinden vond
  geeft gaf geven gegeven toont toonde laat liet zegt doet deed werkt werkte werken loopt liep staat stond
  reageert reageerde reageren belt mailt stuurt stuurde gestuurd komt kwam gekomen duurt duurde gaat ging`.split(/\s+/),
);

/** English stopwords. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each even
  ever every few for from further get gets getting got gotten had hadn't has hasn't have haven't having he her here
  hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more
  most much must my myself no nor not now of off on once only or other our ours ourselves out over own really
  same she should shouldn't so some still such than that that's the their theirs them themselves then there
  there's these they they're this those through to too under until up upon us very was wasn't we we're were
  weren't what what's when where which while who whom why will with won't would wouldn't you you're your yours
  yourself yourselves hi hello hey dear thanks thank thx please pls ok okay yes yeah yep nope lol im ive dont
  doesnt didnt cant wont isnt wasnt keep keeps kept make makes made go goes going went gone say said says tell told
  try tried trying want wanted need needed needs know knew see seen look looks like think thought use used using
  day days week weeks month months year years hour hours minute minutes time times today yesterday tomorrow
  already always never sometimes often again another also anyway actually literally basically just maybe
  probably definitely totally absolutely seriously one two three first second third lot lots thing things
  something anything everything nothing someone anyone everyone nobody guys people via per etc back four five
  six seven eight nine ten hundred called call calling calls wait waited understand get got asked ask
  shows showed show gives gave give says works worked work takes took take comes came sends sent
  responds responded answers answered tries runs ran`.split(/\s+/),
);
