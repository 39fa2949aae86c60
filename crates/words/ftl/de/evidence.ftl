# Beweise (Manifest, Prüfung), das Beiseitelegen fremder Daten, ihr Vergessen und die eigenen
# Transkripte: die Sätze der Kommandozeile (evidence-…) und der Abschnitte von „Handeln“
# (evidence-ui-…), Deutsch. crates/evidence und die Oberfläche lesen sie gleichermaßen.

## Kommandozeile: manifest
evidence-manifest-wrote = Beweis-Manifest geschrieben: { $path }
evidence-manifest-counts = { $members ->
    [one] Es nennt { $members } Datei aus { $inputs ->
        [one] { $inputs } Archiv
       *[other] { $inputs } Archiven
    } mit ihrem SHA-256 und den Prüfwert der Auswertung.
   *[other] Es nennt { $members } Dateien aus { $inputs ->
        [one] { $inputs } Archiv
       *[other] { $inputs } Archiven
    } mit ihrem SHA-256 und den Prüfwert der Auswertung.
}
evidence-manifest-sha = SHA-256 des Manifests: { $sha }
evidence-manifest-signature = Signatur: { $path }
evidence-manifest-key = Öffentlicher Schlüssel: { $path } (Schlüssel-ID { $id }). Veröffentlichen Sie ihn oder geben Sie ihn denen, die prüfen.
evidence-manifest-check = Jede und jeder kann die Signatur prüfen mit: minisign -Vm { $manifest } -p { $key }
evidence-key-created = Für Sie wurde ein Signaturschlüssel in { $dir } angelegt; halten Sie evidence.key geheim.
evidence-key-replaced = Der Signaturschlüssel war nicht verwendbar ({ $problem }), daher wurde ein neuer angelegt (Schlüssel-ID { $id }). Früher erstellte Signaturen brauchen den alten öffentlichen Schlüssel: { $old }.
evidence-key-replaced-lost = Der Signaturschlüssel war nicht verwendbar ({ $problem }), daher wurde ein neuer angelegt (Schlüssel-ID { $id }). Früher erstellte Signaturen brauchen den alten öffentlichen Schlüssel, der auch nicht mehr im Datenordner liegt; haben Sie ihn veröffentlicht, nehmen Sie diese Kopie.
evidence-key-moved = Die unbrauchbare Schlüsseldatei wurde als { $path } aufbewahrt.

## Kommandozeile: verify
evidence-verify-match = Alles stimmt überein: { $members ->
    [one] { $members } Datei
   *[other] { $members } Dateien
} in { $inputs ->
    [one] { $inputs } Archiv
   *[other] { $inputs } Archiven
} haben den SHA-256, den das Manifest nennt.
evidence-verify-differ = { $count ->
    [one] { $count } Abweichung vom Manifest:
   *[other] { $count } Abweichungen vom Manifest:
}
evidence-verify-changed = geändert   { $where }: SHA-256 { $old } laut Manifest, jetzt { $new }
evidence-verify-unreadable = geändert   { $where }: SHA-256 { $old } laut Manifest, jetzt nicht lesbar ({ $reason })
evidence-verify-missing = fehlt      { $where }: im Manifest (SHA-256 { $old }), nicht im Archiv
evidence-verify-extra = zusätzlich { $where }: im Archiv (SHA-256 { $new }), nicht im Manifest
evidence-verify-input-changed = geändert   Archiv { $input } (angegeben als { $given }): SHA-256 { $old } laut Manifest, jetzt { $new }
evidence-verify-input-missing = fehlt      Archiv { $input }: nicht angegeben
evidence-verify-input-unreadable = fehlt      Archiv { $input }: { $problem }
evidence-verify-input-extra = zusätzlich Archiv { $given }: nicht im Manifest (SHA-256 { $sha })
evidence-verify-sig-good = Signatur: gültig, erstellt mit Schlüssel { $id } ({ $from }). Signierter Kommentar: { $comment }
evidence-verify-sig-from-given = der von Ihnen angegebene öffentliche Schlüssel
evidence-verify-sig-from-own = Ihr eigener Schlüssel in diesem Datenordner
evidence-verify-sig-from-manifest = der Schlüssel, den das Manifest nennt: vergleichen Sie diese ID mit der, die der Unterzeichner veröffentlicht hat
evidence-verify-sig-bad = Signatur: UNGÜLTIG: { $problem }
evidence-verify-sig-absent = Signatur: keine neben dem Manifest ({ $path } fehlt), daher wurden nur die Prüfsummen verglichen.
evidence-where-nested = { $input }: { $container } › { $path }
evidence-where = { $input }: { $path }
evidence-hash-none = keiner

