/**
 * International bodies, CERTs, agencies of Asia, the Middle East, Africa and the Americas, and
 * generic mentions ("police", "security services") that DESIGN §4 counts as agencies
 * (facts: Wikipedia, misp-galaxy intelligence-agencies, FIRST.org team list).
 */
import { defineEntries } from './types';

/** International organisations with a security role, hand-written. */
export const INTERNATIONAL_AGENCIES = defineEntries('agency', 'int', 'wikipedia', [
  ['interpol', 'Interpol', ['Interpol', 'INTERPOL', 'International Criminal Police Organization'], 'law-enforcement', 'The international police cooperation organisation, based in Lyon.'],
  ['unsc', 'UN Security Council', ['UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'], 'international', 'The UN organ responsible for international peace and security, including terrorist sanctions.', { ambiguous: ['Security Council'] }],
  ['unodc', 'UN Office on Drugs and Crime', ['UNODC', 'United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime'], 'international', 'The UN office against drugs, crime and terrorism.'],
  ['unoct', 'UN Office of Counter-Terrorism', ['UNOCT', 'UN Office of Counter-Terrorism', 'United Nations Office of Counter-Terrorism'], 'counter-terrorism', 'The UN office coordinating counter-terrorism work.'],
  ['cted', 'UN Counter-Terrorism Committee Executive Directorate', ['CTED', 'Counter-Terrorism Committee Executive Directorate', 'Counter-Terrorism Committee'], 'counter-terrorism', 'Assists the UN Security Council Counter-Terrorism Committee.'],
  ['iaea', 'International Atomic Energy Agency', ['IAEA', 'International Atomic Energy Agency'], 'international', 'The UN nuclear watchdog.'],
  ['opcw', 'Organisation for the Prohibition of Chemical Weapons', ['OPCW', 'Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'], 'international', 'Implements the Chemical Weapons Convention.'],
  ['nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], 'military', 'The North Atlantic military alliance.'],
  ['nato-ccdcoe', 'NATO Cooperative Cyber Defence Centre of Excellence', ['CCDCOE', 'Cooperative Cyber Defence Centre of Excellence'], 'cyber-defence', 'NATO-accredited cyber defence research hub in Tallinn.'],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], 'international', 'The world’s largest regional security organisation.'],
  ['fatf', 'Financial Action Task Force', ['FATF', 'Financial Action Task Force'], 'international', 'Sets standards against money laundering and terrorist financing.'],
  ['global-coalition-daesh', 'Global Coalition against Daesh', ['Global Coalition against Daesh', 'Global Coalition to Defeat ISIS', 'Global Coalition to Defeat Daesh', 'Global Coalition Against Daesh/ISIS'], 'military', 'The international coalition formed in 2014 to defeat ISIS.'],
  ['atmis', 'African Union Transition Mission in Somalia', ['ATMIS', 'AMISOM', 'AUSSOM', 'African Union Mission in Somalia'], 'military', 'The African Union peace mission fighting al-Shabaab in Somalia.'],
  ['unifil', 'UNIFIL', ['United Nations Interim Force in Lebanon'], 'military', 'The UN peacekeeping force in southern Lebanon.'],
  ['cert-cc', 'CERT Coordination Center', ['CERT/CC', 'CERT Coordination Center'], 'cert', 'The CERT Coordination Center at Carnegie Mellon University.', { country: 'US' }],
]);

