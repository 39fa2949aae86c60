# The catalogue's own test message (crates/words/src/tests.rs); not shown anywhere.
words-selftest-recordings = { $count ->
    [one] { $count } recording
   *[other] { $count } recordings
}

# Text shown as it is (a library's or the system's own words): `Message::text`.
verbatim = { $text }
