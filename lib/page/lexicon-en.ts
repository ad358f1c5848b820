/**
 * English security-news vocabulary with weights. Words that are just as common in sport, business
 * or politics ("attack", "threat", "security", "defence", "shot") are left out or weigh little;
 * phrases carry the meaning instead ("terror attack", "security flaw", "security forces").
 */
import { terms, type Term } from './lexicon';

const terrorism = terms('terrorism', [
  ['terroris*', 3], ['terror attack*', 3], ['terror plot*', 3], ['terror group*', 3], ['terror cell*', 3],
  ['terror suspect*', 3], ['terror threat*', 3], ['terror offence*', 3], ['terror charge*', 3], ['terror', 1.5],
  ['counter terror*', 3], ['counterterror*', 3], ['anti terror*', 3], ['antiterror*', 3],
  ['jihad*', 3], ['islamist*', 2.5], ['extremis*', 2], ['extremist*', 2], ['radicalis*', 2], ['radicaliz*', 2],
  ['islamic state', 3], ['isis', 3], ['isil', 3], ['daesh', 3], ['al qaeda', 3], ['al qaida', 3], ['al shabaab', 3],
  ['boko haram', 3], ['hezbollah', 2], ['hamas', 1.5], ['taliban', 2], ['lashkar*', 2.5], ['jemaah islamiyah', 3],
  ['suicide bomb*', 3], ['suicide attack*', 3], ['car bomb*', 3], ['bombing*', 1.5], ['bomber*', 1.5],
  ['explosive device*', 2.5], ['ied', 2], ['ieds', 2], ['lone wolf', 2], ['lone actor*', 2], ['beheading*', 2.5], ['beheaded', 2.5],
  ['hostage*', 1.5], ['kidnapped by', 1], ['claimed responsibility', 2.5], ['martyrdom', 2], ['massacre*', 1],
  ['far right extremis*', 2], ['white supremacist*', 1.5], ['neo nazi*', 1], ['neonazi*', 1],
  ['gunmen', 1.5], ['militant*', 1.5], ['insurgen*', 1.5], ['mass shooting*', 1], ['prevent programme', 2],
  ['threat level', 2], ['national threat level', 3], ['radicalisation', 2], ['radicalization', 2], ['caliphate', 2.5],
  ['detonat*', 2], ['explosion*', 0.5], ['blast', 1], ['terror related', 3], ['plotting', 1], ['foiled', 1.5],
]);

