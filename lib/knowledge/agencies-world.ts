/**
 * Security, intelligence and police bodies of the other Five Eyes states, Russia, China,
 * the Middle East, Asia and Africa (facts: Wikipedia and misp-galaxy intelligence-agencies).
 */
import { defineEntries } from './types';

/** Five Eyes (other than the UK and US) agencies, hand-written. */
export const FIVE_EYES_AGENCIES = defineEntries('agency', 'AU', 'wikipedia', [
  ['asio', 'ASIO', ['Australian Security Intelligence Organisation'], 'security-service', "Australia's domestic security and counter-terrorism intelligence agency."],
  ['asis', 'ASIS', ['Australian Secret Intelligence Service'], 'intelligence', "Australia's foreign intelligence service."],
  ['asd', 'Australian Signals Directorate', ['Australian Signals Directorate', 'ASD'], 'intelligence', "Australia's signals intelligence and cyber security agency.", { ambiguous: ['ASD'] }],
  ['acsc', 'Australian Cyber Security Centre', ['Australian Cyber Security Centre', 'ACSC'], 'cyber-defence', "The ASD's cyber security centre, Australia's lead on cyber threats."],
  ['afp', 'Australian Federal Police', ['Australian Federal Police'], 'police', "Australia's federal police, including counter-terrorism."],
  ['oni-au', 'Office of National Intelligence (Australia)', ['Office of National Intelligence'], 'intelligence', "Australia's intelligence assessment and coordination agency."],
  ['home-affairs-au', 'Department of Home Affairs (Australia)', ['Department of Home Affairs'], 'ministry', "Australia's interior ministry for national security, border and emergency management."],
  ['adf', 'Australian Defence Force', ['Australian Defence Force'], 'military', 'The military of Australia.'],
  ['csis', 'CSIS (Canadian Security Intelligence Service)', ['CSIS', 'Canadian Security Intelligence Service'], 'security-service', "Canada's security intelligence service.", { country: 'CA' }],
  ['cse', 'Communications Security Establishment', ['Communications Security Establishment', 'Communications Security Establishment Canada'], 'intelligence', "Canada's signals intelligence and cyber security agency.", { country: 'CA' }],
  ['cccs', 'Canadian Centre for Cyber Security', ['Canadian Centre for Cyber Security', 'Cyber Centre'], 'cyber-defence', "Canada's authority on cyber security, part of CSE.", { country: 'CA', ambiguous: ['Cyber Centre'] }],
  ['rcmp', 'Royal Canadian Mounted Police', ['RCMP', 'Royal Canadian Mounted Police', 'Mounties'], 'police', "Canada's federal and national police.", { country: 'CA' }],
  ['cbsa', 'Canada Border Services Agency', ['Canada Border Services Agency', 'CBSA'], 'border', "Canada's border agency.", { country: 'CA' }],
  ['itac', 'Integrated Terrorism Assessment Centre', ['Integrated Terrorism Assessment Centre', 'ITAC'], 'counter-terrorism', 'Sets the Canadian national terrorism threat level; hosted by CSIS.', { country: 'CA' }],
  ['canadian-armed-forces', 'Canadian Armed Forces', ['Canadian Armed Forces', 'Canadian Forces'], 'military', 'The military of Canada.', { country: 'CA' }],
  ['nzsis', 'NZSIS', ['New Zealand Security Intelligence Service'], 'security-service', "New Zealand's security intelligence service.", { country: 'NZ' }],
  ['gcsb', 'GCSB', ['Government Communications Security Bureau'], 'intelligence', "New Zealand's signals intelligence and cyber security agency.", { country: 'NZ' }],
  ['ncsc-nz', 'NCSC New Zealand', ['CERT NZ', 'NCSC-NZ'], 'cyber-defence', "New Zealand's national cyber security centre (incorporating CERT NZ).", { country: 'NZ' }],
  ['nz-police', 'New Zealand Police', ['New Zealand Police', 'NZ Police'], 'police', 'The national police of New Zealand.', { country: 'NZ' }],
  ['five-eyes', 'Five Eyes', ['Five Eyes', 'FVEY'], 'alliance', 'The intelligence alliance of Australia, Canada, New Zealand, the UK and the US.', { country: 'int' }],
]);

