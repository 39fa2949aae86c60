# Was ein Formatmodul über eine gelesene Datei sagt (`members[].warnings`): einen übersprungenen
# Eintrag, eine übersprungene Zeile, was es repariert oder angenommen hat. `$at` ist die Stelle in
# der Datei (locators.ftl); `$value`, `$key`, `$zone` und `$rest` sind Text der Datei, wie er ist;
# `$detail` ist der Text einer Bibliothek.

## Ein Eintrag oder eine Zeile

format-row-not-object = { $at }: kein Objekt; übersprungen
format-row-empty-voice = { $at }: weder Zeit, Text, Gerät noch Äußerungs-ID; übersprungen
format-row-empty-card = { $at }: weder Zeit, Worte, Gerät noch Karten-ID; übersprungen
format-row-no-name-or-serial = { $at }: weder Name noch Seriennummer; übersprungen
format-row-no-google-device = { $at }: weder Marke, Modell, Typ noch Geräte-ID; übersprungen
format-row-no-id = { $at }: keine ID; übersprungen
format-row-registered-not-time = { $at }: FirstTimeRegistered „{ $value }“ ist kein Datum mit Uhrzeit; das Gerät wird behalten
format-row-first-activity-not-time = { $at }: erste Aktivität „{ $value }“ ist kein Datum mit Uhrzeit; das Gerät wird behalten
format-row-time-not-time = { $at }: Zeit „{ $value }“ ist kein Datum mit Uhrzeit; der Eintrag wird behalten
format-row-bad-description = { $at }: description ist kein gültiges JSON ({ $detail }); kein Transkript
format-row-no-time = { $at }: keine Zeit; übersprungen
format-row-time-not-iso = { $at }: Zeit { $value } ist keine Zeit nach ISO 8601; übersprungen
format-row-unreadable-time = { $at }: unlesbare Zeit „{ $value }“; übersprungen
format-row-field-not-objects = { $at }: { $key } enthält anderes als Objekte; ignoriert
format-row-field-not-file-names = { $at }: { $key } enthält anderes als Dateinamen; ignoriert
format-row-field-not-list = { $at }: { $key } ist keine Liste; ignoriert
format-row-title-not-text = { $at }: title ist kein Text; kein Transkript
format-row-audio-files = { $at }: { $count } Audiodateien; nur die erste wird zugeordnet, nicht { $rest }
format-row-no-timestamp = { $at }: Sprachnachricht ohne timestamp_ms; übersprungen
format-row-no-uri = { $at }: Audiodatei ohne uri; übersprungen
format-row-unreadable = { $at }: unlesbare Zeile ({ $detail }); übersprungen
format-row-unclosed-quote = { $at }: Eine Zelle in Anführungszeichen wird nie geschlossen; sie reicht bis zum Ende der Datei
format-row-documentation = { $at }: eine Zeile, die die Spalten beschreibt; übersprungen
format-row-cells-missing = { $at }: { $cells ->
        [one] 1 Zelle
       *[other] { $cells } Zellen
    }, die Kopfzeile hat { $width }; die fehlenden Zellen bleiben leer
format-row-cells-extra = { $at }: { $cells } Zellen, die Kopfzeile hat { $width }; die überzähligen Zellen werden ignoriert
format-row-cells-skipped = { $at }: { $cells ->
        [one] 1 Zelle
       *[other] { $cells } Zellen
    }, { $header ->
        [yes] die Kopfzeile hat { $width }
       *[no] die Tabelle hat { $width } Spalten
    }; übersprungen
format-pdf-row-no-time = { $at }: keine Zeit; übersprungen ({ $chars } Zeichen)
format-pdf-row-unreadable-time = { $at }: unlesbare Zeit „{ $value }“; übersprungen ({ $chars } Zeichen)

## Eine Aktivität einer Google-Seite „Meine Aktivitäten“

format-activity-ends-inside = { $at }: Die Datei endet in dieser Aktivität; ohne Zeit und Beschriftungen behalten
format-activity-ends-in-captions = { $at }: Die Datei endet in den Beschriftungen dieser Aktivität
format-activity-not-closed = { $at }: nicht geschlossen, bevor die nächste Aktivität beginnt; so weit gelesen, wie sie reicht
format-activity-no-content = { $at }: keine Inhaltszelle; übersprungen
format-activity-time-unread = { $at }: Zeit „{ $value }“ ist keine Zeit, die dieses Modul liest; ohne Zeit behalten
format-activity-no-time = { $at }: keine Zeit; ohne sie behalten
format-activity-no-title = { $at }: kein Titel (was gesagt wurde); ohne Transkript behalten
format-activity-empty = { $at }: weder Titel, Zeit noch Aufnahme; übersprungen
format-activity-zone-unknown = { $at }: Die Zeitzone „{ $zone }“ kennt dieses Modul nicht; ohne Zeit behalten
# `$local` und `$utc` sind Zeiten wie `2021-10-31 02:30:00`; `$region` ist der Name einer Zeitzone (Europe/Berlin).
format-activity-clock-change = { $at }: { $local } { $switch ->
        [never] gab es in { $region } nicht (die Uhren wurden vorgestellt)
       *[twice] gab es in { $region } zweimal (die Uhren wurden zurückgestellt)
    }; als die frühere der beiden Zeiten gelesen, { $utc } UTC

## Die ganze Datei