const nationalSecurity = terms('national-security', [
  ['national security', 2.5], ['homeland security', 2], ['security services', 2], ['security service', 2],
  ['intelligence agenc*', 3], ['intelligence service*', 3], ['intelligence officer*', 2.5], ['intelligence official*', 2.5],
  ['intelligence communit*', 2.5], ['intelligence chief*', 2.5], ['military intelligence', 2.5], ['counterintelligence', 3],
  ['counter intelligence', 3], ['espionage', 3], ['spy', 2], ['spies', 2.5], ['spying', 2.5], ['spymaster*', 3], ['spy agenc*', 3],
  ['surveillance', 1.5], ['mass surveillance', 3], ['surveillance law*', 3], ['surveillance powers', 3], ['wiretap*', 2.5],
  ['metadata retention', 3], ['data retention', 2], ['interception', 1.5], ['snowden', 2], ['whistleblower*', 0.5],
  ['military', 1], ['troops', 1.5], ['soldier*', 1], ['armed forces', 1.5], ['service members', 1.5], ['servicemen', 1.5],
  ['pentagon', 2], ['defense secretary', 2], ['defence secretary', 2], ['defense minister*', 2], ['defence minister*', 2],
  ['defense ministr*', 2], ['defence ministr*', 2], ['ministry of defence', 2], ['department of defense', 2], ['nato', 1.5],
  ['airstrike*', 2.5], ['air strike*', 2.5], ['drone strike*', 2.5], ['missile*', 2], ['ballistic', 2], ['warship*', 2],
  ['nuclear weapon*', 2.5], ['nuclear programme', 2], ['nuclear program', 2], ['uranium enrichment', 2], ['warhead*', 2.5],
  ['coup', 2], ['coup d', 2], ['junta', 2], ['martial law', 2.5], ['ceasefire', 2], ['cease fire', 2], ['invasion', 1.5],
  ['war crime*', 2], ['civil war', 1.5], ['insurgency', 2], ['rebels', 1.5], ['rebel forces', 2], ['security forces', 2],
  ['paramilitar*', 2], ['militia*', 1.5], ['peacekeep*', 1.5], ['annexation', 1.5], ['sanctions', 0.5], ['arms embargo', 2],
  ['state sponsored', 2], ['foreign interference', 2.5], ['election interference', 2.5], ['disinformation campaign*', 2],
  ['classified documents', 2], ['classified information', 2], ['top secret', 1.5], ['treason', 2], ['defector*', 1.5],
  ['secret service', 1], ['special forces', 2], ['navy seal*', 2], ['marines', 1], ['military base*', 2], ['combat', 1],
  ['killed in action', 2.5], ['air force', 1], ['army', 1], ['chemical weapon*', 3], ['biological weapon*', 3],
  ['weapons of mass destruction', 3], ['proliferation', 1.5], ['border clash*', 2], ['shelling', 2], ['artillery', 2],
  ['military aid', 1], ['military operation*', 2], ['offensive against', 1.5], ['fighter jet*', 2], ['bomber jet*', 2],
  ['navy', 1], ['naval', 1.5], ['coast guard', 1], ['territorial claims', 1.5], ['maritime claims', 1.5], ['sovereignty', 1],
  ['military takeover', 2.5], ['seized power', 2], ['generals', 1], ['army chief', 1.5], ['military chief*', 1.5],
  ['regime', 0.5], ['dictator*', 1], ['despot*', 1], ['geopolitic*', 1.5], ['south china sea', 2], ['arms control', 2],
  ['arms sales', 1.5], ['weapons', 1], ['intelligence report*', 2], ['security chief*', 1.5], ['airspace', 1.5],
  ['military exercise*', 2], ['military drill*', 2], ['deterrence', 2], ['aircraft carrier*', 2], ['submarine*', 1.5],
  ['frigate*', 2], ['warplane*', 2], ['air defense', 2], ['air defence', 2], ['joint chiefs', 2], ['war', 0.3], ['wars', 0.3],
  ['armed conflict', 2], ['hybrid warfare', 3], ['warfare', 1.5], ['national guard', 1], ['border security', 1.5],
]);

const nationalSecurityAcronyms = terms('national-security', [
  ['CIA', 2.5], ['NSA', 2.5], ['MI5', 3], ['MI6', 3], ['GCHQ', 3], ['FSB', 2.5], ['GRU', 2.5], ['KGB', 2], ['SVR', 2],
  ['ASIO', 3], ['ASIS', 2], ['CSIS', 2], ['DGSI', 3], ['DGSE', 3], ['BND', 3], ['Mossad', 3], ['Shin Bet', 3], ['ODNI', 3],
  ['DHS', 1.5], ['FBI', 1.5], ['PLA', 1.5], ['IRGC', 3], ['NCTC', 3], ['DNI', 2],
], true);

const terrorismAcronyms = terms('terrorism', [['IS', 0.5], ['IRA', 1.5], ['PKK', 2.5], ['AQAP', 3], ['ETA', 1]], true);
const cyberAcronyms = terms('cyber', [['APT', 1.5], ['CISA', 3], ['NCSC', 3], ['CERT', 1.5], ['ENISA', 3]], true);

