# Errors the API returns (`ApiError`): what went wrong and where. `$detail` is the underlying
# cause as the system or a library words it.

error-no-archives = Give at least one archive file of the export.
error-inventory-invalid = The inventory is invalid: { $detail }.
error-cancelled = Reading the export was cancelled; nothing of it was kept.
error-no-data-dir = No data folder could be found; set { $variable } to a folder Auskunft may write to.
error-no-record = The open export has no record { $record }.
error-no-recording = Record { $record } has no recording in the export.
error-recording-unreadable = The recording of record { $record } cannot be read: { $detail }.
error-no-device = There is no device { $device } in this export.
error-report-not-saved = The report was not saved: { $detail }.
error-letter-not-saved = The letter was not saved: { $detail }.
error-demo-not-written = The demo could not be written: { $detail }.
error-recording-not-decodable = The recording cannot be decoded: { $detail }.
error-review-not-written = Your review of this export could not be written: { $detail }.
error-marks-unreadable = Your marks in { $path } cannot be read: { $detail }.
error-marks-damaged = Your marks in { $path } are damaged (line { $line }, column { $column }); move the file away to start over.
error-marks-other-version = Your marks in { $path } were written by another version ({ $schema }).
error-file-not-writable = { $path } cannot be written: { $detail }.
error-file-unreadable = { $path } cannot be read: { $detail }.
error-inventory-unchanged = Nothing was changed in { $path }: { $detail }.
error-inventory-not-saved = The inventory could not be saved: { $detail }.
error-recent-damaged = The list of recent exports ({ $path }) is damaged; it will be started anew the next time an export is opened.
error-internal = Auskunft failed inside ({ $detail }). This is a bug in Auskunft, not a problem with your export.
error-no-export-open = No export is open; open one first.
error-early-audit-stopped = The audit started at launch stopped unexpectedly.
error-command-stopped = The command stopped unexpectedly: { $detail }.
error-recording-changed = The recording of record { $record } ("{ $path }" in { $file }) is not the one that was audited: the archive changed since; open the export again.
error-record-not-decodable = The recording of record { $record } ("{ $path }") cannot be decoded: { $detail }.
error-playback-speed = The playback speed must be between 0.5 and 2; { $speed } was asked for.
error-not-an-export-id = `{ $id }` is not an export id.
error-export-not-forgotten = What Auskunft keeps of export { $id } could not be deleted: { $detail }.
error-index-not-written = The search index could not be written: { $detail }.
error-search-failed = The search failed: { $detail }.
error-recent-not-written = The list of recent exports could not be written: { $detail }.
error-data-dir-not-writable = The data folder { $path } cannot be written: { $detail }.
error-inventory-changed-meanwhile = { $path } was changed by another program since it was read; nothing was written.
# What went wrong with a demo (`$detail` of error-demo-not-written).
error-demo-scenario = there is no demo scenario "{ $scenario }"; the scenarios are { $scenarios }
error-demo-records = a demo has between { $min } and { $max } records, not { $given }
error-demo-path = { $path } has no file name a demo can be written to, such as demo.zip
error-demo-file = { $path } cannot be written: { $detail }
error-transcript-format = Transcripts cannot be written as "{ $format }"; the formats are csv, srt and vtt.
error-nothing-readable = None of { $files } could be read as an archive; nothing was written.
error-unknown-language = Auskunft has no words for the language "{ $code }"; use de or en.
error-letter-date = The { $which ->
        [requested] requested
       *[received] received
    } date "{ $date }" is not a date like 2026-03-01.
error-audio-output-gone = The audio output stopped working; restart Auskunft to play recordings again.
error-recording-no-channels = The recording of record { $record } has no channels or no sample rate.
error-no-audio-device = No sound output is available ({ $detail }); the waveform and the transcript are still shown.
error-player-position = The player cannot { $what ->
        [seek] seek to
       *[play] play from
    } { $seconds } seconds.
