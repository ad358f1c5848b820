/**
 * Regions larger than a country or spanning several (continents, seas, straits, disputed
 * areas). Each row is `CODE:kind|name=other spelling|...`, with `-` as the code when the region
 * belongs to no single country. Written for this project from general knowledge.
 */
export const REGION_ROWS: readonly string[] = [
  '-:region|Middle East=Mideast|Near East|Far East|Europe|Western Europe|Eastern Europe|Central Europe',
  '-:region|Northern Europe|Southern Europe|Continental Europe|Scandinavia|Baltics=Baltic states=Baltic States',
  '-:region|Balkans=Western Balkans|Caucasus=South Caucasus|North Caucasus|Central Asia|South Asia',
  '-:region|Southeast Asia=South-East Asia=South East Asia|East Asia|Asia|Asia-Pacific=Asia Pacific|Indo-Pacific',
  '-:region|Eurasia|Africa|North Africa|West Africa|East Africa|Horn of Africa|Sub-Saharan Africa=sub-Saharan Africa',
  '-:region|Southern Africa|Central Africa|Sahel|Maghreb|Levant|Arabian Peninsula|Latin America|South America',
  '-:region|North America|Central America|Caribbean|Americas|Oceania|Pacific Islands|South Pacific|Arctic',
  '-:region|Kurdistan|Iraqi Kurdistan|Kurdistan Region|Kashmir|Punjab|Sahara|Golan Heights|Lake Chad',
  '-:region|Korean Peninsula|Indian subcontinent|Iberian Peninsula|Benelux|Gulf states=Gulf States',
  '-:sea|Mediterranean|Black Sea|Red Sea|Baltic Sea|North Sea|Caspian Sea|South China Sea|East China Sea|Arabian Sea',
  '-:sea|Persian Gulf|Arabian Gulf|Gulf of Aden|Gulf of Oman|Gulf of Mexico|Sea of Azov|Indian Ocean',
  '-:sea|Atlantic Ocean|Pacific Ocean|Taiwan Strait|Strait of Hormuz|Bab el-Mandeb=Bab al-Mandab|Suez Canal',
  '-:sea|English Channel|Aegean|Aegean Sea|Adriatic|Sea of Japan|Yellow Sea|Strait of Malacca|Bosphorus',
];