const cyber = terms('cyber', [
  ['cyber*', 1.5], ['cybersecurity', 3], ['cyber security', 3], ['cyberattack*', 3], ['cyber attack*', 3], ['cybercrim*', 3],
  ['hacker*', 2.5], ['hacked', 2.5], ['hacking', 2.5], ['hack', 1.5], ['malware', 3], ['ransomware', 3], ['spyware', 3],
  ['phishing', 3], ['botnet*', 3], ['trojan*', 2], ['backdoor*', 2.5], ['rootkit*', 3], ['keylogger*', 3], ['infostealer*', 3],
  ['exploit*', 1.5], ['zero day', 3], ['0day', 3], ['vulnerabilit*', 2], ['vulnerable to', 1], ['security flaw*', 3],
  ['security hole*', 3], ['security bug*', 3], ['security update*', 2], ['security patch*', 3], ['security researcher*', 3],
  ['security advisory', 3], ['security vulnerabilit*', 3], ['patched', 1.5], ['unpatched', 3], ['proof of concept', 2],
  ['remote code execution', 3], ['code execution', 2.5], ['privilege escalation', 3], ['denial of service', 3],
  ['ddos', 3], ['sql injection', 3], ['cross site scripting', 3], ['buffer overflow', 3], ['brute force', 1.5],
  ['data breach*', 3], ['breach*', 0.5], ['leaked data', 2], ['data leak*', 2.5], ['credential*', 1.5], ['stolen data', 2],
  ['passwords', 1], ['password', 0.5], ['two factor', 1], ['authentication', 1], ['encryption', 1], ['encrypted', 1],
  ['threat actor*', 3], ['threat intelligence', 3], ['attacker*', 1], ['command and control', 2.5], ['c2 server*', 3],
  ['nation state hackers', 3], ['state backed hackers', 3], ['infosec', 3], ['firewall*', 1], ['antivirus', 2],
  ['eavesdrop*', 1.5], ['man in the middle', 3], ['wi fi', 0.3], ['compromised', 1], ['intrusion*', 1.5], ['incident response', 2],
  ['cve', 3], ['dark web', 2], ['darknet', 2], ['crypto jacking', 3], ['cryptojacking', 3], ['sim swap*', 3],
  ['identity theft', 2], ['scam*', 0.5], ['security breach*', 3], ['malicious', 1.5], ['bug bounty', 2.5],
  ['patch tuesday', 3], ['malicious code', 3], ['security expert*', 2], ['skimm*', 1.5], ['card skimming', 3],
  ['payment card*', 1], ['card details', 1], ['card data', 1.5], ['credit monitoring', 2], ['data protection', 1], ['inject*', 0.5], ['without authorisation', 2], ['without authorization', 2], ['unauthorised access', 3],
  ['unauthorized access', 3], ['data security', 2], ['it security', 2.5], ['security incident*', 2.5], ['security event', 1.5],
  ['suspicious activity', 1.5], ['personal data', 0.5], ['personal information', 0.5], ['security measures', 1], ['attack vector*', 3], ['attack code', 2.5], ['payload*', 1], ['flaw', 1], ['flaws', 1], ['account takeover*', 3], ['leaked', 1], ['spoof*', 1.5], ['attack surface', 2], ['security alert*', 1.5], ['fraudsters', 0.5], ['security team*', 1], ['crash servers', 1], ['server crash*', 0.5],
]);

const crime = terms('crime', [
  ['police', 1], ['arrest*', 1.5], ['charged with', 2], ['convicted', 2], ['sentenced', 2], ['pleaded guilty', 2.5],
  ['pleads guilty', 2.5], ['pled guilty', 2.5], ['murder*', 2], ['homicide*', 2], ['stabbed', 2], ['stabbing*', 2],
  ['shooting*', 1], ['gunman', 1.5], ['shot dead', 2], ['kidnap*', 2], ['abduct*', 2], ['robbery', 2], ['robber*', 2],
  ['burglar*', 2], ['theft', 2], ['stolen', 1.5], ['stole', 1.5], ['fraud*', 1.5], ['drug traffick*', 2.5], ['trafficking', 2],
  ['smuggl*', 2], ['cartel*', 2], ['prosecutor*', 1.5], ['indict*', 2], ['jail*', 1.5], ['prison*', 1], ['suspect*', 1.5],
  ['detective*', 1.5], ['crime*', 1.5], ['criminal*', 1.5], ['victim*', 1], ['assault*', 1.5], ['rape', 2], ['sex abuse', 2],
  ['sexual abuse', 2], ['trafficker*', 2], ['gang*', 1], ['manslaughter', 2.5], ['custody', 1], ['bail', 1], ['felony', 2],
  ['threatening to kill', 2.5], ['death threat*', 2], ['money laundering', 2.5], ['extortion', 2], ['bribery', 1.5],
]);

