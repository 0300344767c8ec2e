import type { Catalog } from './en.js';

/** French notes (français): "vous" and the imperative, typographic apostrophes (’) and guillemets. */
export const fr: Catalog = {
  'bridge.interrupted':
    'Interrompu — le bridge s’est arrêté pendant l’exécution. Vérifiez l’appareil (le document a-t-il été imprimé, la clé encodée ?) avant de réessayer.',
  'bridge.timeoutFinish': '{device} n’a pas terminé en {seconds, number} s. Vérifiez l’appareil avant de réessayer.',
  'bridge.timeoutStart': '{device} n’a pas démarré en {seconds, number} s. Vérifiez qu’il est allumé et connecté.',
  'bridge.unexpected': 'Erreur inattendue sur {device} : {error}',
  'bridge.checkDevice': 'Vérifiez l’appareil avant de réessayer.',
  'bridge.commandGone': 'Mews ne connaît plus cette commande.',
  'bridge.unreadable': 'Mews a envoyé cette commande sous une forme que le bridge ne peut pas lire ({reason}). Veuillez la renvoyer.',

  'command.deviceTypeUnsupported': 'Le type d’appareil « {type} » n’est pas pris en charge par ce bridge.',
  'command.invalidPrintData': 'Données d’impression invalides reçues de Mews ({issue}).',
  'command.invalidKeyData': 'Données de clé invalides reçues de Mews ({issue}).',
  'command.documentTooLargeToRead':
    'Le document envoyé par Mews fait environ {size, number} Mo, plus que ce que le bridge lit depuis Mews (un quart de mews.maxResponseBytes) ; il n’a pas été lu.',
  'command.documentTooLarge':
    'Le document envoyé par Mews fait environ {size, number} Mo, plus que les {limit, number} Mo acceptés par cette imprimante ; imprimez un document plus court ou augmentez la taille maximale de l’imprimante.',
  'command.documentCorrupt': 'Le document envoyé par Mews est corrompu (données base64 invalides).',
  'command.documentEmpty': 'Le document envoyé par Mews est vide.',
  'command.documentNotPdf': 'Mews a envoyé un document de type « {type} » ; ce bridge n’imprime que des documents PDF.',
  'command.keyDataJsonInvalid': 'Le « Data JSON » de l’encodeur de clés configuré dans Mews n’est pas un JSON valide.',
  'command.keyDatesReversed': 'La validité de la clé se termine avant de commencer ; vérifiez les dates de la réservation.',
  'command.noLockType':
    'Le Data JSON de l’encodeur de clés dans Mews n’a pas de « Type ». Indiquez \'{"Type":"IndustryStandardProtocol"}\' pour Salto ou \'{"Type":"FiasProtocol"}\' pour dormakaba / Messerschmitt.',
  'command.lockTypeUnsupported':
    'Le protocole de serrure « {type} » (Type dans le Data JSON de l’encodeur de clés) n’est pas pris en charge par ce bridge. Pris en charge : IndustryStandardProtocol (Salto) et FiasProtocol (dormakaba, Messerschmitt).',
  'bridge.deviceRemoved': 'L’appareil « {device} » a été retiré de ce bridge avant l’exécution de la commande.',
};
