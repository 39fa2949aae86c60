# Wörter rund um das installierte Programm (die Version in der Kopfzeile), Deutsch.
app-version = Version { $version }
