/**
 * Words that introduce or describe a person: honorifics, titles written before a name, and
 * role nouns used in appositions ("Andrew Parker, the director general of MI5").
 * Written for this project.
 */

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Honorifics that the gold data keeps inside the person's span ("Mr Park"). */
export const HONORIFICS: ReadonlySet<string> = new Set(words('Mr Mrs Ms Miss Mx Dr Mister Madam'));

/**
 * Titles written before a name ("President", "Lt Gen", "Home Secretary"). The words of a
 * multi-word title each appear here, so a run of them is read as one title.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words(`
  President Vice Prime Minister Secretary General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Cmdr
  Commander Adm Admiral Brig Brigadier Sgt Sergeant Cpl Corporal Marshal Field Rear Chief Director Deputy
  Assistant Acting Commissioner Superintendent Supt Det Detective Inspector Insp Constable PC DC DS DI DCI DCS DSU
  Senator Sen Rep Representative Congressman Congresswoman Governor Gov Mayor Ambassador Judge Justice
  Magistrate Attorney Prosecutor Chancellor Premier Speaker King Queen Prince Princess Emperor Crown Pope
  Cardinal Archbishop Bishop Rev Reverend Father Sheikh Shaikh Sheik Imam Ayatollah Mullah Maulana Emir Sultan
  Lord Lady Sir Dame Baroness Baron Professor Prof Foreign Home Defence Defense Interior Health Security Press
  Homeland Cabinet Chairman Chairwoman Chair CEO CTO CISO CFO COO CIO Founder Co-founder Spokesman Spokeswoman
  Spokesperson Lt-Gen Maj-Gen Lt-Col Undersecretary Under-Secretary Envoy Special Leader Opposition Shadow
  Mr Mrs Ms Miss Mx Dr Mister Madam Officer Agent Counsel Solicitor Minister-President Taoiseach Tánaiste
  `),
);

/** Titles that may stand directly before a surname alone ("President Trump", "General Milley"). */
export const SINGLE_NAME_TITLES: ReadonlySet<string> = new Set(
  words(`
  Mr Mrs Ms Miss Mx Dr Mister Sir Dame Lord Lady President Chancellor Senator Sen Governor Gov Mayor General Gen
  Colonel Col Captain Capt Admiral Adm Sergeant Sgt Commissioner Inspector Detective Judge Pope King Queen Prince
  Princess Sheikh Ayatollah Imam Mullah Emir Professor Prof Rev Reverend Father Rep Congressman Congresswoman
  Ambassador Minister Secretary Chairman Speaker Premier Superintendent Supt Marshal Brigadier
  `),
);

/** Abbreviations written with a full stop that does not end a sentence ("Mr. Park", "Lt. Gen."). */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(
  words(`
  Mr Mrs Ms Dr St Gen Lt Col Sgt Supt Det Insp Rep Sen Gov Prof Rev Capt Adm Brig Cpl Maj Jr Sr Mt No vs Messrs
  `),
);

/** Nouns that say what someone is or does; an apposition containing one names a role. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  words(`
  spokesman spokeswoman spokesperson director chief minister secretary president chairman chairwoman chair ceo
  founder co-founder cofounder leader commander head officer official analyst researcher professor professors
  expert lawyer attorney prosecutor judge senator mp mep ambassador envoy adviser advisor general colonel
  lieutenant captain sergeant detective inspector superintendent constable commissioner governor mayor deputy
  manager executive engineer scientist consultant journalist reporter editor correspondent author brother son
  daughter wife husband father mother sister widow nephew niece cousin uncle member activist campaigner
  councillor councilor vice-president emir cleric preacher imam suspect attacker gunman bomber victim killer
  hacker defendant student resident survivor witness veteran owner partner principal fellow lecturer economist
  strategist diplomat negotiator premier chancellor king queen prince princess representative congressman
  congresswoman lawmaker legislator politician candidate coordinator investigator agent operative militant
  fighter jihadist admiral marshal soldier sheriff counsel solicitor barrister boss cto cfo ciso coo cio
  co-chair vice spokesmen officials ministers chiefs heads directors researchers analysts experts founders
  president-elect secretary-general director-general inspector-general attorney-general commissioner-general
  `),
);
