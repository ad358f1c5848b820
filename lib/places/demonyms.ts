/**
 * Nationality, ethnic and religious adjectives ("British", "Syrian", "Kurdish", "Sunni").
 * Threatlight does not mark these as locations (the gold data does not), but other rules need
 * to know them: a demonym before a name is not part of it ("Australian Timothy Weeks"), and
 * "the Kurdish region" names no place. Written for this project.
 */
const DEMONYM_TEXT = `
American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss
Austrian Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak Hungarian Romanian Bulgarian Serbian
Croatian Bosnian Albanian Kosovar Macedonian Montenegrin Slovenian Greek Cypriot Maltese Turkish Russian
Ukrainian Belarusian Moldovan Georgian Armenian Azerbaijani Azeri Kazakh Uzbek Kyrgyz Tajik Turkmen Afghan
Pakistani Indian Bangladeshi Sri Lankan Nepalese Nepali Chinese Japanese Korean Taiwanese Vietnamese Thai
Malaysian Indonesian Filipino Singaporean Burmese Cambodian Laotian Mongolian Australian Canadian Mexican
Brazilian Argentine Argentinian Colombian Venezuelan Chilean Peruvian Ecuadorian Bolivian Cuban Haitian
Jamaican Iranian Iraqi Syrian Lebanese Jordanian Israeli Palestinian Egyptian Libyan Tunisian Algerian
Moroccan Saudi Emirati Qatari Kuwaiti Bahraini Omani Yemeni Sudanese Somali Somalian Ethiopian Eritrean
Kenyan Ugandan Tanzanian Rwandan Burundian Nigerian Nigerien Malian Chadian Ghanaian Senegalese Congolese
Cameroonian Mozambican Zimbabwean Zambian Angolan Namibian Kurdish Kurd Kurds Arab Arabs Arabic Persian
Pashtun Baloch Balochi Yazidi Yazidis Uyghur Uighur Uyghurs Uighurs Chechen Tatar Druze Alawite Berber
Tuareg Fulani Hausa Somali Sunni Shia Shiite Shi'ite Muslim Muslims Christian Christians Jewish Jews Hindu
Sikh Buddhist Catholic Protestant Orthodox Coptic Islamic Islamist Jihadi Jihadist Western Eastern European
Asian African Latin Nordic Baltic Scandinavian Balkan Caucasian Gulf Sahelian Transatlantic Anglo Soviet
Ottoman Zionist Republican Democrat Democratic Conservative Labour Liberal Afghans Americans Australians
Britons Brits Iraqis Syrians Iranians Israelis Palestinians Russians Ukrainians Chinese Europeans Africans
`;

/** Every demonym and group adjective, each as written (capitalised). */
export const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_TEXT.split(/\s+/).filter((w) => w.length > 0));

/** Whether `word` (one token, as written) is a nationality/ethnic/religious adjective or plural. */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}
