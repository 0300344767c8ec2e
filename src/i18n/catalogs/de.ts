import type { Catalog } from './en.js';

/** German notes (Deutsch): impersonal instructions ("Bitte … prüfen"), as front-desk software usually writes them. */
export const de: Catalog = {
  // status-text: core-made text the UI shows (device status details and addresses, the connection, action results,
  // Test print / Test encode results, notices), rendered by the UI in its language (renderer/src/i18n/note-text.ts).
  'status.disabled': 'Deaktiviert',
  'status.paperOut': 'Papier leer',
  'status.coverOpen': 'Abdeckung offen',
  'status.cutterJammed': 'Abschneider blockiert',
  'status.printerError': 'Druckerfehler',
  'status.offline': 'Offline',
  'status.paperLow': 'Papier geht zur Neige',
  'action.paused': 'Angehalten: Neue Aufträge warten, bis Sie fortsetzen',
  'action.resumed': 'Fortgesetzt',
  'status.notStarted': 'Nicht gestartet',
  'status.notConnected': 'Nicht verbunden',
  'status.notConnectedBecause': 'Nicht verbunden: {reason}',
  'status.notResponding': 'Antwortet nicht',
  'status.needsAttention': 'Bitte prüfen',
  'status.waitingAt': '— wartet ({where})',
  'status.printingAt': 'Druckt {where}',
  'status.unknownChecksOff': 'Status unbekannt (Statusabfrage ist ausgeschaltet)',
  'status.unknownNoReplies': 'Status unbekannt ({link} liefert keinen zurück)',
  'status.unknownNotReported': 'Status unbekannt (der Drucker meldet ihn nicht)',
  'status.printingOn': 'Druckt auf {printer}',
  'status.anyPrinter':
    'Druckt auf dem Drucker, den der jeweilige Mews-Auftrag nennt ({count, plural, one {# Drucker} other {# Drucker}} an diesem Computer)',
  'status.noSuchPrinter': 'Kein Drucker „{printer}“',
  'status.serialPort': 'Serielle Schnittstelle {path}: {reason}',
  'status.saltoNoListen': 'Salto Industry Standard braucht eine serielle oder TCP-Client-Verbindung, keinen lauschenden Port',
  'status.saltoPerRequest': 'Salto-Schnittstelle {address} (Verbindung bei jeder Schlüsselanfrage)',
  'status.lockAddressPerCommand': 'Die Adresse des Schließsystem-Servers kommt mit jedem Schlüsselauftrag',
  'status.lockProtocolPerCommand': 'Protokoll und Adresse des Schließsystems kommen mit jedem Schlüsselauftrag',
  'status.saltoNoClearAnswer': 'Die letzte Schlüsselanfrage bekam keine klare Antwort',
  'status.saltoCode': 'Salto {code}',
  'status.saltoUnexpected': 'Unerwartete Antwort der Salto-Schnittstelle',
  'status.refusedRetrying': '{address} hat die Verbindung abgelehnt; neuer Versuch',
  'status.cannotReach': '{address} ist nicht erreichbar',
  'status.fiasStarting': 'FIAS-Verbindung wird aufgebaut',
  'status.fiasWaiting': 'Warten, bis sich das Schließsystem mit {endpoint} verbindet',
  'status.fiasNotConnected': 'Schließsystem nicht verbunden ({endpoint})',
  'test.printerBusy': 'Der Drucker „{device}“ druckt gerade.',
  'test.receiptPrinted': 'Testbon auf {device} gedruckt.',
  'test.printerFailed': 'Test des Druckers „{device}“ fehlgeschlagen:',
  'test.systemNoPrinter':
    '{device} druckt auf dem Drucker, den der jeweilige Mews-Auftrag nennt; wählen Sie in den Einstellungen einen Drucker, um eine Testseite zu drucken.',
  'test.pagePrinted': 'Testseite gedruckt.',
  'test.saltoReady':
    'Die Salto-Schnittstelle unter {address} ist bereit, Schlüssel zu codieren (sie hat die Bereitschaftsprüfung beantwortet, ENQ → ACK).',
  'test.fiasNoAddress':
    'Noch ist keine Adresse des Schließsystem-Servers bekannt: Sie kommt mit dem ersten Schlüsselauftrag, oder legen Sie für diesen Codierer eine Verbindung fest.',
  'test.fiasLinkDown': 'Die FIAS-Verbindung zum Schließsystem ist unterbrochen ({endpoint}).',
  'test.fiasAlive': 'Die FIAS-Verbindung zum Schließsystem steht ({peer})',
  'test.fiasNoAnswer': 'Das Schließsystem hat eine Verbindungsprüfung nicht beantwortet ({endpoint}).',
  'test.keycutterNotYet':
    'Es lief noch kein Schlüsselauftrag, daher sind Protokoll und Adresse des Schließsystems nicht bekannt; sie kommen mit jedem Auftrag aus Mews.',
  'test.nullReady': 'Das virtuelle Gerät ist immer bereit',
  'status.whereBefore': 'vor dem Druck',
  'status.notConnectedWord': 'nicht verbunden',
  'status.unknownInMews':
    'Mews kennt kein Gerät mit dieser ID: Kopieren Sie die ID aus Mews Operations (Geräteintegration) und speichern Sie erneut.',
  'status.otherBridge':
    'Eine andere Bridge bedient „{device}“ ebenfalls (ein Auftrag wurde dort {state}). Diese Bridge lässt das Gerät in Ruhe: Entfernen Sie es aus einer der beiden Bridges und speichern Sie es dann hier erneut, um es zurückzuholen.',
  'address.printer': 'Drucker „{printer}“',
  'address.printerPerCommand': 'der Drucker, den der jeweilige Mews-Auftrag nennt',
  'address.simulated': 'simuliert',
  'address.fromCommand': 'aus dem Mews-Auftrag (ApiUrl)',
  'address.serial': '{path} · {baud} Baud',
  'address.listening': 'wartet auf {address}',
  'address.listeningOpen': 'wartet auf {address} · jeder Computer im Netzwerk kann sich verbinden (allowedPeers festlegen)',
  'address.rawQueue': 'Drucker „{queue}“ an diesem Computer (raw)',
  'address.usb': '{path} (USB)',
  'action.unknownCommand': 'Unbekannter Auftrag',
  'action.onlyFailedRetry': 'Nur fehlgeschlagene Aufträge können wiederholt werden',
  'action.cannotSucceed':
    'Dieser Auftrag kann so, wie Mews ihn gesendet hat, nicht gelingen (siehe Hinweis); senden Sie einen korrigierten aus Mews',
  'action.deviceNotConfigured': 'Das Gerät „{device}“ ist in dieser Bridge nicht eingerichtet',
  'action.retrying': 'Neuer Versuch auf {device}',
  'action.onlyFinishedDismiss': 'Nur abgeschlossene Aufträge können ausgeblendet werden',
  'action.dismissed': 'Ausgeblendet',
  'action.noSuchDevice': 'Dieses Gerät gibt es nicht',
  'action.deviceRemoved': 'Gerät entfernt',
  'action.deviceNotRunning': 'Dieses Gerät läuft nicht (deaktiviert oder nicht eingerichtet)',
  'action.reconnecting': 'Verbindung zu Mews wird neu aufgebaut',
  'action.diagnosticsUnavailable': 'Der Diagnose-Export ist hier nicht verfügbar',
  'action.diagnosticsSaved': 'Diagnose gespeichert unter {path}',
  'action.diagnosticsFailed': 'Diagnose konnte nicht geschrieben werden: {error}',
  'action.startAtLoginOn': 'Die Bridge startet, wenn Sie sich anmelden',
  'action.startAtLoginOff': 'Die Bridge startet nicht mehr bei der Anmeldung',
  'action.startAtLoginFailed': 'Die Starteinstellung konnte nicht geändert werden: {error}',
  'plainError.notFound':
    'der Name {target} wurde nicht gefunden. Prüfen Sie die Adresse und ob dieser Computer mit dem Netzwerk oder Internet verbunden ist',
  'plainError.refused':
    '{target} hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob das Gerät oder der Dienst dort eingeschaltet ist',
  'plainError.timeout':
    '{target} hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerkkabel oder WLAN und ob das Gerät eingeschaltet ist',
  'plainError.noRoute': 'es gibt keinen Netzwerkweg zu {target}. Prüfen Sie die Netzwerkverbindung dieses Computers',
  'plainError.closed': '{target} hat die Verbindung unerwartet beendet',
  'plainError.missing': '{target} existiert nicht. Prüfen Sie, ob das Kabel eingesteckt und der Portname richtig ist',
  'plainError.notAllowed':
    'dieser Computer erlaubt der Bridge nicht, {target} zu öffnen. Fügen Sie unter Linux den Benutzer der Bridge der Gruppe „dialout“ hinzu',
  'plainError.inUse': '{target} wird von einem anderen Programm verwendet. Schließen Sie es oder stecken Sie das Gerät aus und wieder ein',
  'plainError.unverified':
    'die sichere Verbindung zu {target} konnte nicht überprüft werden. Prüfen Sie Datum und Uhrzeit dieses Computers',
  'plainError.sentence': '{words}.',
  'mews.cannotReach': 'Mews ist nicht erreichbar:',
  'mews.retryingAfter': '{problem}; neuer Versuch läuft',
  'mews.answers': 'Mews antwortet mit {status} — {words}; neuer Versuch läuft',
  'mews.anError': 'einem Fehler',
  'mews.http500': 'interner Serverfehler',
  'mews.http502': 'fehlerhaftes Gateway',
  'mews.http503': 'Dienst nicht verfügbar',
  'mews.http504': 'Zeitüberschreitung am Gateway',
  'mews.http429': 'zu viele Anfragen',
  'mews.http408': 'Zeitüberschreitung der Anfrage',
  'mews.requestRefused': 'die Anfrage wurde abgelehnt',
  'mews.noAnswerInTime': 'Mews antwortet nicht rechtzeitig; neuer Versuch läuft',
  'mews.unreadableAnswer': 'Mews antwortet in einer Form, die diese Bridge nicht lesen kann; neuer Versuch läuft',
  'mews.tokensRejected': 'Mews hat die Tokens abgelehnt (HTTP {status}): Prüfen Sie das Client- und das Access-Token',
  'mews.socketRefused': 'Mews hat die WebSocket-Verbindung abgelehnt (HTTP {status})',
  'mews.frameTooLarge':
    'Mews hat eine WebSocket-Nachricht mit mehr als {limit} Byte gesendet; die Verbindung wird neu aufgebaut und alle aktiven Aufträge werden neu gelesen',
  'mews.connectionClosed': 'Verbindung geschlossen ({code})',
  'mews.noPong': 'Mews antwortet nicht mehr (kein Pong)',
  'issue.simulationConnection':
    'Dies ist die eingebaute Simulation: Ihr Mews läuft auf diesem PC und kann nicht auf ein echtes Hotel umgestellt werden. Beenden Sie die Simulation und starten Sie die Bridge mit Ihrer Einstellungsdatei, um sich mit Mews zu verbinden.',
  'issue.tokensForNewAddress':
    'Geben Sie die Tokens für die neue Adresse ein: Gespeicherte Tokens werden nie an einen anderen Server gesendet',
  'issue.duplicateDeviceId': 'Ein anderes Gerät verwendet diese Mews-Geräte-ID bereits',
  'issue.deviceGone': 'Dieses Gerät gibt es nicht mehr',

  // desk-polish: Menü und Tooltip des Tray-Symbols der Desktop-App.
  'tray.open': 'Mews Device Bridge öffnen',
  'tray.pause': 'Aufträge anhalten',
  'tray.resume': 'Aufträge fortsetzen',
  'tray.reconnect': 'Neu mit Mews verbinden',
  'tray.openLogs': 'Protokoll öffnen',
  'tray.quit': 'Beenden',
  'tray.tip.starting': 'wird gestartet…',
  'tray.tip.offline': 'Offline: {reason}',
  'tray.tip.tokensRejected': 'Mews hat die Tokens abgelehnt',
  'tray.tip.notConnected': 'nicht mit Mews verbunden',
  'tray.tip.needsAttention': 'Bitte prüfen: {problems}',
  'tray.tip.mewsNotAnswering': 'Mews antwortet nicht',
  'tray.tip.device': '{device}: {detail}',
  'tray.tip.deviceOffline': 'offline',
  'tray.tip.deviceAttention': 'bitte prüfen',
  'tray.tip.failedCommands': '{count, plural, one {# fehlgeschlagener Auftrag} other {# fehlgeschlagene Aufträge}}',
  'tray.tip.whilePaused': '{text} (angehalten)',
  'tray.tip.connecting': 'Verbindung zu Mews wird hergestellt…',
  'tray.tip.paused': 'Angehalten: Aufträge warten in Mews, bis sie fortgesetzt werden',
  'tray.tip.allWell': 'Alles in Ordnung',

  'bridge.interrupted':
    'Unterbrochen – die Bridge wurde während der Ausführung beendet. Bitte das Gerät prüfen (wurde gedruckt / der Schlüssel codiert?), bevor der Vorgang wiederholt wird.',
  'bridge.timeoutFinish':
    '{device} wurde nicht innerhalb von {seconds, number} s fertig. Bitte das Gerät prüfen, bevor der Vorgang wiederholt wird.',
  'bridge.timeoutStart':
    '{device} hat nicht innerhalb von {seconds, number} s begonnen. Bitte prüfen, ob das Gerät eingeschaltet und angeschlossen ist.',
  'bridge.unexpected': 'Interner Fehler bei {device}; die Einzelheiten stehen im Protokoll der Bridge.',
  'bridge.checkDevice': 'Bitte das Gerät prüfen, bevor der Vorgang wiederholt wird.',
  'bridge.commandGone': 'Mews kennt diesen Auftrag nicht mehr.',
  'bridge.unreadable': 'Mews hat diesen Auftrag in einer Form gesendet, die die Bridge nicht lesen kann ({reason}). Bitte erneut senden.',

  'command.deviceTypeUnsupported': 'Der Gerätetyp „{type}“ wird von dieser Bridge nicht unterstützt.',
  'command.invalidPrintData': 'Ungültige Druckdaten von Mews ({issue}).',
  'command.invalidKeyData': 'Ungültige Schlüsseldaten von Mews ({issue}).',
  // note-format: what is wrong with a command's Data ({issue} above; src/bridge/data-issue-note.ts). {field} is the Mews field name.
  'dataIssue.missing': '{field} fehlt',
  'dataIssue.wrongType':
    '{field} muss {expected, select, number {eine Zahl} int {eine ganze Zahl} string {ein Text} array {eine Liste} object {ein Objekt} boolean {true oder false} other {von einem anderen Typ}} sein',
  'dataIssue.tooFewItems': '{field} braucht mindestens {minimum, plural, one {# Eintrag} other {# Einträge}}',
  'dataIssue.tooManyItems': '{field} darf höchstens {maximum, plural, one {# Eintrag} other {# Einträge}} haben',
  'dataIssue.tooShort': '{field} {minimum, plural, =1 {ist leer} other {muss mindestens # Zeichen lang sein}}',
  'dataIssue.tooLong': '{field} darf höchstens {maximum, plural, one {# Zeichen} other {# Zeichen}} lang sein',
  'dataIssue.tooLow': '{field} muss mindestens {minimum} sein',
  'dataIssue.tooHigh': '{field} darf höchstens {maximum} sein',
  'dataIssue.dateTime': '{field} ist kein Datum mit Uhrzeit und Zeitzonen-Versatz (ISO 8601, z. B. 2026-11-30T14:00:00Z)',
  'dataIssue.invalid': '{field} ist ungültig',
  'command.documentTooLargeToRead':
    'Das von Mews gesendete Dokument ist etwa {size, number} MB groß, mehr als die Bridge von Mews liest (ein Viertel von mews.maxResponseBytes); es wurde nicht gelesen.',
  'command.documentTooLarge':
    'Das von Mews gesendete Dokument ist etwa {size, number} MB groß, mehr als die {limit, number} MB, die dieser Drucker annimmt. Bitte ein kürzeres Dokument drucken oder die Größengrenze des Druckers erhöhen.',
  'command.documentCorrupt': 'Das von Mews gesendete Dokument ist beschädigt (ungültige Base64-Daten).',
  'command.documentEmpty': 'Das von Mews gesendete Dokument ist leer.',
  'command.documentNotPdf': 'Mews hat ein Dokument vom Typ „{type}“ gesendet; diese Bridge druckt nur PDF-Dokumente.',
  'command.keyDataJsonInvalid': 'Das in Mews eingerichtete „Data JSON“ des Kartencodierers ist kein gültiges JSON.',
  'command.keyDatesReversed': 'Die Gültigkeit des Schlüssels endet, bevor sie beginnt. Bitte die Reservierungsdaten prüfen.',
  'command.noLockType':
    'Im Data JSON des Kartencodierers in Mews fehlt „Type“. Für Salto \'{"Type":"IndustryStandardProtocol"}\' eintragen, für dormakaba / Messerschmitt \'{"Type":"FiasProtocol"}\'.',
  'command.lockTypeUnsupported':
    'Das Schließprotokoll „{type}“ (Type im Data JSON des Kartencodierers) wird von dieser Bridge nicht unterstützt. Unterstützt: IndustryStandardProtocol (Salto) und FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'Das Gerät „{device}“ wurde aus dieser Bridge entfernt, bevor der Auftrag ausgeführt wurde.',

  // mews-status: the connection without Mews tokens (src/bridge/bridge-core.ts): nothing is sent until they are set.
  'mews.tokensMissing':
    'Keine Mews-Tokens gesetzt, daher verbindet sich die Bridge nicht: Tragen Sie das Client-Token und das Access-Token in der Ansicht „Verbindung“ ein oder setzen Sie für einen Dienst ohne Oberfläche MEWS_CLIENT_TOKEN und MEWS_ACCESS_TOKEN.',
  // Key cards, shared by the lock drivers (src/devices/lock). {rooms} is lock.rooms, rendered in the same language.
  'lock.rooms': '{count, plural, one {Zimmer {list}} other {Zimmer {list}}}',
  'lock.checkCard': 'Bitte die Karte am Codierer oder an der Tür prüfen; funktioniert sie nicht, den Schlüssel erneut ausstellen.',
  'lock.mayHaveEncoded': 'Die Schlüsselanfrage wurde an {target} gesendet, aber {reason}; die Karte ist möglicherweise schon codiert.',
  'lock.commandStopped': 'der Auftrag wurde abgebrochen',
  'lock.someMayBeEncoded': 'Einige der {count, number} Karten sind möglicherweise schon codiert; bitte zuerst prüfen.',
  'lock.keyModeUnknown':
    'Der Schlüsselmodus „{mode}“ im Data JSON des Kartencodierers ist unbekannt; bitte New, Duplicate oder CheckOut verwenden.',
  'lock.noRoom': 'Der Schlüsselbefehl nennt kein Zimmer (LockIds ist leer).',
  'lock.tooManyRooms':
    'Dieses Schließsystem nimmt höchstens {max, plural, one {# Zimmer} other {# Zimmer}} pro Schlüssel an; der Auftrag nennt {count, number} ({list}).',
  'lock.keyCountImpossible': 'Die Schlüsselanzahl {count} ist nicht möglich; bitte 1 bis 9 Schlüssel anfordern.',
  'lock.invalidTimes': 'Der Schlüsselbefehl hat eine ungültige Start- oder Endzeit.',
  'lock.expiresBeforeValid': 'Der Schlüssel würde ablaufen, bevor er gültig wird (die Endzeit liegt nicht nach der Startzeit).',
  'lock.noEncoder':
    'Kein Codierer angegeben: bitte den Identifier des Kartencodierers in Mews oder den Codierer in den Einstellungen dieses Geräts festlegen.',
  'lock.apiUrlInvalid':
    'Die API URL „{url}“ des Kartencodierers ist keine Schließserver-Adresse wie {example}. Bitte in der Kartencodierer-Integration in Mews korrigieren.',
  'lock.apiUrlEmpty':
    'Die API URL des Kartencodierers ist leer; erwartet wird eine Schließserver-Adresse wie {example}. Bitte in der Kartencodierer-Integration in Mews korrigieren.',
  'lock.cannotPrint': 'Ein Schlüsselcodierer kann keine Dokumente drucken; Druckaufträge bitte an einen Drucker senden.',
  'lock.noReply': 'innerhalb von {seconds, number} s kam keine Antwort',
  'lock.linkClosed': 'die Verbindung wurde geschlossen',
  'lock.linkClosedWith': 'die Verbindung wurde geschlossen ({detail})',
  'lock.linkLost': 'die Verbindung ist abgebrochen',
  'lock.linkLostWith': 'die Verbindung ist abgebrochen ({detail})',

  // Salto (Industry Standard Protocol).
  'salto.encodedNew':
    '{count, plural, one {Neuer Schlüssel} other {# neue Schlüssel}} für {rooms} auf Codierer „{encoder}“ codiert, gültig {from} – {until} (Zeit des Schließsystems).',
  'salto.encodedCopy':
    '{count, plural, one {Kopie des Schlüssels} other {# Schlüsselkopien}} für {rooms} auf Codierer „{encoder}“ codiert, gültig {from} – {until} (Zeit des Schließsystems).',
  'salto.mobileNew':
    'Mobiler Schlüssel für {rooms} über Salto an das Telefon des Gastes gesendet, gültig {from} – {until} (Zeit des Schließsystems).',
  'salto.mobileCopy':
    'Kopie des mobilen Schlüssels für {rooms} über Salto an das Telefon des Gastes gesendet, gültig {from} – {until} (Zeit des Schließsystems).',
  'salto.checkedOut': '{rooms} im Salto-System ausgecheckt; die Gästekarten öffnen die Tür nicht mehr.',
  'salto.target': 'die Salto-Schnittstelle unter {address}',
  'salto.targetPlain': 'die Salto-Schnittstelle',
  'salto.unclearAnswer': 'sie antwortete „{answer}“, was diese Bridge nicht versteht',
  'salto.interfaceFailed': 'Salto-Schnittstelle unter {address}: {error}',
  'salto.notStarted': 'Der Salto-Codierertreiber ist nicht gestartet.',
  'salto.serialUnavailable':
    'Die serielle Schnittstelle {path} zur Salto-Schnittstelle ist nicht verfügbar. Bitte Kabel und Port-Einstellung prüfen.',
  'salto.noListen':
    'Salto Industry Standard kann keinen lauschenden Port verwenden; bitte für diesen Codierer eine TCP- oder serielle Verbindung einstellen.',
  'salto.noAddress':
    'Noch keine Adresse des Schließservers bekannt: Sie kommt mit dem ersten Schlüsselbefehl von Mews, oder bitte eine Verbindung für diesen Codierer einstellen.',
  'salto.unreachable':
    'Die Salto-Schnittstelle unter {address} ist nicht erreichbar ({error}). Bitte prüfen, ob der Salto-PC eingeschaltet und sein PMS-TCP-Port aktiviert ist.',
  'salto.noAnswer': 'Die Salto-Schnittstelle unter {address} antwortet nicht. Bitte prüfen, ob der Salto-PMS-Dienst läuft.',
  'salto.closedEarly':
    'Die Salto-Schnittstelle unter {address} hat die Verbindung geschlossen, bevor die Schlüsselanfrage gesendet wurde. Bitte den Schlüssel erneut ausstellen.',
  'salto.busy':
    'Die Salto-Schnittstelle ist beschäftigt und nicht bereit für eine neue Schlüsselanfrage. Bitte kurz warten und den Schlüssel erneut ausstellen.',
  'salto.nak':
    'Die Salto-Schnittstelle hat die Schlüsselanfrage {count, plural, one {# Mal} other {# Mal}} abgelehnt (NAK); keine Karte wurde codiert. Bitte den Schlüssel erneut ausstellen; schlägt es weiter fehl, die Salto-PMS-Einstellungen prüfen.',
  'salto.mobileBadPhone':
    'Kein mobiler Schlüssel gesendet: Die Telefonnummer des Gastes ist keine vollständige internationale Nummer (sie muss mit + und der Ländervorwahl beginnen). Bitte in der Reservierung korrigieren und erneut versuchen.',
  'salto.mobileNoPhone':
    'Kein mobiler Schlüssel gesendet: Die Reservierung enthält keine Telefonnummer des Gastes. Bitte eine hinzufügen (mit + und Ländervorwahl) und erneut versuchen.',
  'salto.error.ES':
    'Die Salto-Schnittstelle hat die Schlüsselanfrage als fehlerhaft abgelehnt (Syntaxfehler). Bitte die in Mews und Salto eingerichteten Namen von Codierer und Zimmern prüfen.',
  'salto.error.NC':
    'Der Codierer „{encoder}“ antwortet dem Salto-System nicht (ausgeschaltet oder getrennt). Bitte Stromversorgung und Netzwerkkabel prüfen, dann den Schlüssel erneut ausstellen.',
  'salto.error.NF':
    'Die Salto-PC-Schnittstelle findet ihre Datenbank nicht. Bitte den Salto-Administrator bitten, den Salto-Server zu prüfen.',
  'salto.error.OV':
    'Der Codierer „{encoder}“ ist noch mit einer vorherigen Karte beschäftigt. Bitte kurz warten, dann den Schlüssel erneut ausstellen.',
  'salto.error.EP':
    'Die Karte im Codierer „{encoder}“ wurde nicht gefunden oder ist falsch herum eingelegt. Bitte die Karte neu einlegen und den Schlüssel erneut ausstellen.',
  'salto.error.EF':
    'Die Karte im Codierer „{encoder}“ ist beschädigt oder gehört zu einem anderen System. Bitte eine andere Karte verwenden und den Schlüssel erneut ausstellen.',
  'salto.error.TD':
    'Das Schließsystem kennt {rooms} nicht. Bitte prüfen, ob der Zimmername in Mews mit dem Türnamen in Salto übereinstimmt.',
  'salto.error.ED':
    'Keine Karte rechtzeitig in den Codierer „{encoder}“ eingelegt. Bitte eine Karte einlegen und den Schlüssel erneut ausstellen.',
  'salto.error.EA':
    'Salto hat eine Kopie abgelehnt, weil für {rooms} im Schließsystem bereits ausgecheckt wurde. Bitte stattdessen einen neuen Schlüssel ausstellen.',
  'salto.error.OS':
    'Das Schließsystem führt {rooms} als außer Betrieb. Bitte ein anderes Zimmer wählen oder es in Salto wieder in Betrieb nehmen.',
  'salto.error.EO':
    'Für {rooms} wird gerade an einer anderen Station eine Gästekarte codiert. Bitte warten, bis dies abgeschlossen ist, dann erneut versuchen.',
  'salto.error.EV':
    'Die Karte im Codierer „{encoder}“ gehört zu einem gültigen Mitarbeiter und kann nicht überschrieben werden. Bitte eine leere Gästekarte verwenden.',
  'salto.error.EG': 'Das Salto-System hat einen allgemeinen Fehler gemeldet. Bitte die Karte prüfen, dann den Schlüssel erneut ausstellen.',
  'salto.error.EGDetail':
    'Das Salto-System hat einen allgemeinen Fehler gemeldet: {detail}. Bitte die Karte prüfen, dann den Schlüssel erneut ausstellen.',

  // FIAS lock systems (dormakaba Saflok, Messerschmitt).
  'fias.encodedNew':
    '{count, plural, one {Neuer Schlüssel} other {# neue Schlüssel}} für {rooms} auf Codierer „{encoder}“ codiert, gültig bis {until} (Zeit des Schließsystems).',
  'fias.encodedDuplicate':
    '{count, plural, one {Zweitschlüssel} other {# Zweitschlüssel}} für {rooms} auf Codierer „{encoder}“ codiert, gültig bis {until} (Zeit des Schließsystems).',
  'fias.checkedOut': '{rooms}: Schlüssel im Schließsystem gelöscht.',
  'fias.target': 'das Schließsystem ({endpoint})',
  'fias.otherAnswer':
    'seine Antwort galt einer anderen Anfrage (Arbeitsplatz {ws}, {date} {time}; diese Anfrage: Arbeitsplatz {ourWs}, {ourDate} {ourTime})',
  'fias.noStatus': 'seine Antwort hatte keinen Status (AS)',
  'fias.stopped': 'Der FIAS-Codierertreiber ist gestoppt.',
  'fias.notConnected':
    'Das Schließsystem ist nicht über FIAS verbunden ({endpoint}). Bitte prüfen, ob die FIAS-Schnittstelle des Schließservers läuft und auf diesen PC eingestellt ist, dann den Schlüssel erneut ausstellen.',
  'fias.refused': 'Das Schließsystem hat den Schlüssel für {rooms} auf Codierer „{encoder}“ abgelehnt (Antwort {status}).',
  'fias.refusedNoStatus': 'Das Schließsystem hat den Schlüssel für {rooms} auf Codierer „{encoder}“ abgelehnt (Antwort ohne Status).',
  'fias.lockSays': 'Meldung des Schließsystems: „{text}“.',
  'fias.answer.BY': 'Der Codierer „{encoder}“ ist beschäftigt. Bitte kurz warten, dann den Schlüssel erneut ausstellen.',
  'fias.answer.NR':
    'Der Codierer „{encoder}“ hat dem Schließsystem nicht geantwortet. Bitte prüfen, ob er eingeschaltet und angeschlossen ist.',
  'fias.answer.UR':
    'Das Schließsystem konnte die Schlüsselanfrage für {rooms} nicht verarbeiten. Bitte Zimmer und Codierer in Mews und im Schließsystem prüfen.',
  'fias.answer.RY': 'Das Schließsystem bittet um einen neuen Versuch. Bitte den Schlüssel erneut ausstellen.',
  'fias.answer.NF':
    'Das Schließsystem unterstützt diese Anfrage nicht. Bitte die FIAS-Schnittstelleneinstellungen des Schließsystems prüfen.',
  'fias.answer.NM': 'Das Schließsystem kennt {rooms} nicht. Bitte prüfen, ob die Zimmernummer in Mews mit dem Schließsystem übereinstimmt.',
  'fias.answer.DE': 'Das Schließsystem hat die Anfragedaten abgelehnt. Bitte Zimmer und Daten der Reservierung prüfen.',
  'fias.answer.TO':
    'Keine Karte rechtzeitig in den Codierer „{encoder}“ eingelegt. Bitte eine Karte einlegen und den Schlüssel erneut ausstellen.',
  'fias.reconnected': 'das Schließsystem hat sich inzwischen neu verbunden',
  'fias.linkLost': 'die Verbindung zum Schließsystem ist abgebrochen',
  'fias.linkDown': 'das Schließsystem ist nicht verbunden',
  'fias.cannotListen':
    'Die Bridge kann auf {address} keine Verbindungen vom Schließsystem annehmen: {reason}. Bitte den Port in den Einstellungen dieses Codierers und in den FIAS-Einstellungen des Schließsystems prüfen.',
  'fias.portInUse': 'ein anderes Programm verwendet diesen Port bereits',
  'fias.portNotAllowed': 'dieser Computer erlaubt der Bridge nicht, diesen Port zu verwenden',
  'fias.addressNotHere': 'diese Adresse gehört nicht zu diesem Computer',
  'fias.endpointSerial': 'serielle Schnittstelle {path}',
  'fias.endpointPort': 'Port {port}',

  // Printers: ESC/POS receipt printers (src/devices/escpos) and the PDF checks every printer shares (src/devices/pdf).
  'print.copiesOutOfRange': '{copies} Exemplare können nicht gedruckt werden; bitte zwischen 1 und {max, number} wählen.',
  'print.cannotEncode': '{device} ist ein Drucker und kann keine Schlüssel codieren.',
  'escpos.cannotEncode': '{device} ist ein Bondrucker und kann keine Schlüssel codieren.',
  'escpos.printed': '{pages, plural, one {# Seite} other {# Seiten}}{copies, plural, =1 {} other { × # Exemplare}} auf {device} gedruckt.',
  'escpos.busy': 'Der Drucker „{device}“ druckt gerade ein anderes Dokument.',
  'escpos.disconnectedWhilePrinting': 'Die Verbindung zum Drucker „{device}“ wurde während des Drucks getrennt.',
  'escpos.checkAndReprint': 'Bitte den Drucker prüfen und bei Bedarf erneut drucken.',
  'escpos.notConnected': 'Der Drucker „{device}“ ist nicht verbunden: {reason}.',
  'escpos.notConnectedNoReason':
    'Der Drucker „{device}“ ist nicht verbunden. Bitte prüfen, ob er eingeschaltet und sein Kabel bzw. Netzwerk angeschlossen ist.',
  'escpos.notResponding': 'Der Drucker „{device}“ antwortet nicht; bitte prüfen, ob er eingeschaltet ist.',
  'escpos.paperOut': 'Beim Drucker „{device}“ ist das Papier leer.',
  'escpos.coverOpen': 'Beim Drucker „{device}“ ist die Abdeckung offen.',
  'escpos.cutterJam': 'Beim Drucker „{device}“ gibt es einen Papierstau am Abschneider.',
  'escpos.error': 'Der Drucker „{device}“ meldet einen Fehler.',
  'escpos.offline': 'Der Drucker „{device}“ ist offline.',
  'escpos.stoppedAt':
    'Der Druck wurde bei {where} angehalten; bitte Papier nachlegen und erneut drucken, wenn der Beleg unvollständig ist.',
  'escpos.wherePage': 'Seite {page, number} von {pages, number}',
  'escpos.wherePageCopy': 'Seite {page, number} von {pages, number}, Exemplar {copy, number} von {copies, number}',
  'escpos.whereEnd': 'Belegende',
  'pdf.empty': 'Das zu druckende Dokument ist leer. Bitte erneut senden.',
  'pdf.tooLarge': 'Das Dokument ist zu groß zum Drucken ({size, number} MB; dieser Drucker nimmt höchstens {limit, number} MB an).',
  'pdf.notPdf': 'Das zu druckende Dokument ist keine PDF-Datei; es wurde nichts gedruckt.',
  'pdf.tooManyPages': 'Das Dokument hat {pages, number} Seiten; dieser Drucker ist auf höchstens {max, number} eingestellt.',
  'pdf.pageTooLong': 'Seite {page, number} des Dokuments ist zu lang für einen Bondrucker.',
  'pdf.pageDamaged':
    'Seite {page, number} des Dokuments ist beschädigt und kann nicht gedruckt werden. (Meldung des PDF-Lesers, für den Support: {error})',
  'pdf.passwordProtected': 'Das Dokument ist kennwortgeschützt und kann nicht gedruckt werden. Bitte ohne Kennwort senden.',
  'pdf.damaged':
    'Das Dokument ist beschädigt oder unvollständig und kann nicht gedruckt werden. Bitte erneut senden. (Meldung des PDF-Lesers, für den Support: {error})',
  'pdf.rendererStopped':
    'Das Dokument konnte nicht für den Druck vorbereitet werden: Der PDF-Renderer wurde beendet ({reason}). Bitte erneut senden; schlägt es wieder fehl, ist das Dokument womöglich zu komplex zum Drucken.',
  'pdf.exitCode': 'Exit-Code {code}',
  'pdf.unknownReason': 'Grund unbekannt',
  'escpos.copiesSent': '{done, number} von {total, number} Exemplaren waren bereits vollständig gesendet.',
  'escpos.copiesSentRetryAll':
    '{done, number} von {total, number} Exemplaren waren bereits vollständig gesendet; „Wiederholen“ druckt alle erneut.',
  // How a document went onto the receipt paper and what did not print (src/devices/pdf/render-report.ts).
  'render.turnedAll': 'Das Dokument wurde um 90° gedreht und längs auf das Papier gedruckt.',
  'render.turnedPages':
    '{count, plural, one {Seite {pages} wurde um 90° gedreht und längs auf das Papier gedruckt.} other {Die Seiten {pages} wurden um 90° gedreht und längs auf das Papier gedruckt.}}',
  'render.onPages': '{count, plural, one {auf Seite {list}} other {auf den Seiten {list}}}',
  'render.smallText':
    'Das Dokument hat kein Bonformat: Sein Text wurde {where} nur etwa {mm, number, ::.0} mm hoch gedruckt und ist womöglich schwer lesbar.',
  'render.missingChars':
    'Nicht gedruckt: {count, plural, one {# Zeichen ({scripts}) {where}, für das keine Schrift installiert oder im Dokument eingebettet ist.} other {# Zeichen ({scripts}) {where}, für die keine Schrift installiert oder im Dokument eingebettet ist.}}',
  'render.imageNotDecoded': 'Nicht gedruckt: ein Bild, das nicht gelesen werden konnte.',
  'render.imageNotDecodedOn': 'Nicht gedruckt: ein Bild {where}, das nicht gelesen werden konnte.',
  'render.fontNotLoaded': 'Möglicherweise fehlt Text: Eine Schrift des Dokuments konnte nicht geladen werden.',
  'render.fontNotLoadedOn': 'Möglicherweise fehlt Text {where}: Eine Schrift des Dokuments konnte nicht geladen werden.',
  'render.script.han': 'chinesisch/japanisch',
  'render.script.kana': 'japanisch',
  'render.script.hangul': 'koreanisch',
  'render.script.cyrillic': 'kyrillisch',
  'render.script.greek': 'griechisch',
  'render.script.arabic': 'arabisch',
  'render.script.hebrew': 'hebräisch',
  'render.script.thai': 'thailändisch',
  'render.script.devanagari': 'Devanagari',
  'render.script.latin': 'lateinisch',
  'render.script.other': 'sonstige',

  // Printers of this computer (src/devices/system): CUPS / IPP and the Windows spooler. The print system's own words stay as they are.
  'system.printed': 'Auf {printer} gedruckt{copies, plural, =1 {} other { × # Exemplare}}.',
  'system.handedToSpooler': 'An die Windows-Druckwarteschlange für {printer} übergeben{copies, plural, =1 {} other { × # Exemplare}}.',
  // note-format: the printer named in system.printed / system.handedToSpooler, in the language's quotation marks.
  'system.printerName': '„{name}“',
  'system.printerNameAndUri': '„{name}“ ({uri})',
  'system.leftOut': 'Weggelassen, was der Drucker nicht kann: {list}.',
  'system.noPrinterName':
    'Mews hat keinen Druckernamen gesendet und für dieses Gerät ist kein Drucker gewählt. Bitte den Drucker in den Geräteeinstellungen wählen.',
  'system.notAccepting':
    'Der Drucker „{printer}“ nimmt keine Aufträge an (er ist in den Druckeinstellungen dieses Computers auf Ablehnen gestellt). Bitte Aufträge zulassen, dann erneut aus Mews drucken.',
  'system.cancelled':
    'Der Druckauftrag wurde am Drucker oder in der Druckwarteschlange dieses Computers abgebrochen. Bitte erneut aus Mews drucken, falls das Dokument noch benötigt wird.',
  'system.cancelledWith':
    'Der Druckauftrag wurde am Drucker oder in der Druckwarteschlange dieses Computers abgebrochen ({detail}). Bitte erneut aus Mews drucken, falls das Dokument noch benötigt wird.',
  'system.aborted': 'Der Drucker „{printer}“ konnte das Dokument nicht drucken. Bitte den Drucker prüfen, dann erneut aus Mews drucken.',
  'system.abortedWith':
    'Der Drucker „{printer}“ konnte das Dokument nicht drucken ({detail}). Bitte den Drucker prüfen, dann erneut aus Mews drucken.',
  'system.printerProblem': 'Der Drucker „{printer}“ {problems}.',
  'system.reason.media-empty': 'hat kein Papier mehr',
  'system.reason.media-needed': 'braucht Papier',
  'system.reason.media-low': 'hat wenig Papier',
  'system.reason.media-jam': 'hat einen Papierstau',
  'system.reason.door-open': 'hat eine offene Klappe oder Abdeckung',
  'system.reason.cover-open': 'hat eine offene Abdeckung',
  'system.reason.toner-empty': 'hat keinen Toner mehr',
  'system.reason.marker-supply-empty': 'hat keine Tinte bzw. keinen Toner mehr',
  'system.reason.toner-low': 'hat wenig Toner',
  'system.reason.marker-supply-low': 'hat wenig Tinte bzw. Toner',
  'system.reason.input-tray-missing': 'hat ein herausgezogenes Papierfach',
  'system.reason.output-area-full': 'hat ein volles Ausgabefach',
  'system.reason.offline': 'ist offline',
  'system.reason.connecting-to-device': 'ist nicht erreichbar',
  'system.reason.shutdown': 'ist ausgeschaltet',
  'system.reason.paused': 'ist in den Druckeinstellungen dieses Computers angehalten',
  'system.reason.moving-to-paused': 'wird gerade angehalten',
  'system.reason.other': 'meldet ein Problem',
  'system.reason.unknown': 'meldet „{keyword}“',
  'system.action.media-empty': 'Bitte das Papierfach auffüllen.',
  'system.action.media-needed': 'Bitte Papier in das angeforderte Fach einlegen.',
  'system.action.media-low': 'Bitte bald Papier nachlegen.',
  'system.action.media-jam': 'Bitte den Drucker öffnen und das gestaute Papier entfernen.',
  'system.action.door-open': 'Bitte die Klappe des Druckers schließen.',
  'system.action.cover-open': 'Bitte die Abdeckung des Druckers schließen.',
  'system.action.toner-empty': 'Bitte die Tonerkartusche ersetzen.',
  'system.action.marker-supply-empty': 'Bitte die Patrone bzw. Kartusche ersetzen.',
  'system.action.toner-low': 'Bitte eine Tonerkartusche bereithalten.',
  'system.action.marker-supply-low': 'Bitte eine Ersatzpatrone bereithalten.',
  'system.action.input-tray-missing': 'Bitte das Papierfach wieder einschieben.',
  'system.action.output-area-full': 'Bitte das Ausgabefach leeren.',
  'system.action.offline': 'Bitte prüfen, ob der Drucker eingeschaltet und angeschlossen ist.',
  'system.action.connecting-to-device': 'Bitte prüfen, ob der Drucker eingeschaltet und mit dem Netzwerk verbunden ist.',
  'system.action.shutdown': 'Bitte den Drucker einschalten.',
  'system.action.paused': 'Bitte den Drucker in den Druckeinstellungen fortsetzen.',
  'system.action.other': 'Bitte die Anzeige des Druckers prüfen.',
  'system.printsWhenReady': 'Das Dokument wird gedruckt, sobald der Drucker bereit ist.',
  'system.takenOffQueue':
    'Das Dokument wurde nach {seconds, plural, one {# Sekunde} other {# Sekunden}} Wartezeit aus der Druckwarteschlange genommen und wird nicht nachträglich gedruckt; bitte erneut aus Mews drucken, sobald der Drucker bereit ist.',
  'system.held': 'Die Druckwarteschlange von „{printer}“ hält das Dokument zurück ({why}).',
  'system.heldNoReason': 'Die Druckwarteschlange von „{printer}“ hält das Dokument zurück.',
  'system.releaseHeld': 'Bitte es in den Druckeinstellungen dieses Computers freigeben; dann wird es gedruckt.',
  'system.notFound': 'Auf diesem Computer gibt es keinen Drucker namens „{printer}“.',
  'system.printersHere': 'Drucker dieses Computers: {list}.',
  'system.noPrinters': 'Auf diesem Computer ist kein Drucker eingerichtet.',
  'system.printerItem': '„{name}“{isDefault, select, yes { (Standard)} other {}}',
  'system.printerItemInfo': '„{name}“ ({info}){isDefault, select, yes { (Standard)} other {}}',
  'system.fixPrinterName': 'Bitte den Druckernamen in Mews korrigieren oder den Drucker in den Einstellungen dieses Geräts wählen.',
  'system.cupsDown':
    'Der Druckdienst dieses Computers (CUPS) läuft nicht oder ist nicht erreichbar. Bitte ihn starten (Linux: „systemctl start cups“; macOS: Systemeinstellungen → Drucker & Scanner), dann erneut aus Mews drucken.',
  'system.cupsDownAt':
    'Der Druckdienst dieses Computers (CUPS unter {address}) läuft nicht oder ist nicht erreichbar. Bitte ihn starten (Linux: „systemctl start cups“; macOS: Systemeinstellungen → Drucker & Scanner), dann erneut aus Mews drucken.',
  'system.printerUnreachable':
    'Der Drucker unter {uri} ist nicht erreichbar. Bitte prüfen, ob er eingeschaltet und mit dem Netzwerk verbunden ist.',
  'system.nothingPrinted': 'Es wurde nichts gedruckt.',
  'system.handedOverCheckQueue': 'Das Dokument war bereits übergeben; bitte die Druckwarteschlange prüfen, bevor es erneut gedruckt wird.',
  'system.cupsRefusedList': 'Der Druckdienst hat die Liste der Drucker verweigert ({error}).',
  'system.listFailed': 'Die Drucker dieses Computers konnten nicht aufgelistet werden ({error}).',
  'system.windowsListFailed': 'Die Windows-Drucker konnten nicht aufgelistet werden ({error}).',
  'system.programNotFound': 'Programm nicht gefunden',
  'system.jobForgotten': 'der Drucker kennt diesen Auftrag nicht mehr',
  'system.jobEndUnknown':
    'Der Druckdienst hat nicht mitgeteilt, wie Druckauftrag {job} auf „{printer}“ geendet hat ({error}). Bitte den Drucker prüfen, bevor erneut gedruckt wird.',
  'system.refused': 'Der Drucker „{printer}“ hat das Dokument abgelehnt ({error}).',
  'system.serviceRefused': 'Der Druckdienst hat das Dokument abgelehnt ({error}).',
  'system.droppedSetting': '{setting} „{value}“ (der Drucker bietet {offered})',
  'system.setting.sides': 'ein- oder beidseitiger Druck',
  'system.setting.colorMode': 'Farbmodus',
  'system.setting.media': 'Papierformat',
  'system.setting.mediaSource': 'Papierfach',
  'system.rawUnavailable':
    'Das Drucksystem dieses Computers ({system}) kann Belege nicht unverändert an eine Druckwarteschlange senden; bitte den Bondrucker stattdessen per USB, serielles Kabel oder Netzwerk anschließen.',
  'system.receiptCancelled': 'Der Beleg wurde in der Druckwarteschlange „{queue}“ abgebrochen.',
  'system.receiptStopped': 'Das Drucksystem hat den Beleg in der Druckwarteschlange „{queue}“ angehalten.',
  'system.receiptTimedOut':
    'Der Beleg wurde in der Druckwarteschlange „{queue}“ nicht rechtzeitig gedruckt und aus der Warteschlange genommen.',
  'system.printSystemSays': 'Meldung des Drucksystems: „{detail}“.',
  'system.printAgainIfNeeded': 'Bei Bedarf bitte erneut aus Mews drucken.',
  'system.checkThenPrintAgain': 'Bitte den Drucker prüfen, dann erneut aus Mews drucken.',
  'system.receiptHandedOver': 'Der Beleg war bereits übergeben; bitte den Drucker prüfen, bevor erneut gedruckt wird.',
  'system.queueNotAccepting': 'die Druckwarteschlange nimmt keine Aufträge an',
  'system.queueMissing': 'dieser Computer hat keine Druckwarteschlange „{queue}“; seine Drucker: {printers}',
  'system.queueMissingNone': 'dieser Computer hat keine Druckwarteschlange „{queue}“ und keine eingerichteten Drucker',
  'system.printServiceDown': 'der Druckdienst dieses Computers ist nicht erreichbar',
  'system.windowsFailed':
    'Windows konnte nicht auf „{printer}“ drucken ({error}). Bitte den Drucker unter Windows-Einstellungen → Drucker & Scanner prüfen, dann erneut aus Mews drucken.',
  'system.legacyDriver': 'Mews nennt den Druckertreiber „{sent}“, aber „{printer}“ verwendet „{actual}“.',
  'system.legacyPort': 'Mews nennt den Anschluss „{sent}“, aber „{printer}“ ist an „{actual}“ angeschlossen.',
  'system.legacyPrintedByName': 'Anhand des Namens auf „{printer}“ gedruckt; in Mews Druckertreiber und Anschluss bitte leer lassen.',
  'summary.print': '{copies, plural, one {Druck · # Exemplar} other {Druck · # Exemplare}}',
  'summary.printInvalid': 'Druck',
  'summary.keys': '{count, plural, one {# Schlüssel} other {# Schlüssel}} · Zimmer {rooms}',
  'summary.keyInvalid': 'Schlüssel',
  'summary.unreadable': 'Unlesbarer Auftrag',
  'summary.failedTitle': '{device}: Auftrag fehlgeschlagen',
};
