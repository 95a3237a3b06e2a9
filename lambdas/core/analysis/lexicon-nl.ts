/**
 * Dutch sentiment lexicon, hand-written for customer feedback (reviews, social posts, chats) about
 * energy/utility companies, web shops and apps.
 *
 * How entries were chosen:
 * - General evaluative words that Dutch customers actually use in reviews (adjectives, verbs,
 * nouns, swear words, loanwords such as "top", "nice", "fail"), on the VADER scale -4..+4 so
 * they mix with the English seed: ~1 mild ("prima" 1.5), ~2 clear ("goed" 1.9, "slecht" -2.5),
 * ~3 strong ("geweldig" 3.1, "waardeloos" -3), ~3.5 extreme or abusive.
 * - A CX-domain layer: words that are neutral in general Dutch but carry polarity in service
 * feedback ("storing", "wachten", "terugbetaald", "vastgelopen"), and multi-word phrases
 * ("werkt niet", "snel geholpen", "te duur", "niet geleverd").
 * - Only base forms are listed (adjective without -e, verb stem or infinitive, singular noun):
 * inflections (waardeloze, sneller, storingen, gecrasht, teleurstellend) are reached by the
 * suffix stripper in `lexicon.ts`, compounds ("klantenservice", "stroomstoring") by tail
 * matching. Keys are written without diacritics.
 * - Words whose polarity depends on context (e.g. "bezorgd" = worried or delivered, "zorg",
 * "hopelijk") are left out or kept near 0.
 *
 * Format: whitespace-separated `key:valence` or `key:valence/negatedValence` (the valence to use
 * when the word is negated, for words whose negation means more than the flipped word, e.g.
 * "werkt" 0 but "werkt niet" -2). Multi-word phrases join words with `_`; a trailing `*` on a
 * phrase word matches any word starting with it.
 */