/** Words of pages that are not news about a threat: shop, product and marketing copy, sport. */
const offtopic = terms('offtopic', [
  ['add to cart', 3], ['add to basket', 3], ['buy now', 2], ['free trial', 2], ['request a demo', 3], ['book a demo', 3],
  ['contact sales', 3], ['pricing', 1], ['our customers', 1.5], ['our platform', 1.5], ['our solution*', 1.5], ['checkout', 1],
  ['in stock', 2], ['out of stock', 2], ['free shipping', 3], ['shipping', 0.5], ['customer reviews', 2], ['sign up free', 2],
  ['quarterback', 2], ['touchdown*', 2], ['playoff*', 2], ['premier league', 2], ['championship', 1], ['tournament', 1],
  ['head coach', 2], ['midfielder*', 2], ['striker*', 1], ['goalkeeper*', 2], ['innings', 2], ['wicket*', 2], ['grand prix', 2],
  ['recipe*', 2], ['tablespoon*', 2], ['box office', 2], ['album', 1], ['episode*', 0.5], ['season finale', 2],
  // Words that share a stem with security terms but mean something else.
  ['cyber monday', 3], ['cyberpunk*', 3], ['cybertruck*', 3], ['bomber jacket*', 3], ['had a blast', 2], ['life hack*', 2],
  ['lifehack*', 2], ['growth hacking', 2], ['hackathon*', 2], ['tax regime', 1], ['cyber week', 3],
  // Entertainment and games: spies, wars and weapons that are fiction.
  ['starring', 1.5], ['sequel*', 1.5], ['screenplay', 2], ['directed by', 1.5], ['trailer', 1], ['premiere*', 1],
  ['gameplay', 2], ['multiplayer', 2], ['single player', 2], ['playable', 2], ['dlc', 2], ['game review', 2],
  ['novel', 1], ['thriller', 1.5], ['bestsell*', 1], ['fans', 0.5], ['netflix', 0.5], ['blockbuster', 1.5],
  ['spy thriller*', 3], ['spy film*', 3], ['spy movie*', 3], ['spy novel*', 3], ['cinema*', 1.5], ['film', 1], ['films', 1],
  ['movie*', 1], ['actor*', 1], ['actress*', 1.5], ['villain*', 1.5], ['character*', 1], ['audience*', 0.5],
  ['battle royale', 3], ['console*', 1], ['graphics', 1.5], ['skins', 1], ['level design', 2], ['review', 0.5],
  ['video game*', 2], ['videogame*', 2], ['gamers', 1.5], ['players', 0.3], ['soundtrack', 1.5], ['box set', 2],
  // Looking back: remembrance and history pieces are full of soldiers and wars that are not news.
  ['world war', 1.5], ['wwii', 1.5], ['ww2', 1.5], ['commemorat*', 1.5], ['remembrance', 1.5], ['memorial', 1],
  ['historian*', 1], ['anniversary', 0.5], ['veterans day', 2], ['obituary', 2],
  // Markets and shopping: a defence firm's earnings or a deal on a router are business, not threats.
  ['quarterly', 1], ['earnings', 1], ['revenue', 1], ['shares', 0.5], ['investors', 0.5], ['stock price', 1],
  ['discount*', 1], ['coupon*', 2], ['deals', 1], ['our pick', 2], ['pros and cons', 2], ['free version', 2],
]);

/** The English lexicon. */
export const EN_TERMS: readonly Term[] = [
  ...terrorism, ...terrorismAcronyms, ...nationalSecurity, ...nationalSecurityAcronyms, ...cyber, ...cyberAcronyms, ...crime, ...offtopic,
];
