# The report (crates/report) and its section on the "Act on it" screen, English.

report-title = Auskunft report: whose data is in this export
report-subtitle = { $archives } · checked { $date }
report-footer = Made with Auskunft { $version } on the reader's own computer. The other person's words and recordings are not in this report unless it says so.
report-date = { $day } { $month } { $year }
report-date-time = { $date }, { $time } UTC
report-no-time = no time
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December
report-weekday-1 = Mon
report-weekday-2 = Tue
report-weekday-3 = Wed
report-weekday-4 = Thu
report-weekday-5 = Fri
report-weekday-6 = Sat
report-weekday-7 = Sun
report-fit-mine = Yours
report-fit-foreign = Not yours
report-fit-unknown = Unclear
report-severity-high = strong
report-severity-medium = medium
report-severity-low = weak
report-count-mine = recordings are yours
report-count-foreign = recordings are not yours
report-count-unknown = recordings are unclear
report-question = Still open: { $question }
report-totals = In all: { $records ->
    [one] one recording
   *[other] { $records } recordings
}, { $audio } with sound and { $transcripts } with a transcript, from { $devices ->
    [one] one device
   *[other] { $devices } devices
}; the archives hold { $members ->
    [one] one file
   *[other] { $members } files
}.
report-stranger-left-out = What someone else said is not in this report: their recordings are counted, dated, placed on their devices and identified by hash, but their words and sound are left out.
report-stranger-included = This report contains excerpts of what someone else said, because you asked for them. Pass it on only where that is needed.
report-checked-title = How the export was checked
report-checked-lead = Anyone can repeat this check: the same archives (same SHA-256) and the same inventory give the same result with the same version of Auskunft.
report-checked-tool = Tool
report-checked-modules = Format modules
report-checked-modules-value = of Auskunft { $version }: { $modules }
report-checked-module = { $name } ({ $count ->
    [one] one file
   *[other] { $count } files
})
report-checked-no-modules = none recognised a file
report-checked-inventory-label = Inventory
report-checked-inventory = { $file }, SHA-256 { $sha256 }
report-checked-no-inventory = none: judged on the export's own evidence only
report-checked-word = Your word
report-checked-word-given = you said which devices are yours (or that you own none)
report-checked-word-missing = not given yet: only what the export itself proves is judged
report-checked-time = Checked
report-checked-export-id = Export id
report-unreadable = could not be read
report-input-ok = readable
report-input-truncated = cut off
report-input-not-an-archive = not an archive
report-input-empty = empty
report-input-unreadable = unreadable
report-col-archive = Archive
report-col-size = Size
report-col-sha256 = SHA-256
report-col-status = Status
report-col-device = Device
report-col-model = Model
report-col-serial = Serial
report-col-records = Recordings
report-col-seen = Seen
report-col-fit = Whose
report-col-reasons = Why
report-col-flag = Flag
report-col-severity = Weight
report-col-meaning = What it means
report-col-file = File
report-col-why = Reason
report-col-time = Time
report-col-words = Words
report-devices-title = Devices
report-devices-none = The export names no device.
report-charts-title = When and where the recordings were made
report-chart-fit = Recordings by whose they are.
report-chart-lanes = Recordings per device over time: one lane per device, taller bars for more recordings in that stretch of time.
report-chart-heatmap = { $device } ({ $fit }, { $count ->
    [one] one recording
   *[other] { $count } recordings
}): by weekday and hour of the day (UTC). A second household's daily rhythm shows up as a different pattern.
report-chart-heatmap-more = { $count ->
    [one] One more device is
   *[other] { $count } more devices are
} not drawn as a heatmap; the table above lists them.
report-chart-no-device = { $count ->
    [one] One recording names
   *[other] { $count } recordings name
} no device.
report-chart-no-device-lane = no device
report-flags-title = What speaks against the recordings being yours
report-flags-lead = Each recording can carry several reasons; the table counts recordings per reason.
report-flags-none = No recording carries a reason against it.
report-flag-voice-data-without-voice-device = You own no device that records voice, yet the export holds voice recordings.
report-flag-foreign-account = The recording belongs to a customer account that is not one of yours.
report-flag-unknown-device = The recording comes from a device that is not one of yours.
report-flag-outside-ownership-window = The recording is dated outside the time you owned the device.
report-flag-before-registration = The recording is dated before its device was registered.
report-flag-device-type-not-owned = The device's model is none you own.
report-flag-unrecognized-speaker = The company's own records say the voice was not recognised as the account holder's.
report-flag-unknown-speaker = The words are attributed to a voice profile of no one in your household.
report-flag-far-location = The device was far from every place you named.
report-flag-content-far-place = The request names a town far from every place you named.
report-flag-content-unknown-name = The request calls or messages someone who is not in your household.
report-flag-content-contact = The request names an e-mail address or phone number that is not yours.
report-flag-second-rhythm = The recording is from an hour at which your own recordings never are.
report-flag-language-mix = The recording is in a language none of your own recordings use.
report-flag-marked-not-mine = You marked the recording as not yours.
report-flag-other-account = The export was made for another customer account than the one this recording belongs to.
report-unread-title = What could not be read
report-unread-none = Every file in the archives was read.
report-unread-lead = { $total ->
    [one] Of one file,
   *[other] Of { $total } files,
} { $skipped } were skipped and { $failed } could not be read:
report-unread-more = … and { $count ->
    [one] one more file
   *[other] { $count } more files
}.
report-status-skipped = skipped
report-status-failed = failed
report-excerpts-title = Excerpts of what someone else said
report-excerpts-warning = These are another person's private words. They are here only because you asked for them. Show them only to whom must see them (the company, the authority), and never publish them.
report-excerpts-none = None of the recordings that are not yours has a transcript.
report-excerpts-more = … and { $count } more, left out.

# The "Report" section of the "Act on it" screen.
report-section-title = Report
report-section-lead = A report to keep, print or send: the verdict, how the export was checked, the devices, charts of when the recordings were made, the reasons and what could not be read.
report-section-stranger = What someone else said stays out: only counts, times, devices and hashes of their recordings.
report-include-foreign = Include excerpts of the other person's words
report-include-foreign-warning = These are someone else's private words. Include them only if the company or the authority must see them, and never publish them.
report-save-html = Save as HTML…
report-save-pdf = Save as PDF…
report-saving = Writing the report…
report-saved = Saved: { $path }
report-saved-opened = Saved and opened: { $path }
