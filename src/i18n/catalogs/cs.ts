import type { Catalog } from './en.js';

/**
 * Czech notes (čeština): "vy" imperatives ("Zkontrolujte …"). A name of unknown gender follows a noun
 * ("zařízení {device}", "tiskárna „{printer}“") so the sentence agrees with the noun. Plurals: one / few / many / other.
 */
export const cs: Catalog = {
  'bridge.interrupted':
    'Přerušeno – bridge se během provádění zastavil. Před opakováním zkontrolujte zařízení (vytisklo se? byl klíč zakódován?).',
  'bridge.timeoutFinish': 'Zařízení {device} nedokončilo úlohu do {seconds, number} s. Před opakováním zkontrolujte zařízení.',
  'bridge.timeoutStart': 'Zařízení {device} nezačalo do {seconds, number} s. Zkontrolujte, zda je zapnuté a připojené.',
  'bridge.unexpected': 'Neočekávaná chyba na zařízení {device}: {error}',
  'bridge.checkDevice': 'Před opakováním zkontrolujte zařízení.',
  'bridge.commandGone': 'Mews tento příkaz už nezná.',
  'bridge.unreadable': 'Mews poslal tento příkaz ve tvaru, který bridge nedokáže přečíst ({reason}). Pošlete ho prosím znovu.',

  'command.deviceTypeUnsupported': 'Typ zařízení „{type}“ tento bridge nepodporuje.',
  'command.invalidPrintData': 'Neplatná tisková data z Mews ({issue}).',
  'command.invalidKeyData': 'Neplatná data klíče z Mews ({issue}).',
  'command.documentTooLargeToRead':
    'Dokument poslaný z Mews má asi {size, number} MB, víc, než bridge z Mews načítá (čtvrtina mews.maxResponseBytes); nebyl načten.',
  'command.documentTooLarge':
    'Dokument poslaný z Mews má asi {size, number} MB, víc než {limit, number} MB, které tato tiskárna přijímá; vytiskněte kratší dokument nebo zvyšte limit velikosti tiskárny.',
  'command.documentCorrupt': 'Dokument poslaný z Mews je poškozený (neplatná data base64).',
  'command.documentEmpty': 'Dokument poslaný z Mews je prázdný.',
  'command.documentNotPdf': 'Mews poslal dokument typu „{type}“; tento bridge tiskne pouze dokumenty PDF.',
  'command.keyDataJsonInvalid': '„Data JSON“ kodéru klíčů nastavené v Mews není platný JSON.',
  'command.keyDatesReversed': 'Platnost klíče končí dřív, než začíná; zkontrolujte data rezervace.',
  'command.noLockType':
    'Data JSON kodéru klíčů v Mews nemá „Type“. Pro Salto nastavte \'{"Type":"IndustryStandardProtocol"}\', pro dormakaba / Messerschmitt \'{"Type":"FiasProtocol"}\'.',
  'command.lockTypeUnsupported':
    'Protokol zámků „{type}“ (Type v Data JSON kodéru klíčů) tento bridge nepodporuje. Podporované: IndustryStandardProtocol (Salto) a FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'Zařízení „{device}“ bylo z tohoto bridge odebráno dřív, než se příkaz provedl.',
};
