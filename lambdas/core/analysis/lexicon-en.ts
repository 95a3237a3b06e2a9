/**
 * English sentiment lexicon: the VADER seed (`lexicon-en-vader.ts`) corrected and extended for
 * customer feedback about energy/utility companies, web shops and apps.
 *
 * How entries were chosen:
 * - `EN_OVERRIDES` neutralise or re-weigh VADER words that mislead in service feedback ("help",
 *   "please", "support", "care", "free", "cancel", "pay" are requests or nouns there, "joke" is an
 *   insult), on VADER's -4..+4 scale.
 * - `EN_DOMAIN` adds polarity that only holds in CX ("outage", "laggy", "refunded", "on hold"),
 *   including verbs whose negation is the complaint ("works" 0 but "doesn't work" -2.2).
 * - Inflections are reached by the suffix stripper in `lexicon.ts`; list base forms.
 *
 * Format: as in `lexicon-nl.ts`: `key:valence[/negatedValence]`, phrases joined with `_`.
 */

/** Corrections to the VADER seed; valence 0 removes a word's polarity. */
export const EN_OVERRIDES = `
help:0/-1.6 helped:0.8/-1.8 helps:0.4/-1.6 please:0 support:0/-1.6 care:0 free:0.6 cancel:0 cancelled:-0.4
canceled:-0.4 pay:0 paid:0 charged:-0.6 charge:0 charges:-0.6 credit:0 interest:0 save:0.4 saved:0.8 kind:0.8
like:0 well:0 sure:0.2 yes:0.3 no:0 want:0 hope:0.3 hopefully:0.2 joke:-1.8 jokes:-1.8 lol:0.4 lmao:0.4 god:0
pretty:1.0 fine:0.9 ok:0.6 okay:0.6 top:1.4 super:2.4 die:-1.0 dead:-1.8 kill:-1.2 killing:-1.6 fire:0 crazy:-0.8
miss:-0.4 hold:0 stuck:-1.6 wait:-0.6 waiting:-1.0/0.6 waited:-1.0 lost:-1.6 missing:-1.6 worth:0.6/-1.6
fix:0 fixed:1.4/-2.2 work:0/-2.0 works:0.3/-2.2 worked:0.3/-2.0 working:0.3/-2.0 trust:1.4/-2.0 luck:0 win:0.8
god:0 bless:0.4 pray:0 sucks:-2.6 suck:-2.4 sucked:-2.4 matter:0 block:0 blocked:-1.2 serious:-0.3 seriously:0
honestly:0 hand:0 energy:0 alert:0 yeah:0 yea:0 yep:0 wish:0 hoping:0.4 legal:0 obsessed:1.8 solid:1.6 fan:1.3/-1.6
explain:0/-1.4 explained:0.6/-1.6 understand:0/-1.2 cancelled:-1.0 canceled:-1.0 fix:0/-1.8 peace:1.0
`;

