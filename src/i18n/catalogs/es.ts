import type { Catalog } from './en.js';

/** Spanish notes (español): "usted" forms ("Compruebe …"). */
export const es: Catalog = {
  'bridge.interrupted':
    'Interrumpido: el bridge se detuvo mientras esto se ejecutaba. Compruebe el dispositivo (¿se imprimió?, ¿se codificó la llave?) antes de reintentar.',
  'bridge.timeoutFinish': '{device} no terminó en {seconds, number} s. Compruebe el dispositivo antes de reintentar.',
  'bridge.timeoutStart': '{device} no empezó en {seconds, number} s. Compruebe que está encendido y conectado.',
  'bridge.unexpected': 'Error inesperado en {device}: {error}',
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
};
