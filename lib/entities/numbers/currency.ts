/**
 * Currencies as news prose writes them, mapped to ISO 4217 codes (bitcoin and ether keep their
 * ticker, having none).
 */

/** Currency symbols written before an amount. "$" alone is taken as US dollars. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['₴', 'UAH'], ['₦', 'NGN'], ['₪', 'ILS'], ['₱', 'PHP'], ['₫', 'VND'], ['฿', 'THB'], ['₿', 'BTC'],
]);

/** Letters glued before "$" that name which dollar ("US$", "HK$", "A$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'],
  ['hk', 'HKD'], ['nz', 'NZD'], ['s', 'SGD'], ['sg', 'SGD'], ['r', 'BRL'], ['nt', 'TWD'], ['mx', 'MXN'],
]);

/** ISO codes written as words before or after an amount ("USD 5m", "300 EUR"). Upper case only. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'KRW', 'BRL',
  'ZAR', 'TRY', 'UAH', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'ILS', 'AED', 'SAR', 'BTC', 'ETH', 'XMR',
]);

/** Currency names written after an amount, lower case ("2 million dollars", "500 euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'],
  ['rubles', 'RUB'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['francs', 'CHF'], ['bitcoin', 'BTC'], ['bitcoins', 'BTC'], ['ether', 'ETH'], ['monero', 'XMR'],
  ['riyals', 'SAR'], ['dirhams', 'AED'], ['lira', 'TRY'],
]);

/** Adjectives naming which dollar comes next ("Australian dollars"). */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['kong', 'HKD'],
  ['zealand', 'NZD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['taiwanese', 'TWD'],
]);

/** Prefix abbreviations written before an amount ("Rs 500"). Lower case. */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['rs', 'INR'], ['inr', 'INR']]);