/** CX-domain vocabulary and everyday words missing from VADER. */
export const EN_DOMAIN = `
outage:-1.8 outages:-1.8 blackout:-2.0 downtime:-1.8 down:-0.4 offline:-1.2 crash:-2.0 crashes:-2.2
crashing:-2.2 crashed:-2.2 crashy:-2.2 freezes:-1.8 freezing:-1.2 frozen:-1.2 laggy:-2.0 lag:-1.4 lags:-1.6
glitch:-1.6 glitchy:-2.0 buggy:-2.2 bug:-1.6 bugs:-1.8 unresponsive:-2.0 unreachable:-2.2 unusable:-2.8
slow:-1.8 sluggish:-1.8 late:-1.4 delayed:-1.6 delay:-1.4 delays:-1.6 damaged:-2.2 defective:-2.2 faulty:-2.2
broken:-2.2 wrong:-1.8/0.4 incorrect:-1.8 overcharged:-2.6 overpriced:-2.4 expensive:-1.4 pricey:-1.2
ripoff:-3.0 rip-off:-3.0 scam:-3.0 scammers:-3.2 fraud:-3.0 thieves:-3.0 refunded:1.4/-2.2 refund:0.2/-1.6
compensated:1.6/-1.6 resolved:1.8/-2.2 solved:1.6/-2.0 sorted:1.4/-1.6 delivered:0.4/-2.2 arrived:0.4/-2.0
received:0.2/-1.8 response:0/-1.8 reply:0/-1.6 replied:0.2/-1.8 answer:0/-1.4 answered:0.4/-1.8 responded:0.3/-1.8
reachable:0.6/-2.0 reliable:1.8/-2.0 responsive:1.6/-1.8 quick:1.5/-1.5 quickly:1.2 fast:1.5/-1.5 speedy:1.6
prompt:1.2 promptly:1.4 smooth:1.6 smoothly:1.6 seamless:2.2 seamlessly:2.2 hassle-free:2.2 painless:1.8
intuitive:1.8 user-friendly:2.0 straightforward:1.4 clear:1.0/-1.6 easy:1.9/-1.6 handy:1.6 cheap:0.6 affordable:1.6
knowledgeable:1.9 courteous:2.0 polite:1.8 professional:1.6/-1.8 efficient:1.6 recommend:2.0/-2.4
recommended:2.0 recommendable:2.0 timely:1.4 accurate:1.4/-1.6 works:0.3/-2.2 useless:-2.6 pointless:-2.0
clueless:-2.2 incompetent:-2.8 unprofessional:-2.6 unhelpful:-2.4 rude:-2.4 disgrace:-2.8 disgraceful:-3.0
shambles:-2.8 joke:-1.8 nightmare:-2.8 hell:-2.6 rubbish:-2.6 garbage:-2.8 trash:-2.6 crap:-2.6 crappy:-2.6
meh:-0.6 confusing:-1.8 unclear:-1.8 complicated:-1.6 hassle:-1.8 annoying:-2.2 frustrating:-2.6 frustrated:-2.4
disappointing:-2.4 disappointed:-2.4 disappointment:-2.4 unacceptable:-2.8 ridiculous:-2.4 outrageous:-2.6
worst:-3.1 awful:-2.6 terrible:-2.8 horrible:-2.8 dreadful:-2.6 abysmal:-3.0 atrocious:-3.0 appalling:-3.0
thanks:1.8 thank:1.6 thx:1.5 ty:1.2 cheers:1.2 kudos:2.2 props:1.6 lifesaver:2.6 superb:3.0 stellar:2.8
decent:1.2/-1.4 unsafe:-1.8 outdated:-1.4 steep:-0.8 nonexistent:-2.0 non-existent:-2.0 maze:-1.6
issue:-1.2/1.2 issues:-1.3/1.2 freeze:-1.2 lukewarm:-1.4 cold:-0.6 soggy:-1.6 stale:-1.4 filthy:-2.4 smelly:-1.8
dented:-1.6 scratched:-1.4 declined:-1.2 sloppy:-1.8 clunky:-1.6 janky:-1.8 spammy:-1.6 overcharge:-2.2 overcharging:-2.4
rescheduled:-0.6 shady:-2.0 sketchy:-1.8 amateur:-1.2 amateurish:-2.2 inedible:-2.6 tasty:2.0 crispy:1.0 patient:1.4
snappy:1.6 underwhelming:-1.8 gem:2.4 legend:2.2 underrated:1.2 overrated:-1.6 headache:-1.8 unavailable:-1.2 disconnected:-1.4 hiccup:-0.8
breaks:-1.4 replaced:0.6/-1.4 replacing:0.4 rebooked:0.8 slick:1.6 instant:1.0 instantly:1.2
smart_meter:0 promised:0/-0.6 promise:0 nothing_special:-0.4 find:0/-1.4 found:0.2/-1.4 notice:0/-1.2 explanation:0/-1.4 went_up:-0.8 price_increase:-1.6 price_hike:-2.0 recharge:0 login:0/-2.0 log:0 connection:0/-1.6 signal:0/-1.6 power:0/-1.8 internet:0/-1.8 service:0/-1.8
`;

