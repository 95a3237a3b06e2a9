/**
 * Generates the committed sample data in sample-data/ for the fictional Dutch energy supplier
 * Stroomwijs: App Store review feeds, Mastodon statuses and Amazon Connect chat transcripts,
 * each in the source's real format, plus sample-data/README.md with the counts of every trap.
 *
 * Deterministic: one seeded PRNG, no clock. Run with `npx tsx scripts/generate-sample-data.ts`.
 * The texts are hand-written below; the script only dates, orders and wraps them.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../bench/generate.ts';

const OUT = 'sample-data';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and time slots
// ---------------------------------------------------------------------------------------------

const rand = seeded(20261120);
const randInt = (min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

function weighted(weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const HOUR = 3_600_000;
const START = Date.UTC(2026, 10, 1); // Sunday 1 November 2026, 00:00 UTC
const BURST_START = Date.UTC(2026, 10, 20, 14);
const MAX_PER_HOUR = 3;

// Nov 1 is a Sunday. Weekdays are busier; the 2nd/3rd (monthly invoices), the 10th (an
// outage) and the 16th (price-change mail) get extra traffic.
const DAY_WEIGHTS = [
  0.6, 1.8, 1.6, 1.0, 1.0, 0.9, 0.7, 0.6, 1.3, 1.1, 1.9, 1.0, 0.9, 0.7, 0.6, 1.3, 1.6, 1.0, 1.0, 1.1, 1.0,
];
// UTC hours; the Netherlands is UTC+1 in November, so activity peaks 17:00–21:00 UTC.
const HOUR_WEIGHTS = [
  0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 0.9, 1.1, 1.2, 1.2, 1.1, 1.0, 1.1, 1.1, 1.0, 1.0, 1.1, 1.3, 1.4, 1.3, 1.0, 0.6,
  0.3,
];

const perHour = new Map<number, number>();

/** A timestamp outside the burst hour, with at most MAX_PER_HOUR items in any hour. */
function slot(options: { days?: readonly number[]; fromHour?: number; toHour?: number; maxMinute?: number } = {}): number {
  const fromHour = options.fromHour ?? 0;
  const toHour = options.toHour ?? 23;
  const hourWeights = HOUR_WEIGHTS.map((w, h) => (h >= fromHour && h <= toHour ? w : 0));
  const dayWeights = DAY_WEIGHTS.map((w, d) => (options.days === undefined || options.days.includes(d) ? w : 0));
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const hourStart = START + weighted(dayWeights) * 24 * HOUR + weighted(hourWeights) * HOUR;
    if (hourStart === BURST_START) continue;
    const used = perHour.get(hourStart) ?? 0;
    if (used >= MAX_PER_HOUR) continue;
    perHour.set(hourStart, used + 1);
    const minute = randInt(0, options.maxMinute ?? 59);
    return hourStart + minute * 60_000 + randInt(0, 59) * 1000 + randInt(0, 999);
  }
  throw new Error('no free time slot left');
}

/** A timestamp inside the burst hour (20 Nov 2026, 14:00–14:59 UTC). */
function burstSlot(): number {
  return BURST_START + randInt(2, 58) * 60_000 + randInt(0, 59) * 1000 + randInt(0, 999);
}

const isoMs = (t: number): string => new Date(t).toISOString();
const isoSeconds = (t: number): string => `${new Date(t).toISOString().slice(0, 19)}.000Z`;

/** Apple writes review times in US Pacific time: PDT (-07:00) until 1 Nov 09:00 UTC, then PST. */
function pacific(t: number): string {
  const offsetHours = t < Date.UTC(2026, 10, 1, 9) ? 7 : 8;
  const local = new Date(Math.floor(t / 1000) * 1000 - offsetHours * HOUR).toISOString().slice(0, 19);
  return `${local}-0${offsetHours}:00`;
}