## Kommandozeile und Liste in der Kopie: beiseitelegen
evidence-setaside-wrote = Kopie des Exports ohne das, was nicht Ihres ist, geschrieben: { $path }
evidence-setaside-sha = SHA-256 der Kopie: { $sha } ({ $size })
evidence-setaside-title = Was Auskunft aus diesem Export beiseitegelegt hat ({ $when })
evidence-setaside-copied = { $count ->
    [one] { $count } Datei unverändert kopiert.
   *[other] { $count } Dateien unverändert kopiert.
}
evidence-setaside-none-removed = Nichts wurde entfernt: keine Datei enthält nur Einträge, die als nicht Ihre beurteilt sind.
evidence-setaside-removed = { $count ->
    [one] { $count } Datei ({ $size }) entfernt, die nur als nicht Ihre beurteilte Einträge enthält:
   *[other] { $count } Dateien ({ $size }) entfernt, die nur als nicht Ihre beurteilte Einträge enthalten:
}
evidence-setaside-mixed = { $count ->
    [one] { $count } Datei ganz behalten, die Ihre Einträge und auch fremde enthält (eine Kopie muss eine Kopie bleiben; Ihre eigenen Zeilen erhalten Sie mit „auskunft transcripts“):
   *[other] { $count } Dateien ganz behalten, die Ihre Einträge und auch fremde enthalten (eine Kopie muss eine Kopie bleiben; Ihre eigenen Zeilen erhalten Sie mit „auskunft transcripts“):
}
evidence-setaside-not-copied = { $count ->
    [one] { $count } Datei konnte nicht kopiert werden (sie ist auch im Original nicht lesbar):
   *[other] { $count } Dateien konnten nicht kopiert werden (sie sind auch im Original nicht lesbar):
}
evidence-setaside-item = { $where }  SHA-256 { $sha }
evidence-setaside-item-reason = { $where }: { $reason }
evidence-setaside-more = … und { $count } weitere (alle in auskunft-set-aside.json in der Kopie)
evidence-setaside-originals = Die Originale wurden nur gelesen, nicht verändert:
evidence-setaside-original = { $name }  SHA-256 { $sha }

## Kommandozeile: vergessen
evidence-forget-done = Vergessen, was Auskunft aus { $members ->
    [one] { $members } fremden Datei
   *[other] { $members } fremden Dateien
} abgeleitet hatte ({ $records ->
    [one] { $records } Eintrag
   *[other] { $records } Einträge
}).
evidence-forget-deleted = Gelöscht: { $path } ({ $size }).
evidence-forget-nothing = Es gab nichts Abgeleitetes zu löschen (kein Suchindex dieses Exports).
evidence-forget-kept = Behalten: { $path }: Ihre eigenen Markierungen, keine Worte oder Töne anderer.
evidence-forget-recorded = Vermerkt in { $path } ({ $when }).
evidence-forget-later = Die Suche in diesem Export lässt fremde Einträge von nun an aus.

## Kommandozeile: transcripts
evidence-transcripts-wrote = { $count ->
    [one] { $count } Transkript ({ $fit }) nach { $path } geschrieben.
   *[other] { $count } Transkripte ({ $fit }) nach { $path } geschrieben.
}
evidence-transcripts-none = Der Export enthält keine Transkripte dieser Art ({ $fit }); die Datei enthält nur ihre Kopfzeile.
evidence-transcripts-fit-mine = Ihre
evidence-transcripts-fit-foreign = nicht Ihre
evidence-transcripts-fit-unknown = unklar
evidence-transcripts-foreign-warning = Das sind die Worte eines anderen Menschen. Behalten Sie sie nur, solange Sie sie als Beweis brauchen, und geben Sie sie nur dem Unternehmen oder der Aufsichtsbehörde.
evidence-transcripts-note = Die Zeiten zählen ab { $zero } (UTC), der Zeit des ersten Eintrags; jeder Abschnitt nennt sein eigenes Datum, seine Uhrzeit und sein Gerät.
evidence-transcripts-no-time = Zeit unbekannt

