# Was an einer Inventar-Datei oder an einer Änderung daran nicht stimmt (`$detail` der
# error-inventory-…-Fehler). `$key` ist ein Schlüssel, wie die Datei ihn schreibt (`lat`);
# `$section` der Name der Tabelle in der Datei (device, account, person, place).

inventory-in-file = { $path }, { $problem }
inventory-at-line = Zeile { $line }: { $problem }

inventory-unreadable = kann nicht gelesen werden: { $detail }
inventory-unknown-key = `{ $key }` ist hier kein Schlüssel; die Schlüssel sind { $keys }
inventory-duplicate-key = `{ $key }` steht doppelt da
inventory-not-toml = diese Zeile ist kein gültiges TOML: { $text }
inventory-not-toml-here = die Datei ist hier kein gültiges TOML
inventory-voice-contradiction = `owns_voice_devices = false` sagt, dass Sie kein Gerät besitzen, das Sprache aufnimmt, aber ein [[device]] einer sprachaufnehmenden Art ist eingetragen; entfernen Sie eines von beiden (ein Gerät, das nichts aufnimmt, kann kind = "other" haben)

inventory-value-type = `{ $key }` { $kind ->
        [boolean] muss true oder false sein
        [text] muss Text in Anführungszeichen sein, etwa "Echo Dot"
        [number] muss eine Zahl wie 48.137 sein
        [list] muss eine Liste sein
       *[other] hat einen Wert der falschen Art
    }
inventory-value-one-of = `{ $key }` muss eines von { $values } sein, nicht „{ $text }“
inventory-value-number = `{ $key }` muss eine Zahl wie 48.137 sein (mit Punkt), nicht „{ $text }“
inventory-value-latitude = `{ $key }` muss ein Breitengrad zwischen -90 und 90 sein, nicht { $value }
inventory-value-longitude = `{ $key }` muss ein Längengrad zwischen -180 und 180 sein, nicht { $value }
inventory-value-radius = `{ $key }` muss eine positive Zahl von Kilometern sein, nicht { $value }
inventory-value-finite = `{ $key }` muss eine endliche Zahl sein, nicht { $value }
inventory-value-empty = `{ $key }` darf nicht leer sein
inventory-value-date = `{ $key }` muss ein Datum wie 2019-02-01 sein, nicht „{ $text }“
inventory-value-email = `{ $key }` muss eine E-Mail-Adresse wie lena@example.org sein, nicht „{ $text }“
inventory-value-window = `until` ({ $until }) darf nicht vor `from` ({ $from }) liegen

inventory-edit-unknown-key = `{ $key }` ist kein Schlüssel von [[{ $section }]]; seine Schlüssel sind { $keys }
inventory-edit-no-entry = { $section ->
        [device] es gibt kein Gerät
        [account] es gibt kein Konto
        [person] es gibt keine Person
       *[place] es gibt keinen Ort
    } Nummer { $number }: das Inventar nennt { $count } { $section ->
        [device] { $count ->
            [one] Gerät
           *[other] Geräte
        }
        [account] { $count ->
            [one] Konto
           *[other] Konten
        }
        [person] { $count ->
            [one] Person
           *[other] Personen
        }
       *[place] { $count ->
            [one] Ort
           *[other] Orte
        }
    }
inventory-edit-empty = { $section ->
        [device] ein Gerät braucht
        [account] ein Konto braucht
        [person] eine Person braucht
       *[place] ein Ort braucht
    } mindestens einen dieser Schlüssel: { $keys }
inventory-edit-inline = `{ $section }` ist in dieser Datei als Inline-Array geschrieben; Auskunft bearbeitet nur [[{ $section }]]-Tabellen, ändern Sie es also von Hand
inventory-edit-rejected = die Änderung würde das Inventar ungültig machen ({ $problem })
inventory-edit-changed = { $path } wurde seit dem Lesen von einem anderen Programm geändert; nichts wurde geschrieben
inventory-edit-io = { $path } kann nicht geschrieben werden: { $detail }
