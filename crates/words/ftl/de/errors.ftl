# Fehler, die die API meldet (`ApiError`): was schiefging und wo. `$detail` ist die Ursache, wie
# das System oder eine Bibliothek sie nennt.

error-no-archives = Geben Sie mindestens eine Archivdatei des Exports an.
error-inventory-invalid = Das Inventar ist ungültig: { $detail }.
error-cancelled = Das Lesen des Exports wurde abgebrochen; nichts davon wurde behalten.
error-no-data-dir = Es wurde kein Datenordner gefunden; setzen Sie { $variable } auf einen Ordner, in den Auskunft schreiben darf.
error-no-record = Der geöffnete Export hat keine Aufnahme { $record }.
error-no-recording = Zur Aufnahme { $record } enthält der Export keine Tonaufnahme.
error-recording-unreadable = Die Tonaufnahme zu { $record } lässt sich nicht lesen: { $detail }.
error-no-device = In diesem Export gibt es kein Gerät { $device }.
error-report-not-saved = Der Bericht wurde nicht gespeichert: { $detail }.
error-letter-not-saved = Der Brief wurde nicht gespeichert: { $detail }.
error-demo-not-written = Die Demo konnte nicht geschrieben werden: { $detail }.
error-recording-not-decodable = Die Aufnahme lässt sich nicht dekodieren: { $detail }.
error-review-not-written = Ihre Prüfung dieses Exports konnte nicht gespeichert werden: { $detail }.
error-marks-unreadable = Ihre Markierungen in { $path } lassen sich nicht lesen: { $detail }.
error-marks-damaged = Ihre Markierungen in { $path } sind beschädigt (Zeile { $line }, Spalte { $column }); verschieben Sie die Datei, um neu zu beginnen.
error-marks-other-version = Ihre Markierungen in { $path } stammen von einer anderen Version ({ $schema }).
error-file-not-writable = { $path } lässt sich nicht schreiben: { $detail }.
error-file-unreadable = { $path } lässt sich nicht lesen: { $detail }.
error-inventory-unchanged = In { $path } wurde nichts geändert: { $detail }.
error-inventory-not-saved = Das Inventar konnte nicht gespeichert werden: { $detail }.
error-recent-damaged = Die Liste der zuletzt geöffneten Exporte ({ $path }) ist beschädigt; sie wird beim nächsten Öffnen eines Exports neu angelegt.
error-internal = In Auskunft ist etwas schiefgegangen ({ $detail }). Das ist ein Fehler von Auskunft, kein Problem mit Ihrem Export.
error-no-export-open = Es ist kein Export geöffnet; öffnen Sie zuerst einen.
error-early-audit-stopped = Die beim Start begonnene Prüfung brach unerwartet ab.
error-command-stopped = Der Befehl brach unerwartet ab: { $detail }.
error-recording-changed = Die Tonaufnahme zu { $record } („{ $path }“ in { $file }) ist nicht die geprüfte: Das Archiv hat sich seitdem geändert; öffnen Sie den Export erneut.
error-record-not-decodable = Die Tonaufnahme zu { $record } („{ $path }“) lässt sich nicht dekodieren: { $detail }.
error-playback-speed = Die Abspielgeschwindigkeit muss zwischen 0,5 und 2 liegen; verlangt war { $speed }.
error-not-an-export-id = `{ $id }` ist keine Export-Kennung.
error-export-not-forgotten = Was Auskunft zu Export { $id } aufbewahrt, ließ sich nicht löschen: { $detail }.
error-index-not-written = Der Suchindex konnte nicht geschrieben werden: { $detail }.
error-search-failed = Die Suche ist fehlgeschlagen: { $detail }.
error-recent-not-written = Die Liste der zuletzt geöffneten Exporte konnte nicht geschrieben werden: { $detail }.
error-data-dir-not-writable = In den Datenordner { $path } lässt sich nicht schreiben: { $detail }.
error-inventory-changed-meanwhile = { $path } wurde seit dem Lesen von einem anderen Programm geändert; es wurde nichts geschrieben.
# Was bei einer Demo schiefging (`$detail` von error-demo-not-written).
error-demo-scenario = Es gibt kein Demo-Szenario „{ $scenario }“; die Szenarien sind { $scenarios }
error-demo-records = Eine Demo hat zwischen { $min } und { $max } Aufnahmen, nicht { $given }
error-demo-path = { $path } hat keinen Dateinamen, unter dem sich eine Demo schreiben ließe, etwa demo.zip
error-demo-file = { $path } lässt sich nicht schreiben: { $detail }
error-transcript-format = Transkripte lassen sich nicht als „{ $format }“ schreiben; die Formate sind csv, srt und vtt.
error-nothing-readable = Keine der Dateien { $files } ließ sich als Archiv lesen; es wurde nichts geschrieben.
error-unknown-language = Für die Sprache „{ $code }“ hat Auskunft keine Worte; nehmen Sie de oder en.
error-letter-date = Das Datum { $which ->
        [requested] der Anfrage
       *[received] des Eingangs
    } „{ $date }“ ist kein Datum wie 2026-03-01.
error-audio-output-gone = Die Tonausgabe funktioniert nicht mehr; starten Sie Auskunft neu, um wieder Aufnahmen abzuspielen.
error-recording-no-channels = Die Tonaufnahme zu { $record } hat keine Kanäle oder keine Abtastrate.
error-no-audio-device = Es ist keine Tonausgabe verfügbar ({ $detail }); Wellenform und Transkript werden weiter angezeigt.
error-player-position = Die Wiedergabe kann nicht { $what ->
        [seek] zu { $seconds } Sekunden springen
       *[play] ab { $seconds } Sekunden abspielen
    }.
