import type { Catalog } from './en.js';

/**
 * Czech notes (čeština): "vy" imperatives ("Zkontrolujte …"). A name of unknown gender follows a noun
 * ("zařízení {device}", "tiskárna „{printer}“") so the sentence agrees with the noun. Plurals: one / few / many / other.
 */
export const cs: Catalog = {
  // status-text: core-made text the UI shows (device status details and addresses, the connection, action results,
  // Test print / Test encode results, notices), rendered by the UI in its language (renderer/src/i18n/note-text.ts).
  'status.disabled': 'Vypnuto',
  'status.paperOut': 'Došel papír',
  'status.coverOpen': 'Otevřený kryt',
  'status.cutterJammed': 'Zaseknutý řezač papíru',
  'status.printerError': 'Chyba tiskárny',
  'status.offline': 'Offline',
  'status.paperLow': 'Dochází papír',
  'action.paused': 'Pozastaveno: nové příkazy čekají, dokud nebudete pokračovat',
  'action.resumed': 'Pokračuje se',

  // desk-polish: nabídka a popisek ikony v oznamovací oblasti (desktopová aplikace).
  'tray.open': 'Otevřít Mews Device Bridge',
  'tray.pause': 'Pozastavit příkazy',
  'tray.resume': 'Pokračovat v příkazech',
  'tray.reconnect': 'Znovu připojit k Mews',
  'tray.openLogs': 'Otevřít protokol',
  'tray.quit': 'Ukončit',
  'tray.tip.starting': 'spouští se…',
  'tray.tip.offline': 'Offline: {reason}',
  'tray.tip.tokensRejected': 'Mews odmítl tokeny',
  'tray.tip.notConnected': 'nepřipojeno k Mews',
  'tray.tip.needsAttention': 'Vyžaduje pozornost: {problems}',
  'tray.tip.mewsNotAnswering': 'Mews neodpovídá',
  'tray.tip.device': '{device}: {detail}',
  'tray.tip.deviceOffline': 'offline',
  'tray.tip.deviceAttention': 'vyžaduje pozornost',
  'tray.tip.failedCommands':
    '{count, plural, one {# příkaz s chybou} few {# příkazy s chybou} many {# příkazu s chybou} other {# příkazů s chybou}}',
  'tray.tip.whilePaused': '{text} (pozastaveno)',
  'tray.tip.connecting': 'Připojování k Mews…',
  'tray.tip.paused': 'Pozastaveno: příkazy čekají v Mews, dokud je znovu nespustíte',
  'tray.tip.allWell': 'Vše v pořádku',

  'bridge.interrupted':
    'Přerušeno – bridge se během provádění zastavil. Před opakováním zkontrolujte zařízení (vytisklo se? byl klíč zakódován?).',
  'bridge.timeoutFinish': 'Zařízení {device} nedokončilo úlohu do {seconds, number} s. Před opakováním zkontrolujte zařízení.',
  'bridge.timeoutStart': 'Zařízení {device} nezačalo do {seconds, number} s. Zkontrolujte, zda je zapnuté a připojené.',
  'bridge.unexpected': 'Interní chyba na zařízení {device}; podrobnosti jsou v protokolu bridge.',
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

  // Key cards, shared by the lock drivers (src/devices/lock). {rooms} is lock.rooms, rendered in the same language.
  'lock.rooms': '{count, plural, one {pokoj {list}} few {pokoje {list}} many {pokoje {list}} other {pokoje {list}}}',
  'lock.checkCard': 'Zkontrolujte kartu na kodéru nebo na dveřích; pokud nefunguje, vydejte klíč znovu.',
  'lock.mayHaveEncoded': 'Požadavek na klíč byl odeslán do {target}, ale {reason}; karta možná už byla zakódována.',
  'lock.commandStopped': 'příkaz byl zastaven',
  'lock.someMayBeEncoded': 'Některé z {count, number} karet už možná jsou zakódované; nejdřív je zkontrolujte.',
  'lock.keyModeUnknown': 'Režim klíče „{mode}“ v Data JSON kodéru klíčů není známý; použijte New, Duplicate nebo CheckOut.',
  'lock.noRoom': 'Příkaz pro klíč neuvádí žádný pokoj (LockIds je prázdné).',
  'lock.tooManyRooms':
    'Tento zámkový systém přijme nejvýš {max, plural, one {# pokoj} few {# pokoje} many {# pokoje} other {# pokojů}} na klíč; příkaz jich uvádí {count, number} ({list}).',
  'lock.keyCountImpossible': 'Počet klíčů {count} není možný; požádejte o 1 až 9 klíčů.',
  'lock.invalidTimes': 'Příkaz pro klíč má neplatný čas začátku nebo konce.',
  'lock.expiresBeforeValid': 'Klíč by vypršel dřív, než začne platit (čas konce není po čase začátku).',
  'lock.noEncoder': 'Není uveden žádný kodér: nastavte Identifier kodéru klíčů v Mews, nebo kodér v nastavení tohoto zařízení.',
  'lock.apiUrlInvalid':
    'API URL „{url}“ kodéru klíčů není adresa serveru zámků jako {example}. Opravte ji v integraci kodéru klíčů v Mews.',
  'lock.apiUrlEmpty':
    'API URL kodéru klíčů je prázdná; má to být adresa serveru zámků jako {example}. Opravte ji v integraci kodéru klíčů v Mews.',

  // Salto (Industry Standard Protocol).
  'salto.encodedNew':
    '{count, plural, one {Nový klíč zakódován} few {# nové klíče zakódovány} many {# nového klíče zakódováno} other {# nových klíčů zakódováno}} pro {rooms} na kodéru „{encoder}“, platnost {from} – {until} (čas zámků).',
  'salto.encodedCopy':
    '{count, plural, one {Kopie klíče zakódována} few {# kopie klíče zakódovány} many {# kopie klíče zakódováno} other {# kopií klíče zakódováno}} pro {rooms} na kodéru „{encoder}“, platnost {from} – {until} (čas zámků).',
  'salto.mobileNew': 'Mobilní klíč pro {rooms} odeslán přes Salto do telefonu hosta, platnost {from} – {until} (čas zámků).',
  'salto.mobileCopy': 'Kopie mobilního klíče pro {rooms} odeslána přes Salto do telefonu hosta, platnost {from} – {until} (čas zámků).',
  'salto.checkedOut': 'V systému Salto bylo provedeno odhlášení pro {rooms}; karty hostů už dveře neotevřou.',
  'salto.target': 'rozhraní Salto na adrese {address}',
  'salto.targetPlain': 'rozhraní Salto',
  'salto.unclearAnswer': 'odpovědělo „{answer}“, čemuž tento bridge nerozumí',
  'salto.interfaceFailed': 'Rozhraní Salto na adrese {address}: {error}',
  'salto.notStarted': 'Ovladač kodéru Salto není spuštěný.',
  'salto.serialUnavailable': 'Sériový port {path} k rozhraní Salto není dostupný. Zkontrolujte kabel a nastavení portu.',
  'salto.noListen': 'Salto Industry Standard nemůže použít naslouchající port; nastavte pro tento kodér připojení TCP nebo sériové.',
  'salto.noAddress':
    'Adresa serveru zámků zatím není známá: přijde s prvním příkazem pro klíč z Mews, nebo pro tento kodér nastavte připojení.',
  'salto.unreachable':
    'Rozhraní Salto na adrese {address} není dostupné ({error}). Zkontrolujte, zda je počítač Salto zapnutý a má povolený port PMS TCP.',
  'salto.noAnswer': 'Rozhraní Salto na adrese {address} neodpovídá. Zkontrolujte, zda běží služba Salto PMS.',
  'salto.closedEarly': 'Rozhraní Salto na adrese {address} ukončilo spojení dřív, než byl požadavek na klíč odeslán. Vydejte klíč znovu.',
  'salto.busy': 'Rozhraní Salto je zaneprázdněné a není připravené na nový požadavek na klíč. Chvíli počkejte a vydejte klíč znovu.',
  'salto.nak':
    'Rozhraní Salto odmítlo požadavek na klíč {count, plural, one {#krát} few {#krát} many {#krát} other {#krát}} (NAK); žádná karta nebyla zakódována. Vydejte klíč znovu; pokud to stále selhává, zkontrolujte nastavení Salto PMS.',
  'salto.mobileBadPhone':
    'Mobilní klíč nebyl odeslán: telefonní číslo hosta není úplné mezinárodní číslo (musí začínat + a předvolbou země). Opravte ho v rezervaci a zkuste to znovu.',
  'salto.mobileNoPhone':
    'Mobilní klíč nebyl odeslán: rezervace nemá telefonní číslo hosta. Doplňte ho (s + a předvolbou země) a zkuste to znovu.',
  'salto.error.ES':
    'Rozhraní Salto odmítlo požadavek na klíč jako chybně sestavený (chyba syntaxe). Zkontrolujte název kodéru a názvy pokojů nastavené v Mews a Salto.',
  'salto.error.NC':
    'Kodér „{encoder}“ neodpovídá systému Salto (vypnutý nebo odpojený). Zkontrolujte napájení a síťový kabel a pak vydejte klíč znovu.',
  'salto.error.NF': 'Rozhraní Salto na PC nenachází svou databázi. Požádejte správce systému Salto o kontrolu serveru Salto.',
  'salto.error.OV': 'Kodér „{encoder}“ je ještě zaneprázdněný předchozí kartou. Chvíli počkejte a pak vydejte klíč znovu.',
  'salto.error.EP': 'Karta v kodéru „{encoder}“ nebyla nalezena nebo je vložená obráceně. Vložte kartu znovu a vydejte klíč znovu.',
  'salto.error.EF': 'Karta v kodéru „{encoder}“ je poškozená nebo patří k jinému systému. Použijte jinou kartu a vydejte klíč znovu.',
  'salto.error.TD': 'Zámkový systém nezná {rooms}. Zkontrolujte, zda název pokoje v Mews odpovídá názvu dveří v Salto.',
  'salto.error.ED': 'Do kodéru „{encoder}“ nebyla včas vložena karta. Vložte kartu a vydejte klíč znovu.',
  'salto.error.EA': 'Salto odmítlo kopii, protože pro {rooms} je v zámkovém systému provedeno odhlášení. Vydejte místo toho nový klíč.',
  'salto.error.OS': 'Zámkový systém vede {rooms} jako mimo provoz. Zvolte jiný pokoj nebo ho v Salto vraťte do provozu.',
  'salto.error.EO': 'Pro {rooms} se právě kóduje karta hosta na jiné stanici. Počkejte, až skončí, a zkuste to znovu.',
  'salto.error.EV': 'Karta v kodéru „{encoder}“ patří platnému uživateli z personálu a nelze ji přepsat. Použijte prázdnou kartu hosta.',
  'salto.error.EG': 'Systém Salto ohlásil obecnou chybu. Zkontrolujte kartu a pak vydejte klíč znovu.',
  'salto.error.EGDetail': 'Systém Salto ohlásil obecnou chybu: {detail}. Zkontrolujte kartu a pak vydejte klíč znovu.',

  // FIAS lock systems (dormakaba Saflok, Messerschmitt).
  'fias.encodedNew':
    '{count, plural, one {Nový klíč zakódován} few {# nové klíče zakódovány} many {# nového klíče zakódováno} other {# nových klíčů zakódováno}} pro {rooms} na kodéru „{encoder}“, platnost do {until} (čas zámků).',
  'fias.encodedDuplicate':
    '{count, plural, one {Duplikát klíče zakódován} few {# duplikáty klíče zakódovány} many {# duplikátu klíče zakódováno} other {# duplikátů klíče zakódováno}} pro {rooms} na kodéru „{encoder}“, platnost do {until} (čas zámků).',
  'fias.checkedOut': 'Klíče pro {rooms} byly v zámkovém systému smazány.',
  'fias.target': 'zámkového systému ({endpoint})',
  'fias.otherAnswer':
    'jeho odpověď patřila k jinému požadavku (pracoviště {ws}, {date} {time}; tento požadavek: pracoviště {ourWs}, {ourDate} {ourTime})',
  'fias.noStatus': 'jeho odpověď neměla stav (AS)',
  'fias.stopped': 'Ovladač kodéru FIAS je zastavený.',
  'fias.notConnected':
    'Zámkový systém není připojen přes FIAS ({endpoint}). Zkontrolujte, zda rozhraní FIAS serveru zámků běží a je nastavené na tento počítač, a pak vydejte klíč znovu.',
  'fias.refused': 'Zámkový systém odmítl klíč pro {rooms} na kodéru „{encoder}“ (odpověď {status}).',
  'fias.refusedNoStatus': 'Zámkový systém odmítl klíč pro {rooms} na kodéru „{encoder}“ (odpověď bez stavu).',
  'fias.lockSays': 'Zámkový systém hlásí: „{text}“.',
  'fias.answer.BY': 'Kodér „{encoder}“ je zaneprázdněný. Chvíli počkejte a pak vydejte klíč znovu.',
  'fias.answer.NR': 'Kodér „{encoder}“ zámkovému systému neodpověděl. Zkontrolujte, zda je zapnutý a připojený.',
  'fias.answer.UR':
    'Zámkový systém nedokázal zpracovat požadavek na klíč pro {rooms}. Zkontrolujte pokoj a kodér nastavené v Mews a v zámkovém systému.',
  'fias.answer.RY': 'Zámkový systém žádá o opakování. Vydejte klíč znovu.',
  'fias.answer.NF': 'Zámkový systém tento požadavek nepodporuje. Zkontrolujte nastavení rozhraní FIAS v zámkovém systému.',
  'fias.answer.NM': 'Zámkový systém nezná {rooms}. Zkontrolujte, zda číslo pokoje v Mews odpovídá zámkovému systému.',
  'fias.answer.DE': 'Zámkový systém odmítl data požadavku. Zkontrolujte pokoj a data rezervace.',
  'fias.answer.TO': 'Do kodéru „{encoder}“ nebyla včas vložena karta. Vložte kartu a vydejte klíč znovu.',

  // Printers: ESC/POS receipt printers (src/devices/escpos) and the PDF checks every printer shares (src/devices/pdf).
  'print.copiesOutOfRange': 'Nelze vytisknout {copies} kopií; zvolte 1 až {max, number}.',
  'print.cannotEncode': 'Zařízení {device} je tiskárna a neumí kódovat klíče.',
  'escpos.cannotEncode': 'Zařízení {device} je tiskárna účtenek a neumí kódovat klíče.',
  'escpos.printed':
    'Na zařízení {device} {pages, plural, one {vytištěna # stránka} few {vytištěny # stránky} many {vytištěno # stránky} other {vytištěno # stránek}}{copies, plural, =1 {} one {} few { × # kopie} many { × # kopie} other { × # kopií}}.',
  'escpos.busy': 'Tiskárna „{device}“ právě tiskne jiný dokument.',
  'escpos.disconnectedWhilePrinting': 'Tiskárna „{device}“ se během tisku odpojila.',
  'escpos.checkAndReprint': 'Zkontrolujte tiskárnu a v případě potřeby tiskněte znovu.',
  'escpos.notConnected': 'Tiskárna „{device}“ není připojená: {reason}.',
  'escpos.notResponding': 'Tiskárna „{device}“ neodpovídá; zkontrolujte, zda je zapnutá.',
  'escpos.paperOut': 'V tiskárně „{device}“ došel papír.',
  'escpos.coverOpen': 'Tiskárna „{device}“ má otevřený kryt.',
  'escpos.cutterJam': 'V tiskárně „{device}“ uvízl papír u odstřihu.',
  'escpos.error': 'Tiskárna „{device}“ hlásí chybu.',
  'escpos.offline': 'Tiskárna „{device}“ je offline.',
  'escpos.stoppedAt': 'Tisk se zastavil u {where}; doplňte papír a tiskněte znovu, pokud je účtenka neúplná.',
  'escpos.wherePage': 'strany {page, number} z {pages, number}',
  'escpos.wherePageCopy': 'strany {page, number} z {pages, number}, kopie {copy, number} z {copies, number}',
  'escpos.whereEnd': 'konce',
  'pdf.empty': 'Dokument k tisku je prázdný. Pošlete ho prosím znovu.',
  'pdf.tooLarge': 'Dokument je na tisk příliš velký ({size, number} MB; tato tiskárna přijímá nejvýš {limit, number} MB).',
  'pdf.notPdf': 'Dokument k tisku není soubor PDF, proto se nic nevytisklo.',
  'pdf.tooManyPages': 'Dokument má {pages, number} stran; tato tiskárna je nastavená na nejvýš {max, number}.',
  'pdf.pageTooLong': 'Strana {page, number} dokumentu je na tiskárnu účtenek příliš dlouhá.',
  'pdf.pageDamaged': 'Strana {page, number} dokumentu je poškozená a nelze ji vytisknout ({error}).',
  'pdf.passwordProtected': 'Dokument je chráněný heslem a nelze ho vytisknout. Pošlete ho prosím bez hesla.',
  'pdf.damaged': 'Dokument je poškozený nebo neúplný a nelze ho vytisknout ({error}). Pošlete ho prosím znovu.',
  'pdf.rendererStopped':
    'Dokument se nepodařilo připravit k tisku: vykreslování PDF se zastavilo ({reason}). Pošlete ho prosím znovu; pokud to znovu selže, dokument je možná na tisk příliš složitý.',
  'escpos.copiesSent': 'Z {total, number} kopií bylo celých odesláno {done, number}.',
  'escpos.copiesSentRetryAll': 'Z {total, number} kopií bylo celých odesláno {done, number}; „Zkusit znovu“ vytiskne znovu všechny.',

  // Printers of this computer (src/devices/system): CUPS / IPP and the Windows spooler. The print system's own words stay as they are.
  'system.printed': 'Vytištěno na tiskárně {printer}{copies, plural, =1 {} one {} few { × # kopie} many { × # kopie} other { × # kopií}}.',
  'system.handedToSpooler':
    'Předáno tiskové frontě Windows pro tiskárnu {printer}{copies, plural, =1 {} one {} few { × # kopie} many { × # kopie} other { × # kopií}}.',
  'system.leftOut': 'Vynecháno, co tiskárna neumí: {list}.',
  'system.noPrinterName': 'Mews neposlal název tiskárny a toto zařízení nemá zvolenou tiskárnu. Zvolte tiskárnu v nastavení zařízení.',
  'system.notAccepting':
    'Tiskárna „{printer}“ nepřijímá úlohy (v nastavení tisku tohoto počítače je nastavená na jejich odmítání). Povolte přijímání úloh a pak tiskněte znovu z Mews.',
  'system.cancelled':
    'Tisková úloha byla zrušena na tiskárně nebo v tiskové frontě tohoto počítače. Pokud dokument stále potřebujete, tiskněte znovu z Mews.',
  'system.cancelledWith':
    'Tisková úloha byla zrušena na tiskárně nebo v tiskové frontě tohoto počítače ({detail}). Pokud dokument stále potřebujete, tiskněte znovu z Mews.',
  'system.aborted': 'Tiskárna „{printer}“ nedokázala dokument vytisknout. Zkontrolujte tiskárnu a pak tiskněte znovu z Mews.',
  'system.abortedWith':
    'Tiskárna „{printer}“ nedokázala dokument vytisknout ({detail}). Zkontrolujte tiskárnu a pak tiskněte znovu z Mews.',
  'system.printerProblem': 'Tiskárna „{printer}“ {problems}.',
  'system.reason.media-empty': 'nemá papír',
  'system.reason.media-needed': 'potřebuje vložit papír',
  'system.reason.media-low': 'má málo papíru',
  'system.reason.media-jam': 'má zaseknutý papír',
  'system.reason.door-open': 'má otevřená dvířka nebo kryt',
  'system.reason.cover-open': 'má otevřený kryt',
  'system.reason.toner-empty': 'nemá toner',
  'system.reason.marker-supply-empty': 'nemá inkoust ani toner',
  'system.reason.toner-low': 'má málo toneru',
  'system.reason.marker-supply-low': 'má málo inkoustu nebo toneru',
  'system.reason.input-tray-missing': 'má vytažený zásobník papíru',
  'system.reason.output-area-full': 'má plný výstupní zásobník',
  'system.reason.offline': 'je offline',
  'system.reason.connecting-to-device': 'není dostupná',
  'system.reason.shutdown': 'je vypnutá',
  'system.reason.paused': 'je pozastavená v nastavení tisku tohoto počítače',
  'system.reason.moving-to-paused': 'se právě pozastavuje',
  'system.reason.other': 'hlásí problém',
  'system.reason.unknown': 'hlásí „{keyword}“',
  'system.action.media-empty': 'Doplňte papír do zásobníku.',
  'system.action.media-needed': 'Vložte papír do zásobníku, který tiskárna žádá.',
  'system.action.media-low': 'Brzy doplňte papír.',
  'system.action.media-jam': 'Otevřete tiskárnu a vyjměte zaseknutý papír.',
  'system.action.door-open': 'Zavřete dvířka tiskárny.',
  'system.action.cover-open': 'Zavřete kryt tiskárny.',
  'system.action.toner-empty': 'Vyměňte tonerovou kazetu.',
  'system.action.marker-supply-empty': 'Vyměňte kazetu.',
  'system.action.toner-low': 'Připravte si tonerovou kazetu.',
  'system.action.marker-supply-low': 'Připravte si náhradní kazetu.',
  'system.action.input-tray-missing': 'Zasuňte zásobník papíru zpět.',
  'system.action.output-area-full': 'Vyprázdněte výstupní zásobník.',
  'system.action.offline': 'Zkontrolujte, že je tiskárna zapnutá a připojená.',
  'system.action.connecting-to-device': 'Zkontrolujte, že je tiskárna zapnutá a připojená k síti.',
  'system.action.shutdown': 'Zapněte tiskárnu.',
  'system.action.paused': 'Obnovte tiskárnu v nastavení tisku.',
  'system.action.other': 'Podívejte se na displej tiskárny.',
  'system.printsWhenReady': 'Dokument se vytiskne, jakmile bude tiskárna připravená.',
  'system.takenOffQueue':
    'Dokument byl po {seconds, plural, one {# sekundě} few {# sekundách} many {# sekundy} other {# sekundách}} čekání odebrán z tiskové fronty, takže se později nevytiskne; až bude tiskárna připravená, vytiskněte ho znovu z Mews.',
  'system.held': 'Tisková fronta tiskárny „{printer}“ dokument zadržuje ({why}).',
  'system.heldNoReason': 'Tisková fronta tiskárny „{printer}“ dokument zadržuje.',
  'system.releaseHeld': 'Uvolněte ho v nastavení tisku tohoto počítače; pak se vytiskne.',
  'system.notFound': 'Na tomto počítači není žádná tiskárna s názvem „{printer}“.',
  'system.printersHere': 'Tiskárny tohoto počítače: {list}.',
  'system.noPrinters': 'Na tomto počítači není nastavená žádná tiskárna.',
  'system.printerItem': '„{name}“{isDefault, select, yes { (výchozí)} other {}}',
  'system.printerItemInfo': '„{name}“ ({info}){isDefault, select, yes { (výchozí)} other {}}',
  'system.fixPrinterName': 'Opravte název tiskárny v Mews nebo zvolte tiskárnu v nastavení tohoto zařízení.',
  'system.cupsDown':
    'Tisková služba tohoto počítače (CUPS) neběží nebo není dostupná. Spusťte ji (Linux: „systemctl start cups“; macOS: Nastavení systému → Tiskárny a skenery) a pak tiskněte znovu z Mews.',
  'system.cupsDownAt':
    'Tisková služba tohoto počítače (CUPS na adrese {address}) neběží nebo není dostupná. Spusťte ji (Linux: „systemctl start cups“; macOS: Nastavení systému → Tiskárny a skenery) a pak tiskněte znovu z Mews.',
  'system.printerUnreachable': 'Tiskárna na adrese {uri} není dostupná. Zkontrolujte, že je zapnutá a připojená k síti.',
  'system.nothingPrinted': 'Nic se nevytisklo.',
  'system.handedOverCheckQueue': 'Dokument už byl předán; než ho vytisknete znovu, zkontrolujte tiskovou frontu.',
  'system.cupsRefusedList': 'Tisková služba odmítla vypsat tiskárny ({error}).',
  'system.listFailed': 'Tiskárny tohoto počítače se nepodařilo vypsat ({error}).',
  'system.windowsListFailed': 'Tiskárny Windows se nepodařilo vypsat ({error}).',
  'system.programNotFound': 'program nebyl nalezen',
  'system.jobForgotten': 'tiskárna už tuto úlohu nezná',
  'system.jobEndUnknown':
    'Tisková služba nesdělila, jak skončila tisková úloha {job} na tiskárně „{printer}“ ({error}). Před dalším tiskem zkontrolujte tiskárnu.',
  'system.refused': 'Tiskárna „{printer}“ dokument odmítla ({error}).',
  'system.serviceRefused': 'Tisková služba dokument odmítla ({error}).',
  'system.droppedSetting': '{setting} „{value}“ (tiskárna nabízí {offered})',
  'system.setting.sides': 'jednostranný nebo oboustranný tisk',
  'system.setting.colorMode': 'barevný režim',
  'system.setting.media': 'formát papíru',
  'system.setting.mediaSource': 'zásobník papíru',
  'system.rawUnavailable':
    'Tiskový systém tohoto počítače ({system}) neumí posílat účtenky beze změny do tiskové fronty; připojte tiskárnu účtenek raději přes USB, sériový kabel nebo síť.',
  'system.receiptCancelled': 'Účtenka byla zrušena v tiskové frontě „{queue}“.',
  'system.receiptStopped': 'Tiskový systém zastavil účtenku v tiskové frontě „{queue}“.',
  'system.receiptTimedOut': 'Účtenka se v tiskové frontě „{queue}“ nevytiskla včas a byla z fronty odebrána.',
  'system.printSystemSays': 'Tiskový systém hlásí: „{detail}“.',
  'system.printAgainIfNeeded': 'V případě potřeby tiskněte znovu z Mews.',
  'system.checkThenPrintAgain': 'Zkontrolujte tiskárnu a pak tiskněte znovu z Mews.',
  'system.receiptHandedOver': 'Účtenka už byla předána; před dalším tiskem zkontrolujte tiskárnu.',
  'system.windowsFailed':
    'Windows nemohl tisknout na tiskárně „{printer}“ ({error}). Zkontrolujte tiskárnu v Nastavení Windows → Tiskárny a skenery a pak tiskněte znovu z Mews.',
  'system.legacyDriver': 'Mews uvádí ovladač tiskárny „{sent}“, ale „{printer}“ používá „{actual}“.',
  'system.legacyPort': 'Mews uvádí port „{sent}“, ale „{printer}“ je na „{actual}“.',
  'system.legacyPrintedByName': 'Vytištěno na „{printer}“ podle názvu; v Mews nechte ovladač tiskárny a port prázdné.',
  'summary.print': '{copies, plural, one {Tisk · # kopie} few {Tisk · # kopie} many {Tisk · # kopie} other {Tisk · # kopií}}',
  'summary.printInvalid': 'Tisk',
  'summary.keys': '{count, plural, one {# klíč} few {# klíče} many {# klíče} other {# klíčů}} · pokoj {rooms}',
  'summary.keyInvalid': 'Klíč',
  'summary.unreadable': 'Nečitelný příkaz',
};
