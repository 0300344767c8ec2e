import type { Catalog } from './en.js';

/** French notes (français): "vous" and the imperative, typographic apostrophes (’) and guillemets. */
export const fr: Catalog = {
  // status-text: core-made text the UI shows (device status details and addresses, the connection, action results,
  // Test print / Test encode results, notices), rendered by the UI in its language (renderer/src/i18n/note-text.ts).
  'status.disabled': 'Désactivé',
  'status.paperOut': 'Plus de papier',
  'status.coverOpen': 'Capot ouvert',
  'status.cutterJammed': 'Massicot bloqué',
  'status.printerError': 'Erreur de l’imprimante',
  'status.offline': 'Hors ligne',
  'status.paperLow': 'Papier bientôt épuisé',
  'action.paused': 'En pause : les nouvelles commandes attendent que vous repreniez',
  'action.resumed': 'Reprise',

  // desk-polish : menu et info-bulle de l’icône de la barre des tâches (application de bureau).
  'tray.open': 'Ouvrir Mews Device Bridge',
  'tray.pause': 'Mettre les commandes en pause',
  'tray.resume': 'Reprendre les commandes',
  'tray.reconnect': 'Se reconnecter à Mews',
  'tray.openLogs': 'Ouvrir le journal',
  'tray.quit': 'Quitter',
  'tray.tip.starting': 'démarrage…',
  'tray.tip.offline': 'Hors ligne : {reason}',
  'tray.tip.tokensRejected': 'Mews a refusé les jetons',
  'tray.tip.notConnected': 'non connecté à Mews',
  'tray.tip.needsAttention': 'À vérifier : {problems}',
  'tray.tip.mewsNotAnswering': 'Mews ne répond pas',
  'tray.tip.device': '{device} : {detail}',
  'tray.tip.deviceOffline': 'hors ligne',
  'tray.tip.deviceAttention': 'à vérifier',
  'tray.tip.failedCommands': '{count, plural, one {# commande en échec} many {# de commandes en échec} other {# commandes en échec}}',
  'tray.tip.whilePaused': '{text} (en pause)',
  'tray.tip.connecting': 'Connexion à Mews…',
  'tray.tip.paused': 'En pause : les commandes attendent dans Mews jusqu’à la reprise',
  'tray.tip.allWell': 'Tout va bien',

  'bridge.interrupted':
    'Interrompu — le bridge s’est arrêté pendant l’exécution. Vérifiez l’appareil (le document a-t-il été imprimé, la clé encodée ?) avant de réessayer.',
  'bridge.timeoutFinish': '{device} n’a pas terminé en {seconds, number} s. Vérifiez l’appareil avant de réessayer.',
  'bridge.timeoutStart': '{device} n’a pas démarré en {seconds, number} s. Vérifiez qu’il est allumé et connecté.',
  'bridge.unexpected': 'Erreur interne sur {device} ; les détails sont dans le journal du bridge.',
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

  // Key cards, shared by the lock drivers (src/devices/lock). {rooms} is lock.rooms, rendered in the same language.
  'lock.rooms': '{count, plural, one {la chambre {list}} other {les chambres {list}}}',
  'lock.checkCard': 'Vérifiez la carte sur l’encodeur ou sur la porte ; si elle ne fonctionne pas, émettez la clé à nouveau.',
  'lock.mayHaveEncoded': 'La demande de clé a été envoyée {target}, mais {reason} ; la carte a peut-être été encodée.',
  'lock.commandStopped': 'la commande a été arrêtée',
  'lock.someMayBeEncoded': 'Certaines des {count, number} cartes sont peut-être déjà encodées ; vérifiez-les d’abord.',
  'lock.keyModeUnknown': 'Le mode de clé « {mode} » du Data JSON de l’encodeur de clés est inconnu ; utilisez New, Duplicate ou CheckOut.',
  'lock.noRoom': 'La commande de clé n’indique aucune chambre (LockIds est vide).',
  'lock.tooManyRooms':
    'Ce système de serrures accepte au plus {max, plural, one {# chambre} other {# chambres}} par clé ; la commande en indique {count, number} ({list}).',
  'lock.keyCountImpossible': 'Un nombre de clés de {count} n’est pas possible ; demandez de 1 à 9 clés.',
  'lock.invalidTimes': 'La commande de clé a une heure de début ou de fin invalide.',
  'lock.expiresBeforeValid': 'La clé expirerait avant de devenir valide (l’heure de fin n’est pas après l’heure de début).',
  'lock.noEncoder':
    'Aucun encodeur n’est indiqué : renseignez l’Identifier de l’encodeur de clés dans Mews, ou l’encodeur dans les réglages de cet appareil.',
  'lock.apiUrlInvalid':
    'L’API URL « {url} » de l’encodeur de clés n’est pas une adresse de serveur de serrures comme {example}. Corrigez-la dans l’intégration de l’encodeur de clés de Mews.',
  'lock.apiUrlEmpty':
    'L’API URL de l’encodeur de clés est vide ; il faut une adresse de serveur de serrures comme {example}. Corrigez-la dans l’intégration de l’encodeur de clés de Mews.',
  'lock.cannotPrint': 'Un encodeur de clés ne peut pas imprimer de documents ; envoyez les impressions à une imprimante.',
  'lock.noReply': 'aucune réponse n’est arrivée en {seconds, number} s',
  'lock.linkClosed': 'la connexion a été fermée',
  'lock.linkClosedWith': 'la connexion a été fermée ({detail})',
  'lock.linkLost': 'la connexion a été perdue',
  'lock.linkLostWith': 'la connexion a été perdue ({detail})',

  // Salto (Industry Standard Protocol).
  'salto.encodedNew':
    '{count, plural, one {Nouvelle clé encodée} other {# nouvelles clés encodées}} pour {rooms} sur l’encodeur « {encoder} », valable du {from} au {until} (heure des serrures).',
  'salto.encodedCopy':
    '{count, plural, one {Copie de clé encodée} other {# copies de clé encodées}} pour {rooms} sur l’encodeur « {encoder} », valable du {from} au {until} (heure des serrures).',
  'salto.mobileNew': 'Clé mobile pour {rooms} envoyée au téléphone du client via Salto, valable du {from} au {until} (heure des serrures).',
  'salto.mobileCopy':
    'Copie de la clé mobile pour {rooms} envoyée au téléphone du client via Salto, valable du {from} au {until} (heure des serrures).',
  'salto.checkedOut': 'Départ enregistré dans le système Salto pour {rooms} ; les cartes client n’ouvrent plus la porte.',
  'salto.target': 'à l’interface Salto à l’adresse {address}',
  'salto.targetPlain': 'à l’interface Salto',
  'salto.unclearAnswer': 'elle a répondu « {answer} », ce que ce bridge ne comprend pas',
  'salto.interfaceFailed': 'Interface Salto à l’adresse {address} : {error}',
  'salto.notStarted': 'Le pilote de l’encodeur Salto n’est pas démarré.',
  'salto.serialUnavailable': 'Le port série {path} vers l’interface Salto n’est pas disponible. Vérifiez le câble et le réglage du port.',
  'salto.noListen':
    'Salto Industry Standard ne peut pas utiliser un port en écoute ; configurez une connexion TCP ou série pour cet encodeur.',
  'salto.noAddress':
    'Aucune adresse de serveur de serrures n’est encore connue : elle arrive avec la première commande de clé de Mews, ou configurez une connexion pour cet encodeur.',
  'salto.unreachable':
    'Impossible de joindre l’interface Salto à l’adresse {address} ({error}). Vérifiez que le PC Salto est allumé et que son port TCP PMS est activé.',
  'salto.noAnswer': 'L’interface Salto à l’adresse {address} ne répond pas. Vérifiez que le service PMS de Salto est en marche.',
  'salto.closedEarly':
    'L’interface Salto à l’adresse {address} a fermé la connexion avant l’envoi de la demande de clé. Émettez la clé à nouveau.',
  'salto.busy':
    'L’interface Salto est occupée et n’est pas prête pour une nouvelle demande de clé. Patientez un instant et émettez la clé à nouveau.',
  'salto.nak':
    'L’interface Salto a refusé la demande de clé {count, plural, one {# fois} other {# fois}} (NAK) ; aucune carte n’a été encodée. Émettez la clé à nouveau ; si l’échec persiste, vérifiez les réglages PMS de Salto.',
  'salto.mobileBadPhone':
    'Aucune clé mobile envoyée : le numéro de téléphone du client n’est pas un numéro international complet (il doit commencer par + et l’indicatif du pays). Corrigez-le dans la réservation et réessayez.',
  'salto.mobileNoPhone':
    'Aucune clé mobile envoyée : la réservation n’a pas de numéro de téléphone pour le client. Ajoutez-en un (avec + et l’indicatif du pays) et réessayez.',
  'salto.error.ES':
    'L’interface Salto a refusé la demande de clé comme mal formée (erreur de syntaxe). Vérifiez le nom de l’encodeur et les noms des chambres configurés dans Mews et Salto.',
  'salto.error.NC':
    'L’encodeur « {encoder} » ne répond pas au système Salto (éteint ou déconnecté). Vérifiez son alimentation et son câble réseau, puis émettez la clé à nouveau.',
  'salto.error.NF':
    'L’interface PC de Salto ne trouve pas sa base de données. Demandez à votre administrateur Salto de vérifier le serveur Salto.',
  'salto.error.OV':
    'L’encodeur « {encoder} » est encore occupé par une carte précédente. Patientez un instant, puis émettez la clé à nouveau.',
  'salto.error.EP':
    'La carte dans l’encodeur « {encoder} » est introuvable ou insérée dans le mauvais sens. Réinsérez la carte et émettez la clé à nouveau.',
  'salto.error.EF':
    'La carte dans l’encodeur « {encoder} » est endommagée ou appartient à un autre système. Utilisez une autre carte et émettez la clé à nouveau.',
  'salto.error.TD':
    'Le système de serrures ne connaît pas {rooms}. Vérifiez que le nom de chambre dans Mews correspond au nom de porte dans Salto.',
  'salto.error.ED': 'Aucune carte insérée à temps dans l’encodeur « {encoder} ». Insérez une carte et émettez la clé à nouveau.',
  'salto.error.EA':
    'Salto a refusé une copie car le départ est enregistré pour {rooms} dans le système de serrures. Émettez plutôt une nouvelle clé.',
  'salto.error.OS':
    'Le système de serrures indique {rooms} comme hors service. Choisissez une autre chambre ou remettez la chambre en service dans Salto.',
  'salto.error.EO': 'Une carte client pour {rooms} est en cours d’encodage sur un autre poste. Attendez la fin, puis réessayez.',
  'salto.error.EV':
    'La carte dans l’encodeur « {encoder} » appartient à un membre du personnel valide et ne peut pas être écrasée. Utilisez une carte client vierge.',
  'salto.error.EG': 'Le système Salto a signalé une erreur générale. Vérifiez la carte, puis émettez la clé à nouveau.',
  'salto.error.EGDetail': 'Le système Salto a signalé une erreur générale : {detail}. Vérifiez la carte, puis émettez la clé à nouveau.',

  // FIAS lock systems (dormakaba Saflok, Messerschmitt).
  'fias.encodedNew':
    '{count, plural, one {Nouvelle clé encodée} other {# nouvelles clés encodées}} pour {rooms} sur l’encodeur « {encoder} », valable jusqu’au {until} (heure des serrures).',
  'fias.encodedDuplicate':
    '{count, plural, one {Double de clé encodé} other {# doubles de clé encodés}} pour {rooms} sur l’encodeur « {encoder} », valable jusqu’au {until} (heure des serrures).',
  'fias.checkedOut': 'Clés supprimées dans le système de serrures pour {rooms}.',
  'fias.target': 'au système de serrures ({endpoint})',
  'fias.otherAnswer':
    'sa réponse concernait une autre demande (poste {ws}, {date} {time} ; cette demande : poste {ourWs}, {ourDate} {ourTime})',
  'fias.noStatus': 'sa réponse n’avait pas de statut (AS)',
  'fias.stopped': 'Le pilote d’encodeur FIAS est arrêté.',
  'fias.notConnected':
    'Le système de serrures n’est pas connecté via FIAS ({endpoint}). Vérifiez que l’interface FIAS du serveur de serrures est en marche et configurée vers ce PC, puis émettez la clé à nouveau.',
  'fias.refused': 'Le système de serrures a refusé la clé pour {rooms} sur l’encodeur « {encoder} » (réponse {status}).',
  'fias.refusedNoStatus': 'Le système de serrures a refusé la clé pour {rooms} sur l’encodeur « {encoder} » (réponse sans statut).',
  'fias.lockSays': 'Message du système de serrures : « {text} ».',
  'fias.answer.BY': 'L’encodeur « {encoder} » est occupé. Patientez un instant, puis émettez la clé à nouveau.',
  'fias.answer.NR': 'L’encodeur « {encoder} » n’a pas répondu au système de serrures. Vérifiez qu’il est allumé et connecté.',
  'fias.answer.UR':
    'Le système de serrures n’a pas pu traiter la demande de clé pour {rooms}. Vérifiez la chambre et l’encodeur configurés dans Mews et dans le système de serrures.',
  'fias.answer.RY': 'Le système de serrures demande de réessayer. Émettez la clé à nouveau.',
  'fias.answer.NF':
    'Le système de serrures ne prend pas en charge cette demande. Vérifiez les réglages de l’interface FIAS du système de serrures.',
  'fias.answer.NM':
    'Le système de serrures ne connaît pas {rooms}. Vérifiez que le numéro de chambre dans Mews correspond au système de serrures.',
  'fias.answer.DE': 'Le système de serrures a refusé les données de la demande. Vérifiez la chambre et les dates de la réservation.',
  'fias.answer.TO': 'Aucune carte insérée à temps dans l’encodeur « {encoder} ». Insérez une carte et émettez la clé à nouveau.',
  'fias.reconnected': 'le système de serrures s’est reconnecté entre-temps',
  'fias.linkLost': 'la connexion au système de serrures a été perdue',
  'fias.linkDown': 'le système de serrures n’est pas connecté',
  'fias.cannotListen':
    'Le bridge ne peut pas accepter de connexions du système de serrures sur {address} : {reason}. Vérifiez le port dans les réglages de cet encodeur et dans les réglages FIAS du système de serrures.',
  'fias.portInUse': 'un autre programme utilise déjà ce port',
  'fias.portNotAllowed': 'cet ordinateur n’autorise pas le bridge à utiliser ce port',
  'fias.addressNotHere': 'cette adresse n’appartient pas à cet ordinateur',
  'fias.endpointSerial': 'port série {path}',
  'fias.endpointPort': 'port {port}',

  // Printers: ESC/POS receipt printers (src/devices/escpos) and the PDF checks every printer shares (src/devices/pdf).
  'print.copiesOutOfRange': 'Impossible d’imprimer {copies} exemplaires ; choisissez entre 1 et {max, number}.',
  'print.cannotEncode': '{device} est une imprimante et ne peut pas encoder de clés.',
  'escpos.cannotEncode': '{device} est une imprimante de tickets et ne peut pas encoder de clés.',
  'escpos.printed':
    '{pages, plural, one {# page imprimée} other {# pages imprimées}}{copies, plural, =1 {} other { × # exemplaires}} sur {device}.',
  'escpos.busy': 'L’imprimante « {device} » est occupée par un autre document.',
  'escpos.disconnectedWhilePrinting': 'L’imprimante « {device} » a été déconnectée pendant l’impression.',
  'escpos.checkAndReprint': 'Vérifiez l’imprimante et relancez l’impression si nécessaire.',
  'escpos.notConnected': 'L’imprimante « {device} » n’est pas connectée : {reason}.',
  'escpos.notConnectedNoReason':
    'L’imprimante « {device} » n’est pas connectée. Vérifiez qu’elle est allumée et que son câble ou son réseau est branché.',
  'escpos.notResponding': 'L’imprimante « {device} » ne répond pas ; vérifiez qu’elle est allumée.',
  'escpos.paperOut': 'L’imprimante « {device} » n’a plus de papier.',
  'escpos.coverOpen': 'Le capot de l’imprimante « {device} » est ouvert.',
  'escpos.cutterJam': 'L’imprimante « {device} » a un bourrage papier au niveau du massicot.',
  'escpos.error': 'L’imprimante « {device} » signale une erreur.',
  'escpos.offline': 'L’imprimante « {device} » est hors ligne.',
  'escpos.stoppedAt': 'L’impression s’est arrêtée à {where} ; rechargez le papier et relancez l’impression si le ticket est incomplet.',
  'escpos.wherePage': 'la page {page, number} sur {pages, number}',
  'escpos.wherePageCopy': 'la page {page, number} sur {pages, number}, exemplaire {copy, number} sur {copies, number}',
  'escpos.whereEnd': 'la fin',
  'pdf.empty': 'Le document à imprimer est vide. Veuillez le renvoyer.',
  'pdf.tooLarge':
    'Le document est trop volumineux pour être imprimé ({size, number} Mo ; cette imprimante accepte au plus {limit, number} Mo).',
  'pdf.notPdf': 'Le document à imprimer n’est pas un fichier PDF ; rien n’a été imprimé.',
  'pdf.tooManyPages': 'Le document compte {pages, number} pages ; cette imprimante est réglée pour en imprimer au plus {max, number}.',
  'pdf.pageTooLong': 'La page {page, number} du document est trop longue pour une imprimante de tickets.',
  'pdf.pageDamaged': 'La page {page, number} du document est endommagée et ne peut pas être imprimée ({error}).',
  'pdf.passwordProtected': 'Le document est protégé par un mot de passe et ne peut pas être imprimé. Veuillez l’envoyer sans mot de passe.',
  'pdf.damaged': 'Le document est endommagé ou incomplet et ne peut pas être imprimé ({error}). Veuillez le renvoyer.',
  'pdf.rendererStopped':
    'Le document n’a pas pu être préparé pour l’impression : le moteur de rendu PDF s’est arrêté ({reason}). Veuillez le renvoyer ; en cas de nouvel échec, le document est peut-être trop complexe à imprimer.',
  'pdf.exitCode': 'code de sortie {code}',
  'pdf.unknownReason': 'raison inconnue',
  'escpos.copiesSent': '{done, number} exemplaires sur {total, number} lui avaient été envoyés en entier.',
  'escpos.copiesSentRetryAll':
    '{done, number} exemplaires sur {total, number} lui avaient été envoyés en entier ; « Réessayer » les réimprime tous.',
  // Network, serial and file errors inside a note (src/i18n/plain-error-message.ts; English also in src/util/plain-error.ts for logs).
  'net.nameNotFound': 'le nom {target} est introuvable. Vérifiez l’adresse et que cet ordinateur est connecté au réseau ou à Internet',
  'net.refused': '{target} a refusé la connexion. Vérifiez l’adresse et le port, et que l’appareil ou le service est allumé',
  'net.timedOut': '{target} n’a pas répondu à temps. Vérifiez le câble réseau ou le Wi-Fi, et que l’appareil est allumé',
  'net.noRoute': 'aucune route réseau ne mène à {target}. Vérifiez la connexion réseau de cet ordinateur',
  'net.closedUnexpectedly': '{target} a fermé la connexion de manière inattendue',
  'net.missing': '{target} n’existe pas. Vérifiez que le câble est branché et que le nom du port est correct',
  'net.notAllowed':
    'cet ordinateur n’autorise pas le bridge à ouvrir {target}. Sous Linux, ajoutez l’utilisateur du bridge au groupe « dialout »',
  'net.inUse': '{target} est utilisé par un autre programme. Fermez-le, ou débranchez et rebranchez l’appareil',
  'net.certificate': 'la connexion sécurisée à {target} n’a pas pu être vérifiée. Vérifiez la date et l’heure de cet ordinateur',
  'net.unknown': 'erreur inconnue',
  // How a document went onto the receipt paper and what did not print (src/devices/pdf/render-report.ts).
  'render.turnedAll': 'Le document a été tourné de 90° pour être imprimé dans la longueur du papier.',
  'render.turnedPages':
    '{count, plural, one {La page {pages} a été tournée de 90° pour être imprimée dans la longueur du papier.} other {Les pages {pages} ont été tournées de 90° pour être imprimées dans la longueur du papier.}}',
  'render.onPages': '{count, plural, one {sur la page {list}} other {sur les pages {list}}}',
  'render.smallText':
    'Le document n’est pas au format ticket : son texte a été imprimé avec environ {mm, number, ::.0} mm de haut {where}, ce qui peut être difficile à lire.',
  'render.missingChars':
    'Non imprimé : {count, plural, one {# caractère ({scripts}) {where}, pour lequel aucune police n’est installée ni intégrée au document.} other {# caractères ({scripts}) {where}, pour lesquels aucune police n’est installée ni intégrée au document.}}',
  'render.imageNotDecoded': 'Non imprimé : une image qui n’a pas pu être décodée.',
  'render.imageNotDecodedOn': 'Non imprimé : une image {where} qui n’a pas pu être décodée.',
  'render.fontNotLoaded': 'Du texte manque peut-être : une police du document n’a pas pu être chargée.',
  'render.fontNotLoadedOn': 'Du texte manque peut-être {where} : une police du document n’a pas pu être chargée.',
  'render.script.han': 'chinois/japonais',
  'render.script.kana': 'japonais',
  'render.script.hangul': 'coréen',
  'render.script.cyrillic': 'cyrillique',
  'render.script.greek': 'grec',
  'render.script.arabic': 'arabe',
  'render.script.hebrew': 'hébreu',
  'render.script.thai': 'thaï',
  'render.script.devanagari': 'devanagari',
  'render.script.latin': 'latin',
  'render.script.other': 'autre',

  // Printers of this computer (src/devices/system): CUPS / IPP and the Windows spooler. The print system's own words stay as they are.
  'system.printed': 'Imprimé sur {printer}{copies, plural, =1 {} other { × # exemplaires}}.',
  'system.handedToSpooler': 'Transmis au spouleur d’impression Windows pour {printer}{copies, plural, =1 {} other { × # exemplaires}}.',
  'system.leftOut': 'Options que l’imprimante ne prend pas en charge, ignorées : {list}.',
  'system.noPrinterName':
    'Mews n’a envoyé aucun nom d’imprimante et aucune imprimante n’est choisie pour cet appareil. Choisissez l’imprimante dans les réglages de l’appareil.',
  'system.notAccepting':
    'L’imprimante « {printer} » n’accepte pas de travaux (elle est réglée pour les refuser dans les paramètres d’impression de cet ordinateur). Autorisez-la à accepter les travaux, puis relancez l’impression depuis Mews.',
  'system.cancelled':
    'Le travail d’impression a été annulé sur l’imprimante ou dans la file d’impression de cet ordinateur. Relancez l’impression depuis Mews si le document est encore nécessaire.',
  'system.cancelledWith':
    'Le travail d’impression a été annulé sur l’imprimante ou dans la file d’impression de cet ordinateur ({detail}). Relancez l’impression depuis Mews si le document est encore nécessaire.',
  'system.aborted':
    'L’imprimante « {printer} » n’a pas pu imprimer le document. Vérifiez l’imprimante, puis relancez l’impression depuis Mews.',
  'system.abortedWith':
    'L’imprimante « {printer} » n’a pas pu imprimer le document ({detail}). Vérifiez l’imprimante, puis relancez l’impression depuis Mews.',
  'system.printerProblem': 'L’imprimante « {printer} » {problems}.',
  'system.reason.media-empty': 'n’a plus de papier',
  'system.reason.media-needed': 'attend qu’on charge du papier',
  'system.reason.media-low': 'n’a presque plus de papier',
  'system.reason.media-jam': 'a un bourrage papier',
  'system.reason.door-open': 'a une porte ou un capot ouvert',
  'system.reason.cover-open': 'a son capot ouvert',
  'system.reason.toner-empty': 'n’a plus de toner',
  'system.reason.marker-supply-empty': 'n’a plus d’encre ou de toner',
  'system.reason.toner-low': 'n’a presque plus de toner',
  'system.reason.marker-supply-low': 'n’a presque plus d’encre ou de toner',
  'system.reason.input-tray-missing': 'a un bac à papier retiré',
  'system.reason.output-area-full': 'a le bac de sortie plein',
  'system.reason.offline': 'est hors ligne',
  'system.reason.connecting-to-device': 'est injoignable',
  'system.reason.shutdown': 'est éteinte',
  'system.reason.paused': 'est en pause dans les paramètres d’impression de cet ordinateur',
  'system.reason.moving-to-paused': 'est en cours de mise en pause',
  'system.reason.other': 'signale un problème',
  'system.reason.unknown': 'signale « {keyword} »',
  'system.action.media-empty': 'Remplissez le bac à papier.',
  'system.action.media-needed': 'Chargez du papier dans le bac demandé.',
  'system.action.media-low': 'Ajoutez bientôt du papier.',
  'system.action.media-jam': 'Ouvrez l’imprimante et retirez le papier coincé.',
  'system.action.door-open': 'Fermez la porte de l’imprimante.',
  'system.action.cover-open': 'Fermez le capot de l’imprimante.',
  'system.action.toner-empty': 'Remplacez la cartouche de toner.',
  'system.action.marker-supply-empty': 'Remplacez la cartouche.',
  'system.action.toner-low': 'Prévoyez une cartouche de toner.',
  'system.action.marker-supply-low': 'Prévoyez une cartouche.',
  'system.action.input-tray-missing': 'Remettez le bac à papier en place.',
  'system.action.output-area-full': 'Videz le bac de sortie.',
  'system.action.offline': 'Vérifiez que l’imprimante est allumée et connectée.',
  'system.action.connecting-to-device': 'Vérifiez que l’imprimante est allumée et connectée au réseau.',
  'system.action.shutdown': 'Allumez l’imprimante.',
  'system.action.paused': 'Relancez l’imprimante dans les paramètres d’impression.',
  'system.action.other': 'Consultez l’écran de l’imprimante.',
  'system.printsWhenReady': 'Le document sera imprimé dès que l’imprimante sera prête.',
  'system.takenOffQueue':
    'Le document a été retiré de la file d’impression après {seconds, plural, one {# seconde} other {# secondes}} d’attente ; il ne sera donc pas imprimé plus tard. Relancez l’impression depuis Mews dès que l’imprimante est prête.',
  'system.held': 'La file d’impression de « {printer} » retient le document ({why}).',
  'system.heldNoReason': 'La file d’impression de « {printer} » retient le document.',
  'system.releaseHeld': 'Libérez-le dans les paramètres d’impression de cet ordinateur ; il sera alors imprimé.',
  'system.notFound': 'Aucune imprimante nommée « {printer} » sur cet ordinateur.',
  'system.printersHere': 'Imprimantes de cet ordinateur : {list}.',
  'system.noPrinters': 'Aucune imprimante n’est configurée sur cet ordinateur.',
  'system.printerItem': '« {name} »{isDefault, select, yes { (par défaut)} other {}}',
  'system.printerItemInfo': '« {name} » ({info}){isDefault, select, yes { (par défaut)} other {}}',
  'system.fixPrinterName': 'Corrigez le nom de l’imprimante dans Mews ou choisissez l’imprimante dans les réglages de cet appareil.',
  'system.cupsDown':
    'Le service d’impression de cet ordinateur (CUPS) ne fonctionne pas ou est injoignable. Démarrez-le (Linux : « systemctl start cups » ; macOS : Réglages Système → Imprimantes et scanners), puis relancez l’impression depuis Mews.',
  'system.cupsDownAt':
    'Le service d’impression de cet ordinateur (CUPS à l’adresse {address}) ne fonctionne pas ou est injoignable. Démarrez-le (Linux : « systemctl start cups » ; macOS : Réglages Système → Imprimantes et scanners), puis relancez l’impression depuis Mews.',
  'system.printerUnreachable': 'L’imprimante à l’adresse {uri} est injoignable. Vérifiez qu’elle est allumée et connectée au réseau.',
  'system.nothingPrinted': 'Rien n’a été imprimé.',
  'system.handedOverCheckQueue': 'Le document avait déjà été transmis ; vérifiez la file d’impression avant de le réimprimer.',
  'system.cupsRefusedList': 'Le service d’impression a refusé de lister les imprimantes ({error}).',
  'system.listFailed': 'Impossible de lister les imprimantes de cet ordinateur ({error}).',
  'system.windowsListFailed': 'Impossible de lister les imprimantes Windows ({error}).',
  'system.programNotFound': 'programme introuvable',
  'system.jobForgotten': 'l’imprimante ne connaît plus ce travail',
  'system.jobEndUnknown':
    'Le service d’impression n’a pas indiqué comment le travail {job} sur « {printer} » s’est terminé ({error}). Vérifiez l’imprimante avant de relancer l’impression.',
  'system.refused': 'L’imprimante « {printer} » a refusé le document ({error}).',
  'system.serviceRefused': 'Le service d’impression a refusé le document ({error}).',
  'system.droppedSetting': '{setting} « {value} » (l’imprimante propose {offered})',
  'system.setting.sides': 'impression recto ou recto verso',
  'system.setting.colorMode': 'mode couleur',
  'system.setting.media': 'format de papier',
  'system.setting.mediaSource': 'bac à papier',
  'system.rawUnavailable':
    'Le système d’impression de cet ordinateur ({system}) ne peut pas envoyer les tickets tels quels à une file d’impression ; connectez plutôt l’imprimante de tickets en USB, par câble série ou par le réseau.',
  'system.receiptCancelled': 'Le ticket a été annulé dans la file d’impression « {queue} ».',
  'system.receiptStopped': 'Le système d’impression a arrêté le ticket dans la file d’impression « {queue} ».',
  'system.receiptTimedOut': 'Le ticket n’a pas été imprimé à temps dans la file d’impression « {queue} » et en a été retiré.',
  'system.printSystemSays': 'Message du système d’impression : « {detail} ».',
  'system.printAgainIfNeeded': 'Relancez l’impression depuis Mews si nécessaire.',
  'system.checkThenPrintAgain': 'Vérifiez l’imprimante, puis relancez l’impression depuis Mews.',
  'system.receiptHandedOver': 'Le ticket avait déjà été transmis ; vérifiez l’imprimante avant de relancer l’impression.',
  'system.queueNotAccepting': 'la file d’impression n’accepte pas de travaux',
  'system.queueMissing': 'cet ordinateur n’a pas de file d’impression « {queue} » ; ses imprimantes : {printers}',
  'system.queueMissingNone': 'cet ordinateur n’a pas de file d’impression « {queue} » ni aucune imprimante configurée',
  'system.printServiceDown': 'le service d’impression de cet ordinateur est injoignable',
  'system.windowsFailed':
    'Windows n’a pas pu imprimer sur « {printer} » ({error}). Vérifiez l’imprimante dans Paramètres Windows → Imprimantes et scanners, puis relancez l’impression depuis Mews.',
  'system.legacyDriver': 'Mews indique le pilote d’imprimante « {sent} », mais « {printer} » utilise « {actual} ».',
  'system.legacyPort': 'Mews indique le port « {sent} », mais « {printer} » est sur « {actual} ».',
  'system.legacyPrintedByName': 'Imprimé sur « {printer} » d’après son nom ; dans Mews, laissez vides le pilote d’imprimante et le port.',
  'summary.print': '{copies, plural, one {Impression · # exemplaire} many {Impression · # exemplaires} other {Impression · # exemplaires}}',
  'summary.printInvalid': 'Impression',
  'summary.keys': '{count, plural, one {# clé} many {# clés} other {# clés}} · chambre {rooms}',
  'summary.keyInvalid': 'Clé',
  'summary.unreadable': 'Commande illisible',
};
