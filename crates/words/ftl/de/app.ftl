# Die Wörter der Oberfläche (ui/), Deutsch. Die Oberfläche liest diese Datei mit @fluent/bundle,
# die Rust-Seite mit crates/words; Kennungen sind die Schlüssel der UI mit "-" statt ".".

app-name = Auskunft
offline-label = Offline
offline-title = Alles bleibt auf diesem Computer: kein Netzzugriff, keine Telemetrie.
start-title = Wessen Daten stecken in Ihrem Export?
start-lead = Auskunft liest die Dateien, die Ihnen ein Unternehmen auf Ihre Datenauskunft hin geschickt hat, etwa einen Amazon-Alexa-Export, und zeigt, welche Aufnahmen nicht Ihre sind.
start-drop = Legen Sie Ihren Export hier ab
start-drop-hint = eine oder mehrere ZIP-Dateien
start-drop-active = Loslassen zum Öffnen
start-demo = Demo ausprobieren
start-demo-hint = Ein erfundener Alexa-Export mit fremden Aufnahmen darin.
start-privacy = Ihre Dateien werden auf diesem Computer gelesen und nie hochgeladen.
loading-title = Export wird gelesen …
loading-demo = Demo-Export wird vorbereitet …
loading-hint = Das geschieht nur auf diesem Computer.
loading-demo-hint = Beim ersten Mal wird die Demo auf diesem Computer angelegt; das kann eine Minute dauern.
error-title = Der Export konnte nicht geprüft werden
error-code = Fehlercode
action-back = Anderen Export öffnen
action-retry = Erneut versuchen
tone-foreign = Nicht Ihre
tone-mine = Ihre
tone-unknown = Unklar
stats-label = Aufnahmen nach Besitz
stats-mine = Ihre
stats-foreign = Nicht Ihre
stats-unknown = Unklar
stats-of = { $count ->
    [one] von { $total } Aufnahme
   *[other] von { $total } Aufnahmen
}
stats-none = keine Aufnahmen gefunden
files-title = Dateien
files-lead = Jede geöffnete Datei und was aus ihrem Inhalt wurde.
files-col-file = Datei
files-col-status = Status
files-col-parsed = Gelesen
files-col-skipped = Übersprungen
files-col-failed = Fehlgeschlagen
files-unread-title = Was nicht gelesen werden konnte
files-unread-none = Jeder Teil jeder Datei wurde gelesen.
files-unread-empty = Keine Datei enthielt etwas Lesbares; warum, steht in der Tabelle oben.
files-unread-count = { $n ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
}
files-unread-more = { $n ->
    [one] … und { $n } weitere
   *[other] … und { $n } weitere
}
files-member-reason-missing = Kein Grund angegeben.
files-warned-title = Gelesen, mit Warnungen
files-warned-lead = Diese Dateien wurden gelesen, Teile davon aber übersprungen, repariert oder angenommen.
files-warned-count = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
files-warned-more = { $n ->
    [one] … und { $n } weitere Datei mit Warnungen
   *[other] … und { $n } weitere Dateien mit Warnungen
}
input-ok = Vollständig
input-truncated = Abgeschnitten
input-not-an-archive = Kein Archiv
input-empty = Leer
input-unreadable = Nicht lesbar
member-skipped = Übersprungen
member-failed = Fehlgeschlagen
member-parsed = Gelesen
notes-title = Hinweise
footer-tool = Geprüft mit { $name } { $version }
footer-export = Export { $id }
browser-only = Diese Seite läuft außerhalb der Auskunft-App und kann daher keine Dateien lesen.

