# Export-wide remarks (`notes[].message`), shown on the overview.

note-member-limit = The export has more than { $limit } files; only the first { $limit } are listed and read.
note-cancelled = Reading was cancelled; the lists are incomplete.
note-missing-part = This export is split into parts and { $count ->
        [one] { $count } part was not given ({ $parts }); records and recordings in it are missing.
       *[other] { $count } parts were not given ({ $parts }); records and recordings in them are missing.
    }
note-time-offset = The transcript gives times without a zone; shifted by { $offset } they match the recordings' times: { $joined } of { $lines } lines joined to a recording within { $seconds } s.
note-time-offset-unknown = The transcript gives times without a zone and no recording's time matches them under any offset; their times are kept as written.
note-marks-unreadable = Your marks for this export could not be read, so it was judged without them: { $detail }
