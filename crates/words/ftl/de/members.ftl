# Warum eine Datei des Exports übersprungen wurde oder scheiterte (`members[].reason`), und was
# mit einer Archivdatei als Ganzes nicht stimmt (`inputs[].message`). `$detail` ist der Text des
# Systems oder einer Bibliothek, oder, in den Gründen zu Größengrenze, Manipulation und
# beschädigtem Archiv, eine Meldung dieser Datei (eine Grenze, was mit einem Archiv im Export nicht
# stimmt).

member-content = { $content ->
    [wav] WAV-Audio
    [mp3] MP3-Audio
    [ogg] Ogg-Audio
    [flac] FLAC-Audio
    [mp4] MPEG-4-Audio
    [zip] ZIP-Archiv
    [gzip] gzip-Archiv
    [tar] TAR-Archiv
    [pdf] PDF-Dokument
    [html] HTML-Seite
    [json] JSON-Daten
    [csv] CSV-Tabelle
    [text] Text
    [image] Bild
    [empty] leere Datei
   *[binary] Binärdaten
}
member-no-format = Diese Datei ({ member-content }) liest bisher kein Formatmodul
member-folder = Ordnereintrag; Ordner enthalten selbst keine Daten
member-symlink = Symbolischer Verweis auf „{ $target }“; Verweisen wird nicht gefolgt
member-special = { $what ->
        [hard-link] Harter Verweis
       *[special] Spezialdatei (Gerät, Pipe oder Metadaten)
    }; solche Einträge enthalten keine Daten
member-unsupported-method = Mit { $method } komprimiert, das Auskunft nicht entpacken kann
member-unsupported-method-number = Mit Verfahren { $number } komprimiert, das Auskunft nicht entpacken kann
member-local-header = Der lokale Kopf fehlt oder ist beschädigt: { $detail }
member-local-header-missing = Der lokale Kopf fehlt oder ist beschädigt: kein lokaler Kopf bei Byte { $offset }
member-data-outside = Die Daten liegen außerhalb der Archivdatei
member-length-unknown = Die Länge steht nur im fehlenden Inhaltsverzeichnis; die Datei lässt sich daher nicht vom Folgenden trennen
member-encrypted = Verschlüsselt: Das Archiv schützt diese Datei mit einem Passwort, ihr Inhalt ist nicht lesbar
member-overlap = Ihre Daten überlappen die einer anderen Datei, ein Trick von Zip-Bomben; nicht gelesen
member-too-large = Größengrenze: gibt { $declared } Bytes an, mehr als die { $limit } für eine Datei erlaubten
member-budget = Größengrenze: Der Export als Ganzes hat seine Größengrenze vor dieser Datei erreicht
member-not-located = Ihr Inhalt war im Archiv nicht zu finden
member-climbs-out = Unsicherer Name: Er zeigt aus dem Archiv hinaus („..“); gehasht, aber nicht eingelesen
member-duplicate = Doppelter Name: Ein früherer Eintrag desselben Archivs hat diesen Pfad; gehasht, aber nicht eingelesen
member-crc = Prüfsummenfehler (CRC): Die Daten passen nicht zu ihrer Prüfsumme, die Datei ist beschädigt
# Die Grenzen, an die eine Datei beim Lesen stieß (`$detail` der Gründe zu Größengrenzen und Manipulation).
member-limit-member-size = wird größer als { $limit } Bytes (die Grenze für eine Datei)
member-limit-ratio = wird mehr als { $ratio }-mal so groß wie komprimiert, wie eine Dekompressionsbombe
member-limit-total = der Export als Ganzes wird größer als { $limit } Bytes
member-limit-declared = enthält mehr Daten, als ihr Kopf angibt ({ $declared } Bytes)
member-crafted = Beschädigt oder manipuliert: { $detail }
member-size-limit-read = Größengrenze: { $detail }; Lesen nach { $bytes } Bytes beendet
member-size-limit = Größengrenze: { $detail }
member-cut-off = Abgeschnitten: Die Daten enden nach { $bytes } Bytes
member-corrupt-after = Beschädigte Daten nach { $bytes } Bytes: { $detail }
member-corrupt = Beschädigte Daten: { $detail }
member-too-deep = Zu tief verschachtelt: mehr als { $limit } Archive ineinander; nicht geöffnet
member-too-many-nested = Zu viele verschachtelte Archive (mehr als { $limit }); nicht geöffnet
member-damaged-archive = Beschädigtes Archiv: { $detail }
member-damaged-archive-unknown = Beschädigtes Archiv: Es ließ sich nicht lesen
input-message-cannot-open = { $file } lässt sich nicht öffnen: { $detail }.
input-message-folder = { $file } ist ein Ordner; geben Sie die Archivdateien darin an.
input-message-cannot-read = { $file } lässt sich nicht lesen: { $detail }.
input-message-empty = { $file } ist leer (0 Bytes); der Download ist vielleicht fehlgeschlagen.
input-message-not-an-archive = { $file } ist kein ZIP-, TAR- oder gzip-Archiv; dem Inhalt nach: { $content ->
    [empty] eine leere Datei
   *[other] { member-content }
}.
# Was mit einem Archiv nicht stimmt (`inputs[].message`, und in `member-damaged-archive` für eines
# in einem anderen).
input-message-unreadable = Das Archiv lässt sich nicht lesen: { $detail }
input-message-unreadable-unknown = Das Archiv lässt sich nicht lesen
input-message-toc-outside = Das Inhaltsverzeichnis zeigt aus der Datei hinaus
input-message-toc-damaged = Das Inhaltsverzeichnis ist nach Eintrag { $entry } beschädigt
input-message-toc-cut = Das Inhaltsverzeichnis ist in Eintrag { $entry } abgeschnitten
input-message-toc-limit = Nur die ersten { $limit } Einträge wurden gelesen (Grenze für die Zahl der Dateien)
# Ein beschädigtes Inhaltsverzeichnis (`$damage`), dann was das Lesen von vorn nach hinten fand.
input-message-damage-then = { $damage }; { $then }
input-message-damage-read = { $damage }; { $count ->
        [one] 1 Eintrag wurde gelesen
       *[other] { $count } Einträge wurden gelesen
    }
