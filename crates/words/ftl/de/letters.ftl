# Briefe an das Unternehmen und die Datenschutzaufsicht (crates/letters) und ihr Abschnitt auf dem
# Bildschirm „Handeln“, Deutsch.

letter-blank = [bitte ergänzen: { $field }]
letter-field-name = Ihr Name
letter-field-address = Ihre Anschrift
letter-field-country = Ihr Land
letter-field-region = Ihr Bundesland
letter-field-requested = Datum Ihrer Anfrage
letter-field-received = Eingangsdatum des Exports
letter-fill-name = Ihr Name: „name“ in der Tabelle [me] Ihres Inventars.
letter-fill-address = Ihre Postanschrift: „address“ in der Tabelle [me] Ihres Inventars.
letter-fill-country = Ihr Land (z. B. DE): „country“ in der Tabelle [me] Ihres Inventars; es bestimmt die Datenschutzaufsicht.
letter-fill-region = Ihr Bundesland (z. B. BY): „region“ in der Tabelle [me] Ihres Inventars; es bestimmt die Aufsichtsbehörde des Landes.
letter-fill-requested = Das Datum Ihrer Anfrage: --requested DATUM oder das Feld in der App.
letter-fill-received = Das Eingangsdatum des Exports: --received DATUM oder das Feld in der App.
letter-missing = { $count ->
    [one] Eine Angabe fehlt im Brief noch.
   *[other] { $count } Angaben fehlen im Brief noch.
} { $fields }
letter-company-unknown = [bitte ergänzen: das Unternehmen, das den Export geschickt hat]
letter-by-email = Per E-Mail: { $email }
letter-by-webform = Webformular: { $url }
letter-salutation = Sehr geehrte Damen und Herren,
letter-closing = Mit freundlichen Grüßen
letter-file-company = brief-an-unternehmen
letter-file-authority = brief-an-aufsichtsbehoerde
letter-company-subject = Meine Auskunftsanfrage nach Art. 15 DSGVO: Der übersandte Export enthält Daten einer anderen Person
letter-authority-subject = Beschwerde nach Art. 77 DSGVO zu meiner Auskunftsanfrage bei { $company } und Hinweis auf eine Datenpanne
letter-company-opening = am { $requested } habe ich Sie um eine Kopie meiner personenbezogenen Daten nach Art. 15 DSGVO gebeten. Am { $received } habe ich von Ihnen folgenden Export erhalten:
letter-authority-opening = hiermit lege ich Beschwerde nach Art. 77 DSGVO darüber ein, wie { $company } meine Auskunftsanfrage nach Art. 15 DSGVO beantwortet hat.
letter-authority-facts = Am { $requested } habe ich { $company } um eine Kopie meiner personenbezogenen Daten gebeten. Am { $received } habe ich folgenden Export erhalten:
letter-archive = { $file } ({ $size }), SHA-256: { $sha256 }
letter-checked = Ich habe den Export mit Auskunft { $version } geprüft, einem freien Programm, das ausschließlich auf meinem eigenen Computer arbeitet. Er enthält { $records ->
    [one] eine Sprachaufnahme
   *[other] { $records } Sprachaufnahmen
}, { $foreign ->
    [0] von denen keine nachweislich einer anderen Person gehört.
    [one] von denen eine nicht meine ist.
   *[other] von denen { $foreign } nicht meine sind.
}
letter-foreign-facts = Die Aufnahmen, die nicht meine sind, entstanden zwischen dem { $first } und dem { $last } auf { $devices ->
    [0] Geräten, die der Export nicht nennt
    [one] einem Gerät, das nicht meines ist
   *[other] { $devices } Geräten, die nicht meine sind
}; { $audio } davon enthalten den Ton selbst.
letter-device = { $device }: { $count ->
    [one] eine Aufnahme
   *[other] { $count } Aufnahmen
}
letter-other-account = Nach dem Export selbst { $count ->
    [one] gehört eine dieser Aufnahmen
   *[other] gehören { $count } dieser Aufnahmen
} zu einem anderen Kundenkonto als dem, für das der Export erstellt wurde.
letter-respect = Die Aufnahmen und Worte dieser anderen Person habe ich nicht weitergegeben, und ich gebe sie auch hier nicht wieder. { $files ->
    [one] Die Datei, die nicht meine ist, ist
   *[other] Die { $files } Dateien, die nicht meine sind, sind
} in der Anlage mit ihrer SHA-256-Prüfsumme aufgeführt, sodass Sie sie zuordnen können, ohne dass ich Ihnen ihren Inhalt schicke.
letter-none-foreign = Die Prüfung hat nicht ergeben, dass eine Aufnahme einer anderen Person gehört; { $unknown } ließen sich keiner Seite zuordnen.
letter-asks = Ich bitte Sie daher,
letter-ask-copy = mir eine vollständige und richtige Kopie meiner eigenen personenbezogenen Daten zu übermitteln (Art. 15 DSGVO) und mir zu erklären, wie Daten, die nicht meine sind, in meinen Export gelangt sind,
letter-ask-breach = den Vorgang als Verletzung des Schutzes personenbezogener Daten zu behandeln und die Aufsichtsbehörde sowie die betroffene Person so zu benachrichtigen, wie es Art. 33 und 34 DSGVO verlangen,
letter-ask-return = mir mitzuteilen, wie ich die Daten der anderen Person zurückgeben oder löschen soll,
letter-ask-confirm = mir schriftlich zu bestätigen, sobald all dies geschehen ist.
letter-deadline = Bitte antworten Sie innerhalb der in Art. 12 Abs. 3 DSGVO vorgesehenen Frist.
letter-company-authority = Sollte sich die Angelegenheit nicht klären lassen, werde ich mich an die für mich zuständige Datenschutzaufsicht wenden: { $authority }.
letter-authority-complaint = Meine Beschwerde betrifft mein eigenes Auskunftsrecht: Was ich erhalten habe, ist keine richtige Kopie meiner Daten, und ich kann nicht erkennen, ob meine eigenen Daten darin vollständig sind. Ich bitte Sie, dies zu prüfen und darauf hinzuwirken, dass { $company } mir eine vollständige und richtige Kopie übermittelt.
letter-authority-breach = Zugleich weise ich Sie auf eine Verletzung des Schutzes der Daten einer anderen Person hin: Deren Aufnahmen wurden mir übermittelt. Ich kenne diese Person nicht und vertrete sie nicht; eine Beschwerde in ihrem Namen kann ich daher nicht einlegen. Ich informiere Sie, damit Sie darauf achten können, dass { $company } den Pflichten aus Art. 33 und 34 DSGVO nachkommt, einschließlich der Benachrichtigung der betroffenen Person.
letter-authority-lead = Soweit ich es erkennen kann, ist die federführende Aufsichtsbehörde für { $company } in der EU { $lead } (Art. 56 DSGVO); bitte leiten Sie mein Schreiben weiter, falls das der richtige Weg ist.
letter-authority-evidence = Den Export bewahre ich unverändert auf (die SHA-256-Prüfsumme oben bezeichnet ihn eindeutig) und stelle ihn Ihnen auf Wunsch zur Verfügung. Die Daten der anderen Person gebe ich nicht weiter und lösche sie, sobald sie nicht mehr als Beleg benötigt werden.
letter-appendix-title = Anlage: { $count ->
    [one] die Datei
   *[other] die { $count } Dateien
} im Export, { $count ->
    [one] die nicht meine ist
   *[other] die nicht meine sind
} (SHA-256 und Pfad)

# Der Abschnitt „Briefe“ auf dem Bildschirm „Handeln“.
letters-section-title = Briefe
letters-section-lead = Ein Brief an das Unternehmen, das den Export geschickt hat, und einer an die Datenschutzaufsicht, ausgefüllt aus dieser Prüfung. Lesen Sie ihn, ergänzen Sie, was fehlt, und kopieren Sie ihn in eine E-Mail oder speichern Sie ihn als PDF.
letters-section-stranger = Die Worte der anderen Person stehen nie in einem Brief: nur Anzahl, Zeiten, Geräte und die SHA-256-Prüfsummen der Dateien.
letters-to-company = An das Unternehmen
letters-to-authority = An die Aufsichtsbehörde
letters-requested = Datum Ihrer Anfrage
letters-received = Eingangsdatum des Exports
letters-missing-title = Noch zu ergänzen
letters-copy = Kopieren
letters-copied = Kopiert.
letters-save-text = Als Text speichern …
letters-save-pdf = Als PDF speichern …
letters-saved = Gespeichert: { $path }
letters-saved-opened = Gespeichert und geöffnet: { $path }
letters-preview = Vorschau des Briefs
