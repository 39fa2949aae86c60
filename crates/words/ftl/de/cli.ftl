# Die Textausgabe der Kommandozeile (`auskunft audit`, `search`, `inventory`, `demo`).

cli-export = Export { $id } · { $count ->
        [one] { $count } Archiv
       *[other] { $count } Archive
    }
cli-input-status = { $status ->
        [ok] in Ordnung
        [truncated] ABGESCHNITTEN
        [not_an_archive] KEIN ARCHIV
        [empty] LEER
       *[unreadable] UNLESBAR
    }
cli-files = Dateien: { $members } — { $parsed } gelesen, { $skipped } übersprungen, { $failed } fehlgeschlagen
cli-by-kind = nach Art: { $list }
cli-kind = { $count } { $kind ->
        [audio] Audio
        [transcript] Mitschrift
        [records] Einträge
        [device_list] Geräteliste
        [document] Dokument
        [archive] Archiv
       *[other] Sonstiges
    }
cli-failed = Fehlgeschlagen:
cli-skipped = Übersprungen:
cli-no-reason = kein Grund angegeben
cli-more-reasons = … und { $count } weitere Gründe (siehe --json)
cli-warned = Gelesen, mit Warnungen:
cli-more-warned = … und { $count } weitere Dateien mit Warnungen (siehe --json)
cli-records = Aufnahmen: { $records } ({ $mine } Ihre, { $foreign } nicht Ihre, { $unknown } unklar) · Geräte: { $devices }
cli-note = Hinweis: { $note }
cli-demo-written = Der Demo-Export { $scenario } wurde geschrieben:
cli-demo-truth = { $path } (die Wahrheit dahinter)
cli-demo-inventory = { $path } (das Inventar der anfragenden Person)
cli-error = auskunft: { $message }
cli-question = Frage: { $question }
cli-question-serial = Seriennummer { $serial }
cli-question-account = Konto { $account }
cli-question-records = { $count ->
        [one] { $count } Aufnahme
       *[other] { $count } Aufnahmen
    }
cli-answer = Beantworten Sie sie in der App oder hier:
cli-answer-device = ein Gerät ist Ihres:      { $command }   (ebenso für jedes weitere)
cli-answer-use-one = Sie nutzen einen:         { $command }
cli-answer-none = Sie besitzen gar keinen: { $command }
cli-search-total = { $total ->
        [one] { $total } Eintrag passt zu
       *[other] { $total } Einträge passen zu
    } { $query }{ $shown ->
        [all] {""}
       *[other] ; die besten { $shown } folgen
    }.
cli-search-no-time = (ohne Zeit)
cli-search-no-device = (ohne Gerät)
cli-search-fit = { $fit ->
        [mine] meins
        [foreign] fremd
       *[unknown] unklar
    }
cli-search-hit = { $record }  { $time }  { $device }  { cli-search-fit }  Treffergüte { $score }
cli-search-by-device = Nach Gerät: { $list }.
cli-search-by-fit = Nach Zugehörigkeit: { $list }.
cli-search-untranscribed = { $count ->
        [one] { $count } Eintrag ohne Transkript (Platzhalter wie „Audio war nicht für Alexa bestimmt“) passt zu diesen Filtern; seine Worte lassen sich nicht durchsuchen.
       *[other] { $count } Einträge ohne Transkript (Platzhalter wie „Audio war nicht für Alexa bestimmt“) passen zu diesen Filtern; ihre Worte lassen sich nicht durchsuchen.
    }
cli-inventory-added = { $section ->
        [device] Gerät
        [account] Konto
        [person] Person
       *[place] Ort
    } { $n } zu { $path } hinzugefügt: { $entry }
cli-inventory-removed = { $section ->
        [device] Gerät
        [account] Konto
        [person] Person
       *[place] Ort
    } { $n } aus { $path } entfernt: { $entry }