/** Evaluative words of general Dutch. */
export const NL_GENERAL = `
goed:1.9/-1.6 prima:1.6 uitstekend:3.0 perfect:3.0 geweldig:3.1 fantastisch:3.2 fantastiese:3.2 top:2.6 toppie:2.6
super:2.7 subliem:3.2 briljant:3.0 fenomenaal:3.2 formidabel:3.0 voortreffelijk:3.0 excellent:3.0 uitmuntend:3.0
fijn:2.0 leuk:1.9 mooi:2.0 prachtig:2.8 schitterend:3.0 heerlijk:2.8 lekker:1.8 tof:2.2 gaaf:2.4 vet:1.6 cool:1.8
nice:2.0 awesome:3.0 handig:1.8 makkelijk:1.7 gemakkelijk:1.7 eenvoudig:1.3 overzichtelijk:1.7 duidelijk:1.4/-1.6
snel:1.5/-1.5 vlot:1.6 rap:1.3 soepel:1.7 stabiel:1.4/-1.5 betrouwbaar:2.0/-2.0 veilig:1.3 correct:1.3/-1.5 juist:0.8
vriendelijk:2.1/-1.9 behulpzaam:2.2/-1.8 klantvriendelijk:2.2 gebruiksvriendelijk:2.0 klantgericht:1.8 attent:1.8
aardig:1.7 beleefd:1.6 sympathiek:1.8 geduldig:1.6 deskundig:1.9 professioneel:1.8/-1.8 kundig:1.8 competent:1.7
netjes:1.8 keurig:2.0 tevreden:2.1/-2.1 blij:2.3 gelukkig:1.6 opgelucht:1.6 dankbaar:2.2 enthousiast:2.3
content:1.6 happy:2.3 aanrader:2.7 aanbevolen:2.0 aanbevelen:2.0 aanraden:2.2/-2.2 goedkoop:1.2 voordelig:1.6
gunstig:1.5 scherp:0.6 redelijk:0.7 acceptabel:0.8 voldoende:0.9 oke:0.6 ok:0.6 okay:0.6 degelijk:1.4 solide:1.4
sterk:1.2 krachtig:1.3 efficient:1.6 effectief:1.5 innovatief:1.4 modern:0.9 strak:1.4 intuitief:1.7 logisch:0.9
compleet:0.9 uitgebreid:1.0 ruim:0.8 goedgekeurd:0.7 geslaagd:2.0 gelukt:1.6/-1.8 succes:1.6 succesvol:2.0
genieten:2.2 geniet:2.2 waarderen:1.8 waardering:1.7 compliment:2.2 complimenten:2.4 lof:2.0 pluim:2.2 chapeau:2.4
hulde:2.4 bravo:2.5 klasse:2.4 kanjer:2.4 held:2.2 helden:2.2 prettig:1.9 aangenaam:1.8 comfortabel:1.5 rustig:0.9
fair:1.3 eerlijk:1.6/-1.8 transparant:1.5 flexibel:1.5 zorgvuldig:1.8 grondig:1.3 accuraat:1.5 stipt:1.6 punctueel:1.6
feilloos:2.6 vlekkeloos:2.6 probleemloos:2.4 moeiteloos:2.0 zorgeloos:2.0 foutloos:2.2 love:3.0 liefde:2.5
bedankt:1.8 dank:1.6 dankje:1.9 dankjewel:2.0 dankuwel:2.0 bedankje:1.8 merci:1.8 thanks:1.8 thx:1.6 tnx:1.6
gefeliciteerd:2.5 hoera:2.5 joepie:2.6 yes:1.5 jippie:2.6 wauw:2.5 wow:2.5 woow:2.5 yay:2.4 haha:1.2 hihi:1.0
slecht:-2.5/1.0 matig:-1.2 middelmatig:-1.0 zwak:-1.5 armzalig:-2.4 armoedig:-2.0 pover:-1.8 karig:-1.2 schamel:-1.5
belabberd:-2.8 beroerd:-2.6 bagger:-3.0 baggerslecht:-3.4 waardeloos:-3.0 nutteloos:-2.4 zinloos:-2.0 hopeloos:-2.6
rampzalig:-3.2 ramp:-3.0 drama:-2.6 dramatisch:-2.6 catastrofe:-3.2 catastrofaal:-3.2 vreselijk:-3.0 verschrikkelijk:-3.0
afschuwelijk:-3.1 gruwelijk:-3.0 afgrijselijk:-3.1 verschrikking:-2.8 nachtmerrie:-2.8  crime:-2.6
schandalig:-3.0 schande:-2.8 schandelijk:-3.0 belachelijk:-2.6 bespottelijk:-2.6 absurd:-2.2 bizar:-2.0 idioot:-2.4
triest:-2.2 treurig:-2.2 zielig:-1.8 sneu:-1.6 jammer:-1.6 helaas:-1.2 spijtig:-1.6 balen:-2.0 baal:-2.0 zonde:-1.6
vervelend:-2.0 irritant:-2.4 ergerlijk:-2.4 erger:-2.2 ergernis:-2.4 irriteer:-2.2 irritatie:-2.4 storend:-1.8
frustrerend:-2.6 frustratie:-2.6 frustreer:-2.4 gefrustreerd:-2.6 teleurgesteld:-2.4 teleurstel:-2.4
teleurstelling:-2.5 ontgoocheld:-2.3 ontevreden:-2.4 ontstemd:-2.0 boos:-2.5 woedend:-3.2 woest:-3.0 razend:-3.2
kwaad:-2.6 pissig:-2.7 nijdig:-2.4 geirriteerd:-2.4 chagrijnig:-2.0 beu:-2.0 spuugzat:-3.0 kotsmisselijk:-3.0
verdrietig:-2.4 bang:-1.8 ongerust:-1.8 angstig:-1.9 onzeker:-1.3 wanhopig:-2.5 radeloos:-2.6 ellende:-2.6
ellendig:-2.6 stress:-2.0 gestrest:-2.0 moe:-1.2 lastig:-1.4 moeilijk:-1.3 ingewikkeld:-1.6 omslachtig:-1.9
onduidelijk:-1.9 verwarrend:-1.8 vaag:-1.4 onlogisch:-1.8 onhandig:-1.8 onoverzichtelijk:-1.9 rommelig:-1.7
traag:-2.0 langzaam:-1.6 sloom:-2.0 stroperig:-1.8 duur:-1.6 prijzig:-1.3 peperduur:-2.5 onbetaalbaar:-2.5
onvriendelijk:-2.4 onbeleefd:-2.4 onbeschoft:-2.8 brutaal:-2.2 arrogant:-2.3 grof:-2.2 
onprofessioneel:-2.6 amateuristisch:-2.6 incompetent:-2.8 onkundig:-2.4 dom:-2.2 stom:-2.2 stompzinnig:-2.6
onbetrouwbaar:-2.6 onbereikbaar:-2.4 onbruikbaar:-2.8 onwerkbaar:-2.6 onacceptabel:-2.8 onaanvaardbaar:-2.8
ontoelaatbaar:-2.8 onvoldoende:-1.8 ontoereikend:-1.8 onzin:-2.0 onzinnig:-2.0 nep:-2.4 fraude:-3.0 oplichter:-3.2
oplichting:-3.2 oplichters:-3.2 opgelicht:-3.0 bedrog:-3.0 bedrieger:-3.0 misleidend:-2.6 misleiding:-2.6 diefstal:-3.0
dief:-3.0 dieven:-3.0 maffia:-3.0 boeven:-2.8 uitbuiting:-2.8 afzetter:-3.0 afzetterij:-3.0 afgezet:-2.8
geldklopperij:-2.8 zakkenvuller:-2.8 zakkenvullers:-2.8 graaiers:-2.8 kut:-2.8 klote:-2.8 kloten:-2.6 kak:-2.4
shit:-2.6 kanker:-3.4 tering:-3.2 godver:-3.0 godverdomme:-3.2 verdomme:-2.8 kolere:-3.0 fuck:-3.0 fucking:-2.8
wtf:-2.6 zooi:-2.4 rotzooi:-2.8 troep:-2.4 rommel:-2.0 prut:-2.4 puinhoop:-2.8 bende:-2.2 janboel:-2.6 chaos:-2.2
zwaktebod:-2.2 wanprestatie:-3.0 aanfluiting:-3.0 lachertje:-2.4 grap:-1.0 klucht:-2.4 fail:-2.6 epic:0.5
sucks:-2.6 worst:-3.0 slechtst:-3.0 slechtste:-3.0 mislukt:-2.2 mislukking:-2.4 miskleun:-2.4 blunder:-2.2
pech:-1.6 probleem:-1.6/1.2 problemen:-1.7/1.2 probleempje:-0.9/0.6 klacht:-1.6/0.6 klachten:-1.6/0.6 fout:-1.8/0.6
fouten:-1.9/0.6 foutje:-1.0/0.5 gedoe:-1.8/1.0 gezeur:-1.8 gezeik:-2.6 gedonder:-2.2 gelazer:-2.4 ellende:-2.6
schaamte:-2.0 gênant:-2.0 genant:-2.0 pijnlijk:-2.0 zuur:-1.6 bitter:-1.6 sneu:-1.6 bah:-2.0 jakkes:-2.2 bleh:-1.6
ugh:-1.8 pff:-1.6 pfff:-1.8 zucht:-1.6 grr:-2.0 grrr:-2.2 argh:-2.0 meh:-0.6 tja:-0.4 nee:0 sorry:-0.4 excuses:0
onmogelijk:-1.8 onbegrijpelijk:-2.2 onverklaarbaar:-1.6 raar:-1.2 vreemd:-1.0 schokkend:-2.4
respectloos:-2.8 schofterig:-2.8 minachting:-2.6 arrogantie:-2.4 nalatig:-2.4 nalatigheid:-2.4 laks:-2.2 lakse:-2.2
 traagheid:-2.0 vertrouwen:1.6/-2.0 wantrouwen:-2.0 blunderen:-2.2 aanrader:2.7 topper:2.6 toppers:2.6
uitstekende:3.0 superblij:3.0 superslecht:-3.2 hartelijk:2.0 warm:1.2 gastvrij:2.0 behulpzaamheid:2.2
beloofd:0/-1.0 belofte:0.3 beloftes:0 nagekomen:0.8/-2.2 geweldige:3.1 goeie:1.9 goede:1.9 beter:1.2/-1.0 best:1.8
slechter:-2.4 achteruit:-1.8 achteruitgang:-2.0 verbeterd:1.4 verbetering:1.0/-1.2 vooruitgang:1.6 verslechterd:-2.2
verslechtering:-2.2 prijsverhoging:-1.8 verhoging:-0.8 verhoogd:-0.8 gestegen:-0.6 stijging:-0.8 verdubbeld:-1.0 tegoed:0 beltegoed:0 helder:1.2 beste_klant:0 geachte:0 woeker:-2.8
woekerprijs:-3.0 woekerprijzen:-3.0 oplichterspraktijken:-3.2 klantonvriendelijk:-2.6 klantvriendelijkheid:2.0
fan:1.6/-1.8 schattig:1.8 respect:1.6 gemoedsrust:2.0 pijn:-1.4 schrik:-1.4 verouderd:-1.4 gedateerd:-1.2
onvindbaar:-1.6 doolhof:-1.6 knap:1.4 afraden:-2.4
lauw:-1.2 koud:-0.6 vies:-2.2 smerig:-2.4 stinkt:-2.2 stinken:-2.2 lekt:-1.6 lekkage:-1.6 gedeukt:-1.8 gescheurd:-1.6
kapotgegaan:-2.2 overvol:-1.6 chaotisch:-2.0 rammelt:-1.6 rammelen:-1.6 wegvallen:-1.6 weggevallen:-1.6 gestolen:-2.0
geblokkeerd:-1.6 geweigerd:-1.6 afgewezen:-1.4 genegeerd:-2.2 negeren:-2.0 negeert:-2.0 afgescheept:-2.4 afgepoeierd:-2.4
belazerd:-2.8 genaaid:-2.6 oplichterij:-3.0 prutswerk:-2.6 knoeiwerk:-2.6 beunhazen:-2.8 prutsers:-2.6 geklungel:-2.4
klungelig:-2.2 onkunde:-2.2 slordig:-1.8 slordigheid:-1.8 vergissing:-1.0 opdringerig:-1.8 spam:-1.4 meevaller:1.6
tegenvaller:-1.8 tegenvallend:-1.8 smakelijk:2.0 vers:1.0 toppertje:2.6 is_zoek:-1.6 zijn_zoek:-1.6 hoofdpijn:-1.6
moet:0 moeten:0 moest:0 moesten:0 duren:0 duurt:0 duurde:0 duurden:0 plezant:2.0 ambetant:-2.2 zot:-1.2
`;

