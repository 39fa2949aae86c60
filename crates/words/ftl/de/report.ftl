# Der Bericht (crates/report) und sein Abschnitt auf dem Bildschirm „Handeln“, Deutsch.

report-title = Auskunft-Bericht: Wessen Daten stecken in diesem Export?
report-subtitle = { $archives } · geprüft am { $date }
report-footer = Erstellt mit Auskunft { $version } auf dem eigenen Computer. Worte und Aufnahmen der anderen Person sind nicht in diesem Bericht, sofern er es nicht ausdrücklich sagt.
report-date = { $day }. { $month } { $year }
report-date-time = { $date }, { $time } UTC
report-no-time = ohne Zeit
report-month-1 = Januar
report-month-2 = Februar
report-month-3 = März
report-month-4 = April
report-month-5 = Mai
report-month-6 = Juni
report-month-7 = Juli
report-month-8 = August
report-month-9 = September
report-month-10 = Oktober
report-month-11 = November
report-month-12 = Dezember
report-weekday-1 = Mo
report-weekday-2 = Di
report-weekday-3 = Mi
report-weekday-4 = Do
report-weekday-5 = Fr
report-weekday-6 = Sa
report-weekday-7 = So
report-fit-mine = Ihre
report-fit-foreign = Nicht Ihre
report-fit-unknown = Unklar
report-severity-high = stark
report-severity-medium = mittel
report-severity-low = schwach
report-count-mine = Aufnahmen sind Ihre
report-count-foreign = Aufnahmen sind nicht Ihre
report-count-unknown = Aufnahmen sind unklar
report-question = Noch offen: { $question }
report-totals = Insgesamt: { $records ->
    [one] eine Aufnahme
   *[other] { $records } Aufnahmen
}, davon { $audio } mit Ton und { $transcripts } mit Transkript, von { $devices ->
    [one] einem Gerät
   *[other] { $devices } Geräten
}; die Archive enthalten { $members ->
    [one] eine Datei
   *[other] { $members } Dateien
}.
report-stranger-left-out = Was eine andere Person gesagt hat, steht nicht in diesem Bericht: Ihre Aufnahmen werden gezählt, datiert, ihren Geräten zugeordnet und über Prüfsummen benannt, Worte und Ton bleiben draußen.
report-stranger-included = Dieser Bericht enthält Auszüge dessen, was eine andere Person gesagt hat, weil Sie das so gewählt haben. Geben Sie ihn nur weiter, wo das nötig ist.
report-checked-title = Wie der Export geprüft wurde
report-checked-lead = Jede und jeder kann diese Prüfung wiederholen: Dieselben Archive (dieselbe SHA-256-Prüfsumme) und dasselbe Inventar ergeben mit derselben Version von Auskunft dasselbe Ergebnis.
report-checked-tool = Werkzeug
report-checked-modules = Formatmodule
report-checked-modules-value = aus Auskunft { $version }: { $modules }
report-checked-module = { $name } ({ $count ->
    [one] eine Datei
   *[other] { $count } Dateien
})
report-checked-no-modules = keines hat eine Datei erkannt
report-checked-inventory-label = Inventar
report-checked-inventory = { $file }, SHA-256 { $sha256 }
report-checked-no-inventory = keines: nur nach den Belegen im Export selbst beurteilt
report-checked-word = Ihre Angabe
report-checked-word-given = Sie haben gesagt, welche Geräte Ihnen gehören (oder dass Ihnen keines gehört)
report-checked-word-missing = noch nicht gemacht: beurteilt ist nur, was der Export selbst belegt
report-checked-time = Geprüft
report-checked-export-id = Export-Kennung
report-unreadable = nicht lesbar
report-input-ok = lesbar
report-input-truncated = abgeschnitten
report-input-not-an-archive = kein Archiv
report-input-empty = leer
report-input-unreadable = nicht lesbar
report-col-archive = Archiv
report-col-size = Größe
report-col-sha256 = SHA-256
report-col-status = Status
report-col-device = Gerät
report-col-model = Modell
report-col-serial = Seriennummer
report-col-records = Aufnahmen
report-col-seen = Zeitraum
report-col-fit = Wessen
report-col-reasons = Warum
report-col-flag = Hinweis
report-col-severity = Gewicht
report-col-meaning = Bedeutung
report-col-file = Datei
report-col-why = Grund
report-col-time = Zeit
report-col-words = Worte
report-devices-title = Geräte
report-devices-none = Der Export nennt kein Gerät.
report-charts-title = Wann und wo die Aufnahmen entstanden
report-chart-fit = Aufnahmen danach, wem sie gehören.
report-chart-lanes = Aufnahmen je Gerät im Zeitverlauf: eine Spur je Gerät, höhere Balken für mehr Aufnahmen in diesem Zeitabschnitt.
report-chart-heatmap = { $device } ({ $fit }, { $count ->
    [one] eine Aufnahme
   *[other] { $count } Aufnahmen
}): nach Wochentag und Tageszeit (UTC). Der Tagesrhythmus eines zweiten Haushalts zeigt sich als anderes Muster.
report-chart-heatmap-more = { $count ->
    [one] Ein weiteres Gerät ist
   *[other] { $count } weitere Geräte sind
} nicht als Wärmebild gezeichnet; die Tabelle oben nennt sie.
report-chart-no-device = { $count ->
    [one] Eine Aufnahme nennt
   *[other] { $count } Aufnahmen nennen
} kein Gerät.
report-chart-no-device-lane = ohne Gerät
report-flags-title = Was dagegen spricht, dass die Aufnahmen Ihre sind
report-flags-lead = Eine Aufnahme kann mehrere Gründe tragen; die Tabelle zählt Aufnahmen je Grund.
report-flags-none = Gegen keine Aufnahme spricht ein Grund.
report-flag-voice-data-without-voice-device = Sie besitzen kein Gerät, das Sprache aufnimmt, und doch enthält der Export Sprachaufnahmen.
report-flag-foreign-account = Die Aufnahme gehört zu einem Kundenkonto, das nicht Ihres ist.
report-flag-unknown-device = Die Aufnahme stammt von einem Gerät, das nicht Ihres ist.
report-flag-outside-ownership-window = Die Aufnahme ist außerhalb der Zeit datiert, in der Ihnen das Gerät gehörte.
report-flag-before-registration = Die Aufnahme ist vor der Registrierung ihres Geräts datiert.
report-flag-device-type-not-owned = Ein Gerät dieses Modells besitzen Sie nicht.
report-flag-unrecognized-speaker = Laut den Daten des Unternehmens selbst wurde die Stimme nicht als die der Kontoinhaberin oder des Kontoinhabers erkannt.
report-flag-unknown-speaker = Die Worte werden dem Stimmprofil einer Person zugeordnet, die nicht zu Ihrem Haushalt gehört.
report-flag-far-location = Das Gerät war weit entfernt von allen Orten, die Sie angegeben haben.
report-flag-content-far-place = Die Anfrage nennt einen Ort weit entfernt von allen Orten, die Sie angegeben haben.
report-flag-content-unknown-name = Die Anfrage ruft jemanden an oder schreibt jemandem, der nicht zu Ihrem Haushalt gehört.
report-flag-content-contact = Die Anfrage nennt eine E-Mail-Adresse oder Telefonnummer, die nicht Ihre ist.
report-flag-second-rhythm = Die Aufnahme stammt aus einer Stunde, in der Ihre eigenen Aufnahmen nie liegen.
report-flag-language-mix = Die Aufnahme ist in einer Sprache, die keine Ihrer eigenen Aufnahmen verwendet.
report-flag-marked-not-mine = Sie haben die Aufnahme als nicht Ihre markiert.
report-flag-other-account = Der Export wurde für ein anderes Kundenkonto erstellt als das, zu dem diese Aufnahme gehört.
report-unread-title = Was nicht gelesen werden konnte
report-unread-none = Jede Datei in den Archiven wurde gelesen.
report-unread-lead = { $total ->
    [one] Von einer Datei
   *[other] Von { $total } Dateien
} wurden { $skipped } übersprungen und { $failed } konnten nicht gelesen werden:
report-unread-more = … und { $count ->
    [one] eine weitere Datei
   *[other] { $count } weitere Dateien
}.
report-status-skipped = übersprungen
report-status-failed = fehlgeschlagen
report-excerpts-title = Auszüge dessen, was eine andere Person gesagt hat
report-excerpts-warning = Dies sind private Worte einer anderen Person. Sie stehen hier nur, weil Sie es so gewählt haben. Zeigen Sie sie nur denen, die sie sehen müssen (dem Unternehmen, der Aufsichtsbehörde), und veröffentlichen Sie sie nie.
report-excerpts-none = Keine der Aufnahmen, die nicht Ihre sind, hat ein Transkript.
report-excerpts-more = … und { $count } weitere, ausgelassen.

# Der Abschnitt „Bericht“ auf dem Bildschirm „Handeln“.
report-section-title = Bericht
report-section-lead = Ein Bericht zum Aufbewahren, Drucken oder Versenden: das Ergebnis, wie der Export geprüft wurde, die Geräte, Diagramme dazu, wann die Aufnahmen entstanden, die Gründe und was nicht gelesen werden konnte.
report-section-stranger = Was eine andere Person gesagt hat, bleibt draußen: nur Anzahl, Zeiten, Geräte und Prüfsummen ihrer Aufnahmen.
report-include-foreign = Auszüge der Worte der anderen Person aufnehmen
report-include-foreign-warning = Das sind private Worte einer anderen Person. Nehmen Sie sie nur auf, wenn das Unternehmen oder die Aufsichtsbehörde sie sehen muss, und veröffentlichen Sie sie nie.
report-save-html = Als HTML speichern …
report-save-pdf = Als PDF speichern …
report-saving = Der Bericht wird geschrieben …
report-saved = Gespeichert: { $path }
report-saved-opened = Gespeichert und geöffnet: { $path }
