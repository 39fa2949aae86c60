# Wo in einer Datei etwas gelesen wurde (`auskunft_model::Locator`), eingebettet in Warnungen und
# in die Angabe, wo eine Geräteliste ein Gerät nennt. `$path` ist ein JSON-Pfad, Code, wie er ist.

locator-json = { $path }
locator-line = Zeile { $line }
locator-lines = Zeilen { $lines }
locator-row = Zeile { $row }
locator-table-row = Tabelle { $table }, Zeile { $row }
locator-page-row = Seite { $page }, Zeile { $row }
locator-activity = Aktivität { $activity }, Zeile { $line }
locator-recording = die Aufnahme selbst