/** Agencies of Asia, the Middle East, Africa and the Americas, hand-written. */
export const REGIONAL_AGENCIES = defineEntries('agency', 'IN', 'wikipedia', [
  ['raw', 'Research and Analysis Wing (R&AW)', ['Research and Analysis Wing', 'R&AW', 'RAW'], 'intelligence', "India's foreign intelligence agency.", { ambiguous: ['RAW'] }],
  ['ib-india', 'Intelligence Bureau (India)', ['Intelligence Bureau'], 'security-service', "India's domestic intelligence agency.", { ambiguous: ['Intelligence Bureau'] }],
  ['nia-india', 'National Investigation Agency (India)', ['National Investigation Agency', 'NIA'], 'counter-terrorism', "India's counter-terrorism law-enforcement agency.", { ambiguous: ['NIA'] }],
  ['cert-in', 'CERT-In', ['CERT-In', 'Indian Computer Emergency Response Team'], 'cert', "India's national CERT."],
  ['ntro', 'National Technical Research Organisation', ['NTRO', 'National Technical Research Organisation'], 'intelligence', "India's technical intelligence agency."],
  ['indian-army', 'Indian Army', ['Indian Army'], 'military', 'The land force of India.'],
  ['isi', 'Inter-Services Intelligence (ISI)', ['Inter-Services Intelligence', 'ISI'], 'intelligence', "Pakistan's main intelligence agency.", { country: 'PK', ambiguous: ['ISI'] }],
  ['nds', 'National Directorate of Security (Afghanistan)', ['National Directorate of Security'], 'intelligence', 'The former intelligence agency of the Islamic Republic of Afghanistan.', { country: 'AF' }],
  ['gdi-afghanistan', 'General Directorate of Intelligence (Afghanistan)', ['General Directorate of Intelligence'], 'intelligence', 'The Taliban government’s intelligence agency.', { country: 'AF', source: 'misp-galaxy' }],
  ['iraqi-cts', 'Counter Terrorism Service (Iraq)', ['Counter Terrorism Service', 'Counter-Terrorism Service', 'Golden Division'], 'counter-terrorism', "Iraq's special operations counter-terrorism force.", { country: 'IQ' }],
  ['pmf', 'Popular Mobilization Forces', ['Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Popular Mobilization Units', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi'], 'military', 'Iraqi state-sanctioned umbrella of mostly Shia militias.', { country: 'IQ' }],
  ['peshmerga', 'Peshmerga', ['Peshmerga', 'Kurdish Peshmerga'], 'military', 'The military forces of the Kurdistan Region of Iraq.', { country: 'IQ' }],
  ['sdf', 'Syrian Democratic Forces', ['Syrian Democratic Forces', 'SDF', 'YPG', "People's Protection Units", 'YPJ', 'Kurdish-led forces'], 'military', 'The Kurdish-led alliance (core: YPG) that fought ISIS in north-east Syria.', { country: 'SY', ambiguous: ['SDF'] }],
  ['gip-saudi', 'General Intelligence Presidency (Saudi Arabia)', ['General Intelligence Presidency', 'Al Mukhabarat Al A’amah'], 'intelligence', "Saudi Arabia's intelligence agency.", { country: 'SA', source: 'misp-galaxy' }],
  ['gid-jordan', 'General Intelligence Directorate (Jordan)', ['General Intelligence Directorate', 'Dairat al-Mukhabarat al-Ammah'], 'intelligence', "Jordan's intelligence agency.", { country: 'JO' }],
  ['egis', 'General Intelligence Service (Egypt)', ['Egyptian General Intelligence Service', 'Egyptian General Intelligence Directorate'], 'intelligence', "Egypt's intelligence agency.", { country: 'EG' }],
  ['mukhabarat', 'Mukhabarat', ['Mukhabarat'], 'intelligence', 'Arabic name for state intelligence services across the Arab world.', { country: 'int' }],
  ['syrian-air-force-intelligence', 'Air Force Intelligence Directorate (Syria)', ['Air Force Intelligence Directorate', 'Syrian Air Force Intelligence'], 'intelligence', "The former Assad regime's most feared intelligence agency.", { country: 'SY' }],
  ['nis-korea', 'National Intelligence Service (South Korea)', ['National Intelligence Service', 'NIS'], 'intelligence', "South Korea's intelligence agency.", { country: 'KR', ambiguous: ['NIS'] }],
  ['kisa', 'Korea Internet & Security Agency', ['KISA', 'Korea Internet & Security Agency', 'Korea Internet and Security Agency', 'KrCERT', 'KrCERT/CC'], 'cert', "South Korea's internet security agency and national CERT.", { country: 'KR' }],
  ['psia', 'Public Security Intelligence Agency (Japan)', ['Public Security Intelligence Agency', 'PSIA'], 'security-service', "Japan's domestic security intelligence agency.", { country: 'JP' }],
  ['japan-npa', 'National Police Agency (Japan)', ['National Police Agency'], 'police', "Japan's national police agency.", { country: 'JP' }],
  ['jsdf', 'Japan Self-Defense Forces', ['Japan Self-Defense Forces', 'Self-Defense Forces', 'JSDF'], 'military', 'The armed forces of Japan.', { country: 'JP' }],
  ['jpcert', 'JPCERT/CC', ['JPCERT/CC', 'JPCERT'], 'cert', "Japan's computer emergency response team coordination centre.", { country: 'JP' }],
  ['nisc-japan', 'National center of Incident readiness and Strategy for Cybersecurity', ['NISC', 'National Cybersecurity Office'], 'cyber-defence', "Japan's national cybersecurity office.", { country: 'JP' }],
  ['isd-singapore', 'Internal Security Department (Singapore)', ['Internal Security Department'], 'security-service', "Singapore's domestic security agency.", { country: 'SG' }],
  ['csa-singapore', 'Cyber Security Agency of Singapore', ['Cyber Security Agency of Singapore', 'Cyber Security Agency'], 'cyber-defence', "Singapore's national cyber security agency.", { country: 'SG' }],
  ['singcert', 'SingCERT', ['SingCERT'], 'cert', "Singapore's national CERT.", { country: 'SG' }],
  ['hkcert', 'HKCERT', ['HKCERT'], 'cert', "Hong Kong's computer emergency response coordination centre.", { country: 'HK' }],
  ['densus-88', 'Densus 88', ['Densus 88', 'Detachment 88'], 'counter-terrorism', "Indonesian police counter-terrorism squad.", { country: 'ID' }],
  ['bssn', 'National Cyber and Crypto Agency (Indonesia)', ['BSSN', 'Badan Siber dan Sandi Negara'], 'cyber-defence', "Indonesia's national cyber agency.", { country: 'ID' }],
  ['nia-nigeria', 'Department of State Services (Nigeria)', ['Department of State Services', 'DSS'], 'security-service', "Nigeria's domestic security agency.", { country: 'NG', ambiguous: ['DSS'] }],
  ['nigerian-army', 'Nigerian Army', ['Nigerian Army'], 'military', 'The land force of Nigeria.', { country: 'NG' }],
  ['saps', 'South African Police Service', ['South African Police Service', 'SAPS'], 'police', 'The national police of South Africa.', { country: 'ZA' }],
  ['ssa-za', 'State Security Agency (South Africa)', ['State Security Agency'], 'intelligence', "South Africa's intelligence agency.", { country: 'ZA' }],
  ['nisa-kenya', 'National Intelligence Service (Kenya)', ['Kenyan National Intelligence Service'], 'intelligence', "Kenya's intelligence agency.", { country: 'KE', source: 'misp-galaxy' }],
  ['abin', 'Brazilian Intelligence Agency', ['ABIN', 'Brazilian Intelligence Agency', 'Agência Brasileira de Inteligência'], 'intelligence', "Brazil's intelligence agency.", { country: 'BR' }],
  ['policia-federal', 'Federal Police of Brazil', ['Polícia Federal', 'Policia Federal', 'Brazilian Federal Police'], 'police', "Brazil's federal police.", { country: 'BR' }],
  ['cni-mexico', 'National Intelligence Centre (Mexico)', ['Centro Nacional de Inteligencia de México'], 'intelligence', "Mexico's intelligence agency.", { country: 'MX', source: 'misp-galaxy' }],
  ['sebin', 'SEBIN', ['Bolivarian National Intelligence Service', 'Servicio Bolivariano de Inteligencia Nacional'], 'intelligence', "Venezuela's intelligence agency.", { country: 'VE', source: 'misp-galaxy' }],
]);

/**
 * Generic mentions ("the police", "security services"): DESIGN §4 counts them as agencies;
 * they come last so a named body sharing a word wins.
 */
export const GENERIC_AGENCIES = defineEntries('agency', 'int', 'Threatlight (generic term)', [
  ['police', 'Police', ['police', 'police force', 'police forces', 'policing', 'riot police', 'military police', 'border police', 'secret police', 'state police', 'federal police', 'local police', 'national police'], 'police', 'A police force (the text does not say which).'],
  ['counter-terrorism-police', 'Counter-terrorism police', ['counter-terrorism police', 'counter terrorism police', 'counterterrorism police', 'anti-terror police', 'anti-terrorism police', 'counter-terrorism officers', 'counter terrorism officers', 'counter-terror police'], 'counter-terrorism', 'Police counter-terrorism units (the text does not say which).'],
  ['security-services', 'Security services', ['security services', 'security service', 'security agencies', 'security agency', 'secret services', 'secret service'], 'security-service', 'State security or intelligence services (unnamed).'],
  ['intelligence-agencies', 'Intelligence agencies', ['intelligence agencies', 'intelligence agency', 'intelligence services', 'intelligence service', 'spy agencies', 'spy agency', 'intelligence community', 'spy chiefs', 'intelligence officials', 'spy services'], 'intelligence', 'State intelligence agencies (unnamed).'],
  ['law-enforcement', 'Law enforcement', ['law enforcement', 'law-enforcement', 'law enforcement agencies', 'law enforcement agency', 'law enforcement authorities', 'law enforcement officials'], 'law-enforcement', 'Police and other law-enforcement bodies (unnamed).'],
  ['security-forces', 'Security forces', ['security forces', 'security force'], 'military', 'State security forces: police, military or paramilitary (unnamed).'],
  ['cert-generic', 'CERT / CSIRT', ['national CERT', 'national CSIRT', 'computer emergency response team', 'computer security incident response team'], 'cert', 'A computer emergency response team (unnamed).'],
]);