/** Russian, Chinese, North Korean and Iranian state bodies, hand-written. */
export const ADVERSARY_STATE_AGENCIES = defineEntries('agency', 'RU', 'wikipedia', [
  ['fsb', 'FSB (Federal Security Service)', ['FSB', 'Federal Security Service', 'Federal Security Service of the Russian Federation'], 'security-service', "Russia's main domestic security agency, successor of the KGB."],
  ['svr', 'SVR (Foreign Intelligence Service)', ['SVR', 'Foreign Intelligence Service of the Russian Federation', 'Russian Foreign Intelligence Service'], 'intelligence', "Russia's foreign intelligence service."],
  ['gru', 'GRU (Russian military intelligence)', ['GRU', 'Main Intelligence Directorate', 'Main Directorate of the General Staff'], 'intelligence', "Russia's military intelligence agency, home of APT28 and Sandworm."],
  ['kgb', 'KGB', ['Committee for State Security'], 'security-service', 'The Soviet Union’s security agency (1954–1991).', { country: 'SU' }],
  ['fso', 'FSO (Federal Protective Service)', ['Federal Protective Service of Russia'], 'security-service', 'Protects Russia’s top state officials.'],
  ['rosgvardia', 'Rosgvardia (National Guard of Russia)', ['Rosgvardia', 'Rosgvardiya', 'National Guard of Russia'], 'military', 'Russia’s internal military force.'],
  ['mvd', 'Ministry of Internal Affairs (Russia)', ['MVD', 'Russian Interior Ministry'], 'ministry', 'Russia’s interior ministry and police authority.'],
  ['russian-investigative-committee', 'Investigative Committee of Russia', ['Investigative Committee of Russia', 'Russian Investigative Committee'], 'law-enforcement', 'Russia’s main federal investigating authority.'],
  ['mss', 'Ministry of State Security (China)', ['Ministry of State Security', 'MSS'], 'intelligence', 'China’s civilian intelligence and security agency, linked to many APT groups.', { country: 'CN', ambiguous: ['MSS'] }],
  ['mps', 'Ministry of Public Security (China)', ['Ministry of Public Security'], 'police', 'China’s national police authority.', { country: 'CN' }],
  ['pla', "People's Liberation Army", ["People's Liberation Army", 'PLA', 'Chinese army'], 'military', 'The armed forces of the People’s Republic of China.', { country: 'CN' }],
  ['pla-ssf', 'PLA Strategic Support Force', ['Strategic Support Force', 'PLA Strategic Support Force', 'PLASSF'], 'military', 'The former PLA branch for space, cyber and electronic warfare (2015–2024).', { country: 'CN' }],
  ['pla-cyberspace-force', 'PLA Cyberspace Force', ['PLA Cyberspace Force', 'Cyberspace Force'], 'military', 'The PLA arm for cyber operations, formed in 2024.', { country: 'CN' }],
  ['peoples-armed-police', "People's Armed Police", ["People's Armed Police", 'PAP'], 'police', 'China’s paramilitary police force.', { country: 'CN', ambiguous: ['PAP'] }],
  ['cac', 'Cyberspace Administration of China', ['Cyberspace Administration of China'], 'cyber-defence', 'China’s internet regulator and censor.', { country: 'CN' }],
  ['ufwd', 'United Front Work Department', ['United Front Work Department', 'UFWD'], 'intelligence', 'The Chinese Communist Party department for influence operations.', { country: 'CN' }],
  ['hong-kong-police', 'Hong Kong Police Force', ['Hong Kong Police Force', 'Hong Kong Police', 'Hong Kong police'], 'police', 'The police force of Hong Kong.', { country: 'HK' }],
  ['rgb', 'Reconnaissance General Bureau', ['Reconnaissance General Bureau', 'RGB'], 'intelligence', 'North Korea’s main foreign intelligence agency, parent of the Lazarus Group.', { country: 'KP', ambiguous: ['RGB'] }],
  ['kpa', "Korean People's Army", ["Korean People's Army", 'KPA'], 'military', 'The armed forces of North Korea.', { country: 'KP' }],
  ['irgc', 'Islamic Revolutionary Guard Corps', ['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'Islamic Revolutionary Guards Corps', 'Sepah'], 'military', 'Iran’s ideological armed force; designated a terrorist organisation by the US.', { country: 'IR', proscribed: ['US'] }],
  ['quds-force', 'Quds Force', ['Quds Force', 'IRGC-QF', 'Qods Force'], 'military', 'The IRGC unit for operations abroad; designated by the US.', { country: 'IR', proscribed: ['US'] }],
  ['mois', 'Ministry of Intelligence (Iran)', ['MOIS', 'Ministry of Intelligence and Security', 'VAJA', 'Iranian Ministry of Intelligence'], 'intelligence', 'Iran’s primary intelligence agency.', { country: 'IR' }],
  ['basij', 'Basij', ['Basij'], 'military', 'Iranian paramilitary volunteer militia under the IRGC.', { country: 'IR' }],
  ['mossad', 'Mossad', ['Mossad'], 'intelligence', 'Israel’s foreign intelligence and special operations agency.', { country: 'IL' }],
  ['shin-bet', 'Shin Bet (Israel Security Agency)', ['Shin Bet', 'Shabak', 'Israel Security Agency'], 'security-service', 'Israel’s internal security service.', { country: 'IL' }],
  ['unit-8200', 'Unit 8200', ['Unit 8200'], 'intelligence', 'The Israel Defense Forces signals intelligence unit.', { country: 'IL' }],
  ['idf', 'Israel Defense Forces', ['IDF', 'Israel Defense Forces', 'Israel Defence Forces', 'Israeli Defense Forces'], 'military', 'The armed forces of Israel.', { country: 'IL' }],
  ['aman', 'Aman (Military Intelligence Directorate, Israel)', ['Israeli Military Intelligence Directorate'], 'intelligence', 'Israel’s military intelligence directorate.', { country: 'IL' }],
  ['incd', 'Israel National Cyber Directorate', ['Israel National Cyber Directorate', 'INCD'], 'cyber-defence', 'Israel’s national cyber security authority.', { country: 'IL' }],
]);