/** CX-domain vocabulary: polarity that only holds in service feedback. */
export const NL_DOMAIN = `
storing:-2.0/0.6 storingen:-2.0/0.6 stroomstoring:-2.2 uitval:-2.0 uitgevallen:-2.0 onderbreking:-1.4 
crash:-2.0 crasht:-2.2 crashen:-2.2 gecrasht:-2.2 vastlopen:-2.0 vastgelopen:-2.0 hangt:-0.8 bevriest:-1.8
bug:-1.8 bugs:-1.8 buggy:-2.2 glitch:-1.6 error:-1.8 foutmelding:-2.0 storingsmelding:-1.8 haper:-1.8 hapert:-1.8
traag:-2.0 vertraging:-1.8 vertraagd:-1.6 achterstand:-1.6 kwijt:-1.8 zoekgeraakt:-2.2 vermist:-1.8 beschadigd:-2.4
kapot:-2.4 defect:-2.2 stuk:-0.6 gebroken:-2.0 verkeerd:-1.8/0.4 verkeerde:-1.8/0.4 onjuist:-1.8 incorrect:-1.8
ontbreekt:-1.6 ontbrak:-1.6 ontbrekend:-1.6 dubbel:-0.4 afgeschreven:-0.3 teveel:-1.4 overbodig:-1.2 onnodig:-1.6
wachten:-1.0/0.6 wacht:-0.8 gewacht:-1.2 wachttijd:-1.6/0.5 wachtrij:-1.2 wachttijden:-1.8 aanmaning:-1.6
incassobureau:-2.0 deurwaarder:-2.2 boete:-1.8 boetes:-1.8 naheffing:-1.8 bijbetalen:-1.4 achterstallig:-1.2
afsluiting:-1.2 afgesloten:-0.4 opgezegd:0 opzeggen:0 overstappen:0 terugbetaald:1.4/-2.2
teruggestort:1.4/-2.2 terugbetaling:0.2/-1.8 gecompenseerd:1.6/-1.6 compensatie:0.8/-1.4 vergoed:1.4/-1.6
vergoeding:0.6/-1.2 opgelost:1.8/-2.2 verholpen:1.8/-2.2 gefixt:1.8/-2.0 gerepareerd:1.4/-1.8 oplossing:0.8/-1.6
geholpen:1.4/-1.8 hulp:0.4/-1.6 hulpvaardig:2.0 bereikbaar:0.6/-2.0 geleverd:0.4/-2.2 bezorgd:0/-2.2
ontvangen:0.2/-1.8 gekregen:0.2/-1.8 gekomen:0/-1.6 komt:0/-1.2 kwam:0/-1.4 geannuleerd:-1.0 geschrapt:-1.2
vervangen:0/-1.0 beloond:1.0/-1.6 binnen:0.2/-1.4 aangekomen:0.4/-1.8 werkt:0.3/-2.2 werken:0.3/-2.0 werkte:0.2/-2.0
functioneert:0.4/-2.0 functioneren:0.4/-2.0 reactie:0/-1.8 antwoord:0/-1.6 gereageerd:0.2/-1.8 teruggebeld:0.4/-2.0
teruggekoppeld:0.4/-1.8 nagekomen:0.8/-2.2 klopt:0.3/-1.6 klopte:0.3/-1.6 kloppen:0.3/-1.6 helpt:0.6/-1.8
hielp:0.6/-1.8 helpen:0.3/-1.6 geregeld:1.0/-1.6 aangepast:0.3/-1.2 verwerkt:0.2/-1.6 gecorrigeerd:0.8/-1.6
spijt:-1.8 verzet:-0.8 opdagen:0/-2.0 beantwoord:0.4/-1.8 opgepakt:0.4/-1.6 behandeld:0.3/-1.6 vinden:0/-1.4 vind:0/-1.2 gevonden:0.2/-1.4 uitgesteld:-1.0 uitleg:0/-1.4 toelichting:0/-1.2 snelheid:0.6/-1.6 bevalt:0.8/-2.0 beviel:0.8/-2.0 bevallen:0.6/-1.8 voldoet:0.6/-2.0 voldoen:0.6/-2.0 voldeed:0.6/-2.0 lukt:0.4/-2.0 lukte:0.3/-2.0 inloggen:0/-2.0 betalen:0/-1.2 stroom:0/-2.0 internet:0/-2.0 verbinding:0/-2.0 bereik:0/-2.0 ben_het_zat:-2.6 ik_ben_het_zat:-2.6 service:0/-1.8 ervaring:0.1 aanrader:2.7 afzetten:-2.2 oplichten:-3.0
`;

