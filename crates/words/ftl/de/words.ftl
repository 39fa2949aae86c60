# Die Testnachricht des Katalogs (crates/words/src/tests.rs); wird nirgends gezeigt.
words-selftest-recordings = { $count ->
    [one] { $count } Aufnahme
   *[other] { $count } Aufnahmen
}
