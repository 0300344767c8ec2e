import type { Catalog } from './en.js';

/** Spanish notes (español): "usted" forms ("Compruebe …"). */
export const es: Catalog = {
  // status-text: core-made text the UI shows (device status details and addresses, the connection, action results,
  // Test print / Test encode results, notices), rendered by the UI in its language (renderer/src/i18n/note-text.ts).
  'status.disabled': 'Desactivado',
  'status.paperOut': 'Sin papel',
  'status.coverOpen': 'Tapa abierta',
  'status.cutterJammed': 'Cortador atascado',
  'status.printerError': 'Error de la impresora',
  'status.offline': 'Sin conexión',
  'status.paperLow': 'Queda poco papel',
  'action.paused': 'En pausa: las órdenes nuevas esperan hasta que las reanude',
  'action.resumed': 'Reanudado',

  // desk-polish: menú y texto emergente del icono de la bandeja (aplicación de escritorio).
  'tray.open': 'Abrir Mews Device Bridge',
  'tray.pause': 'Pausar órdenes',
  'tray.resume': 'Reanudar órdenes',
  'tray.reconnect': 'Reconectar con Mews',
  'tray.openLogs': 'Abrir el registro',
  'tray.quit': 'Salir',
  'tray.tip.starting': 'iniciando…',
  'tray.tip.offline': 'Sin conexión: {reason}',
  'tray.tip.tokensRejected': 'Mews rechazó los tokens',
  'tray.tip.notConnected': 'sin conexión con Mews',
  'tray.tip.needsAttention': 'Requiere atención: {problems}',
  'tray.tip.mewsNotAnswering': 'Mews no responde',
  'tray.tip.device': '{device}: {detail}',
  'tray.tip.deviceOffline': 'sin conexión',
  'tray.tip.deviceAttention': 'requiere atención',
  'tray.tip.failedCommands': '{count, plural, one {# orden fallida} many {# de órdenes fallidas} other {# órdenes fallidas}}',
  'tray.tip.whilePaused': '{text} (en pausa)',
  'tray.tip.connecting': 'Conectando con Mews…',
  'tray.tip.paused': 'En pausa: las órdenes esperan en Mews hasta que se reanuden',
  'tray.tip.allWell': 'Todo en orden',

  'bridge.interrupted':
    'Interrumpido: el bridge se detuvo mientras esto se ejecutaba. Compruebe el dispositivo (¿se imprimió?, ¿se codificó la llave?) antes de reintentar.',
  'bridge.timeoutFinish': '{device} no terminó en {seconds, number} s. Compruebe el dispositivo antes de reintentar.',
  'bridge.timeoutStart': '{device} no empezó en {seconds, number} s. Compruebe que está encendido y conectado.',
  'bridge.unexpected': 'Error interno en {device}; los detalles están en el registro del bridge.',
  'bridge.checkDevice': 'Compruebe el dispositivo antes de reintentar.',
  'bridge.commandGone': 'Mews ya no conoce este comando.',
  'bridge.unreadable': 'Mews envió este comando en un formato que el bridge no puede leer ({reason}). Vuelva a enviarlo.',

  'command.deviceTypeUnsupported': 'Este bridge no admite el tipo de dispositivo "{type}".',
  'command.invalidPrintData': 'Datos de impresión no válidos de Mews ({issue}).',
  'command.invalidKeyData': 'Datos de llave no válidos de Mews ({issue}).',
  'command.documentTooLargeToRead':
    'El documento enviado por Mews ocupa unos {size, number} MB, más de lo que el bridge lee de Mews (una cuarta parte de mews.maxResponseBytes); no se ha leído.',
  'command.documentTooLarge':
    'El documento enviado por Mews ocupa unos {size, number} MB, más de los {limit, number} MB que admite esta impresora; imprima un documento más corto o aumente el límite de tamaño de la impresora.',
  'command.documentCorrupt': 'El documento enviado por Mews está dañado (datos base64 no válidos).',
  'command.documentEmpty': 'El documento enviado por Mews está vacío.',
  'command.documentNotPdf': 'Mews envió un documento de tipo "{type}"; este bridge solo imprime documentos PDF.',
  'command.keyDataJsonInvalid': 'El "Data JSON" del codificador de llaves configurado en Mews no es un JSON válido.',
  'command.keyDatesReversed': 'La validez de la llave termina antes de empezar; compruebe las fechas de la reserva.',
  'command.noLockType':
    'El Data JSON del codificador de llaves en Mews no tiene "Type". Indique \'{"Type":"IndustryStandardProtocol"}\' para Salto o \'{"Type":"FiasProtocol"}\' para dormakaba / Messerschmitt.',
  'command.lockTypeUnsupported':
    'Este bridge no admite el protocolo de cerradura "{type}" (Type en el Data JSON del codificador de llaves). Admitidos: IndustryStandardProtocol (Salto) y FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'El dispositivo "{device}" se quitó de este bridge antes de ejecutarse el comando.',

  // Key cards, shared by the lock drivers (src/devices/lock). {rooms} is lock.rooms, rendered in the same language.
  'lock.rooms': '{count, plural, one {la habitación {list}} other {las habitaciones {list}}}',
  'lock.checkCard': 'Compruebe la tarjeta en el codificador o en la puerta; si no funciona, vuelva a emitir la llave.',
  'lock.mayHaveEncoded': 'La solicitud de llave se envió {target}, pero {reason}; es posible que la tarjeta ya esté codificada.',
  'lock.commandStopped': 'el comando se detuvo',
  'lock.someMayBeEncoded': 'Es posible que algunas de las {count, number} tarjetas ya estén codificadas; compruébelas primero.',
  'lock.keyModeUnknown': 'El modo de llave "{mode}" del Data JSON del codificador de llaves no es conocido; use New, Duplicate o CheckOut.',
  'lock.noRoom': 'El comando de llave no indica ninguna habitación (LockIds está vacío).',
  'lock.tooManyRooms':
    'Este sistema de cerraduras admite como máximo {max, plural, one {# habitación} other {# habitaciones}} por llave; el comando indica {count, number} ({list}).',
  'lock.keyCountImpossible': 'No es posible emitir {count} llaves; pida de 1 a 9 llaves.',
  'lock.invalidTimes': 'El comando de llave tiene una hora de inicio o de fin no válida.',
  'lock.expiresBeforeValid': 'La llave caducaría antes de ser válida (la hora de fin no es posterior a la de inicio).',
  'lock.noEncoder':
    'No se indica ningún codificador: configure el Identifier del codificador de llaves en Mews o el codificador en los ajustes de este dispositivo.',
  'lock.apiUrlInvalid':
    'La API URL "{url}" del codificador de llaves no es una dirección de servidor de cerraduras como {example}. Corríjala en la integración del codificador de llaves de Mews.',
  'lock.apiUrlEmpty':
    'La API URL del codificador de llaves está vacía; debe ser una dirección de servidor de cerraduras como {example}. Corríjala en la integración del codificador de llaves de Mews.',
  'lock.cannotPrint': 'Un codificador de llaves no puede imprimir documentos; envíe las impresiones a una impresora.',
  'lock.noReply': 'no llegó ninguna respuesta en {seconds, number} s',
  'lock.linkClosed': 'la conexión se cerró',
  'lock.linkClosedWith': 'la conexión se cerró ({detail})',
  'lock.linkLost': 'se perdió la conexión',
  'lock.linkLostWith': 'se perdió la conexión ({detail})',

  // Salto (Industry Standard Protocol).
  'salto.encodedNew':
    '{count, plural, one {Nueva llave codificada} other {# llaves nuevas codificadas}} para {rooms} en el codificador "{encoder}", válida del {from} al {until} (hora de las cerraduras).',
  'salto.encodedCopy':
    '{count, plural, one {Copia de llave codificada} other {# copias de llave codificadas}} para {rooms} en el codificador "{encoder}", válida del {from} al {until} (hora de las cerraduras).',
  'salto.mobileNew':
    'Llave móvil para {rooms} enviada al teléfono del huésped a través de Salto, válida del {from} al {until} (hora de las cerraduras).',
  'salto.mobileCopy':
    'Copia de la llave móvil para {rooms} enviada al teléfono del huésped a través de Salto, válida del {from} al {until} (hora de las cerraduras).',
  'salto.checkedOut': 'Salida registrada en el sistema Salto para {rooms}; las tarjetas de huésped ya no abren la puerta.',
  'salto.target': 'a la interfaz de Salto en {address}',
  'salto.targetPlain': 'a la interfaz de Salto',
  'salto.unclearAnswer': 'respondió "{answer}", que este bridge no entiende',
  'salto.interfaceFailed': 'Interfaz de Salto en {address}: {error}',
  'salto.notStarted': 'El controlador del codificador Salto no está iniciado.',
  'salto.serialUnavailable':
    'El puerto serie {path} hacia la interfaz de Salto no está disponible. Compruebe el cable y la configuración del puerto.',
  'salto.noListen': 'Salto Industry Standard no puede usar un puerto de escucha; configure una conexión TCP o serie para este codificador.',
  'salto.noAddress':
    'Aún no se conoce la dirección del servidor de cerraduras: llega con el primer comando de llave de Mews, o configure una conexión para este codificador.',
  'salto.unreachable':
    'No se puede conectar con la interfaz de Salto en {address} ({error}). Compruebe que el PC de Salto está encendido y que su puerto TCP de PMS está habilitado.',
  'salto.noAnswer': 'La interfaz de Salto en {address} no responde. Compruebe que el servicio PMS de Salto está en marcha.',
  'salto.closedEarly':
    'La interfaz de Salto en {address} cerró la conexión antes de enviarse la solicitud de llave. Vuelva a emitir la llave.',
  'salto.busy':
    'La interfaz de Salto está ocupada y no está lista para una nueva solicitud de llave. Espere un momento y vuelva a emitir la llave.',
  'salto.nak':
    'La interfaz de Salto rechazó la solicitud de llave {count, plural, one {# vez} other {# veces}} (NAK); no se codificó ninguna tarjeta. Vuelva a emitir la llave; si sigue fallando, compruebe la configuración PMS de Salto.',
  'salto.mobileBadPhone':
    'No se envió ninguna llave móvil: el teléfono del huésped no es un número internacional completo (debe empezar por + y el prefijo del país). Corríjalo en la reserva y vuelva a intentarlo.',
  'salto.mobileNoPhone':
    'No se envió ninguna llave móvil: la reserva no tiene teléfono del huésped. Añada uno (con + y el prefijo del país) y vuelva a intentarlo.',
  'salto.error.ES':
    'La interfaz de Salto rechazó la solicitud de llave por estar mal formada (error de sintaxis). Compruebe el nombre del codificador y los nombres de habitación configurados en Mews y Salto.',
  'salto.error.NC':
    'El codificador "{encoder}" no responde al sistema Salto (apagado o desconectado). Compruebe su alimentación y el cable de red y vuelva a emitir la llave.',
  'salto.error.NF':
    'La interfaz de PC de Salto no encuentra su base de datos. Pida a su administrador de Salto que revise el servidor de Salto.',
  'salto.error.OV': 'El codificador "{encoder}" sigue ocupado con una tarjeta anterior. Espere un momento y vuelva a emitir la llave.',
  'salto.error.EP':
    'No se encontró la tarjeta en el codificador "{encoder}" o está insertada al revés. Vuelva a insertarla y emita la llave de nuevo.',
  'salto.error.EF':
    'La tarjeta del codificador "{encoder}" está dañada o pertenece a otro sistema. Use otra tarjeta y vuelva a emitir la llave.',
  'salto.error.TD':
    'El sistema de cerraduras no conoce {rooms}. Compruebe que el nombre de la habitación en Mews coincide con el nombre de la puerta en Salto.',
  'salto.error.ED': 'No se insertó ninguna tarjeta a tiempo en el codificador "{encoder}". Inserte una tarjeta y vuelva a emitir la llave.',
  'salto.error.EA': 'Salto rechazó una copia porque en el sistema de cerraduras ya consta la salida de {rooms}. Emita una llave nueva.',
  'salto.error.OS':
    'El sistema de cerraduras marca {rooms} como fuera de servicio. Elija otra habitación o restablezca el servicio en Salto.',
  'salto.error.EO':
    'Se está codificando ahora una tarjeta de huésped para {rooms} en otro puesto. Espere a que termine y vuelva a intentarlo.',
  'salto.error.EV':
    'La tarjeta del codificador "{encoder}" pertenece a un usuario del personal válido y no se puede sobrescribir. Use una tarjeta de huésped en blanco.',
  'salto.error.EG': 'El sistema Salto informó de un error general. Compruebe la tarjeta y vuelva a emitir la llave.',
  'salto.error.EGDetail': 'El sistema Salto informó de un error general: {detail}. Compruebe la tarjeta y vuelva a emitir la llave.',

  // FIAS lock systems (dormakaba Saflok, Messerschmitt).
  'fias.encodedNew':
    '{count, plural, one {Nueva llave codificada} other {# llaves nuevas codificadas}} para {rooms} en el codificador "{encoder}", válida hasta el {until} (hora de las cerraduras).',
  'fias.encodedDuplicate':
    '{count, plural, one {Duplicado de llave codificado} other {# duplicados de llave codificados}} para {rooms} en el codificador "{encoder}", válido hasta el {until} (hora de las cerraduras).',
  'fias.checkedOut': 'Llaves eliminadas en el sistema de cerraduras para {rooms}.',
  'fias.target': 'al sistema de cerraduras ({endpoint})',
  'fias.otherAnswer':
    'su respuesta era para otra solicitud (puesto {ws}, {date} {time}; esta solicitud: puesto {ourWs}, {ourDate} {ourTime})',
  'fias.noStatus': 'su respuesta no tenía estado (AS)',
  'fias.stopped': 'El controlador del codificador FIAS está detenido.',
  'fias.notConnected':
    'El sistema de cerraduras no está conectado por FIAS ({endpoint}). Compruebe que la interfaz FIAS del servidor de cerraduras está en marcha y configurada hacia este PC y vuelva a emitir la llave.',
  'fias.refused': 'El sistema de cerraduras rechazó la llave para {rooms} en el codificador "{encoder}" (respuesta {status}).',
  'fias.refusedNoStatus': 'El sistema de cerraduras rechazó la llave para {rooms} en el codificador "{encoder}" (respuesta sin estado).',
  'fias.lockSays': 'Mensaje del sistema de cerraduras: "{text}".',
  'fias.answer.BY': 'El codificador "{encoder}" está ocupado. Espere un momento y vuelva a emitir la llave.',
  'fias.answer.NR': 'El codificador "{encoder}" no respondió al sistema de cerraduras. Compruebe que está encendido y conectado.',
  'fias.answer.UR':
    'El sistema de cerraduras no pudo procesar la solicitud de llave para {rooms}. Compruebe la habitación y el codificador configurados en Mews y en el sistema de cerraduras.',
  'fias.answer.RY': 'El sistema de cerraduras pide reintentar. Vuelva a emitir la llave.',
  'fias.answer.NF':
    'El sistema de cerraduras no admite esta solicitud. Compruebe la configuración de la interfaz FIAS del sistema de cerraduras.',
  'fias.answer.NM':
    'El sistema de cerraduras no conoce {rooms}. Compruebe que el número de habitación en Mews coincide con el del sistema de cerraduras.',
  'fias.answer.DE': 'El sistema de cerraduras rechazó los datos de la solicitud. Compruebe la habitación y las fechas de la reserva.',
  'fias.answer.TO': 'No se insertó ninguna tarjeta a tiempo en el codificador "{encoder}". Inserte una tarjeta y vuelva a emitir la llave.',
  'fias.reconnected': 'el sistema de cerraduras se volvió a conectar entretanto',
  'fias.linkLost': 'se perdió la conexión con el sistema de cerraduras',
  'fias.linkDown': 'el sistema de cerraduras no está conectado',
  'fias.cannotListen':
    'El bridge no puede aceptar conexiones del sistema de cerraduras en {address}: {reason}. Compruebe el puerto en la configuración de este codificador y en la configuración FIAS del sistema de cerraduras.',
  'fias.portInUse': 'otro programa ya usa este puerto',
  'fias.portNotAllowed': 'este equipo no permite que el bridge use este puerto',
  'fias.addressNotHere': 'esta dirección no pertenece a este equipo',
  'fias.endpointSerial': 'puerto serie {path}',
  'fias.endpointPort': 'puerto {port}',

  // Printers: ESC/POS receipt printers (src/devices/escpos) and the PDF checks every printer shares (src/devices/pdf).
  'print.copiesOutOfRange': 'No se pueden imprimir {copies} copias; elija entre 1 y {max, number}.',
  'print.cannotEncode': '{device} es una impresora y no puede codificar llaves.',
  'escpos.cannotEncode': '{device} es una impresora de tickets y no puede codificar llaves.',
  'escpos.printed':
    '{pages, plural, one {# página impresa} other {# páginas impresas}}{copies, plural, =1 {} other { × # copias}} en {device}.',
  'escpos.busy': 'La impresora "{device}" está ocupada con otro documento.',
  'escpos.disconnectedWhilePrinting': 'La impresora "{device}" se desconectó mientras imprimía.',
  'escpos.checkAndReprint': 'Compruebe la impresora y vuelva a imprimir si es necesario.',
  'escpos.notConnected': 'La impresora "{device}" no está conectada: {reason}.',
  'escpos.notConnectedNoReason':
    'La impresora "{device}" no está conectada. Compruebe que está encendida y que su cable o su red están conectados.',
  'escpos.notResponding': 'La impresora "{device}" no responde; compruebe que está encendida.',
  'escpos.paperOut': 'La impresora "{device}" se ha quedado sin papel.',
  'escpos.coverOpen': 'La tapa de la impresora "{device}" está abierta.',
  'escpos.cutterJam': 'La impresora "{device}" tiene un atasco de papel en la cuchilla.',
  'escpos.error': 'La impresora "{device}" indica un error.',
  'escpos.offline': 'La impresora "{device}" está fuera de línea.',
  'escpos.stoppedAt': 'La impresión se detuvo en {where}; reponga el papel y vuelva a imprimir si el ticket está incompleto.',
  'escpos.wherePage': 'la página {page, number} de {pages, number}',
  'escpos.wherePageCopy': 'la página {page, number} de {pages, number}, copia {copy, number} de {copies, number}',
  'escpos.whereEnd': 'el final',
  'pdf.empty': 'El documento que se va a imprimir está vacío. Vuelva a enviarlo.',
  'pdf.tooLarge': 'El documento es demasiado grande para imprimirlo ({size, number} MB; esta impresora admite hasta {limit, number} MB).',
  'pdf.notPdf': 'El documento que se va a imprimir no es un archivo PDF, así que no se imprimió nada.',
  'pdf.tooManyPages':
    'El documento tiene {pages, number} páginas; esta impresora está configurada para imprimir como máximo {max, number}.',
  'pdf.pageTooLong': 'La página {page, number} del documento es demasiado larga para una impresora de tickets.',
  'pdf.pageDamaged': 'La página {page, number} del documento está dañada y no se puede imprimir ({error}).',
  'pdf.passwordProtected': 'El documento está protegido con contraseña y no se puede imprimir. Envíelo sin contraseña.',
  'pdf.damaged': 'El documento está dañado o incompleto y no se puede imprimir ({error}). Vuelva a enviarlo.',
  'pdf.rendererStopped':
    'No se pudo preparar el documento para imprimir: el motor de renderizado PDF se detuvo ({reason}). Vuelva a enviarlo; si falla de nuevo, puede que el documento sea demasiado complejo para imprimirlo.',
  'pdf.exitCode': 'código de salida {code}',
  'pdf.unknownReason': 'motivo desconocido',
  'escpos.copiesSent': 'Se habían enviado completas {done, number} de {total, number} copias.',
  'escpos.copiesSentRetryAll':
    'Se habían enviado completas {done, number} de {total, number} copias; «Reintentar» las vuelve a imprimir todas.',
  // Network, serial and file errors inside a note (src/i18n/plain-error-message.ts; English also in src/util/plain-error.ts for logs).
  'net.nameNotFound': 'no se encuentra el nombre {target}. Compruebe la dirección y que este equipo está conectado a la red o a Internet',
  'net.refused': '{target} rechazó la conexión. Compruebe la dirección y el puerto, y que el dispositivo o servicio está encendido',
  'net.timedOut': '{target} no respondió a tiempo. Compruebe el cable de red o la wifi, y que está encendido',
  'net.noRoute': 'no hay ruta de red hacia {target}. Compruebe la conexión de red de este equipo',
  'net.closedUnexpectedly': '{target} cerró la conexión de forma inesperada',
  'net.missing': '{target} no existe. Compruebe que el cable está conectado y que el nombre del puerto es correcto',
  'net.notAllowed': 'este equipo no permite que el bridge abra {target}. En Linux, añada el usuario del bridge al grupo "dialout"',
  'net.inUse': '{target} está en uso por otro programa. Ciérrelo, o desconecte y vuelva a conectar el dispositivo',
  'net.certificate': 'no se pudo verificar la conexión segura con {target}. Compruebe la fecha y la hora de este equipo',
  'net.unknown': 'error desconocido',
  // How a document went onto the receipt paper and what did not print (src/devices/pdf/render-report.ts).
  'render.turnedAll': 'El documento se giró 90° para imprimirlo a lo largo del papel.',
  'render.turnedPages':
    '{count, plural, one {La página {pages} se giró 90° para imprimirla a lo largo del papel.} other {Las páginas {pages} se giraron 90° para imprimirlas a lo largo del papel.}}',
  'render.onPages': '{count, plural, one {en la página {list}} other {en las páginas {list}}}',
  'render.smallText':
    'El documento no tiene formato de ticket: su texto se imprimió con unos {mm, number, ::.0} mm de alto {where}, lo que puede dificultar la lectura.',
  'render.missingChars':
    'Sin imprimir: {count, plural, one {# carácter ({scripts}) {where}, para el que no hay ninguna fuente instalada ni incluida en el documento.} other {# caracteres ({scripts}) {where}, para los que no hay ninguna fuente instalada ni incluida en el documento.}}',
  'render.imageNotDecoded': 'Sin imprimir: una imagen que no se pudo leer.',
  'render.imageNotDecodedOn': 'Sin imprimir: una imagen {where} que no se pudo leer.',
  'render.fontNotLoaded': 'Puede que falte texto: no se pudo cargar una fuente del documento.',
  'render.fontNotLoadedOn': 'Puede que falte texto {where}: no se pudo cargar una fuente del documento.',
  'render.script.han': 'chino/japonés',
  'render.script.kana': 'japonés',
  'render.script.hangul': 'coreano',
  'render.script.cyrillic': 'cirílico',
  'render.script.greek': 'griego',
  'render.script.arabic': 'árabe',
  'render.script.hebrew': 'hebreo',
  'render.script.thai': 'tailandés',
  'render.script.devanagari': 'devanagari',
  'render.script.latin': 'latino',
  'render.script.other': 'otro',

  // Printers of this computer (src/devices/system): CUPS / IPP and the Windows spooler. The print system's own words stay as they are.
  'system.printed': 'Impreso en {printer}{copies, plural, =1 {} other { × # copias}}.',
  'system.handedToSpooler': 'Entregado a la cola de impresión de Windows para {printer}{copies, plural, =1 {} other { × # copias}}.',
  'system.leftOut': 'Se omitió lo que la impresora no puede hacer: {list}.',
  'system.noPrinterName':
    'Mews no envió ningún nombre de impresora y este dispositivo no tiene impresora elegida. Elija la impresora en los ajustes del dispositivo.',
  'system.notAccepting':
    'La impresora "{printer}" no acepta trabajos (está configurada para rechazarlos en los ajustes de impresión de este equipo). Permita que acepte trabajos y vuelva a imprimir desde Mews.',
  'system.cancelled':
    'El trabajo de impresión se canceló en la impresora o en la cola de impresión de este equipo. Vuelva a imprimir desde Mews si aún necesita el documento.',
  'system.cancelledWith':
    'El trabajo de impresión se canceló en la impresora o en la cola de impresión de este equipo ({detail}). Vuelva a imprimir desde Mews si aún necesita el documento.',
  'system.aborted': 'La impresora "{printer}" no pudo imprimir el documento. Compruebe la impresora y vuelva a imprimir desde Mews.',
  'system.abortedWith':
    'La impresora "{printer}" no pudo imprimir el documento ({detail}). Compruebe la impresora y vuelva a imprimir desde Mews.',
  'system.printerProblem': 'La impresora "{printer}" {problems}.',
  'system.reason.media-empty': 'no tiene papel',
  'system.reason.media-needed': 'necesita que se cargue papel',
  'system.reason.media-low': 'tiene poco papel',
  'system.reason.media-jam': 'tiene un atasco de papel',
  'system.reason.door-open': 'tiene una puerta o tapa abierta',
  'system.reason.cover-open': 'tiene la tapa abierta',
  'system.reason.toner-empty': 'no tiene tóner',
  'system.reason.marker-supply-empty': 'no tiene tinta ni tóner',
  'system.reason.toner-low': 'tiene poco tóner',
  'system.reason.marker-supply-low': 'tiene poca tinta o tóner',
  'system.reason.input-tray-missing': 'tiene una bandeja de papel fuera de su sitio',
  'system.reason.output-area-full': 'tiene la bandeja de salida llena',
  'system.reason.offline': 'está sin conexión',
  'system.reason.connecting-to-device': 'no está accesible',
  'system.reason.shutdown': 'está apagada',
  'system.reason.paused': 'está en pausa en la configuración de impresión de este equipo',
  'system.reason.moving-to-paused': 'se está poniendo en pausa',
  'system.reason.other': 'indica un problema',
  'system.reason.unknown': 'indica "{keyword}"',
  'system.action.media-empty': 'Rellene la bandeja de papel.',
  'system.action.media-needed': 'Cargue papel en la bandeja que pide.',
  'system.action.media-low': 'Añada papel pronto.',
  'system.action.media-jam': 'Abra la impresora y retire el papel atascado.',
  'system.action.door-open': 'Cierre la puerta de la impresora.',
  'system.action.cover-open': 'Cierre la tapa de la impresora.',
  'system.action.toner-empty': 'Sustituya el cartucho de tóner.',
  'system.action.marker-supply-empty': 'Sustituya el cartucho.',
  'system.action.toner-low': 'Tenga preparado un cartucho de tóner.',
  'system.action.marker-supply-low': 'Tenga preparado un cartucho.',
  'system.action.input-tray-missing': 'Vuelva a introducir la bandeja de papel.',
  'system.action.output-area-full': 'Vacíe la bandeja de salida.',
  'system.action.offline': 'Compruebe que la impresora está encendida y conectada.',
  'system.action.connecting-to-device': 'Compruebe que la impresora está encendida y conectada a la red.',
  'system.action.shutdown': 'Encienda la impresora.',
  'system.action.paused': 'Reanude la impresora en la configuración de impresión.',
  'system.action.other': 'Consulte la pantalla de la impresora.',
  'system.printsWhenReady': 'El documento se imprimirá en cuanto la impresora esté lista.',
  'system.takenOffQueue':
    'El documento se retiró de la cola de impresión tras esperar {seconds, plural, one {# segundo} other {# segundos}}, así que no se imprimirá más tarde; vuelva a imprimirlo desde Mews cuando la impresora esté lista.',
  'system.held': 'La cola de impresión de "{printer}" está reteniendo el documento ({why}).',
  'system.heldNoReason': 'La cola de impresión de "{printer}" está reteniendo el documento.',
  'system.releaseHeld': 'Libérelo en la configuración de impresión de este equipo; entonces se imprimirá.',
  'system.notFound': 'No hay ninguna impresora llamada "{printer}" en este equipo.',
  'system.printersHere': 'Impresoras de este equipo: {list}.',
  'system.noPrinters': 'Este equipo no tiene ninguna impresora configurada.',
  'system.printerItem': '"{name}"{isDefault, select, yes { (predeterminada)} other {}}',
  'system.printerItemInfo': '"{name}" ({info}){isDefault, select, yes { (predeterminada)} other {}}',
  'system.fixPrinterName': 'Corrija el nombre de la impresora en Mews o elija la impresora en la configuración de este dispositivo.',
  'system.cupsDown':
    'El servicio de impresión de este equipo (CUPS) no está en marcha o no responde. Inícielo (Linux: "systemctl start cups"; macOS: Ajustes del Sistema → Impresoras y escáneres) y vuelva a imprimir desde Mews.',
  'system.cupsDownAt':
    'El servicio de impresión de este equipo (CUPS en {address}) no está en marcha o no responde. Inícielo (Linux: "systemctl start cups"; macOS: Ajustes del Sistema → Impresoras y escáneres) y vuelva a imprimir desde Mews.',
  'system.printerUnreachable': 'No se puede acceder a la impresora en {uri}. Compruebe que está encendida y conectada a la red.',
  'system.nothingPrinted': 'No se imprimió nada.',
  'system.handedOverCheckQueue': 'El documento ya se había entregado; compruebe la cola de la impresora antes de volver a imprimirlo.',
  'system.cupsRefusedList': 'El servicio de impresión se negó a mostrar la lista de impresoras ({error}).',
  'system.listFailed': 'No se pudo obtener la lista de impresoras de este equipo ({error}).',
  'system.windowsListFailed': 'No se pudo obtener la lista de impresoras de Windows ({error}).',
  'system.programNotFound': 'programa no encontrado',
  'system.jobForgotten': 'la impresora ya no conoce este trabajo',
  'system.jobEndUnknown':
    'El servicio de impresión no indicó cómo terminó el trabajo {job} en "{printer}" ({error}). Compruebe la impresora antes de volver a imprimir.',
  'system.refused': 'La impresora "{printer}" rechazó el documento ({error}).',
  'system.serviceRefused': 'El servicio de impresión rechazó el documento ({error}).',
  'system.droppedSetting': '{setting} "{value}" (la impresora ofrece {offered})',
  'system.setting.sides': 'impresión a una o dos caras',
  'system.setting.colorMode': 'modo de color',
  'system.setting.media': 'tamaño de papel',
  'system.setting.mediaSource': 'bandeja de papel',
  'system.rawUnavailable':
    'El sistema de impresión de este equipo ({system}) no puede enviar los tickets sin cambios a una cola de impresión; conecte la impresora de tickets por USB, cable serie o red.',
  'system.receiptCancelled': 'El ticket se canceló en la cola de impresión "{queue}".',
  'system.receiptStopped': 'El sistema de impresión detuvo el ticket en la cola de impresión "{queue}".',
  'system.receiptTimedOut': 'El ticket no se imprimió a tiempo en la cola de impresión "{queue}" y se retiró de la cola.',
  'system.printSystemSays': 'El sistema de impresión indica: "{detail}".',
  'system.printAgainIfNeeded': 'Vuelva a imprimir desde Mews si es necesario.',
  'system.checkThenPrintAgain': 'Compruebe la impresora y vuelva a imprimir desde Mews.',
  'system.receiptHandedOver': 'El ticket ya se había entregado; compruebe la impresora antes de volver a imprimir.',
  'system.queueNotAccepting': 'la cola de impresión no acepta trabajos',
  'system.queueMissing': 'este equipo no tiene ninguna cola de impresión "{queue}"; sus impresoras: {printers}',
  'system.queueMissingNone': 'este equipo no tiene ninguna cola de impresión "{queue}" ni impresoras configuradas',
  'system.printServiceDown': 'no se puede acceder al servicio de impresión de este equipo',
  'system.windowsFailed':
    'Windows no pudo imprimir en "{printer}" ({error}). Compruebe la impresora en Configuración de Windows → Impresoras y escáneres y vuelva a imprimir desde Mews.',
  'system.legacyDriver': 'Mews indica el controlador de impresora "{sent}", pero "{printer}" usa "{actual}".',
  'system.legacyPort': 'Mews indica el puerto "{sent}", pero "{printer}" está en "{actual}".',
  'system.legacyPrintedByName': 'Impreso en "{printer}" por su nombre; en Mews, deje vacíos el controlador de impresora y el puerto.',
  'summary.print': '{copies, plural, one {Impresión · # copia} many {Impresión · # copias} other {Impresión · # copias}}',
  'summary.printInvalid': 'Impresión',
  'summary.keys': '{count, plural, one {# llave} many {# llaves} other {# llaves}} · habitación {rooms}',
  'summary.keyInvalid': 'Llave',
  'summary.unreadable': 'Comando ilegible',
};
