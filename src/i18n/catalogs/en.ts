/**
 * English notes: the reference catalog. Every other language has exactly these keys and the same
 * placeholders (test/i18n/catalogs.test.ts). ICU MessageFormat: `{name}` is filled in as it is,
 * `{n, number}` in the language's digits, `{n, plural, one {…} other {…}}` by CLDR plural rules (`#` is the
 * number). Device, encoder and printer names, Mews field names and the lock system's words stay as they are.
 */
export const en = {
  // status-text: core-made text the UI shows (device status details and addresses, the connection, action results,
  // Test print / Test encode results, notices), rendered by the UI in its language (renderer/src/i18n/note-text.ts).
  'status.disabled': 'Disabled',
  'status.paperOut': 'Paper out',
  'status.coverOpen': 'Cover open',
  'status.cutterJammed': 'Cutter jammed',
  'status.printerError': 'Printer error',
  'status.offline': 'Offline',
  'status.paperLow': 'Paper running low',
  'action.paused': 'Paused: new commands wait until you resume',
  'action.resumed': 'Resumed',

  // desk-polish: the desktop app's tray menu and tooltip (electron/bridge-tray.ts, electron/tray-state.ts).
  // The tooltip is "Mews Device Bridge — " and one of the tray.tip.* texts.
  'tray.open': 'Open Mews Device Bridge',
  'tray.pause': 'Pause commands',
  'tray.resume': 'Resume commands',
  'tray.reconnect': 'Reconnect to Mews',
  'tray.openLogs': 'Open logs',
  'tray.quit': 'Quit',
  'tray.tip.starting': 'starting…',
  'tray.tip.offline': 'Offline: {reason}',
  'tray.tip.tokensRejected': 'Mews rejected the tokens',
  'tray.tip.notConnected': 'not connected to Mews',
  'tray.tip.needsAttention': 'Needs attention: {problems}',
  'tray.tip.mewsNotAnswering': 'Mews is not answering',
  'tray.tip.device': '{device}: {detail}',
  'tray.tip.deviceOffline': 'offline',
  'tray.tip.deviceAttention': 'needs attention',
  'tray.tip.failedCommands': '{count, plural, one {# failed command} other {# failed commands}}',
  'tray.tip.whilePaused': '{text} (paused)',
  'tray.tip.connecting': 'Connecting to Mews…',
  'tray.tip.paused': 'Paused: commands wait in Mews until resumed',
  'tray.tip.allWell': 'All well',

  // The bridge (src/bridge): what happened to the command.
  'bridge.interrupted':
    'Interrupted — the bridge stopped while this was running. Check the device (was it printed / was the key encoded?) before retrying.',
  'bridge.timeoutFinish': '{device} did not finish within {seconds, number} s. Check the device before retrying.',
  'bridge.timeoutStart': '{device} did not start within {seconds, number} s. Check that it is switched on and connected.',
  'bridge.unexpected': 'Internal error on {device}; the details are in the bridge log.',
  'bridge.checkDevice': 'Check the device before retrying.',
  'bridge.commandGone': 'Mews no longer knows this command.',
  'bridge.unreadable': 'Mews sent this command in a form the bridge cannot read ({reason}). Please send it again.',

  // Command data from Mews (src/bridge/command-data.ts).
  'command.deviceTypeUnsupported': 'Device type "{type}" is not supported by this bridge.',
  'command.invalidPrintData': 'Invalid print data from Mews ({issue}).',
  'command.invalidKeyData': 'Invalid key data from Mews ({issue}).',
  'command.documentTooLargeToRead':
    'The document sent by Mews is about {size, number} MB, more than the bridge reads from Mews (a quarter of mews.maxResponseBytes); it was not read.',
  'command.documentTooLarge':
    "The document sent by Mews is about {size, number} MB, more than the {limit, number} MB this printer accepts; print a shorter document or raise the printer's size limit.",
  'command.documentCorrupt': 'The document sent by Mews is corrupt (invalid base64 data).',
  'command.documentEmpty': 'The document sent by Mews is empty.',
  'command.documentNotPdf': 'Mews sent a document of type "{type}"; this bridge prints PDF documents only.',
  'command.keyDataJsonInvalid': 'The key cutter "Data JSON" configured in Mews is not valid JSON.',
  'command.keyDatesReversed': 'The key validity ends before it starts; check the reservation dates.',
  'command.noLockType':
    'The key cutter\'s Data JSON in Mews has no "Type". Set it to \'{"Type":"IndustryStandardProtocol"}\' for Salto or \'{"Type":"FiasProtocol"}\' for dormakaba / Messerschmitt.',
  'command.lockTypeUnsupported':
    'The lock protocol "{type}" (Type in the key cutter\'s Data JSON) is not supported by this bridge. Supported: IndustryStandardProtocol (Salto) and FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'Device "{device}" was removed from this bridge before the command ran.',

  // Key cards, shared by the lock drivers (src/devices/lock). {rooms} is lock.rooms, rendered in the same language.
  'lock.rooms': '{count, plural, one {Room {list}} other {Rooms {list}}}',
  'lock.checkCard': 'Check the card at the encoder or on the door; if it does not work, issue the key again.',
  'lock.mayHaveEncoded': 'The key request was sent to {target}, but {reason}; the card may have been encoded.',
  'lock.commandStopped': 'the command was stopped',
  'lock.someMayBeEncoded': 'Some of the {count, number} cards may already be encoded; check them first.',
  'lock.keyModeUnknown': 'The key mode "{mode}" in the key cutter\'s Data JSON is not known; use New, Duplicate or CheckOut.',
  'lock.noRoom': 'The key command names no room (LockIds is empty).',
  'lock.tooManyRooms':
    'This lock system takes at most {max, plural, one {# room} other {# rooms}} per key; the command names {count, number} ({list}).',
  'lock.keyCountImpossible': 'Key count {count} is not possible; ask for 1 to 9 keys.',
  'lock.invalidTimes': 'The key command has an invalid start or end time.',
  'lock.expiresBeforeValid': 'The key would expire before it becomes valid (end time is not after start time).',
  'lock.noEncoder': "No encoder is named: set the key cutter Identifier in Mews, or the encoder in this device's settings.",
  'lock.apiUrlInvalid':
    'The key cutter\'s API URL "{url}" is not a lock server address like {example}. Fix it in the Mews key cutter integration.',
  'lock.apiUrlEmpty':
    "The key cutter's API URL (empty) is not a lock server address like {example}. Fix it in the Mews key cutter integration.",
  'lock.cannotPrint': 'A key encoder cannot print documents; send print commands to a printer.',
  'lock.noReply': 'no answer came within {seconds, number} s',
  'lock.linkClosed': 'the connection was closed',
  'lock.linkClosedWith': 'the connection was closed ({detail})',
  'lock.linkLost': 'the connection was lost',
  'lock.linkLostWith': 'the connection was lost ({detail})',

  // Salto (Industry Standard Protocol).
  'salto.encodedNew':
    '{count, plural, one {New key} other {# new keys}} encoded for {rooms} on encoder "{encoder}", valid {from} – {until} (lock time).',
  'salto.encodedCopy':
    '{count, plural, one {Copy key} other {# copy keys}} encoded for {rooms} on encoder "{encoder}", valid {from} – {until} (lock time).',
  'salto.mobileNew': "Mobile key for {rooms} sent to the guest's phone through Salto, valid {from} – {until} (lock time).",
  'salto.mobileCopy': "Copy of the mobile key for {rooms} sent to the guest's phone through Salto, valid {from} – {until} (lock time).",
  'salto.checkedOut': '{rooms} checked out in the Salto system; its guest cards no longer open the door.',
  'salto.target': 'the Salto interface at {address}',
  'salto.targetPlain': 'the Salto interface',
  'salto.unclearAnswer': 'it answered "{answer}", which this bridge does not understand',
  'salto.interfaceFailed': 'Salto interface at {address}: {error}',
  'salto.notStarted': 'The Salto encoder driver is not started.',
  'salto.serialUnavailable': 'The serial port {path} to the Salto interface is not available. Check the cable and the port setting.',
  'salto.noListen': 'Salto Industry Standard cannot use a listening port; set a TCP or serial connection for this encoder.',
  'salto.noAddress':
    'No lock server address is known yet: it comes with the first key command from Mews, or set a connection for this encoder.',
  'salto.unreachable':
    'Cannot reach the Salto interface at {address} ({error}). Check that the Salto PC is on and its PMS TCP port is enabled.',
  'salto.noAnswer': 'The Salto interface at {address} does not answer. Check that the Salto PMS service is running.',
  'salto.closedEarly': 'The Salto interface at {address} closed the connection before the key request was sent. Issue the key again.',
  'salto.busy': 'The Salto interface is busy and not ready for a new key request. Wait a moment and issue the key again.',
  'salto.nak':
    'The Salto interface rejected the key request {count, plural, one {# time} other {# times}} (NAK); no card was encoded. Issue the key again; if it keeps failing, check the Salto PMS settings.',
  'salto.mobileBadPhone':
    "No mobile key was sent: the guest's phone number is not a full international number (it must start with + and the country code). Correct it in the reservation and try again.",
  'salto.mobileNoPhone':
    'No mobile key was sent: the reservation has no phone number for the guest. Add one (with + and the country code) and try again.',
  'salto.error.ES':
    'The Salto interface rejected the key request as malformed (syntax error). Check the encoder name and room names set up in Mews and Salto.',
  'salto.error.NC':
    'Encoder "{encoder}" does not answer the Salto system (switched off or disconnected). Check its power and network cable, then issue the key again.',
  'salto.error.NF': 'The Salto PC interface cannot find its database. Ask your Salto administrator to check the Salto server.',
  'salto.error.OV': 'Encoder "{encoder}" is still busy with a previous card. Wait a moment, then issue the key again.',
  'salto.error.EP':
    'The card in encoder "{encoder}" was not found or is inserted the wrong way. Re-insert the card and issue the key again.',
  'salto.error.EF':
    'The card in encoder "{encoder}" is damaged or belongs to another system. Use a different card and issue the key again.',
  'salto.error.TD': '{rooms} is unknown to the lock system. Check that the room name in Mews matches the door name in Salto.',
  'salto.error.ED': 'No card inserted in encoder "{encoder}" in time. Insert a card and issue the key again.',
  'salto.error.EA': 'Salto refused a copy because {rooms} is checked out in the lock system. Issue a new key instead.',
  'salto.error.OS': '{rooms} is out of service in the lock system. Choose another room or put it back in service in Salto.',
  'salto.error.EO': 'A guest card for {rooms} is being encoded at another station right now. Wait until it is finished, then try again.',
  'salto.error.EV': 'The card in encoder "{encoder}" belongs to a valid staff user and cannot be overwritten. Use a blank guest card.',
  'salto.error.EG': 'The Salto system reported a general error. Check the card, then issue the key again.',
  'salto.error.EGDetail': 'The Salto system reported a general error: {detail}. Check the card, then issue the key again.',

  // FIAS lock systems (dormakaba Saflok, Messerschmitt).
  'fias.encodedNew':
    '{count, plural, one {New key} other {# new keys}} encoded for {rooms} on encoder "{encoder}", valid until {until} (lock time).',
  'fias.encodedDuplicate':
    '{count, plural, one {Duplicate key} other {# duplicate keys}} encoded for {rooms} on encoder "{encoder}", valid until {until} (lock time).',
  'fias.checkedOut': '{rooms}: keys deleted in the lock system.',
  'fias.target': 'the lock system ({endpoint})',
  'fias.otherAnswer':
    'its answer was for another request (workstation {ws}, {date} {time}; this request: workstation {ourWs}, {ourDate} {ourTime})',
  'fias.noStatus': 'its answer had no status (AS)',
  'fias.stopped': 'The FIAS encoder driver is stopped.',
  'fias.notConnected':
    "The lock system is not connected over FIAS ({endpoint}). Check that the lock server's FIAS interface is running and set to this PC, then issue the key again.",
  'fias.refused': 'The lock system refused the key for {rooms} on encoder "{encoder}" (answer {status}).',
  'fias.refusedNoStatus': 'The lock system refused the key for {rooms} on encoder "{encoder}" (answer without status).',
  'fias.lockSays': 'Lock system says: "{text}".',
  'fias.answer.BY': 'Encoder "{encoder}" is busy. Wait a moment, then issue the key again.',
  'fias.answer.NR': 'Encoder "{encoder}" did not respond to the lock system. Check that it is switched on and connected.',
  'fias.answer.UR':
    'The lock system could not process the key request for {rooms}. Check the room and encoder set up in Mews and in the lock system.',
  'fias.answer.RY': 'The lock system asks to retry. Issue the key again.',
  'fias.answer.NF': 'The lock system does not support this request. Check the FIAS interface settings of the lock system.',
  'fias.answer.NM': '{rooms} is unknown to the lock system. Check that the room number in Mews matches the lock system.',
  'fias.answer.DE': 'The lock system rejected the request data. Check the room and dates of the reservation.',
  'fias.answer.TO': 'No card inserted in encoder "{encoder}" in time. Insert a card and issue the key again.',
  'fias.reconnected': 'the lock system connected again in the meantime',
  'fias.linkLost': 'the connection to the lock system was lost',
  'fias.linkDown': 'the lock system is not connected',
  'fias.cannotListen':
    "The bridge cannot take connections from the lock system on {address}: {reason}. Check the port in this encoder's settings and in the lock system's FIAS settings.",
  'fias.portInUse': 'another program already uses this port',
  'fias.portNotAllowed': 'this computer does not allow the bridge to use this port',
  'fias.addressNotHere': 'this address does not belong to this computer',
  'fias.endpointSerial': 'serial port {path}',
  'fias.endpointPort': 'port {port}',

  // Printers: ESC/POS receipt printers (src/devices/escpos) and the PDF checks every printer shares (src/devices/pdf).
  'print.copiesOutOfRange': 'Cannot print {copies} copies; choose between 1 and {max, number}.',
  'print.cannotEncode': '{device} is a printer and cannot encode keys.',
  'escpos.cannotEncode': '{device} is a receipt printer and cannot encode keys.',
  'escpos.printed': 'Printed {pages, plural, one {# page} other {# pages}}{copies, plural, =1 {} other { × # copies}} on {device}.',
  'escpos.busy': 'Printer "{device}" is busy with another document.',
  'escpos.disconnectedWhilePrinting': 'Printer "{device}" was disconnected while printing.',
  'escpos.checkAndReprint': 'Check the printer and print again if needed.',
  'escpos.notConnected': 'Printer "{device}" is not connected: {reason}.',
  'escpos.notConnectedNoReason':
    'Printer "{device}" is not connected. Check that it is switched on and that its cable or network is connected.',
  'escpos.notResponding': 'Printer "{device}" is not responding; check that it is switched on.',
  'escpos.paperOut': 'Printer "{device}" is out of paper.',
  'escpos.coverOpen': 'Printer "{device}" has its cover open.',
  'escpos.cutterJam': 'Printer "{device}" has a paper jam at the cutter.',
  'escpos.error': 'Printer "{device}" reports an error.',
  'escpos.offline': 'Printer "{device}" is offline.',
  'escpos.stoppedAt': 'Printing stopped at {where}; reload and print again if the receipt is incomplete.',
  'escpos.wherePage': 'page {page, number} of {pages, number}',
  'escpos.wherePageCopy': 'page {page, number} of {pages, number}, copy {copy, number} of {copies, number}',
  'escpos.whereEnd': 'the end',
  'pdf.empty': 'The document to print is empty. Please send it again.',
  'pdf.tooLarge': 'The document is too large to print ({size, number} MB; this printer accepts up to {limit, number} MB).',
  'pdf.notPdf': 'The document to print is not a PDF file, so nothing was printed.',
  'pdf.tooManyPages': 'The document has {pages, number} pages; this printer is set to print at most {max, number}.',
  'pdf.pageTooLong': 'Page {page, number} of the document is too long to print on a receipt printer.',
  'pdf.pageDamaged': 'Page {page, number} of the document is damaged and cannot be printed ({error}).',
  'pdf.passwordProtected': 'The document is password-protected and cannot be printed. Please send it without a password.',
  'pdf.damaged': 'The document is damaged or incomplete and cannot be printed ({error}). Please send it again.',
  'pdf.rendererStopped':
    'The document could not be prepared for printing: the PDF renderer stopped ({reason}). Please send it again; if it fails again, the document may be too complex to print.',
  'pdf.exitCode': 'exit code {code}',
  'pdf.unknownReason': 'reason unknown',
  'escpos.copiesSent': '{done, number} of {total, number} copies had been sent to it in full.',
  'escpos.copiesSentRetryAll': '{done, number} of {total, number} copies had been sent to it in full; Retry prints all of them again.',
  // Network, serial and file errors inside a note (src/i18n/plain-error-message.ts; English also in src/util/plain-error.ts for logs).
  'net.nameNotFound':
    'the name {target} cannot be found. Check the address, and that this computer is connected to the network or internet',
  'net.refused': '{target} refused the connection. Check the address and port, and that the device or service there is switched on',
  'net.timedOut': '{target} did not answer in time. Check the network cable or Wi-Fi, and that it is switched on',
  'net.noRoute': "there is no network route to {target}. Check this computer's network connection",
  'net.closedUnexpectedly': '{target} closed the connection unexpectedly',
  'net.missing': '{target} does not exist. Check that the cable is plugged in and the port name is right',
  'net.notAllowed': 'this computer does not allow the bridge to open {target}. On Linux, add the bridge\'s user to the "dialout" group',
  'net.inUse': '{target} is in use by another program. Close it, or unplug and plug in the device',
  'net.certificate': "the secure connection to {target} could not be verified. Check this computer's date and time",
  'net.unknown': 'unknown error',
  // How a document went onto the receipt paper and what did not print (src/devices/pdf/render-report.ts).
  'render.turnedAll': 'The document was turned 90° to print along the paper.',
  'render.turnedPages':
    '{count, plural, one {Page {pages} was turned 90° to print along the paper.} other {Pages {pages} were turned 90° to print along the paper.}}',
  'render.onPages': '{count, plural, one {on page {list}} other {on pages {list}}}',
  'render.smallText':
    'The document is not receipt-sized: its text printed about {mm, number, ::.0} mm high {where}, which may be hard to read.',
  'render.missingChars':
    'Not printed: {count, plural, one {# character} other {# characters}} ({scripts}) {where}, for which no font is installed or embedded in the document.',
  'render.imageNotDecoded': 'Not printed: an image that could not be decoded.',
  'render.imageNotDecodedOn': 'Not printed: an image that could not be decoded {where}.',
  'render.fontNotLoaded': 'Some text may be missing: a font of the document could not be loaded.',
  'render.fontNotLoadedOn': 'Some text may be missing {where}: a font of the document could not be loaded.',
  'render.script.han': 'Chinese/Japanese',
  'render.script.kana': 'Japanese',
  'render.script.hangul': 'Korean',
  'render.script.cyrillic': 'Cyrillic',
  'render.script.greek': 'Greek',
  'render.script.arabic': 'Arabic',
  'render.script.hebrew': 'Hebrew',
  'render.script.thai': 'Thai',
  'render.script.devanagari': 'Devanagari',
  'render.script.latin': 'Latin',
  'render.script.other': 'other',

  // Printers of this computer (src/devices/system): CUPS / IPP and the Windows spooler. The print system's own words stay as they are.
  'system.printed': 'Printed on {printer}{copies, plural, =1 {} other { × # copies}}.',
  'system.handedToSpooler': 'Handed to the Windows print spooler for {printer}{copies, plural, =1 {} other { × # copies}}.',
  'system.leftOut': 'Left out what the printer cannot do: {list}.',
  'system.noPrinterName': 'Mews sent no printer name and this device has no printer chosen. Choose the printer in the device settings.',
  'system.notAccepting':
    'The printer "{printer}" is not accepting jobs (it is set to reject them in the print settings of this computer). Allow it to accept jobs, then print again from Mews.',
  'system.cancelled':
    'The print job was cancelled at the printer or in the print queue of this computer. Print again from Mews if the document is still needed.',
  'system.cancelledWith':
    'The print job was cancelled at the printer or in the print queue of this computer ({detail}). Print again from Mews if the document is still needed.',
  'system.aborted': 'The printer "{printer}" could not print the document. Check the printer, then print again from Mews.',
  'system.abortedWith': 'The printer "{printer}" could not print the document ({detail}). Check the printer, then print again from Mews.',
  'system.printerProblem': 'The printer "{printer}" {problems}.',
  'system.reason.media-empty': 'is out of paper',
  'system.reason.media-needed': 'needs paper loaded',
  'system.reason.media-low': 'is low on paper',
  'system.reason.media-jam': 'has a paper jam',
  'system.reason.door-open': 'has a door or cover open',
  'system.reason.cover-open': 'has its cover open',
  'system.reason.toner-empty': 'is out of toner',
  'system.reason.marker-supply-empty': 'is out of ink or toner',
  'system.reason.toner-low': 'is low on toner',
  'system.reason.marker-supply-low': 'is low on ink or toner',
  'system.reason.input-tray-missing': 'has a paper tray pulled out',
  'system.reason.output-area-full': 'has a full output tray',
  'system.reason.offline': 'is offline',
  'system.reason.connecting-to-device': 'cannot be reached',
  'system.reason.shutdown': 'is switched off',
  'system.reason.paused': 'is paused in the print settings of this computer',
  'system.reason.moving-to-paused': 'is being paused',
  'system.reason.other': 'reports a problem',
  'system.reason.unknown': 'reports "{keyword}"',
  'system.action.media-empty': 'Refill the paper tray.',
  'system.action.media-needed': 'Load paper in the tray it asks for.',
  'system.action.media-low': 'Add paper soon.',
  'system.action.media-jam': 'Open the printer and remove the jammed paper.',
  'system.action.door-open': 'Close the printer door.',
  'system.action.cover-open': 'Close the printer cover.',
  'system.action.toner-empty': 'Replace the toner cartridge.',
  'system.action.marker-supply-empty': 'Replace the cartridge.',
  'system.action.toner-low': 'Have a toner cartridge ready.',
  'system.action.marker-supply-low': 'Have a cartridge ready.',
  'system.action.input-tray-missing': 'Push the paper tray back in.',
  'system.action.output-area-full': 'Empty the output tray.',
  'system.action.offline': 'Check that the printer is switched on and connected.',
  'system.action.connecting-to-device': 'Check that the printer is switched on and connected to the network.',
  'system.action.shutdown': 'Switch the printer on.',
  'system.action.paused': 'Resume the printer in the print settings.',
  'system.action.other': 'Check the printer display.',
  'system.printsWhenReady': 'The document will print when the printer is ready.',
  'system.takenOffQueue':
    'The document was taken off the print queue after waiting {seconds, plural, one {# second} other {# seconds}}, so it will not print later; print it again from Mews once the printer is ready.',
  'system.held': 'The print queue of "{printer}" is holding the document ({why}).',
  'system.heldNoReason': 'The print queue of "{printer}" is holding the document.',
  'system.releaseHeld': 'Release it in the print settings of this computer; it will then print.',
  'system.notFound': 'No printer named "{printer}" on this computer.',
  'system.printersHere': "This computer's printers: {list}.",
  'system.noPrinters': 'This computer has no printers set up.',
  'system.printerItem': '"{name}"{isDefault, select, yes { (default)} other {}}',
  'system.printerItemInfo': '"{name}" ({info}){isDefault, select, yes { (default)} other {}}',
  'system.fixPrinterName': "Fix the printer name in Mews or choose the printer in this device's settings.",
  'system.cupsDown':
    'The print service of this computer (CUPS) is not running or cannot be reached. Start it (Linux: "systemctl start cups"; macOS: System Settings → Printers & Scanners), then print again from Mews.',
  'system.cupsDownAt':
    'The print service of this computer (CUPS at {address}) is not running or cannot be reached. Start it (Linux: "systemctl start cups"; macOS: System Settings → Printers & Scanners), then print again from Mews.',
  'system.printerUnreachable': 'The printer at {uri} cannot be reached. Check that it is switched on and connected to the network.',
  'system.nothingPrinted': 'Nothing was printed.',
  'system.handedOverCheckQueue': "The document had been handed over; check the printer's queue before printing it again.",
  'system.cupsRefusedList': 'The print service refused to list the printers ({error}).',
  'system.listFailed': 'The printers of this computer could not be listed ({error}).',
  'system.windowsListFailed': 'The Windows printers could not be listed ({error}).',
  'system.programNotFound': 'program not found',
  'system.jobForgotten': 'the printer no longer knows this job',
  'system.jobEndUnknown':
    'The print service would not say how print job {job} on "{printer}" ended ({error}). Check the printer before printing again.',
  'system.refused': 'The printer "{printer}" refused the document ({error}).',
  'system.serviceRefused': 'The print service refused the document ({error}).',
  'system.droppedSetting': '{setting} "{value}" (the printer offers {offered})',
  'system.setting.sides': 'one- or two-sided printing',
  'system.setting.colorMode': 'colour mode',
  'system.setting.media': 'paper size',
  'system.setting.mediaSource': 'paper tray',
  'system.rawUnavailable':
    'The print system of this computer ({system}) cannot send receipts unchanged to a print queue; connect the receipt printer by USB, serial cable or network instead.',
  'system.receiptCancelled': 'The receipt was cancelled in the print queue "{queue}".',
  'system.receiptStopped': 'The print system stopped the receipt in the print queue "{queue}".',
  'system.receiptTimedOut': 'The receipt did not print in time in the print queue "{queue}" and was taken off the queue.',
  'system.printSystemSays': 'The print system says: "{detail}".',
  'system.printAgainIfNeeded': 'Print again from Mews if needed.',
  'system.checkThenPrintAgain': 'Check the printer, then print again from Mews.',
  'system.receiptHandedOver': 'The receipt had been handed over; check the printer before printing again.',
  'system.queueNotAccepting': 'the print queue is not accepting jobs',
  'system.queueMissing': 'this computer has no print queue "{queue}"; its printers: {printers}',
  'system.queueMissingNone': 'this computer has no print queue "{queue}" and no printers set up',
  'system.printServiceDown': 'the print service of this computer cannot be reached',
  'system.windowsFailed':
    'Windows could not print on "{printer}" ({error}). Check the printer in Windows Settings → Printers & scanners, then print again from Mews.',
  'system.legacyDriver': 'Mews names the printer driver "{sent}", but "{printer}" uses "{actual}".',
  'system.legacyPort': 'Mews names the port "{sent}", but "{printer}" is on "{actual}".',
  'system.legacyPrintedByName': 'Printed on "{printer}" by its name; in Mews, leave the printer driver and port empty.',
  // Command summaries in the queue (src/i18n/localized-summary.ts): the journal keeps them in English.
  'summary.print': '{copies, plural, one {Print · # copy} other {Print · # copies}}',
  'summary.printInvalid': 'Print',
  'summary.keys': '{count, plural, one {# key} other {# keys}} · room {rooms}',
  'summary.keyInvalid': 'Key',
  'summary.unreadable': 'Unreadable command',
} as const;

/** The name of a message: a key of the English catalog. */
export type MessageKey = keyof typeof en;

/** A language's catalog: every English key, no other. */
export type Catalog = Readonly<Record<MessageKey, string>>;
