# Die Testnachricht des Katalogs (crates/words/src/tests.rs); wird nirgends gezeigt.
words-selftest-recordings = { $count ->
    [one] { $count } Aufnahme
   *[other] { $count } Aufnahmen
}

# Text shown as it is (a library's or the system's own words): `Message::text`.
verbatim = { $text }