/** Multi-word expressions, matched before single words. */
export const NL_PHRASES = `
 
doet_het:0.4/-2.2 aan_te_raden:2.4/-2.6 doet_niks:-2.0 doet_niets:-2.0 
 slecht_bereikbaar:-2.4
snel_geholpen:2.7 snel_opgelost:2.6 goed_geholpen:2.6 top_geholpen:3.0 super_geholpen:3.0 prima_geholpen:2.4
netjes_opgelost:2.5 netjes_geholpen:2.4 vriendelijk_geholpen:2.6 keurig_geholpen:2.5 direct_geholpen:2.2
snel_geleverd:2.4 snel_bezorgd:2.4 snel_in_huis:2.4 op_tijd:1.4/-1.8 binnen_een_dag:1.2 volgende_dag:0.8
te_duur:-2.2 veel_te_duur:-2.8 te_hoog:-1.8 veel_te_hoog:-2.4 te_laat:-2.0 veel_te_laat:-2.6 te_traag:-2.2
te_lang:-1.6 veel_te_lang:-2.2 te_ingewikkeld:-2.0 te_weinig:-1.2 in_de_wacht:-1.6 in_de_wachtrij:-1.4
aan_het_lijntje:-2.4 aan_het_lijntje_gehouden:-2.6 van_het_kastje_naar_de_muur:-2.8 van_kastje_naar_muur:-2.8
eerlijk_gezegd:0 te_spreken_over:1.8/-2.0 niets_bijzonders:-0.4 niks_bijzonders:-0.4 zonder_overleg:-1.2 gaat_mis:-2.0 ging_mis:-2.0 gaat_fout:-2.0 ging_fout:-2.0 liep_mis:-2.0 te_hoge:-1.8 veel_te_hoge:-2.4 lekker_bezig:-1.6 goed_bezig:1.2 dank_je_de_koekoek:-2.4 bedankt_voor_niks:-2.6 bedankt_voor_niets:-2.6
dank_voor_niks:-2.6 zoals_beloofd:1.4/-1.6 zoals_afgesproken:1.2/-1.4 niks_op_aan_te_merken:2.2
niets_op_aan_te_merken:2.2 te_veel:-1.4 knap_werk:2.0 hetzelfde_liedje:-1.4 altijd_hetzelfde_liedje:-1.6 doet_pijn:-2.2 geeft_rust:1.6 twee_keer_betaald:-2.2 dubbel_betaald:-2.2
geen_probleem:1.0 geen_problemen:1.2 geen_klachten:1.6 niks_mis_mee:1.8 niets_mis_mee:1.8
geen_zorgen:1.0 zo_snel_mogelijk:0 
waar_voor_je_geld:2.0 waar_voor_mijn_geld:2.0 met_plezier:1.8 naar_tevredenheid:2.2 tot_mijn_tevredenheid:2.2
geld_terug:0.6 geld_kwijt:-2.2 dubbel_afgeschreven:-2.4 twee_keer_afgeschreven:-2.4 ten_onrechte:-2.2
zomaar_afgeschreven:-2.4 geen_gehoor:-2.2 niks_gehoord:-2.0
niets_gehoord:-2.0 nooit_meer_iets_gehoord:-2.6 loopt_vast:-2.2
liep_vast:-2.2 valt_uit:-2.0 viel_uit:-2.0 ligt_plat:-2.2 ligt_er_uit:-2.2 ligt_er_weer_uit:-2.4 ligt_er_alweer_uit:-2.4 lag_er_uit:-2.2 ligt_eruit:-2.2 lag_plat:-2.2 ligt_eruit:-2.2 lag_eruit:-2.2
sluit_af:-0.6 
 zonder_stroom:-2.0 zonder_internet:-2.0 heel_blij:2.6
erg_blij:2.6 af_te_raden:-2.6 ik_raad_het_af:-2.6 raad_het_af:-2.6
ik_raad_iedereen_af:-2.8 ik_raad_het_aan:2.4 zeker_aan_te_raden:2.8 een_aanrader:2.7 een_ramp:-3.0 om_te_huilen:-2.6
om_van_te_huilen:-2.6 om_moe_van_te_worden:-2.4 het_is_wat:-1.2 zo_zonde:-1.8 boven_verwachting:2.4
naar_verwachting:0.6 onder_de_maat:-2.2 beneden_peil:-2.6 beneden_alle_peil:-3.0 onder_alle_peil:-3.0
de_weg_kwijt:-1.6 er_klopt_niks_van:-2.4 klopt_niks_van:-2.4 klopt_geen_reet_van:-2.8 geen_reet:-2.4
in_orde:0.8/-1.4 voor_elkaar:1.4/-1.6 top_service:3.0 service_is_top:3.0 dikke_duim:2.6 duim_omhoog:2.4
vijf_sterren:2.6 5_sterren:2.6 een_ster:-2.0 1_ster:-2.0 nul_sterren:-2.8 0_sterren:-2.8
`;