/** Multi-word expressions, matched before single words. */
export const EN_PHRASES = `
on_hold:-1.6 put_on_hold:-1.8 still_waiting:-2.2 kept_waiting:-2.0 never_arrived:-2.6 never_received:-2.6
never_delivered:-2.6 never_showed_up:-2.4 went_down:-1.6 goes_down:-1.6 keeps_crashing:-2.6 keeps_freezing:-2.4
stopped_working:-2.4 quit_working:-2.4 no_longer_works:-2.4 too_expensive:-2.2 way_too_expensive:-2.8
too_slow:-2.2 too_late:-2.0 too_long:-1.6 too_complicated:-2.0 hidden_fees:-2.4 hidden_costs:-2.4
charged_twice:-2.4 double_charged:-2.4 thanks_for_nothing:-2.6 thank_you_for_nothing:-2.6 yeah_right:-1.6
no_problem:1.0 no_problems:1.2 no_issues:1.4 no_complaints:1.6 nothing_wrong:1.4 no_worries:1.0
not_bad:0.9 not_too_bad:0.8 quickly_resolved:2.6 quickly_fixed:2.4 fixed_quickly:2.4 resolved_quickly:2.6
sorted_quickly:2.4 sorted_out:1.4/-1.8 quick_response:2.2 fast_response:2.2 quick_reply:2.0 fast_delivery:2.2
quick_delivery:2.2 on_time:1.4/-1.8 in_time:0.8/-1.4 on_the_phone:-0.3 runaround:-2.4 the_runaround:-2.6
waste_of_time:-2.6 waste_of_money:-2.8 a_waste:-2.4 value_for_money:2.0 worth_it:1.8/-1.8 highly_recommend:2.8
would_recommend:2.4/-2.6 five_stars:2.6 5_stars:2.6 one_star:-2.0 1_star:-2.0 zero_stars:-2.8 0_stars:-2.8
above_and_beyond:2.8 went_above_and_beyond:3.0 piece_of_crap:-3.0 fed_up:-2.4 sick_of:-2.2 sick_and_tired:-2.8
had_enough:-2.0 no_help:-2.0 no_response:-2.0 no_reply:-2.0 no_answer:-1.8 as_soon_as_possible:0 asap:0
count_on:1.4/-1.8 loyal_customer:0.6 means_nothing:-1.8 too_many:-1.4 too_few:-1.4 too_little:-1.2 paid_twice:-2.2
as_promised:1.4/-1.6 as_advertised:1.6/-1.6 as_described:1.4/-1.6 thank_you_so_much:2.6 thanks_so_much:2.6
fraud_team:0 fraud_department:0 fraud_alert:0 fraud_protection:0.8 fraud_detection:0.6 are_you_kidding:-1.8
you're_kidding:-1.6 kidding_me:-1.8 peace_of_mind:2.0 big_fan:2.2 huge_fan:2.4 why_i_stay:2.0 why_we_stay:2.0
does_the_job:1.2/-1.6 does_what_it_says:1.4/-1.8 log_in:0/-2.0 sign_in:0/-2.0 well_done:1.8
`;

/** Words that scale the sentiment word after them (factor > 1 intensifies, < 1 softens). */
export const EN_BOOSTERS = `
absolutely:1.35 amazingly:1.4 awfully:1.4 completely:1.35 considerably:1.25 decidedly:1.2 deeply:1.3
enormously:1.4 entirely:1.3 especially:1.2 exceptionally:1.4 extremely:1.5 fully:1.25 greatly:1.3 highly:1.3
hugely:1.4 incredibly:1.45 insanely:1.45 intensely:1.35 majorly:1.3 particularly:1.2 purely:1.15 quite:1.15
really:1.3 remarkably:1.3 ridiculously:1.4 seriously:1.25 so:1.25 substantially:1.25 terribly:1.4 horribly:1.4
thoroughly:1.3 totally:1.35 tremendously:1.4 truly:1.3 unbelievably:1.45 utterly:1.4 very:1.3 super:1.4 way:1.2
too:1.15 such:1.2 pretty:1.1 real:1.2 damn:1.3 fucking:1.45 freaking:1.35 bloody:1.35 mega:1.4 ultra:1.4
almost:0.6 slightly:0.6 somewhat:0.7 kinda:0.7 sorta:0.7 fairly:0.85 rather:0.9 reasonably:0.85 relatively:0.85
mostly:0.85 partly:0.7 a_bit:0.7 a_little:0.7 kind_of:0.7 sort_of:0.7 a_tad:0.7 little_bit:0.7 a_little_bit:0.65
`;

/** Negation cues with the factor they apply to the sentiment in their scope. */
export const EN_NEGATORS = `
not:-0.74 no:-0.74 never:-0.8 none:-0.74 nothing:-0.74 nobody:-0.74 nowhere:-0.74 neither:-0.74 nor:-0.74
without:-0.74 cannot:-0.74 cant:-0.74 can't:-0.74 dont:-0.74 don't:-0.74 doesnt:-0.74 doesn't:-0.74 didnt:-0.74
didn't:-0.74 isnt:-0.74 isn't:-0.74 wasnt:-0.74 wasn't:-0.74 arent:-0.74 aren't:-0.74 werent:-0.74 weren't:-0.74
wont:-0.74 won't:-0.74 wouldnt:-0.74 wouldn't:-0.74 couldnt:-0.74 couldn't:-0.74 shouldnt:-0.74 shouldn't:-0.74
hasnt:-0.74 hasn't:-0.74 havent:-0.74 haven't:-0.74 hadnt:-0.74 hadn't:-0.74 aint:-0.74 ain't:-0.74
less:-0.5 hardly:-0.6 barely:-0.6 scarcely:-0.6 rarely:-0.5 seldom:-0.5
`;

/** Contrast markers: the clause after them weighs more, the clause before less. */
export const EN_CONTRAST = ['but', 'however', 'nevertheless', 'nonetheless', 'except'];

/** Concessive markers: the clause they open weighs less ("although it's cheap, ..."). */
export const EN_CONCESSIVE = ['although', 'though', 'despite', 'albeit', 'whilst'];
