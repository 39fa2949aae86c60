# Was das System sagte, als eine Datei nicht gelesen oder geschrieben werden konnte
# (`Message::io`), als `$detail` eines Fehlers.

io-not-found = die Datei oder der Ordner existiert nicht
io-permission-denied = keine Berechtigung: Auskunft darf sie nicht lesen oder schreiben
io-already-exists = eine Datei dieses Namens gibt es schon
io-storage-full = der Datenträger ist voll
io-read-only = der Datenträger oder Ordner kann nur gelesen, nicht beschrieben werden
io-is-a-directory = das ist ein Ordner, keine Datei
io-not-a-directory = ein Teil des Pfades ist eine Datei, kein Ordner
io-directory-not-empty = der Ordner ist nicht leer
io-cut-off = die Datei endet zu früh
io-too-large = die Datei ist zu groß für das Dateisystem
io-out-of-memory = es ist nicht genug Arbeitsspeicher frei
io-invalid-name = der Name ist hier kein gültiger Dateiname
io-busy = die Datei oder das Gerät wird von einem anderen Programm benutzt
io-timed-out = das System hat nicht rechtzeitig geantwortet
# Jeder andere Fehler: der Text des Systems.
io-other = { $text }

# Ein Fehler mit seiner Datei, in einem anderen Satz.
io-cannot-read = { $path } kann nicht gelesen werden: { $detail }
io-cannot-write = { $path } kann nicht geschrieben werden: { $detail }
io-at = { $path }: { $detail }
