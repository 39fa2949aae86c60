# Warum eine Datei des Exports übersprungen wurde oder scheiterte (`members[].reason`), und was
# mit einer Archivdatei als Ganzes nicht stimmt (`inputs[].message`). `$detail` ist der Text des
# Systems oder einer Bibliothek.

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
member-special = { $what }; solche Einträge enthalten keine Daten
member-encrypted = Verschlüsselt: Das Archiv schützt diese Datei mit einem Passwort, ihr Inhalt ist nicht lesbar
member-overlap = Ihre Daten überlappen die einer anderen Datei, ein Trick von Zip-Bomben; nicht gelesen
member-too-large = Größengrenze: gibt { $declared } Bytes an, mehr als die { $limit } für eine Datei erlaubten
member-budget = Größengrenze: Der Export als Ganzes hat seine Größengrenze vor dieser Datei erreicht
member-not-located = Ihr Inhalt war im Archiv nicht zu finden
member-climbs-out = Unsicherer Name: Er zeigt aus dem Archiv hinaus („..“); gehasht, aber nicht eingelesen
member-duplicate = Doppelter Name: Ein früherer Eintrag desselben Archivs hat diesen Pfad; gehasht, aber nicht eingelesen
member-crc = Prüfsummenfehler (CRC): Die Daten passen nicht zu ihrer Prüfsumme, die Datei ist beschädigt
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
