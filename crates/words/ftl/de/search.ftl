# Was die Suche selbst sagt (das Suchfeld der App, `auskunft search`).

## Warum sich eine Suchanfrage nicht ausführen lässt: was falsch ist und an welchem Zeichen
## (`$at`, ab 1 gezählt). `$text` ist die Angabe, wie sie geschrieben wurde, `$example` ein
## Filter, wie man ihn tippt (after:2018-05-01); beide bleiben, wie sie sind.

query-exclude-nothing = Das `-` an Zeichen { $at } schließt nichts aus; schreiben Sie es direkt vor ein Wort, eine Wendung oder einen Filter, etwa -wetter.
query-quote-open = Das Anführungszeichen an Zeichen { $at } wird nie geschlossen; beenden Sie die Wendung mit einem weiteren ".
query-phrase-empty = Die Wendung an Zeichen { $at } ist leer; setzen Sie Wörter zwischen die Anführungszeichen.
query-not-a-filter = `{ $name }:` an Zeichen { $at } ist kein Filter; die Filter sind device:, fit:, lang:, after: und before: (setzen Sie den Text in Anführungszeichen, um genau nach ihm zu suchen).
query-no-value = `{ $text }` an Zeichen { $at } braucht einen Wert nach dem Doppelpunkt, etwa { $example }.
query-not-a-fit = `{ $text }` an Zeichen { $at }: fit: ist mine (meins), foreign (nicht meins) oder unknown (unklar).
query-not-a-language = `{ $text }` an Zeichen { $at } ist kein Sprachcode; nehmen Sie einen wie lang:de oder lang:en.
query-not-a-date = `{ $text }` an Zeichen { $at } ist kein Datum; schreiben Sie es als JJJJ-MM-TT, etwa { $example }.
query-nothing-to-search = `{ $text }` an Zeichen { $at } enthält keine Buchstaben oder Ziffern, nach denen sich suchen ließe.
# Die Geräte des Exports, nach einem Gerät, das er nicht hat (`$devices`: ihre Kennungen, mit
# Kommas getrennt).
query-devices = { $count ->
        [0] er hat keine Geräte
       *[other] seine Geräte sind { $devices }
    }
query-no-device = `{ $text }` an Zeichen { $at }: In diesem Export gibt es kein Gerät { $device }; { query-devices }.
query-no-device-filter = In diesem Export gibt es kein Gerät { $device }; { query-devices }.

## Hinweise zum Suchindex, einem Zwischenspeicher im Datenordner (`$dir`): neu aufgebaut, wenn er
## beschädigt ist, im Arbeitsspeicher gehalten, wenn er sich nicht speichern lässt. `$detail` in
## den Worten des Systems oder von tantivy.
index-rebuilt = Der Suchindex in { $dir } ließ sich nicht verwenden ({ $problem }); er wurde neu aufgebaut.
index-in-memory = Der Suchindex ließ sich nicht in { $dir } speichern ({ $detail }); diese Suche nutzte einen Index im Arbeitsspeicher.
# Was mit ihm nicht stimmte (`$problem` von index-rebuilt, sonst die Worte von tantivy).
index-problem-count = er enthält { $records } Einträge, seine Beschreibung nennt { $described }
index-problem-no-description = { $file } fehlt
index-problem-description-invalid = { $file } ist ungültig: { $detail }
index-problem-description-unreadable = { $file } lässt sich nicht lesen: { $detail }
index-problem-panicked = tantivy scheiterte beim Lesen
