/**
 * Capitalised words that are never part of a personal name: function words that open
 * sentences, months and days, and the words organisations and things are named with
 * ("Enterprises", "University", "Times"). Written for this project.
 */

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Sentence openers, pronouns, determiners, adverbs and other capitalised non-names. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`
  The A An This That These Those It Its He She They We I You His Her Hers Their Theirs Our Ours My Your Him Them
  Us And But Or Nor So Yet If When While Whilst Although Though Because Since As At By For From In Into Of On Onto
  To With Without Within Upon About After Before During Under Over Between Among Amid Through Throughout Against
  Across Around Despite Like Unlike Than Then There Here Where What Which Who Whom Whose Why How All Any Both Each
  Every Few Many Most Much Some Such No Not None One Two Three Four Five Six Seven Eight Nine Ten Once Also Only
  Even Just Still Meanwhile However Moreover Furthermore Nevertheless Instead Indeed Thus Therefore Hence Overall
  Finally Earlier Later Today Yesterday Tomorrow Tonight Now Recently Currently Already Again Speaking According
  Asked Last Next First Second Third New Old Former Ex Late Senior Junior Top Several Other Another Said Says
  Told Added Please Thanks Dear Hi Hello Yes Ok OK Breaking Update Updated Read More Share Follow Subscribe Sign
  Log Click Photo Image Video Source Credit Getty Reuters Police God Allah Internet Web Covid Christmas Easter
  Ramadan Eid Brexit Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could Should Shall May Might
  Must Let Get Got See Saw Watch Look Note Notes Editor Editors Story Stories News Report Reports Analysis Opinion
  Comment Comments Live Latest Top Home Menu Search Contact About Privacy Terms Cookies Advertisement Sponsored
  Both Either Neither Whether Unless Until Till Towards Toward Per Via Amongst Beyond Beside
  Besides Inside Outside Near Off Out Up Down Away Back Well Never Always Often Sometimes Perhaps Maybe Yes
  Nearly Almost About Around Roughly Some Meanwhile Elsewhere Also Separately Similarly Additionally Ultimately
  Its Nobody Everyone Someone Anyone Everything Something Nothing Anything Authorities Officials Experts
  Researchers Analysts Investigators Prosecutors Hackers Attackers Victims Security Cyber Terror Terrorism
  Attack Attacks Threat Threats Intelligence Government Ministry Service Agency Army Military Navy Forces Minister
  Islamic State Group Office Department Court Party Parliament Congress Senate Council Committee Commission
  `),
);

/** Months and days, including abbreviations. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  words(`
  January February March April May June July August September October November December Jan Feb Mar Apr Jun
  Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu
  Thur Thurs Fri Sat Sun Spring Summer Autumn Fall Winter
  `),
);

/** Words that make a run of capitalised words an organisation, event, law or place, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  words(`
  Ltd Inc Corp Corporation Company Co Group Holdings Enterprises Enterprise Technologies Technology Systems
  Solutions Software Labs Lab Laboratory Laboratories Networks Network Security Services Service Bank Airlines
  Airways Agency Authority Council Committee Commission Ministry Department Office Bureau Directorate Institute
  Institution University College School Academy Foundation Trust Fund Association Society Union Federation
  Alliance Coalition Party Front Movement Army Navy Force Forces Corps Command Brigade Brigades Battalion
  Regiment Guard Guards Police Constabulary Tribunal Parliament Congress Senate Assembly Government
  Administration Cabinet Embassy Consulate News Times Post Journal Herald Tribune Telegraph Gazette
  Chronicle Observer Examiner Media Press Television TV Radio Channel Broadcasting Magazine Review
  Road Avenue Square Boulevard Station Airport Port Harbour Harbor Hospital Clinic Centre Center
  Palace Towers Building Stadium Arena Museum Library Mosque Cathedral
  Synagogue Prize Award Awards Act Treaty Agreement Accord Convention Protocol Regulation Directive Report
  Strategy Plan Programme Program Project Initiative Operation Campaign Conference Summit Forum Festival Games
  Cup League Championship Club FC United City Rovers Valley River Mountains Mountain Island Islands Sea
  Ocean Lake Gulf Strait Canal Desert Peninsula Province County District Region State States Kingdom Republic
  Emirates Motors Electric Dynamics Energy Oil Gas Petroleum Pharmaceuticals Pharma Health Healthcare Medical
  Insurance Capital Partners Ventures Investments Securities Exchange Markets Index Telecom Telecoms
  Communications Mobile Wireless Cloud Data Digital Online Web Internet Platform Platforms App Apps Studio
  Studios Entertainment Pictures Records Publishing Books Foods Stores Retail Brands Industries Manufacturing
  Aerospace Defence Defense Shipping Logistics Transport Rail Railway Railways Lines Express Hotel Hotels
  Resort Casino Restaurant Pub Inn Farm Farms Mining Steel Chemicals Research Analytics Intelligence
  Consulting Advisory Legal Attorneys Associates Microsystems Semiconductor Semiconductors
  Computing Computer Computers Devices Instruments Robotics Automotive Vehicles Holdings Trading Global
  International Worldwide Direct Solutions Technologies Enterprise Edition Server Windows Pro Plus Suite
  Framework Library Toolkit Engine Browser Protocol Standard Code Vulnerability Exploit Malware Ransomware
  Trojan Botnet Backdoor Loader Stealer Spyware Worm Virus Team Crew Gang Collective Syndicate Cartel Clan
  Faction Network Wing Unit Division Brigade Cell Council Board Panel Caucus Taskforce Task Initiative
  Act Law Amendment Order Decree Declaration Charter Code Rules Guidelines Framework Accords Memorial
  Monument Square Cemetery Prison Jail Base Barracks Productions Design Designs Partner Solution Consultancy
  `),
);

/** Lower-case words after a surname that show it names a group or period, not the person ("Haqqani network"). */
export const GROUP_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(
  words(`
  network administration government regime era doctrine campaign foundation group clan faction brigade
  brigades movement organisation organization dynasty family-run empire years presidency cabinet team
  `),
);