cli-inventory-owns = { $path } sagt jetzt: { $owns ->
        [false] Sie besitzen kein Gerät, das Sprache aufnimmt
        [true] Sie besitzen ein Gerät, das Sprache aufnimmt (tragen Sie es mit `auskunft inventory add device` ein)
       *[unsaid] nichts darüber, ob Sie Sprachgeräte besitzen
    }.
cli-inventory-numbered = Einträge sind ab 1 nummeriert, wie `auskunft inventory show` sie auflistet.
cli-inventory-none-yet = Noch keine Inventardatei unter { $path }: Sie gibt nichts an.
    Einträge fügen Sie mit `auskunft inventory add device|account|person|place …` hinzu.
cli-inventory-title = Inventar { $path }
cli-inventory-section = { $section ->
        [devices] Geräte
        [accounts] Konten
        [people] Personen
       *[places] Orte
    }
cli-inventory-section-count = { cli-inventory-section } ({ $count }):
cli-inventory-section-none = { cli-inventory-section }: keine
cli-inventory-section-none-to-add = { cli-inventory-section }: nichts hinzuzufügen
cli-inventory-serial = Seriennummer { $serial }
cli-inventory-type = Typ { $type }
cli-inventory-account = Konto { $account }
cli-inventory-from = ab { $date }
cli-inventory-until = bis { $date }
cli-inventory-radius = Umkreis { $km } km
cli-inventory-no-keys = (ohne Angaben)
cli-inventory-no-name = (ohne Namen)
cli-inventory-caution = Vorsicht: { $caution }
cli-inventory-to-add = Hinzufügen: { $command }
cli-inventory-nothing-added = Zu { $path } wurde nichts hinzugefügt. Fügen Sie einen Vorschlag nur hinzu, wenn er Ihrer ist, mit dem Befehl darunter.
cli-error-pdf-needs-out = Ein Brief als PDF braucht --out DATEI.
cli-error-stdout = Die Ausgabe lässt sich nicht schreiben: { $detail }.
cli-progress = lese … { $members } Dateien, { $records } Aufnahmen
cli-progress-searching = durchsuche { $records } Aufnahmen …
## Eine Befehlszeile, die sich nicht ausführen lässt (Exit-Code 2): was falsch ist, dann wie der
## Befehl aufgerufen wird. `$arg` ist ein Argument, wie die Aufrufzeile es schreibt
## (--format <FORMAT>), `$command` der Befehl, wie getippt (auskunft inventory add); beide, die
## Werte und `$usage` bleiben, wie sie sind.
cli-usage-unknown-argument = { $arg } ist kein Argument von { $command }.
cli-usage-unknown-command = { $name } ist kein Befehl von { $command }.
cli-usage-did-you-mean = Meinten Sie { $suggestion }?
cli-usage-suggested = { $what } { $then }
cli-usage-missing = { $count ->
        [one] Das Argument { $args } fehlt.
       *[other] Diese Argumente fehlen: { $args }.
    }
cli-usage-missing-command = { $command } braucht einen seiner Befehle: { $commands }.
cli-usage-no-value = { $arg } braucht einen Wert.
cli-usage-invalid-value = „{ $value }“ ist kein Wert für { $arg }.
cli-usage-invalid-value-one-of = „{ $value }“ ist kein Wert für { $arg }; möglich sind { $values }.
cli-usage-invalid-value-date = „{ $value }“ ist kein Wert für { $arg }; es braucht ein Datum wie { $example }.
cli-usage-too-many = { $arg } nimmt keinen weiteren Wert; „{ $value }“ ist einer zu viel.
cli-usage-wrong-number = { $arg } nimmt { $expected } Werte, nicht { $actual }.
cli-usage-conflict = { $arg } lässt sich nicht zusammen mit { $other } angeben.
cli-usage-no-equals = { $arg } nimmt seinen Wert nach einem Gleichheitszeichen: { $arg }=…
cli-usage-other = Die Befehlszeile lässt sich nicht lesen: { $detail }
cli-usage = Aufruf: { $usage }
cli-usage-help = Mehr dazu: { $command } --help