input-message-entries-missing = Das Archiv kündigt { $announced } Einträge an, listet aber { $listed }
input-message-garbage = { $bytes } Bytes unbekannter Daten zwischen den Dateien wurden übersprungen
input-message-tar-unreadable = Das TAR-Archiv lässt sich nicht lesen: { $detail }
input-message-tar-damaged = Das TAR-Archiv ist nach { $count ->
        [one] 1 Datei
       *[other] { $count } Dateien
    } beschädigt: { $detail }
input-message-tar-cut-off = Das TAR-Archiv ist in Datei { $file } abgeschnitten; { $recovered ->
        [one] 1 Datei davor wurde geborgen
       *[other] { $recovered } Dateien davor wurden geborgen
    }
input-message-gzip-unreadable = Die gzip-Daten lassen sich nicht entpacken: { $detail }
input-message-gzip-cut-off = Der gzip-Datenstrom ist abgeschnitten
input-message-zip-cut-off = Das Archiv ist nach { $at } Bytes abgeschnitten: Sein Inhaltsverzeichnis fehlt, daher wurde es von vorn nach hinten gelesen; { $recovered } Dateien wurden geborgen{ $incomplete ->
        [none] {""}
       *[other] , „{ $incomplete }“ ist unvollständig{ $missing ->
            [none] {""}
           *[other] {" "}(es fehlen { $missing } Bytes)
        }
    }, und wie viele Dateien nach dem Schnitt kamen, lässt sich nicht wissen
# Eine Warnung zu einer gelesenen Datei (`members[].warnings`), neben denen der Formatmodule
# (formats.ftl).
member-same-bytes = Dieselben Bytes wie { $first }; nur einmal gezählt
# Warum sich die Bytes einer Datei nicht holen ließen, als sie nach der Prüfung gebraucht wurden
# (die Aufnahme für den Player: das `$detail` von error-recording-unreadable): Satzteile, die die
# Archivdatei (`$input`, `$file`) und die Datei darin (`$member`) nennen; `$reason` ist der Grund
# dieser Datei wie oben.
member-read-no-input = Der Export hat { $count } Archivdateien, also keine Datei Nummer { $input }
member-read-not-found = „{ $member }“ ist nicht in { $input }
member-read-unreadable = „{ $member }“ in { $input } lässt sich nicht lesen: { $reason }
member-read-too-large = „{ $member }“ in { $input } ist größer als die { $limit } Bytes, die auf einmal gelesen werden
member-read-damaged = Die Daten sind beschädigt
member-read-not-to-end = Die Datei wurde nicht bis zu ihrem Ende gelesen
member-read-not-handed-out = Das Archiv gibt den Inhalt nicht heraus
member-read-stopped = Lesen abgebrochen: { $detail }
member-read-input-unreadable = Die Datei lässt sich nicht lesen
member-read-in-file = { $file }: { $detail }
# Die Sätze über eine ganze Archivdatei (input-message-… oben) als Satzteile, ohne Schlusspunkt:
# dieselben Worte, gleich gehalten (ein Test in crates/archive vergleicht sie).
member-read-input-cannot-open = { $file } lässt sich nicht öffnen: { $detail }
member-read-input-folder = { $file } ist ein Ordner; geben Sie die Archivdateien darin an
member-read-input-cannot-read = { $file } lässt sich nicht lesen: { $detail }
member-read-input-empty = { $file } ist leer (0 Bytes); der Download ist vielleicht fehlgeschlagen
member-read-input-not-an-archive = { $file } ist kein ZIP-, TAR- oder gzip-Archiv; dem Inhalt nach: { $content ->
    [empty] eine leere Datei
   *[other] { member-content }
}