## Timeline (components/Timeline.svelte)
timeline-title = Zeitleiste
timeline-zoom-in = Vergrößern
timeline-zoom-out = Verkleinern
timeline-zoom-reset = Gesamter Zeitraum
timeline-hint = Strg + Mausrad oder Zwei-Finger-Geste zoomt, Ziehen verschiebt, Umschalt + Ziehen wählt einen Zeitraum.
timeline-keys = Tasten: ← → Aufnahmen, ↑ ↓ Geräte, Eingabe öffnet, + − zoomen, 0 gesamter Zeitraum.
timeline-canvas-label = Aufnahmen im Zeitverlauf, eine Zeile je Gerät. Pfeiltasten wechseln die Aufnahme, Eingabe öffnet sie.
timeline-minimap-label = Der gesamte Zeitraum; ziehen verschiebt den sichtbaren Ausschnitt.
timeline-lane-none = Kein Gerät
timeline-lane-unnamed = Gerät ohne Namen
timeline-lane-unlisted = Gerät { $id }
timeline-lane-unlisted-hint = Von Aufnahmen genannt, in keiner Geräteliste des Exports.
timeline-lane-records = { $n ->
    [one] { $n } Aufnahme
   *[other] { $n } Aufnahmen
}
timeline-lane-undated = { $n ->
    [one] { $n } ohne Zeit
   *[other] { $n } ohne Zeit
}
timeline-hours-label = Tageszeit ({ $zone })
timeline-hours-cell = { $n ->
    [one] { $hour }: { $n } Aufnahme
   *[other] { $hour }: { $n } Aufnahmen
}
timeline-veiled = Verborgen: nicht Ihre
timeline-veiled-why = Transkripte von Aufnahmen, die nicht Ihre sind, bleiben verborgen, um den anderen Haushalt zu schützen.
timeline-no-transcript = Kein Transkript
timeline-range = { $from } – { $to }
timeline-band = { $n ->
    [one] { $n } Aufnahme
   *[other] { $n } Aufnahmen
}
timeline-band-zoom = Klicken zum Vergrößern.
timeline-brush = Zeitraum: { $from } – { $to }
timeline-brush-clear = Zeitraum aufheben
timeline-table-show = Als Tabelle zeigen
timeline-table-hide = Tabelle ausblenden
timeline-table-caption = Aufnahmen je Gerät
timeline-col-device = Gerät
timeline-col-first = Erste
timeline-col-last = Letzte
timeline-col-undated = Ohne Zeit
timeline-empty = Keine Aufnahme in diesem Export hat eine Zeitangabe, daher kann keine auf der Zeitleiste erscheinen.
timeline-none = Keine Aufnahmen.

