# Hinweise zum ganzen Export (`notes[].message`), auf der Übersicht.

note-member-limit = Der Export enthält mehr als { $limit } Dateien; nur die ersten { $limit } werden aufgeführt und gelesen.
note-cancelled = Das Lesen wurde abgebrochen; die Listen sind unvollständig.
note-missing-part = Dieser Export ist in Teile aufgeteilt, und { $count ->
        [one] { $count } Teil fehlt ({ $parts }); die Aufnahmen und Einträge darin fehlen.
       *[other] { $count } Teile fehlen ({ $parts }); die Aufnahmen und Einträge darin fehlen.
    }
note-time-offset = Die Mitschrift nennt Zeiten ohne Zeitzone; um { $offset } verschoben passen sie zu den Zeiten der Aufnahmen: { $joined } von { $lines } Zeilen wurden einer Aufnahme zugeordnet, mit höchstens { $seconds } s Abstand.
note-time-offset-unknown = Die Mitschrift nennt Zeiten ohne Zeitzone, und unter keiner Verschiebung passt die Zeit einer Aufnahme dazu; die Zeiten bleiben, wie sie dastehen.
note-marks-unreadable = Ihre Markierungen für diesen Export ließen sich nicht lesen; er wurde ohne sie beurteilt: { $detail }
