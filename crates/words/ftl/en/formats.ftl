# What a format module says about a file it read (`members[].warnings`): an entry or row it
# skipped, what it repaired or guessed. `$at` is where in the file (locators.ftl); `$value`,
# `$key`, `$zone` and `$rest` are the file's own text, shown as it is; `$detail` is a library's
# own text.

## One entry or row

format-row-not-object = { $at }: not an object; skipped
format-row-empty-voice = { $at }: no time, text, device or utterance id; skipped
format-row-empty-card = { $at }: no time, words, device or card id; skipped
format-row-no-name-or-serial = { $at }: no name or serial; skipped
format-row-no-google-device = { $at }: no brand, model, type or device id; skipped
format-row-no-id = { $at }: no id; skipped
format-row-registered-not-time = { $at }: FirstTimeRegistered "{ $value }" is not a date and time; the device is kept
format-row-first-activity-not-time = { $at }: first activity "{ $value }" is not a date and time; the device is kept
format-row-time-not-time = { $at }: time "{ $value }" is not a date and time; the record is kept
format-row-bad-description = { $at }: description is not valid JSON ({ $detail }); no transcript
format-row-no-time = { $at }: no time; skipped
format-row-time-not-iso = { $at }: time { $value } is not an ISO 8601 time; skipped
format-row-unreadable-time = { $at }: unreadable time "{ $value }"; skipped
format-row-field-not-objects = { $at }: { $key } holds something other than objects; ignored
format-row-field-not-file-names = { $at }: { $key } holds something other than file names; ignored
format-row-field-not-list = { $at }: { $key } is not a list; ignored
format-row-title-not-text = { $at }: title is not text; no transcript
format-row-audio-files = { $at }: { $count } audio files; only the first is joined, not { $rest }
format-row-no-timestamp = { $at }: voice message without timestamp_ms; skipped
format-row-no-uri = { $at }: audio file without uri; skipped
format-row-unreadable = { $at }: unreadable row ({ $detail }); skipped
format-row-unclosed-quote = { $at }: a quoted cell is never closed; it runs to the end of the file
format-row-documentation = { $at }: a documentation row describing the columns; skipped
format-row-cells-missing = { $at }: { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } where the header has { $width }; the missing cells are empty
format-row-cells-extra = { $at }: { $cells } cells where the header has { $width }; the extra cells are ignored
format-row-cells-skipped = { $at }: { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } where the { $header ->
        [yes] header
       *[no] table
    } has { $width }; skipped
format-pdf-row-no-time = { $at }: no time; skipped ({ $chars } characters)
format-pdf-row-unreadable-time = { $at }: unreadable time "{ $value }"; skipped ({ $chars } characters)

## One activity of a Google My Activity page

format-activity-ends-inside = { $at }: the file ends inside this activity; kept without a time or captions
format-activity-ends-in-captions = { $at }: the file ends inside this activity's captions
format-activity-not-closed = { $at }: not closed before the next activity begins; read as far as it goes
format-activity-no-content = { $at }: no content cell; skipped
format-activity-time-unread = { $at }: time "{ $value }" is not a time this module reads; kept without a time
format-activity-no-time = { $at }: no time; kept without one
format-activity-no-title = { $at }: no title (what was said); kept without a transcript
format-activity-empty = { $at }: no title, time or recording; skipped
format-activity-zone-unknown = { $at }: time zone "{ $zone }" is not one this module knows; kept without a time
# `$local` and `$utc` are times as `2021-10-31 02:30:00`; `$region` is a time-zone name (Europe/Berlin).
format-activity-clock-change = { $at }: { $local } { $switch ->
        [never] never happened in { $region } (the clocks went forward)
       *[twice] happened twice in { $region } (the clocks went back)
    }; read as the earlier reading, { $utc } UTC

## The whole file