## Workspace, devices, inventory, player (app shell)
nav-label = Ansichten
nav-overview = Überblick
nav-timeline = Zeitleiste
nav-search = Suche
nav-devices = Geräte
nav-inventory = Inventar
nav-act = Handeln
nav-files = Dateien
veil-all = Alle Transkripte zeigen
veil-all-title = Transkripte fremder Aufnahmen sind verdeckt, aus Rücksicht auf die Aufgenommenen. Für Recherchen lassen sie sich alle zeigen.
veil-note = Verdeckt: Diese Aufnahme ist womöglich ein privater Moment anderer Menschen.
veil-show = Worte zeigen
shortcuts-open = Tastenkürzel (?)
shortcuts-title = Tastenkürzel
shortcuts-search = Suchen
shortcuts-play = Abspielen oder anhalten
shortcuts-seek = 5 Sekunden zurück oder vor
shortcuts-step = Nächste oder vorige Aufnahme
shortcuts-mark = Als meine / nicht meine markieren
shortcuts-go = Zu Überblick, Zeitleiste, Suche, Geräten, Inventar, Dateien, Handeln
shortcuts-help = Diese Liste zeigen oder schließen
shortcuts-close = Schließen
devices-title = { $n ->
    [one] { $n } Gerät
   *[other] { $n } Geräte
}
devices-records = { $n ->
    [one] { $n } Aufnahme
   *[other] { $n } Aufnahmen
}
devices-lead = Alle Geräte, die der Export nennt, mit ihren Kennungen. Ist eines Ihres, sagen Sie es: Der Export wird sofort neu geprüft.
devices-added = „{ $name }“ steht jetzt in Ihrem Inventar; der Export wurde neu geprüft.
devices-col-name = Name
devices-col-model = Modell
devices-col-serial = Seriennummer
devices-col-account = Konto
devices-col-records = Aufnahmen
devices-col-seen = Gesehen
devices-col-fit = Wessen
devices-col-action = Aktion
devices-adding = Wird hinzugefügt …
devices-mine = Das ist meins
devices-none = Der Export nennt kein Gerät.
question-eyebrow = Eine Frage entscheidet den Rest
question-lead-devices = Sie haben noch nicht angegeben, welche Geräte Ihnen gehören, und der Export allein verrät nicht, wessen Stimmen das sind. Ihre Antworten werden in Ihrem Inventar gespeichert und sofort berücksichtigt.
question-lead-voice = Sie haben noch nicht angegeben, ob Sie einen Sprachassistenten nutzen, und der Export allein verrät nicht, wessen Stimmen das sind.
question-madeFor = Der Export nennt das Konto, für das er erstellt wurde: { $accounts }.
question-serial = Seriennummer { $serial }
question-account = Konto { $account }
question-mine = Meins
question-notMine = Nicht meins
question-none = Mir gehört keines davon
question-none-hint = Speichert in Ihrem Inventar, dass Sie kein Gerät besitzen, das Sprache aufnimmt.
question-yes = Ja, ich nutze einen
question-noVoice = Nein, keinen
question-mine-hint = „Meins“ trägt das Gerät und sein Konto in Ihr Inventar ein; „Nicht meins“ gilt nur für diesen Export.
question-said = Laut Ihnen nicht Ihre:
question-undo = Rückgängig
next-title = Nächster Schritt: Sagen Sie Auskunft, was Ihnen gehört
next-seed = Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt; daher kann keine dieser Aufnahmen Ihre sein. Besitzen Sie doch eines, tragen Sie es in Ihr Inventar ein.
next-inventory = Noch passt keine Aufnahme zu Ihrem Inventar. Tragen Sie Ihre Geräte und Konten ein, um Ihre von fremden zu unterscheiden.
next-action = Inventar öffnen
overview-records = { $n ->
    [one] { $n } Aufnahme insgesamt
   *[other] { $n } Aufnahmen insgesamt
}
overview-audio = { $n } mit Ton
inventory-lead = Was Ihnen gehört und wer Sie sind. Auskunft vergleicht den Export damit; nichts davon verlässt diesen Computer.
inventory-added = { $what } hinzugefügt; der Export wurde neu geprüft.
inventory-removed = { $what } entfernt; der Export wurde neu geprüft.
inventory-file = Die Inventardatei
inventory-nofile = noch nicht angelegt
inventory-declared = Was Sie angeben
inventory-devices = Geräte
inventory-accounts = Konten
inventory-people = Menschen in Ihrem Haushalt
inventory-places = Orte
inventory-remove = Entfernen
inventory-edit = Bearbeiten
inventory-editing = Eintrag { $n } bearbeiten
inventory-cancel = Abbrechen
inventory-changed = { $what } geändert; der Export wurde neu geprüft.
inventory-rejected = { $n ->
    [one] { $n } abgelehnter Vorschlag ist ausgeblendet.
   *[other] { $n } abgelehnte Vorschläge sind ausgeblendet.
}
inventory-unreject = Wieder zeigen
inventory-unrejected = Abgelehnte Vorschläge werden wieder gezeigt.
inventory-none = Noch keine.
inventory-add-device = Gerät hinzufügen
inventory-add-account = Konto hinzufügen
inventory-add-person = Person hinzufügen
inventory-add-place = Ort hinzufügen
inventory-f-name = Name
inventory-f-serial = Seriennummer
inventory-f-type = Typ oder Modell
inventory-f-kind = Art
inventory-f-unset = — nicht angegeben —
inventory-f-from = Besessen seit
inventory-f-until = Besessen bis
inventory-f-vendor = Unternehmen
inventory-f-id = Konto- oder Kundennummer
inventory-f-email = E-Mail
inventory-f-lat = Breitengrad
inventory-f-lon = Längengrad
inventory-f-radius = Umkreis (km)
inventory-save = Speichern
inventory-candidates = In diesem Export gefunden
inventory-candidates-lead = Diese nennt der Export. Tragen Sie nur ein, was wirklich Ihres ist: Ein Export kann fremde Geräte enthalten.
inventory-candidates-none = Nichts weiter vorzuschlagen.
inventory-accept = Ja, das ist meins
inventory-reject = Nicht meins
kind-speaker = Lautsprecher
kind-phone = Telefon
kind-tv = Fernseher
kind-tablet = Tablet
kind-car = Auto
kind-watch = Uhr
kind-other = Sonstiges
player-label = Wiedergabe
player-nodevice = Kein Gerät
player-close = Wiedergabe schließen
player-prev = Vorige Aufnahme (k)
player-next = Nächste Aufnahme (j)
player-pause = Pause
player-play = Abspielen
player-speed = Tempo
player-nodevice-audio = Dieser Computer hat gerade keine Tonausgabe; Wellenform und Worte werden trotzdem gezeigt.
player-noaudio = Der Export enthält zu diesem Eintrag keine Aufnahme.
player-notranscript = (kein Transkript)
player-placeholder = Das Unternehmen hat statt der Worte diesen Hinweis gespeichert.
player-waveform = Position in der Aufnahme
mark-label = Ihre Markierung
mark-mine = Meins (m)
mark-notmine = Nicht meins (n)
start-open = Export öffnen …
recent-title = Zuletzt geöffnet
recent-foreign = { $n } nicht Ihre
recent-forget = Vergessen
recent-forget-title = Löscht alles, was Auskunft aus diesem Export abgeleitet hat (Index, Markierungen); Ihre Dateien bleiben unberührt.
prefs-language = Sprache
prefs-theme = Farbschema
prefs-theme-system = System
prefs-theme-light = Hell
prefs-theme-dark = Dunkel
search-placeholder = z. B. wetter leipzig, "timer" -stopp, device:d2, fit:foreign
search-label = Transkripte durchsuchen
search-go = Suchen
search-help = Wörter passen in jeder Form (Wetter, wetter; spielen, spiel). "Anführungszeichen" für genaue Wendungen, -wort schließt aus, device:, fit:, lang:, after:2018-05-01 before:2018-06-01.
search-range = Nur der auf der Zeitleiste gewählte Zeitraum:
search-range-clear = Alles durchsuchen
search-total = { $n ->
    [one] { $n } Aufnahme gefunden
   *[other] { $n } Aufnahmen gefunden
}
search-took = { $ms } ms
search-untranscribed = { $n ->
    [one] { $n } ohne Worte (Platzhalter) nicht durchsucht
   *[other] { $n } ohne Worte (Platzhalter) nicht durchsucht
}
search-facets = Filter
search-facet-fit = Wessen
search-facet-device = Gerät
search-facet-all = Alle
search-none = Nichts gefunden.
search-more = Mehr zeigen
search-limited = Die ersten { $n } sind aufgeführt; grenzen Sie die Suche ein, um die übrigen zu sehen.
loading-step-opening = Archive werden geöffnet …
loading-step-reading = Wird gelesen
loading-members = bisher { $n } Dateien
loading-records = { $n } Aufnahmen gefunden
loading-step-joining = Aufnahmen, Transkripte und Geräte werden zugeordnet
loading-step-judging = Es wird geprüft, wem sie gehören
loading-counted = { $members } Dateien · { $records } Aufnahmen
loading-cancel = Abbrechen
loading-cancelling = Wird abgebrochen …
