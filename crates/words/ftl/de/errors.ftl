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