## „Handeln“: die Abschnitte
evidence-ui-manifest-title = Beweise sichern, die jede und jeder prüfen kann
evidence-ui-manifest-lead = Eine signierte Liste jeder Datei dieses Exports mit ihrem SHA-256 und dem Ergebnis der Prüfung. Damit können Sie später zeigen, dass der Export genau so war, und jede und jeder kann die Signatur mit minisign prüfen.
evidence-ui-manifest-save = Beweise speichern…
evidence-ui-manifest-saved = Manifest in { $path } und seine Signatur in { $sig } gespeichert.
evidence-ui-manifest-key = Ihr öffentlicher Schlüssel: { $path }
evidence-ui-manifest-key-id = Schlüssel-ID (Fingerabdruck): { $id }
evidence-ui-manifest-key-hint = Veröffentlichen Sie den öffentlichen Schlüssel oder geben Sie ihn denen, die prüfen; evidence.key im selben Ordner bleibt geheim.
evidence-ui-manifest-check = Prüfen mit: minisign -Vm { $manifest } -p { $key }
evidence-ui-setaside-title = Beiseitelegen, was nicht Ihres ist
evidence-ui-setaside-lead = Eine Kopie des Exports ohne die Aufnahmen und Dateien, die nur als nicht Ihre beurteilte Einträge enthalten. Das Original bleibt, wie es ist; eine Liste in der Kopie nennt alles Entfernte mit seinem SHA-256.
evidence-ui-setaside-save = Kopie speichern…
evidence-ui-setaside-count = { $count ->
    [0] Keine Datei enthält nur als nicht Ihre beurteilte Einträge: die Kopie wäre der ganze Export.
    [one] { $count } Datei enthält nur als nicht Ihre beurteilte Einträge.
   *[other] { $count } Dateien enthalten nur als nicht Ihre beurteilte Einträge.
}
evidence-ui-setaside-saved = Kopie in { $path } gespeichert.
evidence-ui-setaside-removed = { $count ->
    [one] { $count } Datei ({ $size }) entfernt; die Liste liegt in der Kopie.
   *[other] { $count } Dateien ({ $size }) entfernt; die Liste liegt in der Kopie.
}
evidence-ui-setaside-mixed = { $count ->
    [one] { $count } Datei enthält Ihre und auch fremde Einträge und wurde ganz behalten.
   *[other] { $count } Dateien enthalten Ihre und auch fremde Einträge und wurden ganz behalten.
}
evidence-ui-forget-title = Den fremden Teil vergessen
evidence-ui-forget-lead = Löscht, was Auskunft selbst aus den fremden Dateien abgeleitet hat (den Suchindex ihrer Worte). Ihre Markierungen bleiben. Was wann gelöscht wurde, wird vermerkt, damit ein Brief es nennen kann.
evidence-ui-forget-button = Den fremden Teil vergessen
evidence-ui-forget-done = Vergessen am { $when }: { $size } gelöscht, vermerkt in { $path }.
evidence-ui-forget-nothing = Vergessen am { $when }: es gab keinen Index zu löschen; vermerkt in { $path }.
evidence-ui-transcripts-title = Ihre Transkripte exportieren
evidence-ui-transcripts-lead = Die Worte Ihrer eigenen Einträge mit ihren Zeiten, als Tabelle oder als Untertitel. Fremde Einträge werden nicht exportiert.
evidence-ui-transcripts-count = { $count ->
    [0] Noch ist keiner der Einträge Ihrer, es gibt also nichts zu exportieren.
    [one] { $count } Eintrag ist Ihrer; was darin gesagt wurde, wird mit der Zeit exportiert.
   *[other] { $count } Einträge sind Ihre; was darin gesagt wurde, wird mit den Zeiten exportiert.
}
evidence-ui-transcripts-csv = Tabelle (CSV)…
evidence-ui-transcripts-srt = Untertitel (SRT)…
evidence-ui-transcripts-vtt = Untertitel (WebVTT)…
evidence-ui-transcripts-saved = { $count } Transkripte in { $path } gespeichert.
evidence-ui-working = Einen Moment…
evidence-ui-cancelled = Nichts wurde gespeichert.