/** Words that scale the sentiment word after them (factor > 1 intensifies, < 1 softens). */
export const NL_BOOSTERS = `
heel:1.3 erg:1.3 zeer:1.35 super:1.4 echt:1.25 enorm:1.4 ontzettend:1.45 ongelofelijk:1.45 ongelooflijk:1.45
vreselijk:1.4 verschrikkelijk:1.4 bijzonder:1.3 uitermate:1.4 buitengewoon:1.35 extreem:1.45 mega:1.4
hartstikke:1.4 behoorlijk:1.2 flink:1.2 nogal:1.1 best:1.1 vrij:0.9 redelijk:0.85 tamelijk:0.85 enigszins:0.7
beetje:0.7 ietsje:0.7 ietwat:0.75 iets:0.8 lichtelijk:0.7 zo:1.2 te:1.15 veel:1.15 totaal:1.4 volledig:1.3
compleet:1.35 helemaal:1.3 absoluut:1.35 werkelijk:1.3 ronduit:1.4 gewoon:1.1 zwaar:1.3 diep:1.3 dik:1.2
keihard:1.3 wreed:1.4 mateloos:1.4 bizar:1.4 waanzinnig:1.45 belachelijk:1.4 idioot:1.4 knap:1.15 onwijs:1.45 heel_erg:1.5
best_wel:1.1 een_beetje:0.7 een_tikje:0.7 wel_erg:1.3 toch_wel:1.1 zowat:0.9 bijna:0.7 nauwelijks:0.5 ultra:1.4 stukken:1.3
`;