format-text-double-utf8 = Der Text war zweimal als UTF-8 kodiert; repariert
format-text-latin1 = Der Text ist kein UTF-8; als Windows-1252 (Latin-1) gelesen
format-cards-repeated = { $count ->
        [one] 1 Karte wiederholt eine Karten-ID, die auf dieser Seite schon gelesen wurde; sie wurde einmal gelesen
       *[other] { $count } Karten wiederholen eine Karten-ID, die auf dieser Seite schon gelesen wurde; jede wurde einmal gelesen
    }
format-cards-notifications = { $count ->
        [one] 1 Karte ist eine Benachrichtigung ohne gesprochene Anfrage und wurde nicht eingelesen
       *[other] { $count } Karten sind Benachrichtigungen ohne gesprochene Anfrage und wurden nicht eingelesen
    }
format-not-voice-kind = { $kind ->
        [app-opened] eine geöffnete App
        [item-selected] ein ausgewähltes Element
       *[card-shown] eine angezeigte Karte
    }
format-not-voice = { $count ->
        [one] 1 Eintrag ist keine Sprachinteraktion ({ format-not-voice-kind }) und wurde nicht eingelesen
       *[other] { $count } Einträge sind keine Sprachinteraktionen ({ format-not-voice-kind }) und wurden nicht eingelesen
    }
# `$name` und `$corrected` sind Abkürzungen von Zeitzonen (MEZ, MESZ), `$region` der Name einer Zeitzone.
format-zone-corrected = Die Zeiten nennen das ganze Jahr über { $name } (die Zone, die galt, als der Export erstellt wurde); { $count } { $season ->
        [winter] { $count ->
            [one] Winterzeit wurde
           *[other] Winterzeiten wurden
        }
       *[summer] { $count ->
            [one] Sommerzeit wurde
           *[other] Sommerzeiten wurden
        }
    } als { $corrected } gelesen (nach den Regeln von { $region })
format-no-zone = { $count ->
        [one] 1 Zeit trägt
       *[other] { $count } Zeiten tragen
    } keine Zone (ein alter Export); als UTC gelesen
format-audio-not-measured = Größer als { $mib } MiB; die Länge wurde nicht gemessen
format-table-more-warnings = { $count ->
        [one] 1 weitere Warnung zu einzelnen Zeilen nicht aufgeführt
       *[other] { $count } weitere Warnungen zu einzelnen Zeilen nicht aufgeführt
    }
format-table-no-rows = Die Tabelle hat eine Kopfzeile, aber keine Zeilen
format-table-no-readable-time = Keine Zeile der Tabelle hat eine lesbare Zeit

## Warum eine Datei, die ein Modul beansprucht hat, übersprungen wurde oder scheiterte (`members[].reason`)

format-read-error = Nicht lesbar: { $detail }
format-too-large = Größer als { $mib } MiB; nicht gelesen
format-invalid-json = Ungültiges JSON in Zeile { $line }, Spalte { $column }: { $detail }
# `$key` ist der Name eines Felds der Datei (`devices`, `activities`).
format-not-a-list = { $key } ist keine Liste
format-amazon-no-history = Weder customerHistoryRecords noch activities auf oberster Ebene
format-amazon-no-cards = Keine Liste von Karten (cards) auf oberster Ebene
format-amazon-no-devices = Keine Geräteliste (devices) auf oberster Ebene
format-amazon-no-registration-columns = Die Spalten FirstTimeRegistered und AccountName fehlen
format-google-not-activities = Die oberste Ebene ist keine Liste von Aktivitäten
format-google-not-activity-page = Keine Aktivitätsblöcke und nichts vom Seitenaufbau von Takeout: keine Seite „Meine Aktivitäten“
format-meta-no-messages = Keine Liste von Nachrichten (messages) auf oberster Ebene
format-csv-empty = Leer: keine Kopfzeile
format-csv-header-unreadable = Unlesbare Kopfzeile: { $detail }
format-table-not-a-table = Keine CSV-, JSON-, HTML- oder Text-Tabelle
format-table-none = Keine Tabelle mit einer Spalte für die Zeit und einer für den Text gefunden
format-pdf-no-table = In diesem PDF wurde keine Transkript-Tabelle gefunden
format-pdf-unreadable = Unlesbares PDF: { $detail }
format-pdf-crashed = Unlesbares PDF: Das Leseprogramm für PDF ist abgestürzt ({ $detail })
format-pdf-gave-up = Unlesbares PDF: Das Leseprogramm für PDF ist abgestürzt (es hat aufgegeben)
format-pdf-not-started = Unlesbares PDF: Das Leseprogramm für PDF ließ sich nicht starten: { $detail }
format-pdf-too-slow = Unlesbares PDF: Das Lesen hätte länger als { $seconds } s gedauert; aufgegeben
format-pdf-lost = Unlesbares PDF: Das Leseprogramm für PDF ist abgestürzt
# `member-content` (members.ftl) nennt die Art des Audios nach `$content`.
format-audio-unreadable = { member-content } nicht lesbar: { $detail }
format-audio-no-track = { member-content } nicht lesbar: keine Tonspur
format-audio-gave-up = { member-content } nicht lesbar: Der Decoder hat aufgegeben
format-audio-read-error = Die Aufnahme ließ sich nicht lesen: { $detail }
format-audio-wav-header = Beschädigter WAV-Kopf: { $detail }
format-audio-wav-long-header = WAV-Audio nicht lesbar: { $detail }, und sein Kopf ist länger als { $kib } KiB
# Eine WAV-Datei, die hound nicht lesen konnte, und warum auch der zweite Leser es nicht konnte (`$why`).
format-audio-wav-unread = { $why } (hound: { $detail })