format-text-double-utf8 = text was UTF-8 encoded twice; repaired
format-text-latin1 = text is not UTF-8; read as Windows-1252 (Latin-1)
format-cards-repeated = { $count ->
        [one] 1 card repeats a card id already read in this page; it was read once
       *[other] { $count } cards repeat a card id already read in this page; each was read once
    }
format-cards-notifications = { $count ->
        [one] 1 card is a notification without a spoken request and was not imported
       *[other] { $count } cards are notifications without a spoken request and were not imported
    }
format-not-voice-kind = { $kind ->
        [app-opened] an app opened
        [item-selected] an item selected
       *[card-shown] a card shown
    }
format-not-voice = { $count ->
        [one] 1 entry is not a voice interaction ({ format-not-voice-kind }) and was not imported
       *[other] { $count } entries are not voice interactions ({ format-not-voice-kind }) and were not imported
    }
# `$name` and `$corrected` are zone abbreviations (CET, CEST), `$region` a time-zone name.
format-zone-corrected = times say { $name } all year round (the zone in force when the export was made); { $count } { $season ->
        [winter] { $count ->
            [one] winter time was
           *[other] winter times were
        }
       *[summer] { $count ->
            [one] summer time was
           *[other] summer times were
        }
    } read as { $corrected } ({ $region } rules)
format-no-zone = { $count ->
        [one] 1 time carries
       *[other] { $count } times carry
    } no zone (an old export); read as UTC
format-audio-not-measured = larger than { $mib } MiB: its length was not measured
format-table-more-warnings = { $count ->
        [one] 1 more warning about single rows not listed
       *[other] { $count } more warnings about single rows not listed
    }
format-table-no-rows = the table has a header but no rows
format-table-no-readable-time = no row of the table has a readable time

## Why a file a module claimed was skipped or failed (`members[].reason`)

format-read-error = could not read: { $detail }
format-too-large = larger than { $mib } MiB; not read
format-invalid-json = invalid JSON at line { $line }, column { $column }: { $detail }
# `$key` is the name of a field of the file (`devices`, `activities`).
format-not-a-list = { $key } is not a list
format-amazon-no-history = no customerHistoryRecords or activities at the top level
format-amazon-no-cards = no list of cards at the top level
format-amazon-no-devices = no devices list at the top level
format-amazon-no-registration-columns = no FirstTimeRegistered and AccountName columns
format-google-not-activities = the top level is not a list of activities
format-google-not-activity-page = no activity blocks and none of Takeout's page markup: not a My Activity page
format-meta-no-messages = no list of messages at the top level
format-csv-empty = empty: no header row
format-csv-header-unreadable = unreadable header row: { $detail }
format-table-not-a-table = not a CSV, JSON, HTML or text table
format-table-none = no table with a time column and a text column found
format-pdf-no-table = no transcript table found in this PDF
format-pdf-unreadable = unreadable PDF: { $detail }
format-pdf-crashed = unreadable PDF: the PDF reader crashed ({ $detail })
format-pdf-gave-up = unreadable PDF: the PDF reader crashed (the PDF reader gave up)
format-pdf-not-started = unreadable PDF: could not start the PDF reader: { $detail }
format-pdf-too-slow = unreadable PDF: reading it took longer than { $seconds } s; given up
format-pdf-lost = unreadable PDF: the PDF reader crashed
# `member-content` (members.ftl) names the kind of audio by `$content`.
format-audio-unreadable = unreadable { member-content }: { $detail }
format-audio-no-track = unreadable { member-content }: no audio track
format-audio-gave-up = unreadable { member-content }: the decoder gave up
format-audio-read-error = could not read the recording: { $detail }
format-audio-wav-header = corrupt WAV header: { $detail }
format-audio-wav-long-header = unreadable WAV audio: { $detail }, and its header runs past { $kib } KiB
# A WAV file hound could not read, and why the second reader could not either (`$why`).
format-audio-wav-unread = { $why } (hound: { $detail })