/** Negation cues with the factor they apply to the sentiment in their scope. */
export const NL_NEGATORS = `
niet:-0.74 geen:-0.74 nooit:-0.8 niks:-0.74 niets:-0.74 zonder:-0.74 noch:-0.74 nergens:-0.74 niemand:-0.74
nimmer:-0.8 minder:-0.5 amper:-0.6 nauwelijks:-0.6
`;

/** Contrast markers: the clause after them weighs more, the clause before less. */
export const NL_CONTRAST = ['maar', 'echter', 'daarentegen', 'desondanks', 'alleen'];

/** Concessive markers: the clause they open weighs less ("hoewel het goedkoop is, ..."). */
export const NL_CONCESSIVE = ['hoewel', 'ondanks', 'weliswaar', 'ofschoon', 'alhoewel'];

/** Compound heads that colour a compound: "supersnel", "kutapp", "topservice", "rotzooi". */
export const NL_COMPOUND_PREFIXES = `
super:1.4 mega:1.4 hyper:1.35 ultra:1.4 kei:1.4 bere:1.4 reuze:1.35 knetter:1.4 oer:1.3 hartstikke:1.4
kut:-2.8 klote:-2.8 kanker:-3.2 tering:-3.0 tyfus:-3.0 rot:-2.2 kak:-2.4 pokke:-2.8 prut:-2.4 bagger:-3.0 wan:-2.4
top:2.6 pracht:2.6 droom:2.2 fantastisch:3.0 mislukt:-2.2
`;

/** Nouns that may follow a sentiment prefix in a compound ("kutapp"); guards "rotterdam" and the like. */
export const NL_COMPOUND_NOUNS = `
app:2 apps:2 bedrijf:2 bedrijfje:2 service:2 klantenservice:2 website:2 site:2 winkel:2 webshop:2 pakket:2
levering:2 product:2 producten:2 zooi:2 ding:2 netwerk:2 internet:2 verbinding:2 update:2 systeem:2 telefoon:2
abonnement:2 provider:2 dienst:2 dienstverlening:2 meter:2 dag:2 week:2 weekend:2 weer:2 tent:2 club:2 organisatie:2
contract:2 factuur:2 rekening:2 energie:2 leverancier:2 medewerker:2 medewerkers:2 chatbot:2 bot:2 helpdesk:2
klant:2 klanten:2 ervaring:2 kwaliteit:2 prijs:2 tarief:2 storing:2 modem:2 router:2 wifi:2
`;