## Warum sich etwas nicht tun ließ (Fehler: Sätze; `$detail` in den Worten des Systems oder einer Bibliothek)
evidence-error-internal = In Auskunft ist etwas schiefgegangen ({ $detail }). Das ist ein Fehler von Auskunft, kein Problem mit Ihrem Export.
evidence-error-key = Der Signaturschlüssel in { $dir } lässt sich weder lesen noch anlegen: { $detail }.
evidence-error-io = { $path }: { $detail }.
evidence-error-unreadable = { $path } lässt sich nicht lesen: { $detail }.
evidence-error-not-audited = Die angegebenen Archive sind nicht die geprüften.
evidence-error-out-is-original = { $path } ist eines der Originale; die Kopie muss in eine andere Datei.
evidence-error-changed = Die Archive haben sich seit der Prüfung geändert; öffnen Sie den Export erneut.
evidence-error-changed-bytes = „{ $path }“ ist nicht, was geprüft wurde (SHA-256 damals { $old }, jetzt { $new }): Das Archiv hat sich seitdem geändert; öffnen Sie den Export erneut.
evidence-error-changed-extra = „{ $path }“ war bei der Prüfung nicht im Export: Das Archiv hat sich seitdem geändert; öffnen Sie den Export erneut.
evidence-error-changed-moved = „{ $path }“ steht, wo bei der Prüfung „{ $was }“ stand: Das Archiv hat sich seitdem geändert; öffnen Sie den Export erneut.
evidence-error-not-json = { $path } ist kein JSON: { $detail }.
evidence-error-not-a-manifest = { $path } ist kein Auskunft-Manifest ({ $wanted }); sein Schema ist „{ $schema }“.
evidence-error-invalid-manifest = { $path } ist kein gültiges Manifest: { $detail }.
evidence-error-not-a-key = { $path } ist kein öffentlicher minisign-Schlüssel: { $detail }.

## Warum sich eine Datei nicht in die Kopie übernehmen ließ, wenn die Prüfung keinen Grund nannte (Satzteile)
evidence-setaside-archive-unopened = Ein Archiv im Export, das sich nicht öffnen ließ
evidence-setaside-unreadable = Ihre Bytes ließen sich nicht lesen

## Warum sich ein Archiv oder eine Signatur nicht prüfen ließ (Satzteile, nach „fehlt Archiv …:“ und „Signatur: UNGÜLTIG:“)
evidence-verify-input-unreadable-unknown = { $file } lässt sich nicht lesen
evidence-sig-unreadable = { $path } lässt sich nicht lesen: { $detail }
evidence-sig-not-a-signature = { $path } ist keine minisign-Signatur: { $detail }
evidence-sig-manifest-key = der öffentliche Schlüssel, den das Manifest nennt, lässt sich nicht lesen: { $detail }
evidence-sig-no-key = kein öffentlicher Schlüssel zur Schlüssel-ID { $id }: geben Sie den öffentlichen Schlüssel des Unterzeichners mit --key an
evidence-sig-mismatch = die Signatur passt nicht zum Manifest (Schlüssel { $id }): { $detail }

## Warum sich der Signaturschlüssel nicht verwenden ließ (Satzteile, das `$problem` von evidence-key-replaced)
evidence-key-problem-missing = die Datei mit dem geheimen Schlüssel fehlt
evidence-key-problem-password = der geheime Schlüssel ist durch ein Passwort geschützt
evidence-key-problem-unreadable = die Datei mit dem geheimen Schlüssel lässt sich nicht lesen: { $detail }
