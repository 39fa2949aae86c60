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
