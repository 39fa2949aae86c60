# The catalogue's own test message (crates/words/src/tests.rs); not shown anywhere.
words-selftest-recordings = { $count ->
    [one] { $count } recording
   *[other] { $count } recordings
}