function uuid(): string {
  const hex = Array.from({ length: 32 }, () => randInt(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((randInt(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** ISO 13616 check: the IBANs in the texts must be valid so PII detectors can recognise them. */
function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  return remainder === 1;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// The texts
// ---------------------------------------------------------------------------------------------
// Hand-written App Store reviews for the fictional supplier Stroomwijs. Each text is used once.
// s = sentiment label as a CX analyst would give it (pos/neg/neu/mix), r = stars, pii = contains
// personal data that the enrich step must redact.

/** Sentiment as a CX analyst would label the text. */
type Sentiment = 'pos' | 'neg' | 'neu' | 'mix';

/** One hand-written review. */
interface ReviewText {
  s: Sentiment;
  r: number;
  title: string;
  text: string;
  pii?: boolean;
}

const rv = (s: Sentiment, r: number, title: string, text: string, pii = false): ReviewText => ({ s, r, title, text, pii });

/** Dutch reviews in the nl storefront, outside the burst. */
const NL_REVIEWS: ReviewText[] = [
  rv('pos', 5, 'Eindelijk inzicht', 'Sinds ik de app heb zie ik per uur wat we verbruiken. De wasmachine draait nu overdag als de zon schijnt. Top!'),
  rv('pos', 5, 'Prima app', 'Doet wat ie moet doen. Meterstanden doorgeven gaat in 10 seconden.'),
  rv('neg', 1, 'Inloggen lukt niet', 'Al drie dagen kan ik niet inloggen. Code per sms komt niet aan, nieuwe code aanvragen zegt "probeer het later opnieuw". Hoezo later??'),
  rv('mix', 3, 'Mooi maar...', 'app is mooi maar de factuur klopt niet. Er staat 412 kWh terwijl mijn eigen meterstand 298 zegt. Graag aanpassen.'),
  rv('neg', 1, 'heeel slecht', 'heeel slecht. app loopt vast bij openen en als ie het wel doet zie ik mijn verbruik van vorige maand niet'),
  rv('pos', 4, 'niet slecht', 'Niet slecht eigenlijk. Had na alle verhalen iets ergers verwacht. Alleen de grafieken laden wat traag.'),
  rv('neg', 1, 'Weg hier', 'Maandbedrag van 118 naar 196 euro zonder uitleg. Ik stap over naar Vattenfall, klaar mee.'),
  rv('pos', 5, 'Dynamisch tarief 👍', 'Met het dynamische tarief en de app-melding als stroom goedkoop is besparen we echt. Vorige maand €23 minder dan verwacht 😀'),
  rv('neg', 2, 'klantenservise onbereikbaar', 'klantenservise is niet te bereiken, 45 min in de wacht gestaan en toen werd de verbinding verbroken. App zegt "chat met ons" maar de chat is een bot die niks snapt.'),
  rv('neu', 3, 'Vraagje', 'Kan je in de app ook een tweede adres toevoegen? Heb een vakantiehuisje en wil beide contracten op één plek zien.'),
  rv('neg', 1, 'Geweldig hoor', 'Geweldig, alweer een storing 🙄 Derde keer deze maand dat de app "onderhoud" zegt precies als ik mijn meterstand wil invoeren.'),
  rv('pos', 5, 'Snel geholpen', 'Had een vraag over mijn jaarafrekening en via de chat was het binnen 5 minuten opgelost. Dank aan Priya van de klantenservice!'),
  rv('mix', 3, 'Goed idee, matige uitvoering', 'Het idee van de app is goed en het tarief is eerlijk. Maar elke update verschuift alle knoppen en de donkere modus is onleesbaar.'),
  rv('neg', 1, 'Terugbetaling???', 'Sinds 2 oktober wacht ik op mijn terugbetaling van €214,80 na de eindafrekening. Drie keer gebeld, elke keer "het staat klaar". Niet dus.'),
  rv('pos', 4, 'Fijne app', 'Overzichtelijk, rustig design, geen reclame. Eén ster eraf omdat ik de jaaroverzichten niet als pdf kan downloaden.'),
  rv('pos', 5, 'Eindelijk een goede update', 'Na de laatste update opent de app in een seconde en de facturen laden meteen. Zo kan het dus ook 👏'),
  rv('pos', 5, 'Aanrader', 'Overgestapt van Essent en heb er geen spijt van. Overstappen ging vanzelf, ze regelden de opzegging bij mijn oude leverancier.'),
  rv('neu', 3, 'Ok', 'Werkt. Niks bijzonders.'),
  rv('pos', 4, 'Goede uitleg tariefwijziging', 'Het tarief ging per 1 november omhoog maar ze legden in de app precies uit waarom en wat het voor mij betekent. Netjes.'),
  rv('pos', 5, 'Zonnepanelen', 'Super dat je de teruglevering van je zonnepanelen per dag ziet. Nu weet ik eindelijk of die panelen iets opleveren (ja dus ☀️).'),
  rv('neg', 1, 'Niet betrouwbaar', 'App laat een maandbedrag van €87 zien, op mijn bankafschrift staat €134. Welke klopt er nou?'),
  rv('mix', 2, 'Service top, app flop', 'De mensen aan de telefoon zijn echt aardig en denken mee. Maar de app... sloooow en de helft van de tijd moet ik opnieuw inloggen.'),
  rv('pos', 5, 'Beste energieapp', 'Heb Eneco, Vandebron en nu Stroomwijs gehad. Deze app is veruit de duidelijkste. Chapeau.'),
  rv('neg', 1, 'Inloggen met DigiD?', 'Waarom moet ik elke keer een code per mail krijgen? Die mail komt pas na 10 minuten binnen. Gewoon Face ID toestaan zoals elke bank-app.'),
  rv('pos', 4, 'Prima, kleine wens', 'Goede app! Zou fijn zijn als je een melding krijgt als je maandbedrag te laag is, zodat je niet schrikt bij de jaarafrekening.'),
  rv('neg', 2, 'storing zonder info', 'Gisteravond de hele wijk zonder stroom en in de app stond niks over een storing. Moest het via Twitter horen.'),
  rv('neu', 3, 'Gaat wel', 'Gaat wel. De grafiek per week is handig, per maand klopt niet altijd met de factuur maar dat zal wel aan de schatting liggen.'),
  rv('neg', 1, 'oplichters', 'Boete van €125 omdat ik overstap terwijl ik een variabel contract had. Dat mag helemaal niet. Stap over naar Budget Energie en dien een klacht in.'),
  rv('pos', 5, ':)', 'Super handig :) Alles in één oogopslag.'),
  rv('mix', 3, 'Halve score', 'Overstappen naar Stroomwijs ging snel en het tarief is scherp. Alleen de welkomstbonus van €100 heb ik na 3 maanden nog steeds niet gezien.'),
  rv('neg', 1, 'Help', 'Ik heb de app verwijderd en opnieuw gedownload en nu staat mijn account er niet meer in??? Mail me aub op marloes.vdberg@hotmail.com want bellen lukt niet', true),
  rv('pos', 4, 'Goed', 'Goede app, doet het gewoon. Af en toe wat traag bij het openen.'),
  rv('pos', 5, 'Fijn voor ouderen', 'Ik ben 71 en kan alles zelf regelen in deze app. Grote letters, duidelijke knoppen. Dank jullie wel.'),
  rv('pos', 5, 'Top service', 'Mijn moeder (82) kon de app niet installeren, klantenservice heeft haar stap voor stap geholpen aan de telefoon. Zo hoort het 💚'),
  rv('neu', 3, 'Update?', 'Sinds de laatste update staat alles in het Engels terwijl mijn telefoon op Nederlands staat. Bug?'),
  rv('neg', 1, 'Dubbel afgeschreven', 'Deze maand twee keer het maandbedrag afgeschreven. In de app zie ik maar één betaling. Bel me terug op 06-12345678 want ik wil dit vandaag opgelost hebben.', true),
  rv('pos', 5, 'Goed geregeld', 'Verhuizing doorgegeven in de app en alles werd netjes geregeld, inclusief eindafrekening van het oude adres. Geen gedoe.'),
  rv('mix', 3, 'Kan beter', 'Het dynamische tarief is leuk bedacht en het scheelt geld. Alleen zie ik de prijzen voor morgen pas om 15:00 en dan heb ik mijn planning al gemaakt.'),
  rv('neg', 1, 'Waardeloos', 'Waardeloze app. Niks werkt.'),
  rv('pos', 4, 'Best tevreden', 'Best tevreden. Prijs is eerlijk en de app geeft goed inzicht. De chatbot mag wel slimmer.'),
  rv('pos', 5, 'Echt een aanrader', 'Echt een aanrader voor iedereen met zonnepanelen. Je ziet precies wanneer je teruglevert en wat het oplevert.'),
  rv('pos', 5, 'Heel blij', 'Eindelijk een leverancier die gewoon duidelijk is. Geen kleine lettertjes, geen gedoe. De app is daar een verlengstuk van 👌'),
  rv('neu', 3, 'Wachten op widget', 'Prima app, maar een widget voor het startscherm met de stroomprijs van nu zou een enorme verbetering zijn.'),
  rv('neg', 1, 'Storing storing storing', 'Elke keer als ik iets wil regelen: "Er is een storing, probeer het later". Zelfs de storingspagina heeft een storing 🤡'),
  rv('pos', 4, 'Fijn', 'Fijn dat je het maandbedrag zelf kan aanpassen binnen een bandbreedte. Scheelt een telefoontje.'),
  rv('neg', 1, 'Geld terug', 'Ik krijg €312 terug volgens de jaarafrekening maar ze willen het verrekenen met volgend jaar. Ik wil gewoon mijn geld op NL91ABNA0417164300, zo moeilijk is dat niet.', true),
  rv('mix', 2, 'Slim maar irritant', 'De meldingen over goedkope stroom zijn slim, maar ik krijg er 6 per dag, ook om 2 uur \'s nachts. Uitzetten per tijdvak kan niet.'),
  rv('pos', 5, 'Echt goed', 'Niet slecht, helemaal niet slecht zelfs. Overgestapt vanwege de prijs, gebleven vanwege de app 😄'),
  rv('pos', 5, 'Handig!', 'Handig dat je meteen ziet wat je vandaag al hebt verbruikt. Mijn kinderen doen nu wedstrijdjes wie het minst verbruikt 😂'),
  rv('pos', 5, 'Duurzaam', 'Fijn dat je kan zien waar je stroom vandaan komt (wind uit de Noordzee!). Voelt goed.'),
  rv('neu', 3, 'Neutraal', 'App is oké. Verwacht niet te veel, dan valt het mee.'),
  rv('neg', 1, 'Bah', 'Bah. Mijn contract loopt af en ik krijg een verlengingsaanbod dat €40 per maand duurder is dan voor nieuwe klanten. Loyaliteit wordt gestraft. Ik ga overstappen.'),
  rv('pos', 4, 'Goede app, één puntje', 'Werkt goed. Alleen jammer dat je bij het wijzigen van je IBAN nog steeds een formulier moet uploaden in plaats van gewoon in de app.'),
  rv('pos', 5, 'Geen gedoe', 'Geen gedoe, geen verrassingen. Maandbedrag klopt, jaarafrekening klopte ook. Meer wil ik niet.'),
  rv('pos', 5, 'Super', 'Super app! 5 sterren ⭐⭐⭐⭐⭐'),
  rv('mix', 3, 'Eerlijk', 'Eerlijk is eerlijk: de prijs is goed en de stroom is groen. Maar als er iets misgaat met je factuur ben je weken zoet.'),
  rv('neg', 2, 'Postcode wijziging', 'Na onze verhuizing staat nog steeds het oude adres in de app, 2514 GL 7a moet het zijn. Al twee keer doorgegeven.', true),
  rv('pos', 4, 'Goede updates', 'De laatste updates hebben de app echt sneller gemaakt. Inloggen met Face ID werkt nu ook. Goed bezig!'),
  rv('pos', 4, 'Terugbetaling snel geregeld', 'Na de eindafrekening stond het geld binnen een week op mijn rekening. Had ik eerlijk gezegd niet verwacht.'),
  rv('neu', 3, 'Verbruik per apparaat?', 'Zou mooi zijn als de app kan laten zien welk apparaat het meeste verbruikt, zoals sommige andere apps doen. Verder prima.'),
  rv('pos', 5, 'Dankjewel', 'Dankjewel voor de snelle hulp bij de storing vorige week. Binnen een uur wisten we wat er aan de hand was.'),
  rv('pos', 5, 'Prijzen duidelijk', 'Eindelijk snap ik wat ik per kWh betaal. Alles staat overzichtelijk in de app, inclusief belasting.'),
  rv('pos', 4, 'Tevreden klant', 'Al 2 jaar klant en tevreden. App wordt steeds beter.'),
  rv('pos', 5, 'Klantenservice 10/10', 'Klantenservice heeft me super geholpen met mijn verhuizing. Vriendelijk, snel en ze belden zelfs terug zoals beloofd.'),
  rv('pos', 5, 'Duidelijk', 'Helder overzicht van mijn kosten. Eindelijk snap ik mijn energierekening 🙏'),
  rv('mix', 3, 'Wisselend', 'Soms werkt alles perfect, soms kan ik een dag lang niet inloggen. Vraag me af waar dat aan ligt.'),
  rv('pos', 4, 'Prima', 'Prima app, ziet er netjes uit 👍'),
  rv('pos', 5, 'Heerlijk simpel', 'Heerlijk simpel. Meterstand doorgeven, verbruik bekijken, klaar.'),
  rv('neu', 3, 'Geen mening', 'Gebruik de app alleen om mijn factuur te bekijken. Daarvoor werkt hij prima.'),
  rv('pos', 4, 'Stuk beter dan Essent', 'Stuk beter dan de app van Essent waar ik vandaan kom. Mist alleen nog gas-verbruik per uur.'),
  rv('pos', 5, 'Chatbot verrassend goed', 'Had weinig verwachtingen van de chatbot maar mijn vraag over het maandbedrag werd meteen goed beantwoord. Netjes.'),
  rv('neg', 2, 'Contract opzeggen', 'Ik wilde mijn contract opzeggen via de app maar die optie is er niet. Moet bellen. Zal wel expres zijn.'),
];

/** English reviews that land in the nl storefront (expats with a Dutch Apple ID). */
const NL_STORE_ENGLISH_REVIEWS: ReviewText[] = [
  rv('pos', 5, 'Great for expats', 'Finally a Dutch energy app fully in English. Made moving here so much easier.'),
  rv('neg', 1, 'English half-baked', 'Half of the app is English, the invoices and all the notifications are Dutch only. Google Translate it is...'),
  rv('mix', 3, 'Good tariff, poor support', 'The dynamic tariff saves us money, no doubt. But customer service only answers in Dutch on the phone and the chat bot is useless.'),
  rv('pos', 4, 'Not bad at all', 'Not bad at all. Clean design, clear numbers. Would love a widget.'),
  rv('neg', 2, 'Refund taking forever', 'Moved out in September, final bill says they owe me €188. Still waiting. Emails to support just get an automated reply.'),
  rv('neu', 3, 'Works', 'Works fine for submitting meter readings, haven’t used much else.'),
];

/** Reviews in the gb storefront (English), outside the burst. */
const GB_REVIEWS: ReviewText[] = [
  rv('pos', 5, 'Brilliant', 'Brilliant app, really easy to see what we use each day. The half-hourly graph is great.'),
  rv('neg', 1, 'Cancelling my contract', 'Three wrong bills in a row and nobody can explain why. Cancelling my contract at the end of the month.'),
  rv('pos', 4, 'Solid', 'Solid app. Does what it says. Login could be quicker.'),
  rv('neg', 1, 'Login broken', 'Can’t log in since the update. It keeps saying my email isn’t recognised even though I get their marketing emails just fine 🙃'),
  rv('mix', 3, 'Love the insights, hate the bills', 'Love the usage insights, hate that the monthly amount keeps changing without warning. Pick one.'),
  rv('pos', 5, 'Excellent customer service', 'Had an issue with my direct debit and the customer service team sorted it the same day. Very impressed.'),
  rv('neg', 2, 'sloooow', 'sloooow. Takes ages to load anything. Used to be fine.'),
  rv('neu', 3, 'Question', 'Is there a way to export my usage data to a spreadsheet? Couldn’t find it.'),
  rv('pos', 5, 'Saved us money', 'Switched to the dynamic tariff after seeing the prices in the app. We now run the dishwasher at night and save about £20 a month.'),
  rv('neg', 1, 'Oh great', 'Oh great, another outage. Fantastic timing as always, right when the bill is due 🙄'),
  rv('pos', 4, 'Pretty good', 'Pretty good overall, a couple of bugs in dark mode.'),
  rv('neg', 1, 'App crashes', 'App crashes every time I open the invoices tab. iPhone 15, latest iOS. Reinstalled twice.'),
  rv('mix', 3, 'Mixed feelings', 'The app looks lovely but the bill doesn’t add up. 340 kWh on the app, 410 on the invoice. Which one is it?'),
  rv('pos', 5, 'Best energy app I’ve used', 'Best energy app I’ve used, and I’ve been through four suppliers. Clear, fast, no nonsense.'),
  rv('pos', 4, 'Clear pricing', 'Prices are clearly shown, including what tomorrow looks like. Helps a lot with planning the washing.'),
  rv('neu', 3, 'Fine', 'It’s fine.'),
  rv('pos', 5, 'Great support', 'Lovely support team. Asked a silly question about my meter and got a patient, friendly answer.'),
  rv('pos', 5, 'Quick refund', 'Got my refund within a week of closing my old account. Smooth from start to finish.'),
  rv('pos', 4, 'Useful', 'Useful notifications when electricity is cheap. Would be nice to set quiet hours though.'),
  rv('pos', 5, 'Fantastic', 'Fantastic app. Changed my payment date in two taps.'),
  rv('mix', 2, 'Nice idea, buggy', 'Nice idea and nice design, but buggy as hell. Graphs randomly show zero usage for whole days.'),
  rv('pos', 5, 'Clear and simple', 'Clear and simple. Exactly what an energy app should be 👍'),
  rv('neg', 1, 'Switching', 'Switching to Octopus. Stroomwijs was great at the start but the monthly payment doubled and nobody could tell me why.'),
  rv('neu', 3, 'Language setting', 'The app switches to Dutch every time there’s an update. Minor, but annoying.'),
  rv('pos', 5, 'Great for solar', 'Great for keeping an eye on our solar panels. We can see exactly how much we send back to the grid.'),
  rv('pos', 5, 'They called back!', 'Customer service said they would call back within the hour and they actually did. Rare these days.'),
  rv('pos', 4, 'Happy', 'Happy with it. Does everything I need. The chatbot could be smarter.'),
  rv('neg', 1, 'Useless chat bot', 'The chat bot just says “Sorry, I don’t understand” to everything. I asked for a human five times. Useless.'),
  rv('mix', 3, 'OK-ish', 'OK-ish. Tariff is competitive, app is average, support is hit and miss.'),
  rv('pos', 5, 'Five stars', 'Five stars from me. Moving house was painless, all arranged in the app.'),
  rv('neg', 1, 'Double charged', 'Charged twice this month. Please call me on +31 6 2345 6789, I’ve tried the chat three times already.', true),
  rv('neu', 3, 'Meter readings', 'Submitted my meter readings in the app but the confirmation email never came. Did it work?'),
  rv('pos', 4, 'Getting better', 'The last few updates made it a lot faster. Face ID login is a nice touch.'),
  rv('pos', 5, 'Bill finally makes sense', 'The new bill explanation screen is great. I finally understand what network costs are 😅'),
  rv('pos', 5, 'Love it', 'Love it! So much better than my old supplier’s app.'),
  rv('neg', 1, 'No refund', 'Closed my account in August, still no refund of the €96 credit. Account details sent twice: NL20INGB0001234567. Nothing.', true),
  rv('mix', 3, 'Good value, bad app', 'Good value energy, bad app. It logs me out every other day.'),
  rv('pos', 5, 'Very intuitive', 'Very intuitive, my parents manage to use it too, which says a lot.'),
  rv('neu', 3, 'Feature request', 'Feature request: show gas usage per hour like you do for electricity.'),
  rv('neg', 1, 'Contract renewal', 'Contract renewal quote is £30 a month more than the new customer price. Loyalty punished. I’m off.'),
  rv('pos', 4, 'Clean', 'Clean, fast and free of adverts. Four stars because the widget is missing.'),
  rv('pos', 4, 'Handy alerts', 'The cheap power alerts are genuinely handy. We charge the car overnight and the bill dropped noticeably.'),
  rv('pos', 5, 'Really helpful', 'Really helpful during the outage last week, the status updates in the app were spot on.'),
  rv('neu', 3, 'Meh', 'Meh. It works.'),
  rv('pos', 5, 'Switched and glad', 'Switched from Eneco, glad I did. The app alone is worth it.'),
  rv('neg', 1, 'Email me', 'Nobody answers. Email me at tom.baker@btinternet.com please, I want to close my account.', true),
];

/** Burst: 20 Nov 2026, 14:00–14:59 UTC, the smart meter delivery mix-up. nl storefront. */
const BURST_NL_REVIEWS: ReviewText[] = [
  rv('neg', 1, 'Niet geleverd!!', 'App zegt "je slimme meter is geleverd" maar er is helemaal niks bezorgd. Hele dag thuis gebleven voor niks.'),
  rv('neg', 1, 'Levering slimme meter', 'Levering slimme meter: niet gekomen. Track & trace zegt bezorgd. Buren hebben ook niks. Wat is dit?'),
  rv('neg', 1, 'Waar is mijn pakket', 'Waar is mijn pakket? Melding "geleverd" om 13:52 maar er is niemand aan de deur geweest. Vrij genomen van werk hiervoor 😡'),
  rv('neg', 1, 'Slechte bezorging', 'Slechte bezorging, derde keer dat de slimme meter niet komt. Nu ook nog een melding dat hij wel geleverd is. Lachwekkend.'),
  rv('neg', 1, 'Schandalig', 'Schandalig. Slimme meter niet geleverd, klantenservice onbereikbaar, chat zegt "probeer het later". Ik ben er klaar mee.'),
  rv('neg', 2, 'Bezorging klopt niet', 'Bezorging klopt niet. Ik kreeg net een pushbericht dat mijn meter is afgeleverd maar er ligt geen pakket. Wie heeft hem dan?'),
  rv('neg', 1, 'niet geleverd', 'niet geleverd. niet gebeld. niks. wel een melding dat het gelukt is 🙄'),
  rv('neg', 1, 'Monteur + meter?', 'Afspraak voor installatie slimme meter morgen, maar de meter zelf is niet geleverd terwijl de app zegt van wel. Moet de monteur nu voor niks komen?'),
  rv('neg', 1, 'Pakket kwijt', 'Pakket kwijt volgens mij. App: geleverd. Voordeur: leeg. Bel me aub terug: 06 - 48213377', true),
  rv('neg', 1, 'Wat een chaos', 'Wat een chaos vandaag. Heel de groepsapp van onze straat klaagt over de levering van de slimme meter. Niemand heeft iets ontvangen.'),
  rv('neg', 2, 'Leveringsproblemen', 'Leveringsproblemen met de slimme meter en geen enkele uitleg in de app. Kom op Stroomwijs, communiceer even.'),
  rv('neg', 1, 'Overstappen', 'Eerst drie weken wachten op de slimme meter, nu "geleverd" maar niet bezorgd. Ik stap over. Echt.'),
];

/** Burst reviews in the gb storefront. */
const BURST_GB_REVIEWS: ReviewText[] = [
  rv('neg', 1, 'Smart meter not delivered', 'App says my smart meter was delivered an hour ago. It wasn’t. No parcel, no card, nothing.'),
  rv('neg', 1, 'Delivery fail', 'Delivery fail. Stayed home all day for the smart meter, got a "delivered" notification and an empty doorstep.'),
  rv('neg', 2, 'Where is my parcel', 'Where is my parcel? The app claims it’s delivered, the courier has no record. Very frustrating.'),
];
// Hand-written Mastodon posts. `#stroomwijs` / `@stroomwijs` are turned into real Mastodon
// hashtag and mention HTML by the builder; a blank line starts a new paragraph.

/** One hand-written toot. */
interface TootText {
  s: Sentiment;
  lang: 'nl' | 'en';
  text: string;
  cw?: string;
  pii?: boolean;
  /** What the client put in `language` when it differs from the real language (null = not set). */
  declared?: string | null;
}

const tt = (s: Sentiment, lang: 'nl' | 'en', text: string, extra: Partial<TootText> = {}): TootText => ({
  s,
  lang,
  text,
  ...extra,
});

/** Posts in the #stroomwijs tag timeline, outside the burst. */
const TAG_TOOTS: TootText[] = [
  tt('pos', 'nl', 'Vandaag de eerste maand met dynamisch tarief afgesloten bij #stroomwijs. Wasmachine en vaatwasser op de goedkope uren gezet: €19 goedkoper dan vorig jaar dezelfde maand. Niet verkeerd!'),
  tt('neg', 'nl', 'Al 20 minuten in de wacht bij #stroomwijs. Het muziekje is inmiddels mijn nieuwe persoonlijkheid.'),
  tt('neu', 'nl', 'Weet iemand of je bij #stroomwijs je slimme meter zelf kunt uitlezen via de P1-poort? Wil er een HomeWizard aan hangen.'),
  tt('pos', 'en', 'Shoutout to #Stroomwijs support for explaining my bill patiently, in English, on a Sunday. Didn’t expect that from a Dutch utility.'),
  tt('neg', 'nl', 'Geweldig, alweer een storing 🙄 #stroomwijs app ligt er voor de derde keer deze week uit.'),
  tt('mix', 'nl', 'Die nieuwe grafieken in de #stroomwijs app zijn echt mooi.\n\nJammer dat ze niet kloppen met mijn factuur 😅'),
  tt('pos', 'nl', 'Onze zonnepanelen hebben vandaag 14,2 kWh opgewekt en de #stroomwijs app laat keurig zien hoeveel we terugleveren ☀️ #zonnepanelen #energietransitie'),
  tt('neg', 'nl', 'Maandbedrag bij #stroomwijs ineens van €95 naar €160. Geen uitleg, geen mail. Ik ga eens rondkijken bij andere leveranciers.'),
  tt('neu', 'en', 'Anyone know if #stroomwijs supports home batteries on the dynamic tariff yet? Thinking about getting one.'),
  tt('pos', 'nl', 'Overstap naar #stroomwijs geregeld in 5 minuten. Zij zeggen mijn oude contract op. Zo makkelijk kan het dus.'),
  tt('pos', 'en', 'Small thing but I love that the #stroomwijs app remembers me now. Face ID and done. Took them long enough but it’s great.'),
  tt('pos', 'nl', 'Eerlijk is eerlijk, de klantenservice van #stroomwijs heeft vandaag echt moeite gedaan. Teruggebeld binnen het uur, probleem opgelost.'),
  tt('neg', 'nl', 'Die chatbot van #stroomwijs is echt heeel slecht. Ik vraag naar mijn terugbetaling en hij stuurt me een artikel over energiebesparende tips.'),
  tt('mix', 'en', 'Mixed feelings about #stroomwijs. Price is fair and the power is green, but their invoices are a puzzle even for someone who does taxes for a living.'),
  tt('neu', 'nl', 'Nieuwe tarieven #stroomwijs per 1 december staan online: https://www.stroomwijs.nl/tarieven/december-2026-variabel\n\nStroom variabel 2 cent omhoog, gas gelijk. Ter info.'),
  tt('pos', 'nl', 'Mijn moeder (79) gebruikt nu zelfstandig de #stroomwijs app om haar meterstanden door te geven. Dat zegt wel iets over hoe simpel hij is 💚'),
  tt('neg', 'nl', 'Dus #stroomwijs verrekent mijn teruggave liever met volgend jaar dan dat ze het gewoon overmaken. Het is MIJN geld.'),
  tt('pos', 'en', 'Not bad at all, the new #stroomwijs app update. Faster, cleaner, and dark mode finally looks right.'),
  tt('neg', 'nl', 'Stroomstoring in Utrecht-Oost en #stroomwijs zegt in de app "geen storingen bekend". Zit hier met kaarsjes 🕯️'),
  tt('neu', 'nl', 'Vraagje aan de #stroomwijs klanten hier: krijgen jullie de jaarafrekening ook pas in de app en niet per mail?'),
  tt('pos', 'nl', 'Na jaren Eneco nu een maand bij #stroomwijs. Tot nu toe: goedkoper, duidelijker, en de app doet gewoon wat hij moet doen.'),
  tt('neg', 'en', 'Cancelling my contract with #stroomwijs. Four months of wrong bills and I’m done explaining my own meter readings to them.'),
  tt('mix', 'nl', 'Klantenservice #stroomwijs: supervriendelijk, maar na drie telefoontjes is mijn probleem nog steeds niet opgelost. Vriendelijkheid betaalt de rekening niet.'),
  tt('pos', 'nl', 'Wat ik fijn vind aan #stroomwijs: je ziet de prijs van morgen per uur. Koken we gewoon om 14:00 😂 #dynamischtarief'),
  tt('neg', 'nl', 'Klantenservise van #stroomwijs sluit om 17:00. Wanneer denken ze dat mensen met een baan bellen?'),
  tt('neu', 'en', 'Has anyone moved house with #stroomwijs? How long did the final bill for the old address take?'),
  tt('pos', 'nl', 'Kleine dingen: de #stroomwijs app stuurde me een melding dat mijn verbruik ineens hoger was. Bleek de vriezer kapot. Scheelde een hoop ellende.'),
  tt('neg', 'nl', 'Ik heb @stroomwijs nu 4x gemaild over mijn dubbele afschrijving. Vier keer een automatisch antwoord. #stroomwijs #klantonvriendelijk'),
  tt('mix', 'nl', 'Tarief bij #stroomwijs: prima.\nApp: prima.\nInloggen: een drama in drie bedrijven.'),
  tt('pos', 'en', 'Honestly the best thing about #stroomwijs is the hourly price graph. Our whole household now argues about when to run the dryer 😄'),
  tt('pos', 'nl', 'Na de update is de #stroomwijs app echt een stuk sneller. Facturen openen nu direct. Fijn!'),
  tt('neu', 'nl', 'Weet iemand hoe lang een terugbetaling bij #stroomwijs duurt na de eindafrekening? Zit nu op 5 weken.'),
  tt('pos', 'nl', 'Vandaag gebeld met #stroomwijs over overstappen naar dynamisch. Medewerker raadde het me eerlijk gezegd AF voor ons verbruik. Respect voor die eerlijkheid.'),
  tt('neg', 'en', 'Oh good, #stroomwijs raised the monthly payment again. Third time this year. Love that for me.', { declared: 'nl' }),
  tt('pos', 'nl', 'Heel blij met #stroomwijs. Dat is alles. Geen klacht, gewoon blij. Dat mag ook eens gezegd worden.'),
  tt('neg', 'nl', 'Twee uur zonder stroom in Zwolle en #stroomwijs communiceert niks. Netbeheerder wel. Weet je als leverancier echt niet wat je klanten overkomt?'),
  tt('neu', 'nl', 'Ter info voor wie twijfelt: de opzegtermijn bij #stroomwijs is 30 dagen, ook bij een vast contract betaal je dan een opzegvergoeding.'),
  tt('mix', 'en', 'The #stroomwijs app is beautiful. The bill inside the beautiful app is wrong. Beautifully wrong.'),
  tt('pos', 'nl', 'Stroomwijs-app laat nu ook de CO2 per uur zien. Nerdy, maar ik vind het prachtig 🌱 #stroomwijs'),
  tt('pos', 'nl', 'Welkomstbonus van #stroomwijs netjes verrekend, precies zoals beloofd. Zo hoort het.'),
  tt('pos', 'nl', 'Ik was heel sceptisch over #stroomwijs maar ze zijn echt niet slecht. Helemaal niet eigenlijk.'),
  tt('pos', 'nl', 'Rekeningnummer gewijzigd in de #stroomwijs app. Twee minuten werk. Geen formulier, geen gedoe 👌'),
  tt('neu', 'en', 'Does the #stroomwijs app have an API or any way to get the hourly prices into Home Assistant?', { declared: null }),
  tt('pos', 'nl', 'Het was even zoeken maar via de #stroomwijs app kun je je maandbedrag zelf verlagen. Scheelt mij €30 per maand na de nieuwe zonnepanelen.'),
  tt('neg', 'nl', 'Klantenservice #stroomwijs zegt dat mijn meterstanden niet zijn doorgekomen. Ik heb ze 3x ingevoerd. Screenshots bewaard. Nu weer schatting. Zucht.'),
  tt('pos', 'en', 'Switched to #stroomwijs last month. So far so good. The app is actually pleasant to use, which is a low bar for utilities but still.'),
  tt('neg', 'nl', 'Ik ben er klaar mee. Ik stap over naar Vattenfall. #stroomwijs heeft me drie maanden laten wachten op een correctiefactuur.'),
  tt('mix', 'nl', 'Dynamisch tarief bij #stroomwijs:\n\n+ goedkoop als je slim plant\n+ duidelijke app\n- prijzen voor morgen pas laat bekend\n- meldingen op rare tijden'),
  tt('neu', 'nl', 'Iemand ervaring met #stroomwijs en een warmtepomp? Benieuwd of het dynamische tarief dan uit kan.'),
  tt('pos', 'nl', 'Nooit gedacht dat ik dit over een energieleverancier zou zeggen maar de #stroomwijs chat was snel en behulpzaam 👏'),
  tt('neg', 'en', 'Tried to reach #stroomwijs about my refund for the fourth time. Chatbot loop, then "all agents are busy". 🙃'),
  tt('pos', 'nl', 'De #stroomwijs app heeft nu Face ID. Eindelijk! Dag wachtwoord-gedoe 👋'),
  tt('neg', 'nl', 'Leuk hoor, die "bespaartips" van #stroomwijs. Tip 1: verhoog mijn maandbedrag niet met 60%.'),
  tt('neu', 'nl', 'Jaarafrekening #stroomwijs binnen. €42 bijbetalen. Valt mee verwacht ik, gezien de winter.'),
  tt('pos', 'en', 'Big thanks to the #stroomwijs agent who stayed on the phone with me for 40 minutes sorting out my late mother’s account. Kind and patient.'),
  tt('pos', 'nl', 'Vandaag €0,02 per kWh betaald tussen 13:00 en 15:00. Wasmachine, droger en de auto aan de lader. #stroomwijs #dynamischtarief ⚡'),
];

/** Posts that both used #stroomwijs and mentioned @stroomwijs: they sit in both files. */
const TAG_AND_MENTION_TOOTS: TootText[] = [
  tt('neg', 'nl', '@stroomwijs ik heb nu drie weken geen reactie op mijn klacht over de factuur van oktober. Hoe lang nog? #stroomwijs'),
  tt('pos', 'en', '@stroomwijs thanks for fixing the login issue so quickly, works perfectly again 🙌 #stroomwijs'),
];

/** Posts that mention @stroomwijs (from the notifications API), outside the burst. */
const MENTION_TOOTS: TootText[] = [
  tt('neg', 'nl', '@stroomwijs waarom is mijn maandbedrag verhoogd zonder dat ik daar iets over heb gehoord?'),
  tt('pos', 'nl', '@stroomwijs complimenten voor de nieuwe app! Veel sneller dan de vorige versie.'),
  tt('neu', 'nl', '@stroomwijs kunnen jullie laten weten wanneer de jaarafrekening komt? Verhuis volgende maand.'),
  tt('neg', 'en', '@stroomwijs I’ve been trying to log in for two days, the verification email never arrives. Please help.'),
  tt('pos', 'nl', '@stroomwijs jullie storingsmelding in de app was sneller dan die van de netbeheerder. Goed bezig!'),
  tt('pos', 'nl', '@stroomwijs dank voor het snelle antwoord gisteren, alles is geregeld 👍'),
  tt('neg', 'nl', '@stroomwijs mijn terugbetaling van €156 laat nu 7 weken op zich wachten. Rekeningnummer is NL44RABO0123456789, staat ook gewoon in mijn account. Wat is het probleem?', { pii: true }),
  tt('neu', 'en', '@stroomwijs is there an English version of the annual statement available?'),
  tt('mix', 'nl', '@stroomwijs de app is echt top, maar waarom kan ik mijn contract niet opzeggen via de app? Moet ik nu echt bellen?'),
  tt('neg', 'nl', '@stroomwijs bel me even terug aub, 0612345678, al 3x een terugbelverzoek gedaan.', { pii: true, declared: 'en' }),
  tt('pos', 'en', '@stroomwijs the hourly price notifications saved me about €15 this month. Keep it up!'),
  tt('pos', 'nl', '@stroomwijs dank voor het terugboeken van de dubbele afschrijving, stond dezelfde dag al terug 🙏'),
  tt('neu', 'nl', '@stroomwijs Geldt het dynamisch tarief ook voor gas of alleen stroom?'),
  tt('neg', 'en', '@stroomwijs your chatbot told me to "rephrase my question" six times. I rephrased it into a complaint instead.'),
  tt('pos', 'nl', '@stroomwijs wat fijn dat jullie de storing van vanochtend zo snel hebben gecommuniceerd in de app. Zo hoort het.'),
  tt('neg', 'nl', '@stroomwijs mijn adres klopt nog steeds niet op de factuur. Het is 3511 LX Utrecht, huisnummer 22, niet 2. Al twee keer doorgegeven.', { pii: true }),
  tt('mix', 'en', '@stroomwijs love the app, but please let me switch off notifications at night. 3am "cheap power!" alerts are not it.'),
  tt('pos', 'nl', '@stroomwijs wat een vriendelijke medewerker had ik net aan de lijn. Geef Joost een compliment van me!'),
  tt('pos', 'nl', '@stroomwijs heel fijn dat ik mijn meterstanden via de app kan doorgeven, scheelt me elk jaar een hoop gezoek.'),
  tt('neu', 'nl', '@stroomwijs Hoe wijzig ik mijn e-mailadres? Kan het nergens vinden in de app.'),
  tt('neg', 'en', '@stroomwijs I’m cancelling my contract. Your price increase notice came a week AFTER the increase.'),
  tt('neg', 'nl', '@stroomwijs al twee weken een "tijdelijke storing" bij inloggen. Tijdelijk is blijkbaar rekbaar.'),
  tt('pos', 'nl', '@stroomwijs top dat ik mijn maandbedrag zelf kon verlagen na de zonnepanelen. Zo simpel.'),
  tt('neu', 'en', '@stroomwijs when will the prices for January be published?'),
  tt('mix', 'nl', '@stroomwijs medewerker was heel aardig maar mijn factuur is nog steeds fout. Graag iemand die het écht oplost.'),
  tt('neg', 'nl', '@stroomwijs mail me even op p.jansen1975@gmail.com, ik krijg geen antwoord via het contactformulier.', { pii: true }),
  tt('pos', 'en', '@stroomwijs really impressed with the customer service today. Sorted my direct debit in one call.'),
  tt('neg', 'nl', '@stroomwijs ik wil gewoon een mens spreken en geen bot. Is dat te veel gevraagd?'),
  tt('neu', 'nl', '@stroomwijs krijg ik de welkomstbonus ook als ik vorig jaar al klant was?'),
  tt('pos', 'nl', '@stroomwijs eindelijk een energieleverancier die gewoon duidelijk communiceert. Dank!'),
  tt('pos', 'en', '@stroomwijs just wanted to say the new usage graphs are lovely. Clear and fast.'),
  tt('mix', 'nl', '@stroomwijs prijs prima, service matig. Als het zo blijft twijfel ik of ik verleng.'),
  tt('pos', 'nl', '@stroomwijs sinds ik klant ben betaal ik €22 per maand minder. Had veel eerder moeten overstappen.'),
  tt('pos', 'en', '@stroomwijs moving house was the easiest part of moving house. Thank you!'),
  tt('neu', 'nl', '@stroomwijs mijn slimme meter wordt volgende week geïnstalleerd. Moet ik zelf iets voorbereiden?'),
  tt('neg', 'nl', '@stroomwijs Drie maanden wachten op een correctie van mijn jaarafrekening. Ik overweeg over te stappen naar Eneco.'),
  tt('pos', 'nl', '@stroomwijs chapeau voor de nieuwe verbruiksgrafieken 📊'),
  tt('neu', 'en', '@stroomwijs could you DM me? I have a question about my account I’d rather not post publicly.', { cw: 'account question' }),
  tt('neg', 'nl', '@stroomwijs Mijn klantnummer is 40071234 en ik wacht al sinds september op antwoord. Bel 06-87654321.', { pii: true, cw: 'klacht' }),
  tt('pos', 'en', '@stroomwijs not bad at all, your new app. Took me a while to find things but it’s much clearer now.'),
  tt('neg', 'nl', '@stroomwijs waarom moet ik een pdf-formulier printen om mijn IBAN te wijzigen? Wie heeft er nog een printer?'),
  tt('mix', 'nl', '@stroomwijs fijn dat de storing is opgelost, minder fijn dat ik het van de buren moest horen.'),
  tt('neu', 'nl', '@stroomwijs hebben jullie ook een aanbieding voor thuisbatterijen?'),
  tt('neg', 'en', '@stroomwijs sloooow app, sloooow support, fast price increases. Impressive combo.'),
];

/** Burst toots in the tag timeline: the smart meter delivery mix-up on 20 Nov, 14:00–14:59 UTC. */
const BURST_TAG_TOOTS: TootText[] = [
  tt('neg', 'nl', 'Net een pushbericht van #stroomwijs: "Je slimme meter is geleverd!" Er is niks geleverd. Niemand aan de deur geweest. Wat is dit?'),
  tt('neg', 'nl', 'Is er bij meer mensen een slimme meter "geleverd" door #stroomwijs die nooit is bezorgd? Hele straat hier heeft die melding en niemand een pakket.'),
  tt('neg', 'nl', 'Levering slimme meter #stroomwijs: melding bezorgd, pakket nergens. Drie weken op gewacht. 😤'),
  tt('neg', 'nl', 'Vrij genomen voor de bezorging van de slimme meter. "Geleverd" zegt #stroomwijs. Mijn deurbelcamera zegt: niemand geweest.'),
  tt('neg', 'nl', '#stroomwijs wat is er aan de hand met de levering van de slimme meters?? Tijdlijn staat vol met mensen die niks hebben ontvangen.'),
  tt('neg', 'en', 'Got the #stroomwijs "your smart meter has been delivered" notification. Nothing was delivered. No parcel, no note. Great.'),
  tt('neg', 'nl', 'Klantenservice #stroomwijs onbereikbaar en de app zegt dat mijn slimme meter bezorgd is. Niet dus. Heeel frustrerend.'),
  tt('neg', 'nl', 'Niet geleverd. Niet geleverd. NIET GELEVERD. #stroomwijs #slimmemeter'),
  tt('neg', 'nl', 'Dus de monteur komt morgen de slimme meter installeren die #stroomwijs nooit heeft bezorgd? Benieuwd hoe dat gaat.'),
  tt('neg', 'nl', 'Ik stap over. Weken wachten op de slimme meter en nu een nep-leveringsmelding. #stroomwijs', { declared: 'en' }),
  tt('neg', 'en', 'Whole neighbourhood group chat is complaining about #stroomwijs smart meter deliveries that never arrived. Something went very wrong today.'),
  tt('neg', 'nl', 'Pakket van #stroomwijs "afgeleverd bij de buren". Welke buren? Ik heb ze allemaal afgelopen. Niemand heeft iets.'),
];

/** Burst toots that mention @stroomwijs. */
const BURST_MENTION_TOOTS: TootText[] = [
  tt('neg', 'nl', '@stroomwijs mijn slimme meter is volgens jullie geleverd maar er is niets bezorgd. Graag uitleg.'),
  tt('neg', 'nl', '@stroomwijs bezorging van de slimme meter mislukt en de chat zegt dat er geen problemen zijn. Wat moet ik nu?'),
  tt('neg', 'en', '@stroomwijs your app says my smart meter was delivered. It was not. Where is my parcel?'),
  tt('neg', 'nl', '@stroomwijs niet geleverd, wel een melding dat het geleverd is. Bel me terug op +31 6 1234 5678 aub.', { pii: true }),
  tt('neg', 'nl', '@stroomwijs de levering van jullie slimme meter is een farce. Drie keer verzet, nu "bezorgd" zonder pakket.'),
];
// Hand-written chat conversations. c = customer, b = the Lex bot (SYSTEM, 'BOT'),
// m = a contact-flow message (SYSTEM, 'SYSTEM_MESSAGE'), a = agent, p = an interactive list
// picker sent by the bot (JSON, not text), f = an attachment from the customer.
// The builder adds the customer's joined event, the greeting, the agent's joined event before
// the first agent message, and the ending: 'flow' (the flow closes the chat) or 'left' (the
// customer leaves).

type Who = 'c' | 'b' | 'm' | 'a' | 'p' | 'f';

/** One hand-written chat. */
interface ChatText {
  lang: 'nl' | 'en';
  s: Sentiment;
  /** What the customer typed in the widget's name field. */
  name: string;
  agent?: string;
  end: 'flow' | 'left';
  pii?: boolean;
  /** A kind of trap the README lists. */
  trap?: 'bot-loop';
  turns: [Who, string][];
}

const BOT_LOOP_NL = 'Sorry, ik begrijp je vraag niet. Kun je het anders formuleren?';

const CHATS: ChatText[] = [
  {
    lang: 'nl', s: 'neu', name: 'Ingrid', end: 'flow',
    turns: [
      ['c', 'Hoe download ik mijn factuur van oktober?'],
      ['b', 'Je vindt al je facturen in de app onder Mijn Stroomwijs > Facturen. Tik op een factuur en kies "Download pdf". Heb ik je vraag hiermee beantwoord?'],
      ['c', 'ja gevonden, dank'],
      ['b', 'Fijn! Fijne dag verder.'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Mohammed', end: 'flow',
    turns: [
      ['c', 'meterstand doorgeven'],
      ['b', 'Je kunt je meterstanden doorgeven in de app via Verbruik > Meterstand doorgeven. Heb je een slimme meter, dan lezen wij hem automatisch uit. Kan ik je nog ergens anders mee helpen?'],
      ['c', 'Nee dat was het'],
    ],
  },
  {
    lang: 'nl', s: 'mix', name: 'Sandra Visser', agent: 'Sanne', end: 'flow',
    turns: [
      ['c', 'Mijn maandbedrag is verhoogd naar €189, dat is bijna het dubbele. Waarom?'],
      ['b', 'Je maandbedrag is gebaseerd op je verwachte verbruik en de actuele tarieven. In de app kun je onder Maandbedrag zien hoe het is opgebouwd. Wil je je maandbedrag aanpassen?'],
      ['c', 'Nee ik wil weten WAAROM. Ik wil een medewerker spreken.'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 6 minuten.'],
      ['a', 'Hoi Sandra, je spreekt met Sanne. Ik kijk even met je mee naar je maandbedrag.'],
      ['a', 'Ik zie dat we je verbruik hebben geschat op basis van de vorige bewoner, die had een warmtepomp. Dat klopt waarschijnlijk niet voor jou?'],
      ['c', 'Nee, wij koken zelfs nog op gas. Dus dat verklaart het.'],
      ['a', 'Dan pas ik de schatting aan. Je nieuwe maandbedrag wordt €104. Je ziet het binnen een uur in de app.'],
      ['c', 'Oké, fijn dat het nu klopt. Wel jammer dat ik er zelf achter moest komen.'],
      ['a', 'Dat begrijp ik helemaal, excuses daarvoor. Is er verder nog iets?'],
      ['c', 'Nee, bedankt'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Kees', end: 'left', trap: 'bot-loop',
    turns: [
      ['c', 'mijn teruggave is nog niet binnen'],
      ['b', BOT_LOOP_NL],
      ['c', 'ik krijg geld terug van de eindafrekening maar het staat nog niet op mijn rekening'],
      ['b', BOT_LOOP_NL],
      ['c', 'terugbetaling eindafrekening'],
      ['b', BOT_LOOP_NL],
      ['c', 'WANNEER KRIJG IK MIJN GELD TERUG'],
      ['b', BOT_LOOP_NL],
      ['c', 'ik wil een medewerker spreken'],
      ['b', BOT_LOOP_NL],
      ['c', 'laat maar. dit is echt waardeloos'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Anouk de Boer', agent: 'Daan', end: 'flow', pii: true,
    turns: [
      ['c', 'Ik wil mijn rekeningnummer wijzigen'],
      ['b', 'Je kunt je IBAN wijzigen door het machtigingsformulier in te vullen in de app onder Instellingen > Betalen. Wil je dat ik je doorverbind met een medewerker?'],
      ['c', 'ja graag, dat formulier doet het niet'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 3 minuten.'],
      ['a', 'Goedemiddag Anouk, met Daan. Ik kan het nieuwe rekeningnummer voor je vastleggen. Welk IBAN wil je gebruiken?'],
      ['c', 'NL44RABO0123456789 op naam van A. de Boer'],
      ['a', 'Dank je. Ik heb het gewijzigd, de volgende afschrijving gaat van dit nummer. Je krijgt een bevestiging per mail.'],
      ['c', 'Top, dank je wel!'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Bas', end: 'flow', pii: true,
    turns: [
      ['c', 'Is er een storing? Hele huis zonder stroom'],
      ['b', 'Wat vervelend! Wat is je postcode en huisnummer? Dan kijk ik of er een storing bekend is.'],
      ['c', '9712 CP 3'],
      ['b', 'Op dit moment is er bij de netbeheerder een storing bekend in jouw gebied. De verwachte oplostijd is 16:30. Je kunt de actuele status volgen op storingen.nl.'],
      ['c', 'Pff alweer. Tweede keer deze week.'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Richard', agent: 'Fatima', end: 'left',
    turns: [
      ['c', 'Ik wil mijn contract opzeggen'],
      ['b', 'Wat jammer dat je weg wilt. Mag ik vragen waarom?'],
      ['c', 'Te duur. Ik stap over naar Vattenfall, die zijn €35 per maand goedkoper.'],
      ['b', 'Ik verbind je door met een medewerker die je verder helpt met opzeggen.'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 9 minuten.'],
      ['a', 'Hallo Richard, met Fatima. Ik zie dat je wilt opzeggen. Mag ik kijken of we je een beter aanbod kunnen doen?'],
      ['c', 'Nee hoor, het is al geregeld. Ik wil alleen weten of ik een opzegvergoeding betaal.'],
      ['a', 'Je hebt een variabel contract, dus er is geen opzegvergoeding. Je nieuwe leverancier regelt de opzegging. Je eindafrekening ontvang je binnen 6 weken.'],
      ['c', 'Duidelijk.'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'klant', end: 'flow',
    turns: [
      ['c', 'wanneer wordt mijn slimme meter geinstalleerd'],
      ['b', 'De installatieafspraak voor je slimme meter vind je in de app onder Mijn Stroomwijs > Slimme meter. Je ontvangt ook 2 dagen van tevoren een herinnering per sms.'],
      ['c', 'Ah ik zie het, 3 december. Thx'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Petra', end: 'left',
    turns: [
      ['c', 'Sinds 6 weken wacht ik op mijn terugbetaling'],
      ['b', 'Terugbetalingen worden binnen 6 weken na de eindafrekening overgemaakt. Meer informatie vind je op stroomwijs.nl/terugbetalen.'],
      ['c', 'Die 6 weken zijn voorbij. Dat zeg ik toch.'],
      ['b', 'Terugbetalingen worden binnen 6 weken na de eindafrekening overgemaakt. Meer informatie vind je op stroomwijs.nl/terugbetalen.'],
      ['c', 'Ongelofelijk 🙄'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Jeroen Bakker', agent: 'Joost', end: 'flow', pii: true,
    turns: [
      ['c', 'Er is 2x mijn maandbedrag afgeschreven deze maand!!'],
      ['b', 'Vervelend dat er iets mis lijkt te gaan met je betaling. Ik verbind je door met een medewerker.'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 12 minuten.'],
      ['c', '12 minuten...'],
      ['a', 'Hoi Jeroen, met Joost. Ik zie inderdaad een dubbele incasso op 1 november. Dat is een fout aan onze kant, sorry!'],
      ['c', 'Wanneer krijg ik het terug? Ik sta nu rood.'],
      ['a', 'Ik zet de terugboeking vandaag nog in gang, binnen 2 werkdagen staat het op je rekening. Mag ik je telefoonnummer voor als er iets misgaat?'],
      ['c', '06-23456789'],
      ['a', 'Genoteerd. Nogmaals excuses voor het ongemak.'],
    ],
  },
  {
    lang: 'nl', s: 'pos', name: 'Lieke', end: 'flow',
    turns: [
      ['c', 'ik ben mijn wachtwoord vergeten'],
      ['b', 'Geen probleem! Tik in de app op Inloggen > Wachtwoord vergeten. Je ontvangt dan binnen een paar minuten een mail om een nieuw wachtwoord in te stellen.'],
      ['c', 'gelukt! top, dank je 😊'],
      ['b', 'Graag gedaan!'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Hans & Marleen', agent: 'Emma', end: 'flow', pii: true,
    turns: [
      ['c', 'Wij gaan verhuizen op 15 december, hoe geef ik dat door?'],
      ['b', 'Een verhuizing kun je doorgeven in de app onder Mijn Stroomwijs > Verhuizen. Wil je dat ik je doorverbind met een medewerker?'],
      ['c', 'Ja graag, we hebben ook vragen over de meter in het nieuwe huis.'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 4 minuten.'],
      ['a', 'Goedemorgen, je spreekt met Emma. Wat is het nieuwe adres?'],
      ['c', 'Lindelaan 41, 3723 JB Bilthoven. Mail de bevestiging graag naar hansenmarleen@ziggo.nl'],
      ['a', 'Dank jullie. Het nieuwe adres heeft al een slimme meter, die lezen we op 15 december automatisch uit. De bevestiging komt vandaag in jullie mail.'],
      ['c', 'Fijn, dat scheelt weer gedoe.'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Ayoub', end: 'flow',
    turns: [
      ['c', 'Hoe werkt het dynamisch tarief precies?'],
      ['b', 'Met het dynamische tarief betaal je per uur de actuele stroomprijs. De prijzen voor morgen zie je elke middag rond 15:00 in de app. Handig als je apparaten kunt plannen, zoals een wasmachine of laadpaal.'],
      ['c', 'En als de prijs heel hoog wordt?'],
      ['b', 'Je ontvangt een melding als de prijs boven je ingestelde grens komt. Die grens stel je in onder Instellingen > Meldingen.'],
      ['c', 'Ok duidelijk'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Gerda', end: 'left',
    turns: [
      ['c', 'Ik kan niet inloggen'],
      ['b', 'Probeer het volgende: tik op Inloggen > Wachtwoord vergeten en stel een nieuw wachtwoord in.'],
      ['c', 'heb ik al 3 keer gedaan, de mail komt niet'],
      ['b', 'Controleer ook je map met ongewenste e-mail. Komt de mail niet binnen, probeer het dan over een uur opnieuw.'],
      ['c', 'Niet normaal dit'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Wim', agent: 'Ruben', end: 'left',
    turns: [
      ['c', 'ik heb een klacht over jullie klantenservise'],
      ['b', 'Wat vervelend dat je niet tevreden bent. Kun je kort omschrijven waar je klacht over gaat?'],
      ['c', 'gisteren 50 min gewacht aan de telefoon en toen opgehangen. vandaag weer. ik wil een medewerker spreken NU'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 15 minuten.'],
      ['c', 'heel erg slecht dit. weer wachten'],
      ['a', 'Goedemiddag Wim, met Ruben. Excuses voor het lange wachten, het is erg druk. Waarmee kan ik je helpen?'],
      ['c', 'Mijn factuur klopt al 2 maanden niet en niemand belt terug zoals beloofd'],
      ['a', 'Ik zie twee open terugbelverzoeken, die zijn inderdaad niet opgepakt. Ik los het nu voor je op en zet er een correctiefactuur klaar.'],
      ['c', 'we zullen zien'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Tessa', end: 'flow',
    turns: [
      ['c', 'Wanneer krijg ik de welkomstbonus?'],
      ['b', 'De welkomstbonus van €100 wordt verrekend met je eerste jaarafrekening. Je ziet hem dan als korting op de afrekening.'],
      ['c', 'Oh, ik dacht dat hij na 3 maanden zou komen. Dat stond op de site.'],
      ['b', 'De voorwaarden van je welkomstbonus vind je in je contractbevestiging. Kan ik je nog ergens anders mee helpen?'],
      ['c', 'nee'],
    ],
  },
  {
    lang: 'nl', s: 'pos', name: 'Laura', agent: 'Lotte', end: 'flow',
    turns: [
      ['c', 'Ik wil graag overstappen naar jullie, hoe gaat dat?'],
      ['b', 'Leuk dat je klant wilt worden! Je kunt je aanmelden via stroomwijs.nl/overstappen. Wij zeggen je huidige contract voor je op. Wil je dat ik je doorverbind met een medewerker?'],
      ['c', 'Ja, ik heb nog een vast contract bij Essent tot maart'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 2 minuten.'],
      ['a', 'Hoi Laura, met Lotte! Bij een vast contract kun je het beste je overstap laten ingaan op de einddatum, dan betaal je geen opzegvergoeding. Zal ik dat zo voor je instellen?'],
      ['c', 'Ja graag! Wat fijn dat jullie dat zo meedenken.'],
      ['a', 'Graag gedaan. Je ontvangt vandaag de bevestiging. Welkom bij Stroomwijs!'],
      ['c', 'Super, dank je wel 👍'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Klant', end: 'flow',
    turns: [
      ['p', 'Waar gaat je vraag over?|Factuur|Maandbedrag|Storing|Verhuizen|Iets anders'],
      ['c', 'Factuur'],
      ['b', 'Wat wil je weten over je factuur?'],
      ['c', 'waarom staat er een bedrag voor netbeheer op'],
      ['b', 'De netbeheerkosten betaal je aan de netbeheerder voor het transport van stroom en gas. Wij innen deze kosten voor hen en staan ze op je factuur door. Het bedrag is voor iedereen in jouw regio gelijk.'],
      ['c', 'ah ok, helder'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Dirk', end: 'left',
    turns: [
      ['c', 'Al 3 uur geen stroom in Amersfoort. Weten jullie wat er aan de hand is?'],
      ['b', 'Wat is je postcode en huisnummer? Dan kijk ik of er een storing bekend is.'],
      ['c', 'Amersfoort centrum, postcode weet ik zo niet, ik zit bij mijn buurman'],
      ['b', 'Ik heb je postcode en huisnummer nodig om te zien of er een storing is. Bijvoorbeeld: 1234 AB 12.'],
      ['c', 'laat maar ik bel wel'],
    ],
  },
  {
    lang: 'nl', s: 'mix', name: 'Yvonne Smit', agent: 'Priya', end: 'flow', pii: true,
    turns: [
      ['c', 'Mijn eindafrekening zegt dat ik €241 terugkrijg maar het is nog niet betaald'],
      ['b', 'Terugbetalingen worden binnen 6 weken na de eindafrekening overgemaakt. Wil je dat ik je doorverbind met een medewerker?'],
      ['c', 'ja'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 7 minuten.'],
      ['a', 'Hoi Yvonne, met Priya. Ik zie dat de terugbetaling is mislukt omdat het rekeningnummer niet meer actief is. Op welk IBAN mogen we het bedrag storten?'],
      ['c', 'Oh dat verklaart het. NL91ABNA0417164300'],
      ['a', 'Dank je. De terugbetaling staat binnen 3 werkdagen op je rekening.'],
      ['c', 'Fijn dat het opgelost is, al had ik liever een mail gekregen dat het mislukt was.'],
    ],
  },
  {
    lang: 'nl', s: 'pos', name: 'Femke', end: 'flow',
    turns: [
      ['c', 'Ik wil gewoon even zeggen dat de nieuwe app echt super is'],
      ['b', 'Wat leuk om te horen, dank je wel! Ik geef het door aan het team. Kan ik je ergens mee helpen?'],
      ['c', 'nee hoor, gewoon een compliment 🙂'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Marco', agent: 'Sanne', end: 'flow',
    turns: [
      ['c', 'Ik kan deze maand mijn rekening niet betalen. Kan ik een betalingsregeling krijgen?'],
      ['b', 'Ik verbind je door met een medewerker die samen met je naar een oplossing kijkt.'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 5 minuten.'],
      ['a', 'Hallo Marco, met Sanne. Fijn dat je contact opneemt. We kunnen het openstaande bedrag van €284 verdelen over 6 maanden. Zou dat helpen?'],
      ['c', 'Ja dat zou veel schelen. Ik maak me echt zorgen dat jullie de stroom afsluiten.'],
      ['a', 'Dat gebeurt niet zolang de regeling loopt, maak je geen zorgen. Ik stuur je de afspraak per mail.'],
      ['c', 'Dank je, dat is een pak van mijn hart'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Rob', end: 'flow',
    turns: [
      ['c', 'Wanneer komt mijn jaarafrekening?'],
      ['b', 'Je jaarafrekening ontvang je binnen 6 weken na de einddatum van je contractjaar. Voor jou is dat rond 10 januari. Je krijgt een melding in de app.'],
      ['c', 'Ok'],
    ],
  },
  {
    lang: 'nl', s: 'neg', name: 'Esther', agent: 'Daan', end: 'flow',
    turns: [
      ['c', 'Mijn meterstand op de factuur klopt niet. Ik heb een foto van de meter.'],
      ['b', 'Je kunt een foto van je meter sturen via de paperclip hieronder. Ik verbind je daarna door met een medewerker.'],
      ['f', 'meterstand-november.jpg'],
      ['m', 'Ik verbind je door met een medewerker. De verwachte wachttijd is 8 minuten.'],
      ['a', 'Hoi Esther, met Daan. Ik zie je foto: 20417 kWh. Op de factuur staat 21417, dat is een typefout van onze kant bij de handmatige invoer.'],
      ['c', 'Dat dacht ik al. Dit is de tweede keer dit jaar.'],
      ['a', 'Dat is niet goed, excuses. Ik corrigeer de stand en je krijgt binnen een week een nieuwe factuur.'],
      ['c', 'Graag. En liever niet nog een derde keer.'],
    ],
  },
  {
    lang: 'nl', s: 'neu', name: 'Gast', end: 'left',
    turns: [
      ['c', 'hallo?'],
      ['b', 'Hallo! Waar kan ik je mee helpen?'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Emily', end: 'flow',
    turns: [
      ['c', 'How can I download my invoice in English?'],
      ['b', 'You can find your invoices in the app under My Stroomwijs > Invoices. Invoices are available in Dutch and English: change the language under Settings > Language and download the PDF again.'],
      ['c', 'Perfect, thanks!'],
    ],
  },
  {
    lang: 'en', s: 'neg', name: 'James', agent: 'Priya', end: 'flow',
    turns: [
      ['c', 'I moved out in September and I still haven’t received my refund'],
      ['b', 'Refunds are paid within 6 weeks of the final bill. You can find more information at stroomwijs.nl/refunds.'],
      ['c', 'Can I talk to a human please'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 10 minutes.'],
      ['a', 'Hi James, this is Priya. I’m sorry about the wait. I can see your final bill of 12 October with a refund of €188.'],
      ['a', 'It looks like the payment was held because we were missing your new bank details. Could you send those through the secure form I’ve just emailed you?'],
      ['c', 'Nobody told me that. I’ve been waiting for weeks for nothing.'],
      ['a', 'You’re right, we should have told you. I’ve added a note so it’s paid as soon as the form is in.'],
    ],
  },
  {
    lang: 'en', s: 'neg', name: 'Olivia', end: 'left',
    turns: [
      ['c', 'why is my monthly payment so high'],
      ['b', 'Sorry, I didn’t understand that. Could you rephrase your question?'],
      ['c', 'monthly payment too high'],
      ['b', 'Sorry, I didn’t understand that. Could you rephrase your question?'],
      ['c', 'forget it'],
    ],
  },
  {
    lang: 'en', s: 'neg', name: 'Daniel', agent: 'Fatima', end: 'flow',
    turns: [
      ['c', 'I want to cancel my contract. Switching to Octopus.'],
      ['b', 'Sorry to hear you want to leave. I’ll connect you to an agent who can help you.'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 6 minutes.'],
      ['a', 'Hello Daniel, this is Fatima. Can I ask what made you decide to leave?'],
      ['c', 'The price. And the app logging me out every day. Mostly the price though.'],
      ['a', 'Understood. Your contract is variable, so there’s no cancellation fee. Octopus will handle the switch and you’ll get your final bill within 6 weeks.'],
      ['c', 'Great, thanks.'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Sophie', end: 'flow',
    turns: [
      ['c', 'Can I change the date my monthly payment is taken?'],
      ['b', 'Yes! Go to Settings > Payments in the app and choose a new collection date between the 1st and the 28th.'],
      ['c', 'Done, easy'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Lucas Martin', agent: 'Emma', end: 'flow', pii: true,
    turns: [
      ['c', 'Hi, I’m moving to Rotterdam next month, what do I need to do?'],
      ['b', 'You can report your move in the app under My Stroomwijs > Moving house. Would you like me to connect you to an agent?'],
      ['c', 'Yes please, the app gives an error when I enter the new address'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 3 minutes.'],
      ['a', 'Hi Lucas, this is Emma. I can register the move for you. What’s the new address and move date?'],
      ['c', 'Nieuwe Binnenweg 188B, 3015 BH Rotterdam, from 1 December. You can reach me at lucas.martin.nl@gmail.com'],
      ['a', 'All set. The error was a bug with house number additions, the team is fixing it. Confirmation is on its way.'],
      ['c', 'Thanks Emma, much appreciated.'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Anna', end: 'flow',
    turns: [
      ['c', 'Is the app available in English?'],
      ['b', 'Yes. Go to Settings > Language and choose English. The app will restart in English.'],
      ['c', 'Thank you'],
    ],
  },
  {
    lang: 'en', s: 'pos', name: 'Ben', agent: 'Joost', end: 'flow',
    turns: [
      ['c', 'I need to reschedule my smart meter installation'],
      ['b', 'I’ll connect you to an agent who can reschedule your appointment.'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 2 minutes.'],
      ['a', 'Hi Ben, Joost here. I see your appointment on 28 November. Which day suits you better?'],
      ['c', 'Any morning the week after?'],
      ['a', 'How about Tuesday 8 December between 8:00 and 12:00?'],
      ['c', 'Perfect. That was quick, thanks a lot!'],
    ],
  },
  {
    lang: 'en', s: 'neg', name: 'Chloe', end: 'left',
    turns: [
      ['c', 'Why did my price go up without notice?'],
      ['b', 'Variable tariffs can change. We always announce changes at least 30 days in advance by email.'],
      ['c', 'I never got that email. This is ridiculous.'],
      ['b', 'You can find the current tariffs in the app under My contract > Tariffs.'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Customer', end: 'flow',
    turns: [
      ['c', 'where do i enter meter readings'],
      ['b', 'In the app, go to Usage > Submit meter reading. If you have a smart meter, we read it automatically.'],
      ['c', 'ok thx'],
    ],
  },
  {
    lang: 'en', s: 'neg', name: 'Mark', agent: 'Ruben', end: 'flow', pii: true,
    turns: [
      ['c', 'You charged me twice this month. I need this fixed today.'],
      ['b', 'I’m sorry something seems to have gone wrong with your payment. I’ll connect you to an agent.'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 11 minutes.'],
      ['a', 'Hi Mark, Ruben here. I can see the double collection, it was our mistake. I’ll reverse it today.'],
      ['c', 'How long will it take? Please call me on +31 6 9876 5432 if there’s any problem.'],
      ['a', 'Two working days at most. I’ve noted your number. Sorry for the trouble.'],
    ],
  },
  {
    lang: 'en', s: 'neu', name: 'Grace', end: 'flow',
    turns: [
      ['c', 'is there an outage in Leiden'],
      ['b', 'What is your postcode and house number? Then I can check for known outages.'],
      ['c', 'never mind, the power is back on'],
      ['b', 'Glad to hear it! Is there anything else I can help with?'],
      ['c', 'no'],
    ],
  },
  {
    lang: 'en', s: 'mix', name: 'Ahmed', agent: 'Lotte', end: 'flow',
    turns: [
      ['c', 'My bill says 410 kWh but the app says 340. Which is right?'],
      ['b', 'I’ll connect you to an agent who can look at your bill with you.'],
      ['m', 'I am connecting you to an agent. The expected waiting time is 4 minutes.'],
      ['a', 'Hi Ahmed, Lotte here. The app shows your measured usage, the bill still used an estimate for October. The app is right.'],
      ['a', 'I’ve corrected the bill, you’ll get €21 back on the next one.'],
      ['c', 'Thanks for sorting it out, you were very helpful. Still, the bill should have been right in the first place.'],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Bookkeeping for the README
// ---------------------------------------------------------------------------------------------

interface Trap {
  file: string;
  id: string;
  why: string;
  reason: string;
}

const malformed: Trap[] = [];
const piiRecords: { file: string; id: string; what: string }[] = [];
const sentimentTally: Record<Sentiment, number> = { pos: 0, neg: 0, neu: 0, mix: 0 };
const languageTally: Record<string, number> = {};
const declaredLanguageQuirks: { file: string; id: string; text: string; declared: string | null }[] = [];

function tally(s: Sentiment, lang: string): void {
  sentimentTally[s]++;
  languageTally[lang] = (languageTally[lang] ?? 0) + 1;
}

const PII_PATTERNS: [string, RegExp][] = [
  ['e-mail', /[\w.+-]+@[\w-]+\.[\w.]+/],
  ['IBAN', /\bNL\d{2}[A-Z]{4}\d{10}\b/],
  ['phone', /(\+31|0031)\s?6[\s-]?\d|06[\s-]*\d{8}|06\d{8}|06 - \d{8}/],
  ['postcode', /\b\d{4}\s?[A-Z]{2}\b/],
];

function piiKinds(text: string): string {
  return PII_PATTERNS.filter(([, re]) => re.test(text))
    .map(([kind]) => kind)
    .join(', ');
}

function notePii(file: string, id: string, text: string, flagged: boolean | undefined): void {
  if (!flagged) return;
  const kinds = piiKinds(text);
  if (kinds === '') throw new Error(`record ${id} is flagged as PII but contains none: ${text}`);
  for (const iban of text.match(/\bNL\d{2}[A-Z]{4}\d{10}\b/g) ?? []) {
    if (!isValidIban(iban)) throw new Error(`invalid IBAN ${iban}`);
  }
  piiRecords.push({ file, id, what: kinds });
}

// ---------------------------------------------------------------------------------------------
// App Store
// ---------------------------------------------------------------------------------------------

const APP_ID = '1234567890';
const NL_NICKS = [
  'Jeroen', 'Sanne', 'mama', 'Kees', 'Fleur', 'Bram', 'Linda', 'Thijs', 'Marloes', 'Henk', 'Ilse', 'Ruud', 'Daphne',
  'Sven', 'Nathalie', 'Rik', 'Joyce', 'Pim', 'Eva', 'Mark', 'Anouk', 'Koen', 'Wendy', 'Bas', 'Gerrit', 'Esmee',
];
const NL_NICK_SUFFIXES = ['', '1984', '_nl', '78', 'vdB', '_010', '2', 'xx', '.', '1971', '_030', 'tje', '93'];
const NL_NICKNAMES = [
  'Boze klant', 'Tevreden gebruiker', 'Kritische Henk', 'Energiezuinig', 'Zonnige Zoë', 'Appje', 'Gebruiker123',
  'Rotterdammert', 'Frieske', 'Brabantse Bep', 'Oma Riet', 'Fietsende Frits', 'nl_user_2291', 'Klant sinds 2024',
];
const EN_NICKS = ['Tom', 'Sarah', 'Dave', 'Emma', 'Chris', 'Lucy', 'Mike', 'Hannah', 'Jon', 'Amy', 'Rob', 'Kate', 'Alex', 'Sam'];
const EN_NICK_SUFFIXES = ['', '_uk', '1990', '88', 'B', 'xo', '_ams', '77', 'T'];
const EN_NICKNAMES = ['Not impressed', 'Happy customer', 'Expat in Utrecht', 'MancInAmsterdam', 'Londoner abroad', 'JustSaying'];

const usedNicks = new Set<string>();
function nickname(lang: 'nl' | 'en'): string {
  for (;;) {
    const name =
      rand() < 0.2
        ? pick(lang === 'nl' ? NL_NICKNAMES : EN_NICKNAMES)
        : pick(lang === 'nl' ? NL_NICKS : EN_NICKS) + pick(lang === 'nl' ? NL_NICK_SUFFIXES : EN_NICK_SUFFIXES);
    if (!usedNicks.has(name)) {
      usedNicks.add(name);
      return name;
    }
  }
}

const APP_VERSIONS: [number, string][] = [
  [Date.UTC(2026, 9, 20), '4.11.2'],
  [Date.UTC(2026, 10, 6), '4.12.0'],
  [Date.UTC(2026, 10, 17), '4.12.1'],
];
function appVersion(t: number): string {
  const released = APP_VERSIONS.filter(([at]) => at <= t);
  const slowUpdater = released.length > 1 && rand() < 0.15;
  return (released[released.length - (slowUpdater ? 2 : 1)] as [number, string])[1];
}

/** Apple review ids are global and grow with time (about 14.6 billion in late 2026). */
function reviewId(t: number): string {
  return String(14_612_000_000 + Math.floor(((t - START) / 1000) * 11) + randInt(0, 10));
}

/** normal = counted feedback, burst = the 20 Nov spike, malformed = must be quarantined, own = our own post. */
type Kind = 'normal' | 'burst' | 'malformed' | 'own';

interface BuiltReview {
  t: number;
  kind: Kind;
  id: string;
  entry: Record<string, unknown>;
}

function reviewEntry(country: string, review: ReviewText, t: number, lang: 'nl' | 'en'): BuiltReview['entry'] {
  return {
    author: {
      uri: { label: `https://itunes.apple.com/${country}/reviews/id${randInt(100_000_000, 1_999_999_999)}` },
      name: { label: nickname(lang) },
      label: '',
    },
    updated: { label: pacific(t) },
    'im:rating': { label: String(review.r) },
    'im:version': { label: appVersion(t) },
    id: { label: reviewId(t) },
    title: { label: review.title },
    content: { label: review.text, attributes: { type: 'text' } },
    link: { attributes: { rel: 'related', href: `https://itunes.apple.com/${country}/review?id=${APP_ID}&type=Purple%20Software` } },
    'im:voteSum': { label: String(rand() < 0.8 ? 0 : randInt(1, 9)) },
    'im:contentType': { attributes: { term: 'Application', label: 'Application' } },
    'im:voteCount': { label: String(rand() < 0.8 ? 0 : randInt(1, 12)) },
  };
}

function buildReviews(
  country: string,
  fileForTraps: string,
  items: { review: ReviewText; lang: 'nl' | 'en'; kind: Kind; t: number }[],
): BuiltReview[] {
  return items.map(({ review, lang, kind, t }) => {
    const entry = reviewEntry(country, review, t, lang);
    const id = (entry.id as { label: string }).label;
    if (kind === 'normal') tally(review.s, lang);
    notePii(fileForTraps, id, review.text, review.pii);
    return { t, kind, id, entry };
  });
}

function dutchDate(t: number): string {
  const d = new Date(t + HOUR); // Amsterdam, UTC+1 in November
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Broken entries, each for one reason a real export can be broken. */
function malformedReviews(country: 'nl' | 'gb'): BuiltReview[] {
  const out: BuiltReview[] = [];
  const file = `appstore/stroomwijs-${country}-page`;
  if (country === 'nl') {
    const seven = buildReviews(country, file, [
      { review: rv('pos', 5, 'Zeven sterren!', 'Als het kon gaf ik zeven sterren. Overstappen ging super soepel en de app is helder.'), lang: 'nl', kind: 'malformed', t: slot({ days: [16, 17] }) },
    ])[0] as BuiltReview;
    (seven.entry['im:rating'] as { label: string }).label = '7';
    malformed.push({ file: `${file}1.json`, id: seven.id, why: 'im:rating is "7" (Apple only has 1..5)', reason: `review ${seven.id}: rating 7 is above the maximum of 5` });
    out.push(seven);

    const empty = buildReviews(country, file, [
      { review: rv('neg', 1, 'Slecht', ''), lang: 'nl', kind: 'malformed', t: slot({ days: [18] }) },
    ])[0] as BuiltReview;
    malformed.push({ file: `${file}1.json`, id: empty.id, why: 'content.label is the empty string (title only)', reason: `review ${empty.id}: content is empty` });
    out.push(empty);

    const noId = buildReviews(country, file, [
      { review: rv('neg', 2, 'Rekening klopt niet', 'Voorschot omhoog terwijl we minder verbruiken. Snap er niks van.'), lang: 'nl', kind: 'malformed', t: slot({ days: [3, 4] }) },
    ])[0] as BuiltReview;
    delete noId.entry.id;
    malformed.push({ file: `${file}2.json`, id: '(none)', why: 'the entry has no id element', reason: 'review without an id: id is missing' });
    out.push({ ...noId, id: '(none)' });

    const badDate = buildReviews(country, file, [
      { review: rv('pos', 4, 'Prima', 'Prima app, makkelijk meterstanden doorgeven.'), lang: 'nl', kind: 'malformed', t: slot({ days: [6] }) },
    ])[0] as BuiltReview;
    const label = dutchDate(badDate.t);
    (badDate.entry.updated as { label: string }).label = label;
    malformed.push({ file: `${file}2.json`, id: badDate.id, why: `updated.label is "${label}", a Dutch-formatted date, not ISO-8601`, reason: `review ${badDate.id}: updated '${label}' is not an ISO-8601 date-time` });
    out.push(badDate);
  } else {
    const blank = buildReviews(country, file, [
      { review: rv('neu', 3, 'Meh', '   \n  '), lang: 'en', kind: 'malformed', t: slot({ days: [9, 10, 11] }) },
    ])[0] as BuiltReview;
    malformed.push({ file: `${file}1.json`, id: blank.id, why: 'content.label is only whitespace', reason: `review ${blank.id}: content is empty` });
    out.push(blank);
  }
  return out;
}

function feedLinks(country: string, page: number, lastPage: number): unknown[] {
  const base = `https://itunes.apple.com/${country}/rss/customerreviews`;
  const xml = (p: number) => `${base}/page=${p}/id=${APP_ID}/sortby=mostrecent/xml?urlDesc=/customerreviews/page=${p}/id=${APP_ID}/sortby=mostrecent/json`;
  return [
    { attributes: { rel: 'alternate', type: 'text/html', href: `https://apps.apple.com/${country}/app/id${APP_ID}?uo=2` } },
    { attributes: { rel: 'self', href: `${base}/page=${page}/id=${APP_ID}/sortby=mostrecent/json` } },
    { attributes: { rel: 'first', href: xml(1) } },
    { attributes: { rel: 'last', href: xml(lastPage) } },
    { attributes: { rel: 'previous', href: xml(Math.max(1, page - 1)) } },
    { attributes: { rel: 'next', href: xml(Math.min(lastPage, page + 1)) } },
  ];
}

function feed(country: string, page: number, lastPage: number, fetchedAt: number, entries: BuiltReview[]): unknown {
  return {
    feed: {
      author: { name: { label: 'iTunes Store' }, uri: { label: `http://www.apple.com/${country}/itunes/` } },
      entry: entries.map((e) => e.entry),
      updated: { label: pacific(fetchedAt) },
      rights: { label: 'Copyright 2008 Apple Inc.' },
      title: { label: 'iTunes Store: Customer Reviews' },
      icon: { label: 'http://itunes.apple.com/favicon.ico' },
      link: feedLinks(country, page, lastPage),
      id: { label: `https://mzstoreservices-int-st.itunes.apple.com/${country}/rss/customerreviews/page=${page}/id=${APP_ID}/sortby=mostrecent/json` },
    },
  };
}

const byNewest = (a: { t: number }, b: { t: number }) => b.t - a.t;

function buildAppStore(): { records: number; duplicates: string[] } {
  const nl = [
    ...buildReviews('nl', 'appstore/stroomwijs-nl-page', [
      ...NL_REVIEWS.map((review) => ({ review, lang: 'nl' as const, kind: 'normal' as const, t: slot() })),
      ...NL_STORE_ENGLISH_REVIEWS.map((review) => ({ review, lang: 'en' as const, kind: 'normal' as const, t: slot() })),
      ...BURST_NL_REVIEWS.map((review) => ({ review, lang: 'nl' as const, kind: 'burst' as const, t: burstSlot() })),
    ]),
    ...malformedReviews('nl'),
  ].sort(byNewest);
  const gb = [
    ...buildReviews('gb', 'appstore/stroomwijs-gb-page1.json', [
      ...GB_REVIEWS.map((review) => ({ review, lang: 'en' as const, kind: 'normal' as const, t: slot() })),
      ...BURST_GB_REVIEWS.map((review) => ({ review, lang: 'en' as const, kind: 'burst' as const, t: burstSlot() })),
    ]),
    ...malformedReviews('gb'),
  ].sort(byNewest);
  if (nl.length !== 94 || gb.length !== 50) throw new Error(`unexpected review counts nl=${nl.length} gb=${gb.length}`);

  // Page 2 was fetched after six new reviews arrived, so its first six entries repeat the last
  // six of page 1: the overlap every paging collector sees on a busy feed.
  const page1 = nl.slice(0, 50);
  const page2 = nl.slice(44, 94);
  const overlap = nl.slice(44, 50);
  if (overlap.some((r) => r.kind !== 'normal')) throw new Error('a trap landed in the page overlap; change the seed');
  if (nl.filter((r) => r.kind === 'burst').some((r) => !page1.includes(r))) throw new Error('burst must be on page 1');

  const fetchedAt = Date.UTC(2026, 10, 22, 6, 0, 12);
  mkdirSync(join(OUT, 'appstore'), { recursive: true });
  writeJson(join(OUT, 'appstore', 'stroomwijs-nl-page1.json'), feed('nl', 1, 10, fetchedAt, page1));
  writeJson(join(OUT, 'appstore', 'stroomwijs-nl-page2.json'), feed('nl', 2, 10, fetchedAt + 4_000, page2));
  writeJson(join(OUT, 'appstore', 'stroomwijs-gb-page1.json'), feed('gb', 1, 2, fetchedAt + 9_000, gb));
  for (const p of piiRecords) {
    if (p.file === 'appstore/stroomwijs-nl-page') {
      const inPage1 = page1.some((r) => r.id === p.id);
      p.file = `appstore/stroomwijs-nl-page${inPage1 ? 1 : 2}.json`;
    }
  }
  return { records: page1.length + page2.length + gb.length, duplicates: overlap.map((r) => r.id) };
}

// ---------------------------------------------------------------------------------------------
// Mastodon
// ---------------------------------------------------------------------------------------------

/** The server the collector asks (where @stroomwijs lives); all `id`s are this server's ids. */
const LOCAL = 'mastodon.nl';

interface Account {
  username: string;
  host: string;
  displayName: string;
  lang: 'nl' | 'en';
  json: Record<string, unknown>;
}

const ACCOUNT_SEEDS: [string, string, string, 'nl' | 'en'][] = [
  ['marieke', LOCAL, 'Marieke 🌻', 'nl'],
  ['jvdberg', 'mastodon.social', 'Jan van den Berg', 'nl'],
  ['groeneknoop', LOCAL, 'Groene Knoop', 'nl'],
  ['erikjan', 'toot.community', 'Erik-Jan', 'nl'],
  ['fietsfrits', LOCAL, 'Frits op de fiets 🚲', 'nl'],
  ['lotte_vh', 'mastodon.online', 'Lotte van Hout', 'nl'],
  ['sjoerd', LOCAL, 'Sjoerd', 'nl'],
  ['basvanderlinden', 'mastodon.social', 'Bas van der Linden', 'nl'],
  ['noortje', LOCAL, 'Noortje', 'nl'],
  ['annadevries', 'mastodon.social', 'Anna de Vries', 'nl'],
  ['energiebewust', LOCAL, 'Energiebewust Nederland', 'nl'],
  ['utrechtseruud', LOCAL, 'Ruud uit Utrecht', 'nl'],
  ['thijs', 'toot.community', 'Thijs', 'nl'],
  ['zonnepaneelpiet', LOCAL, 'Piet ☀️', 'nl'],
  ['ellen_b', 'mastodon.online', 'Ellen B.', 'nl'],
  ['mvanleeuwen', 'social.tchncs.de', 'Maarten van Leeuwen', 'nl'],
  ['joris', LOCAL, 'Joris', 'nl'],
  ['zwolsezoe', LOCAL, 'Zoë', 'nl'],
  ['hannekeh', 'mastodon.social', 'Hanneke', 'nl'],
  ['dewarmtepomp', 'toot.community', 'De Warmtepomp-man', 'nl'],
  ['gertjan', LOCAL, 'Gert-Jan', 'nl'],
  ['inge', 'mas.to', 'Inge', 'nl'],
  ['koosk', LOCAL, 'Koos K.', 'nl'],
  ['saskia', 'mastodon.social', 'Saskia 🐈', 'nl'],
  ['wouter', 'nerdculture.de', 'Wouter', 'nl'],
  ['femkedb', LOCAL, 'Femke de B.', 'nl'],
  ['rik_a', 'mastodon.online', 'Rik', 'nl'],
  ['amersfoortse_an', LOCAL, 'An uit Amersfoort', 'nl'],
  ['daan', 'toot.community', 'Daan', 'nl'],
  ['mirjam', LOCAL, 'Mirjam', 'nl'],
  ['pieterbas', 'mastodon.social', 'Pieter-Bas', 'nl'],
  ['yara', LOCAL, 'Yara', 'nl'],
  ['expatemma', 'mastodon.social', 'Emma (expat in NL)', 'en'],
  ['tom_in_ams', 'hachyderm.io', 'Tom in Amsterdam', 'en'],
  ['rachelk', 'mas.to', 'Rachel K', 'en'],
  ['mike_nl', 'fosstodon.org', 'Mike', 'en'],
  ['sam', 'mastodon.social', 'Sam 🏳️‍🌈', 'en'],
  ['greenpaul', 'eupolicy.social', 'Paul (green energy nerd)', 'en'],
  ['hannah_r', LOCAL, 'Hannah R.', 'en'],
  ['ollie', 'mastodon.online', 'Ollie', 'en'],
  ['priyadev', 'hachyderm.io', 'Priya', 'en'],
  ['chrisinleiden', 'mas.to', 'Chris in Leiden', 'en'],
];

const NL_NOTES = [
  '<p>Meestal fietsen, soms mopperen.</p>',
  '<p>Utrecht. Koffie, code en kattenfoto&#39;s.</p>',
  '<p>Zonnepanelen, warmtepomp, spreadsheet. In die volgorde.</p>',
  '',
  '<p>Docent, vader, tuinier. Meningen zijn van mij.</p>',
  '<p>Hier voor de <a href="https://mastodon.nl/tags/energietransitie" class="mention hashtag" rel="tag">#<span>energietransitie</span></a> en de memes.</p>',
];
const EN_NOTES = ['<p>Mostly harmless.</p>', '<p>Expat in the Netherlands. Bikes, bread, bureaucracy.</p>', '', '<p>Software person. Views my own.</p>'];

function snowflake(t: number): string {
  return ((BigInt(Math.floor(t)) << 16n) + BigInt(randInt(0, 65_535))).toString();
}

function makeAccount([username, host, displayName, lang]: [string, string, string, 'nl' | 'en']): Account {
  const created = Date.UTC(randInt(2017, 2025), randInt(0, 11), randInt(1, 28));
  const local = host === LOCAL;
  return {
    username,
    host,
    displayName,
    lang,
    json: {
      id: snowflake(created),
      username,
      acct: local ? username : `${username}@${host}`,
      display_name: displayName,
      locked: false,
      bot: false,
      discoverable: rand() < 0.8,
      group: false,
      created_at: isoMs(created),
      note: pick(lang === 'nl' ? NL_NOTES : EN_NOTES),
      url: `https://${host}/@${username}`,
      uri: `https://${host}/users/${username}`,
      avatar: local
        ? `https://files.${LOCAL}/accounts/avatars/${randInt(100, 999)}/original/${uuid().replace(/-/g, '').slice(0, 16)}.png`
        : `https://files.${LOCAL}/cache/accounts/avatars/${randInt(100, 999)}/original/${uuid().replace(/-/g, '').slice(0, 16)}.jpg`,
      avatar_static: '',
      header: `https://${LOCAL}/headers/original/missing.png`,
      header_static: `https://${LOCAL}/headers/original/missing.png`,
      followers_count: randInt(3, 2400),
      following_count: randInt(10, 800),
      statuses_count: randInt(20, 9000),
      last_status_at: '2026-11-21',
      emojis: [],
      fields: [],
    },
  };
}

const ACCOUNTS = ACCOUNT_SEEDS.map(makeAccount);
for (const a of ACCOUNTS) a.json.avatar_static = a.json.avatar;
const STROOMWIJS = makeAccount(['stroomwijs', LOCAL, 'Stroomwijs', 'nl']);
STROOMWIJS.json.note = '<p>Groene stroom, eerlijke prijs. Vragen? Stuur ons een DM of chat via de app.</p>';
STROOMWIJS.json.avatar_static = STROOMWIJS.json.avatar;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function linkHtml(url: string): string {
  const match = url.match(/^(https?:\/\/(?:www\.)?)(.*)$/);
  const scheme = match?.[1] ?? '';
  const rest = match?.[2] ?? url;
  const shown = rest.length > 30 ? `<span class="ellipsis">${escapeHtml(rest.slice(0, 30))}</span><span class="invisible">${escapeHtml(rest.slice(30))}</span>` : `<span class="">${escapeHtml(rest)}</span><span class="invisible"></span>`;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${scheme}</span>${shown}</a>`;
}

/** Mastodon's HTML for a plain text: <p> per paragraph, <br /> per line, linked tags, mentions and URLs. */
function toHtml(text: string, host: string): string {
  const token = /(https?:\/\/[^\s]+)|#([\p{L}\p{N}_]+)|@stroomwijs\b/gu;
  const line = (l: string) => {
    let html = '';
    let last = 0;
    for (const m of l.matchAll(token)) {
      html += escapeHtml(l.slice(last, m.index));
      if (m[1] !== undefined) html += linkHtml(m[1]);
      else if (m[2] !== undefined) html += `<a href="https://${host}/tags/${m[2].toLowerCase()}" class="mention hashtag" rel="tag">#<span>${m[2]}</span></a>`;
      else html += `<span class="h-card" translate="no"><a href="https://${LOCAL}/@stroomwijs" class="u-url mention">@<span>stroomwijs</span></a></span>`;
      last = (m.index ?? 0) + m[0].length;
    }
    return html + escapeHtml(l.slice(last));
  };
  return text
    .split(/\n\n/)
    .map((p) => `<p>${p.split('\n').map(line).join('<br />')}</p>`)
    .join('');
}

interface BuiltStatus {
  t: number;
  kind: Kind;
  json: Record<string, unknown>;
}

const accountUse = new Map<string, number>();
function authorFor(lang: 'nl' | 'en'): Account {
  // Some people post a lot: pick the less-used half a little more often, but allow repeats.
  const pool = ACCOUNTS.filter((a) => a.lang === lang);
  return pick(pool.sort((a, b) => (accountUse.get(a.username) ?? 0) - (accountUse.get(b.username) ?? 0)).slice(0, Math.ceil(pool.length * 0.8)));
}

function buildStatus(toot: TootText, t: number, kind: Kind, visibility: string, file: string): BuiltStatus {
  const author = authorFor(toot.lang);
  accountUse.set(author.username, (accountUse.get(author.username) ?? 0) + 1);
  const local = author.host === LOCAL;
  const id = snowflake(t);
  const originId = local ? id : snowflake(t - randInt(0, 1500));
  const tags = [...toot.text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => (m[1] as string).toLowerCase());
  const mentionsUs = /@stroomwijs\b/.test(toot.text);
  const busy = kind === 'burst' ? 4 : 1;
  const json: Record<string, unknown> = {
    id,
    created_at: local ? isoMs(t) : isoSeconds(t),
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: toot.cw !== undefined,
    spoiler_text: toot.cw ?? '',
    visibility,
    language: toot.declared === undefined ? toot.lang : toot.declared,
    uri: `https://${author.host}/users/${author.username}/statuses/${originId}`,
    url: `https://${author.host}/@${author.username}/${originId}`,
    replies_count: rand() < 0.7 ? 0 : randInt(1, 3 * busy),
    reblogs_count: rand() < 0.8 ? 0 : randInt(1, 4 * busy),
    favourites_count: rand() < 0.5 ? 0 : randInt(1, 12 * busy),
    edited_at: null,
    favourited: false,
    reblogged: false,
    muted: false,
    bookmarked: false,
    content: toHtml(toot.text, author.host),
    filtered: [],
    reblog: null,
    ...(local ? { application: { name: pick(['Web', 'Ivory', 'Tusky', 'Mona', 'Ice Cubes', 'Elk']), website: null } } : {}),
    account: author.json,
    media_attachments: [],
    mentions: mentionsUs
      ? [{ id: STROOMWIJS.json.id, username: 'stroomwijs', url: `https://${LOCAL}/@stroomwijs`, acct: 'stroomwijs' }]
      : [],
    tags: [...new Set(tags)].map((name) => ({ name, url: `https://${LOCAL}/tags/${name}` })),
    emojis: [],
    card: null,
    poll: null,
  };
  if (kind === 'normal') tally(toot.s, toot.lang);
  notePii(file, id, toot.text, toot.pii);
  if (toot.declared !== undefined) declaredLanguageQuirks.push({ file, id, text: toot.text.slice(0, 60), declared: toot.declared });
  return { t, kind, json };
}

const withTag = (toot: TootText): TootText => (/#stroomwijs/i.test(toot.text) ? toot : { ...toot, text: `${toot.text} #stroomwijs` });
const withMention = (toot: TootText): TootText => (/@stroomwijs\b/.test(toot.text) ? toot : { ...toot, text: `@stroomwijs ${toot.text}` });
const mentionVisibility = (): string => pick(['public', 'public', 'public', 'public', 'public', 'public', 'unlisted', 'unlisted', 'direct', 'private']);

function buildMastodon(): { tagRecords: number; mentionRecords: number; duplicates: string[]; skippedNotifications: number } {
  const tagFile = 'mastodon/tag-stroomwijs.json';
  const mentionFile = 'mastodon/mentions.json';
  const tag: BuiltStatus[] = [
    ...TAG_TOOTS.map((toot) => buildStatus(withTag(toot), slot(), 'normal', 'public', tagFile)),
    ...BURST_TAG_TOOTS.map((toot) => buildStatus(withTag(toot), burstSlot(), 'burst', 'public', tagFile)),
  ];
  const both = TAG_AND_MENTION_TOOTS.map((toot) => buildStatus(withMention(withTag(toot)), slot(), 'normal', 'public', tagFile));
  const mentions: BuiltStatus[] = [
    ...MENTION_TOOTS.map((toot) => buildStatus(withMention(toot), slot(), 'normal', mentionVisibility(), mentionFile)),
    ...BURST_MENTION_TOOTS.map((toot) => buildStatus(withMention(toot), burstSlot(), 'burst', 'public', mentionFile)),
  ];

  // Malformed statuses.
  const mediaOnly = buildStatus(
    { s: 'neg', lang: 'nl', text: 'x', cw: '#stroomwijs factuur' },
    slot({ days: [2, 3] }),
    'malformed',
    'public',
    tagFile,
  );
  mediaOnly.json.content = '<p></p>';
  mediaOnly.json.tags = [{ name: 'stroomwijs', url: `https://${LOCAL}/tags/stroomwijs` }];
  mediaOnly.json.media_attachments = [
    {
      id: snowflake(mediaOnly.t - 60_000),
      type: 'image',
      url: `https://files.${LOCAL}/media_attachments/files/${randInt(100, 999)}/original/${uuid().replace(/-/g, '').slice(0, 16)}.jpeg`,
      preview_url: `https://files.${LOCAL}/media_attachments/files/${randInt(100, 999)}/small/${uuid().replace(/-/g, '').slice(0, 16)}.jpeg`,
      remote_url: null,
      description: null,
      blurhash: 'UFE.wQ~q%MIU%MRjt7j[~qRjRjof%MWBfQof',
    },
  ];
  malformed.push({
    file: tagFile,
    id: mediaOnly.json.id as string,
    why: 'content is "<p></p>": a photo-only post whose only words are in the content warning',
    reason: `status ${mediaOnly.json.id}: text after removing HTML is empty`,
  });

  const numericDate = buildStatus(
    { s: 'neg', lang: 'nl', text: 'Wat is er met de #stroomwijs app aan de hand? Ik zie al de hele ochtend een leeg scherm.' },
    slot({ days: [12, 13] }),
    'malformed',
    'public',
    tagFile,
  );
  numericDate.json.created_at = Math.floor(numericDate.t / 1000);
  malformed.push({
    file: tagFile,
    id: numericDate.json.id as string,
    why: 'created_at is a number (Unix seconds) instead of an ISO string',
    reason: `status ${numericDate.json.id}: created_at must be a string, not a number (${numericDate.json.created_at})`,
  });

  const noAccount = buildStatus(
    { s: 'neg', lang: 'nl', text: '@stroomwijs jullie hebben mijn klacht nog steeds niet beantwoord.' },
    slot({ days: [7, 8] }),
    'malformed',
    'direct',
    mentionFile,
  );
  noAccount.json.account = null;
  malformed.push({
    file: mentionFile,
    id: noAccount.json.id as string,
    why: 'account is null (the author\'s account was deleted while the export ran)',
    reason: `status ${noAccount.json.id}: account must be an object, not null`,
  });

  const tagStatuses = [...tag, ...both, mediaOnly, numericDate].sort(byNewest);
  const mentionStatuses = [...mentions, ...both, noAccount].sort(byNewest);

  // The notifications API wraps each mention; other notification types are not feedback.
  const ownPost = buildStatus(
    { s: 'neu', lang: 'nl', text: 'Goed nieuws: vanaf vandaag log je in de app in met Face ID. Update naar versie 4.12.0 in de App Store of Google Play.' },
    Date.UTC(2026, 10, 6, 9, 30, 12),
    'own',
    'public',
    'own',
  );
  ownPost.json.account = STROOMWIJS.json;
  ownPost.json.application = { name: 'Web', website: null };
  const others = [
    { t: Date.UTC(2026, 10, 6, 10, 2, 41), type: 'favourite', account: pick(ACCOUNTS).json, status: ownPost.json },
    { t: Date.UTC(2026, 10, 6, 11, 17, 3), type: 'reblog', account: pick(ACCOUNTS).json, status: ownPost.json },
    { t: Date.UTC(2026, 10, 14, 19, 44, 26), type: 'follow', account: pick(ACCOUNTS).json },
  ];
  const notifications = [
    ...mentionStatuses.map((s) => ({ t: s.t + randInt(1_000, 20_000), type: 'mention', account: s.json.account, status: s.json })),
    ...others,
  ].sort((a, b) => a.t - b.t);
  let notificationId = 41_873_210;
  const notificationJson = notifications
    .map((n) => {
      notificationId += randInt(3, 400);
      const id = String(notificationId);
      return {
        id,
        type: n.type,
        created_at: isoMs(n.t),
        group_key: `ungrouped-${id}`,
        account: n.account,
        ...('status' in n ? { status: n.status } : {}),
      };
    })
    .reverse();

  mkdirSync(join(OUT, 'mastodon'), { recursive: true });
  writeJson(join(OUT, tagFile), tagStatuses.map((s) => s.json));
  writeJson(join(OUT, mentionFile), notificationJson);
  return {
    tagRecords: tagStatuses.length,
    mentionRecords: mentionStatuses.length,
    duplicates: both.map((s) => s.json.id as string),
    skippedNotifications: others.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Amazon Connect
// ---------------------------------------------------------------------------------------------

const ACCOUNT_ID = '482915306217';
const INSTANCE_ID = uuid();
const EVENT = 'application/vnd.amazonaws.connect.event.';
const GREETING = {
  nl: 'Welkom bij Stroomwijs! Je chat nu met onze digitale assistent. Stel je vraag in een paar woorden.',
  en: 'Welcome to Stroomwijs! You are chatting with our digital assistant. Please ask your question in a few words.',
};

interface BuiltChat {
  contactId: string;
  doc: Record<string, unknown>;
  outcome: string;
}

function buildChat(chat: ChatText, start: number): BuiltChat {
  const contactId = uuid();
  const customer = uuid();
  const system = uuid();
  const agent = chat.agent === undefined ? undefined : uuid();
  const items: Record<string, unknown>[] = [];
  let t = start;
  // Connect writes the keys in this order; keys an item does not have are left out.
  const KEY_ORDER = ['AbsoluteTime', 'Content', 'ContentType', 'Id', 'Type', 'ParticipantId', 'DisplayName', 'ParticipantRole', 'Attachments'];
  const push = (fields: Record<string, unknown>) => {
    const all: Record<string, unknown> = { AbsoluteTime: isoMs(t), Id: uuid(), ...fields };
    items.push(Object.fromEntries(KEY_ORDER.filter((key) => key in all).map((key) => [key, all[key]])));
  };
  const by = (who: 'customer' | 'bot' | 'system' | 'agent') =>
    ({
      customer: { ParticipantId: customer, DisplayName: chat.name, ParticipantRole: 'CUSTOMER' },
      bot: { ParticipantId: system, DisplayName: 'BOT', ParticipantRole: 'SYSTEM' },
      system: { ParticipantId: system, DisplayName: 'SYSTEM_MESSAGE', ParticipantRole: 'SYSTEM' },
      agent: { ParticipantId: agent, DisplayName: chat.agent, ParticipantRole: 'AGENT' },
    })[who];
  const message = (content: string, who: 'customer' | 'bot' | 'system' | 'agent') =>
    push({ Content: content, ContentType: 'text/plain', Type: 'MESSAGE', ...by(who) });

  push({ ContentType: `${EVENT}participant.joined`, Type: 'EVENT', ...by('customer') });
  t += randInt(400, 900);
  message(GREETING[chat.lang], 'system');
  let agentJoined = false;
  let waitMinutes = 2;
  for (const [who, text] of chat.turns) {
    if (who === 'c') {
      t += randInt(6_000, 20_000) + text.length * randInt(150, 300);
      message(text, 'customer');
    } else if (who === 'b') {
      t += randInt(900, 2_500);
      message(text, 'bot');
    } else if (who === 'm') {
      t += randInt(600, 1_200);
      message(text, 'system');
      waitMinutes = Number(text.match(/(\d+) minut/)?.[1] ?? 2);
    } else if (who === 'p') {
      t += randInt(900, 1_800);
      const [title, ...elements] = text.split('|');
      const content = { templateType: 'ListPicker', version: '1.0', data: { content: { title, elements: elements.map((e) => ({ title: e })) } } };
      push({ Content: JSON.stringify(content), ContentType: 'application/vnd.amazonaws.connect.message.interactive', Type: 'MESSAGE', ...by('bot') });
    } else if (who === 'f') {
      t += randInt(15_000, 40_000);
      push({
        ContentType: 'image/jpeg',
        Type: 'ATTACHMENT',
        Attachments: [{ ContentType: 'image/jpeg', AttachmentId: uuid(), AttachmentName: text, Status: 'APPROVED' }],
        ...by('customer'),
      });
    } else {
      if (!agentJoined) {
        t += Math.max(30, waitMinutes * 60 + randInt(-90, 120)) * 1000;
        push({ ContentType: `${EVENT}participant.joined`, Type: 'EVENT', ...by('agent') });
        agentJoined = true;
        t += randInt(4_000, 12_000);
      } else {
        t += randInt(15_000, 70_000);
      }
      message(text, 'agent');
    }
  }
  if (chat.end === 'left') {
    t += randInt(10_000, 90_000);
    push({ ContentType: `${EVENT}participant.left`, Type: 'EVENT', ...by('customer') });
  } else if (agentJoined) {
    t += randInt(20_000, 60_000);
    push({ ContentType: `${EVENT}participant.left`, Type: 'EVENT', ...by('agent') });
  } else {
    t += randInt(5_000, 30_000);
  }
  t += randInt(300, 1_200);
  push({ ContentType: `${EVENT}chat.ended`, Type: 'EVENT' });

  const doc = {
    Version: '2019-08-26',
    AWSAccountId: ACCOUNT_ID,
    InstanceId: INSTANCE_ID,
    InitialContactId: contactId,
    ContactId: contactId,
    Participants: [{ ParticipantId: customer }, ...(agent === undefined ? [] : [{ ParticipantId: agent }])],
    Transcript: items,
  };
  const outcome = agentJoined ? 'transferred-to-agent' : chat.end === 'left' ? 'abandoned' : 'bot-only';
  return { contactId, doc, outcome };
}

function buildConnect(): { records: number; outcomes: Record<string, number>; botLoop: string; escalationRequests: string[] } {
  // File names are fresh contact ids, so stale transcripts from an earlier run are removed first.
  rmSync(join(OUT, 'connect'), { recursive: true, force: true });
  mkdirSync(join(OUT, 'connect'), { recursive: true });
  const outcomes: Record<string, number> = {};
  let botLoop = '';
  const escalationRequests: string[] = [];
  const write = (built: BuiltChat) => writeJson(join(OUT, 'connect', `${built.contactId}.json`), built.doc);

  for (const chat of CHATS) {
    const start = chat.agent === undefined ? slot({ fromHour: 6, toHour: 21, maxMinute: 55 }) : slot({ fromHour: 7, toHour: 18, maxMinute: 55 });
    const built = buildChat(chat, start);
    write(built);
    outcomes[built.outcome] = (outcomes[built.outcome] ?? 0) + 1;
    tally(chat.s, chat.lang);
    const customerText = chat.turns.filter(([who]) => who === 'c').map(([, text]) => text).join('\n');
    notePii(`connect/${built.contactId}.json`, built.contactId, customerText, chat.pii);
    if (chat.trap === 'bot-loop') botLoop = built.contactId;
    if (/medewerker spreken|talk to a human|mens spreken/i.test(customerText)) escalationRequests.push(built.contactId);
  }

  // A customer who opened the chat and closed it without typing anything.
  const silent = buildChat({ lang: 'nl', s: 'neu', name: 'Bezoeker', end: 'left', turns: [] }, slot({ fromHour: 8, toHour: 20, maxMinute: 55 }));
  write(silent);
  malformed.push({
    file: `connect/${silent.contactId}.json`,
    id: silent.contactId,
    why: 'the customer joined and left without sending a message (only the greeting)',
    reason: `contact ${silent.contactId}: the customer sent no messages, so there is nothing to analyse`,
  });

  // An export tool that rewrote one timestamp as epoch milliseconds.
  const epoch = buildChat(
    {
      lang: 'en', s: 'neu', name: 'Noah', end: 'flow',
      turns: [
        ['c', 'Do you have a special tariff for heat pumps?'],
        ['b', 'We don’t have a separate heat pump tariff, but the dynamic tariff can be cheaper if you run your heat pump when prices are low.'],
        ['c', 'ok, thanks'],
      ],
    },
    slot({ fromHour: 8, toHour: 20, maxMinute: 55 }),
  );
  const transcript = epoch.doc.Transcript as Record<string, unknown>[];
  const botReply = transcript.findIndex((item) => item.ParticipantRole === 'SYSTEM' && item.DisplayName === 'BOT');
  const botItem = transcript[botReply] as Record<string, unknown>;
  botItem.AbsoluteTime = Date.parse(botItem.AbsoluteTime as string);
  write(epoch);
  malformed.push({
    file: `connect/${epoch.contactId}.json`,
    id: epoch.contactId,
    why: `Transcript[${botReply}].AbsoluteTime is a number (epoch milliseconds) instead of an ISO string`,
    reason: `contact ${epoch.contactId}: Transcript[${botReply}].AbsoluteTime must be a string, not a number (${botItem.AbsoluteTime})`,
  });

  return { records: CHATS.length + 2, outcomes, botLoop, escalationRequests };
}

// ---------------------------------------------------------------------------------------------
// README and main
// ---------------------------------------------------------------------------------------------

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

function writeReadme(
  app: ReturnType<typeof buildAppStore>,
  masto: ReturnType<typeof buildMastodon>,
  connect: ReturnType<typeof buildConnect>,
): void {
  const malformedIn = (prefix: string) => malformed.filter((m) => m.file.startsWith(prefix)).length;
  const files: [string, number, string][] = [
    ['appstore/stroomwijs-nl-page1.json', 50, 'appstore-rss'],
    ['appstore/stroomwijs-nl-page2.json', 50, 'appstore-rss'],
    ['appstore/stroomwijs-gb-page1.json', 50, 'appstore-rss'],
    ['mastodon/tag-stroomwijs.json', masto.tagRecords, 'mastodon-statuses'],
    ['mastodon/mentions.json', masto.mentionRecords, 'mastodon-statuses'],
    ['connect/*.json (one file per contact)', connect.records, 'connect-transcript'],
  ];
  const totalRecords = app.records + masto.tagRecords + masto.mentionRecords + connect.records;
  const duplicates = app.duplicates.length + masto.duplicates.length;
  const unique = totalRecords - duplicates - malformed.length;
  const sentimentTotal = Object.values(sentimentTally).reduce((a, b) => a + b, 0);
  const fileRows = files.map(([file, records, format]) => {
    const bad = malformedIn(file.replace(' (one file per contact)', '').replace('*.json', ''));
    return [`\`${file}\``, format, records, records - bad, bad];
  });

  const readme = `# Sample data: Stroomwijs (fictional)

Feedback about **Stroomwijs**, a fictional Dutch energy supplier, and its iOS app
**Stroomwijs app** (App Store id \`${APP_ID}\`), written between **2026-11-01T00:00Z and
2026-11-21T23:59Z**. Every file is in its source's **real** format, so the collectors and their
\`SourceFormat\`s (\`lambdas/core/collect/formats/\`) run on it unchanged.

Generated by \`scripts/generate-sample-data.ts\` (\`npx tsx scripts/generate-sample-data.ts\`):
deterministic (seeded PRNG, no clock), texts hand-written in the script. Edit the texts there and
regenerate; do not hand-edit the JSON, or the numbers below drift. All people, accounts, e-mail
addresses, phone numbers and addresses are made up; the IBANs are checksum-valid example numbers.

## What each folder holds

${table(
  ['Folder', 'Format (SourceFormat)', 'What the file is'],
  [
    [
      '`appstore/`',
      '`appstore-rss` (source `appstore`, channel `review`)',
      `Apple's customer reviews feed, JSON flavour: \`https://itunes.apple.com/{nl,gb}/rss/customerreviews/page=N/id=${APP_ID}/sortby=mostrecent/json\`. \`{ feed: { author, entry: [...], updated, rights, title, icon, link: [...], id } }\`; every scalar is wrapped as \`{ "label": ... }\`, \`im:rating\` is a string "1".."5", \`updated\` is US Pacific time (\`-07:00\`/\`-08:00\`), 50 entries per page, newest first. The entry's \`link\` is the app's review page, not the single review.`,
    ],
    [
      '`mastodon/`',
      '`mastodon-statuses` (source `mastodon`, channel `social`)',
      `\`tag-stroomwijs.json\`: Status[] from \`GET https://${LOCAL}/api/v1/timelines/tag/stroomwijs\`. \`mentions.json\`: Notification[] from \`GET https://${LOCAL}/api/v1/notifications\`: each \`mention\` wraps the Status that mentioned @stroomwijs; ${masto.skippedNotifications} other notifications (favourite, reblog, follow) are not feedback and \`records()\` skips them. \`content\` is sanitised HTML (\`<p>\`, \`<br />\`, hashtag links \`class="mention hashtag"\`, mentions in \`<span class="h-card">\`, links with \`invisible\`/\`ellipsis\` spans). \`id\`s are ${LOCAL}'s own ids; \`uri\` carries the author's server and its id.`,
    ],
    [
      '`connect/`',
      '`connect-transcript` (source `chatbot`, channel `chat`)',
      'One Amazon Connect chat transcript per contact, as Connect writes it to S3 (`<ContactId>.json`): `Version` 2019-08-26, `AWSAccountId`, `InstanceId`, `InitialContactId`, `ContactId`, `Participants`, `Transcript` of MESSAGE / EVENT / ATTACHMENT items with `AbsoluteTime`, `Content`, `ContentType`, `Id`, `Type`, `ParticipantId`, `DisplayName`, `ParticipantRole` (CUSTOMER, AGENT, SYSTEM). The Lex bot writes as SYSTEM/`BOT`, the contact flow as SYSTEM/`SYSTEM_MESSAGE`.',
    ],
  ],
)}

## Records per file

"Records" is what \`records()\` returns; "ok" normalise to a FeedbackItem, "malformed" must be
quarantined with a reason.

${table(['File', 'Format', 'Records', 'ok', 'Malformed'], fileRows)}

**Total: ${totalRecords} records, ${totalRecords - malformed.length} ok, ${malformed.length} malformed,
${duplicates} duplicates → ${unique} distinct, valid feedback items.**

## Deliberate traps

### Exact duplicates (${duplicates})

- **${app.duplicates.length} App Store reviews** are on both \`stroomwijs-nl-page1.json\` (its last
  ${app.duplicates.length} entries) and \`stroomwijs-nl-page2.json\` (its first ${app.duplicates.length}), byte-identical: page 2 was fetched
  after ${app.duplicates.length} new reviews had pushed the list down. Review ids: ${app.duplicates.map((id) => `\`${id}\``).join(', ')}.
- **${masto.duplicates.length} Mastodon statuses** used #stroomwijs *and* mentioned @stroomwijs, so they are in
  \`tag-stroomwijs.json\` and (wrapped in a notification) in \`mentions.json\`. Status ids: ${masto.duplicates.map((id) => `\`${id}\``).join(', ')}.

The same record yields the same \`FeedbackItem.id\`, so deduplication by id removes them.

### Malformed records (${malformed.length}), each with the reason the format gives

${table(
  ['File', 'Source id', 'What is wrong', 'Quarantine reason'],
  malformed.map((m) => [`\`${m.file}\``, `\`${m.id}\``, m.why, `"${m.reason}"`]),
)}

### Personal data to redact (${piiRecords.length} records)

${table(
  ['File', 'Source id', 'Contains'],
  piiRecords.map((p) => [`\`${p.file}\``, `\`${p.id}\``, p.what]),
)}

Phone numbers appear as \`06-12345678\`, \`06 - 48213377\`, \`0612345678\`, \`+31 6 1234 5678\`
and \`+31 6 2345 6789\`; postcodes with house numbers as \`2514 GL 7a\`, \`9712 CP 3\`,
\`3511 LX Utrecht, huisnummer 22\`. Chat customers' display names are real-looking names too,
but they only end up as the salted author hash.

### The burst (32 items)

On **2026-11-20 between 14:00 and 14:59 UTC** a wrong "your smart meter has been delivered" push
message goes out: **${BURST_NL_REVIEWS.length + BURST_GB_REVIEWS.length} App Store reviews** (${BURST_NL_REVIEWS.length} nl, ${BURST_GB_REVIEWS.length} gb) and
**${BURST_TAG_TOOTS.length + BURST_MENTION_TOOTS.length} Mastodon statuses** (${BURST_TAG_TOOTS.length} tag, ${BURST_MENTION_TOOTS.length} mentions), ${BURST_NL_REVIEWS.length + [...BURST_TAG_TOOTS, ...BURST_MENTION_TOOTS].filter((t) => t.lang === 'nl').length} of them Dutch, all
negative, about late or missing delivery (levering, bezorging, niet geleverd, pakket, delivery,
parcel). Outside that hour no clock hour holds more than ${MAX_PER_HOUR} items across all sources, so the
hour stands out by a factor of ten; an anomaly alert on volume and negativity must fire for it
(topic \`levering\`).

### Chats

- **Bot loop**: \`connect/${connect.botLoop}.json\`: the bot answers "Sorry, ik begrijp je vraag niet. Kun je
  het anders formuleren?" five times while the customer rephrases, asks for a medewerker and gives
  up (outcome \`abandoned\`).
- **Asking for a human** in so many words ("ik wil een medewerker spreken", "Can I talk to a human",
  "een mens spreken"): ${connect.escalationRequests.map((id) => `\`${id}\``).join(', ')}.
- **Outcomes** of the ${CHATS.length} valid transcripts (rule in \`connect-transcript.ts\`):
  ${Object.entries(connect.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}.
- One bot message is an interactive list picker (\`application/vnd.amazonaws.connect.message.interactive\`,
  JSON content) and one customer turn is an image ATTACHMENT; neither is a text turn.
- Customers named "klant", "Klant", "Customer" or "Gast" typed no name; they get no author hash.

### Other things the real formats do

- Mastodon \`language\` is what the author's app declared, not what they wrote:
${declaredLanguageQuirks.map((q) => `  - \`${q.id}\` (${q.file}) is declared \`${q.declared}\`: "${q.text}…"`).join('\n')}
- Two mentions have a content warning (\`spoiler_text\`), which becomes the item's \`title\`; mentions
  include \`direct\` and \`private\` visibility.
- Remote Mastodon statuses have \`created_at\` with \`.000Z\`; local ones have milliseconds.
- Apple's \`updated\` is Pacific time and flips from \`-07:00\` to \`-08:00\` on 1 Nov 2026 (US DST ends).

## Language and sentiment mix (outside the burst, valid items)

Languages: ${Object.entries(languageTally).map(([k, v]) => `${k} ${v} (${percent(v, sentimentTotal)})`).join(', ')}.
Sentiment as labelled when writing: positive ${sentimentTally.pos} (${percent(sentimentTally.pos, sentimentTotal)}),
negative ${sentimentTally.neg} (${percent(sentimentTally.neg, sentimentTotal)}), neutral ${sentimentTally.neu} (${percent(sentimentTally.neu, sentimentTotal)}),
mixed ${sentimentTally.mix} (${percent(sentimentTally.mix, sentimentTotal)}). Topics: inloggen/login, factuur/bill, prijs/tarief,
maandbedrag, klantenservice, storing/outage, levering/slimme meter, terugbetaling/refund, app crashes,
overstappen/opzeggen. The texts include typos and informal spelling ("heeel slecht", "sloooow",
"klantenservise"), emoji and emoticons, sarcasm ("Geweldig, alweer een storing 🙄", "Oh great,
another outage"), mixed sentiment ("app is mooi maar de factuur klopt niet"), negation ("niet slecht",
"not bad at all"), and churn intent ("ik stap over naar Vattenfall", "Cancelling my contract").
`;
  writeFileSync(join(OUT, 'README.md'), readme);
}

function main(): void {
  if (NL_REVIEWS.length !== 72 || GB_REVIEWS.length !== 46) {
    throw new Error(`expected 72 nl and 46 gb reviews, got ${NL_REVIEWS.length} and ${GB_REVIEWS.length}`);
  }
  mkdirSync(OUT, { recursive: true });
  const app = buildAppStore();
  const masto = buildMastodon();
  const connect = buildConnect();
  writeReadme(app, masto, connect);
  const busiest = Math.max(...[...perHour.entries()].filter(([hour]) => hour !== BURST_START).map(([, n]) => n));
  const files = ['appstore', 'mastodon', 'connect'].map((dir) => `${dir}: ${readdirSync(join(OUT, dir)).length} files`);
  console.log(files.join(', '));
  console.log(`records: appstore ${app.records}, mastodon ${masto.tagRecords + masto.mentionRecords}, connect ${connect.records}`);
  console.log(`malformed ${malformed.length}, pii ${piiRecords.length}, duplicates ${app.duplicates.length + masto.duplicates.length}`);
  console.log(`busiest hour outside the burst: ${busiest}; sentiment`, sentimentTally, 'languages', languageTally);
  console.log('outcomes', connect.outcomes);
}

main();
