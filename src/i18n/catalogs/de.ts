import type { Catalog } from './en.js';

/** German notes (Deutsch): impersonal instructions ("Bitte … prüfen"), as front-desk software usually writes them. */
export const de: Catalog = {
  'bridge.interrupted':
    'Unterbrochen – die Bridge wurde während der Ausführung beendet. Bitte das Gerät prüfen (wurde gedruckt / der Schlüssel codiert?), bevor der Vorgang wiederholt wird.',
  'bridge.timeoutFinish':
    '{device} wurde nicht innerhalb von {seconds, number} s fertig. Bitte das Gerät prüfen, bevor der Vorgang wiederholt wird.',
  'bridge.timeoutStart':
    '{device} hat nicht innerhalb von {seconds, number} s begonnen. Bitte prüfen, ob das Gerät eingeschaltet und angeschlossen ist.',
  'bridge.unexpected': 'Unerwarteter Fehler bei {device}: {error}',
  'bridge.checkDevice': 'Bitte das Gerät prüfen, bevor der Vorgang wiederholt wird.',
  'bridge.commandGone': 'Mews kennt diesen Befehl nicht mehr.',
  'bridge.unreadable': 'Mews hat diesen Befehl in einer Form gesendet, die die Bridge nicht lesen kann ({reason}). Bitte erneut senden.',

  'command.deviceTypeUnsupported': 'Der Gerätetyp „{type}“ wird von dieser Bridge nicht unterstützt.',
  'command.invalidPrintData': 'Ungültige Druckdaten von Mews ({issue}).',
  'command.invalidKeyData': 'Ungültige Schlüsseldaten von Mews ({issue}).',
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
  'bridge.deviceRemoved': 'Das Gerät „{device}“ wurde aus dieser Bridge entfernt, bevor der Befehl ausgeführt wurde.',
};
