# The command line's text output (`auskunft audit`, `search`, `inventory`, `demo`).

cli-export = Export { $id } · { $count ->
        [one] { $count } archive
       *[other] { $count } archives
    }
cli-input-status = { $status ->
        [ok] ok
        [truncated] TRUNCATED
        [not_an_archive] NOT AN ARCHIVE
        [empty] EMPTY
       *[unreadable] UNREADABLE
    }
cli-files = Files: { $members } — { $parsed } parsed, { $skipped } skipped, { $failed } failed
cli-by-kind = by kind: { $list }
cli-kind = { $count } { $kind ->
        [audio] audio
        [transcript] transcript
        [records] records
        [device_list] device list
        [document] document
        [archive] archive
       *[other] other
    }
cli-failed = Failed:
cli-skipped = Skipped:
cli-no-reason = no reason given
cli-more-reasons = … and { $count } more reasons (see --json)
cli-warned = Read, with warnings:
cli-more-warned = … and { $count } more files with warnings (see --json)
cli-records = Records: { $records } ({ $mine } yours, { $foreign } not yours, { $unknown } unclear) · Devices: { $devices }
cli-note = Note: { $note }
cli-demo-written = Wrote the { $scenario } demo export:
cli-demo-truth = { $path } (ground truth)
cli-demo-inventory = { $path } (the requester's inventory)
cli-error = auskunft: { $message }
cli-question = Question: { $question }
cli-question-serial = serial { $serial }
cli-question-account = account { $account }
cli-question-records = { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
cli-answer = Answer it in the app, or here:
cli-answer-device = a device is yours:   { $command }   (likewise for each of yours)
cli-answer-use-one = you use one:         { $command }
cli-answer-none = you own none at all: { $command }
cli-search-total = { $total ->
        [one] { $total } record matches
       *[other] { $total } records match
    } { $query }{ $shown ->
        [all] {""}
       *[other] ; the best { $shown } follow
    }.
cli-search-no-time = (no time)
cli-search-no-device = (no device)
cli-search-fit = { $fit ->
        [mine] mine
        [foreign] foreign
       *[unknown] unknown
    }
cli-search-hit = { $record }  { $time }  { $device }  { cli-search-fit }  score { $score }
cli-search-by-device = By device: { $list }.
cli-search-by-fit = By fit: { $list }.
cli-search-untranscribed = { $count ->
        [one] { $count } record without a transcript (placeholders such as "Audio was not intended for Alexa") passes these filters; its words cannot be searched.
       *[other] { $count } records without a transcript (placeholders such as "Audio was not intended for Alexa") pass these filters; their words cannot be searched.
    }
cli-inventory-added = Added { $section } { $n } to { $path }: { $entry }
cli-inventory-removed = Removed { $section } { $n } from { $path }: { $entry }
cli-inventory-owns = { $path } now says { $owns ->
        [false] you own no device that records voice
        [true] you own a device that records voice (list it with `auskunft inventory add device`)
       *[unsaid] nothing about owning voice devices
    }.
cli-inventory-numbered = Entries are numbered from 1, as `auskunft inventory show` lists them.
cli-inventory-none-yet = No inventory file yet at { $path }: it declares nothing.
    Add entries with `auskunft inventory add device|account|person|place …`.
cli-inventory-title = Inventory { $path }
cli-inventory-section = { $section ->
        [devices] Devices
        [accounts] Accounts
        [people] People
       *[places] Places
    }
cli-inventory-section-count = { cli-inventory-section } ({ $count }):
cli-inventory-section-none = { cli-inventory-section }: none
cli-inventory-section-none-to-add = { cli-inventory-section }: none to add
cli-inventory-serial = serial { $serial }
cli-inventory-type = type { $type }
cli-inventory-account = account { $account }
cli-inventory-from = from { $date }
cli-inventory-until = until { $date }
cli-inventory-radius = radius { $km } km
cli-inventory-no-keys = (no keys)
cli-inventory-no-name = (no name)
cli-inventory-caution = Caution: { $caution }
cli-inventory-to-add = To add: { $command }
cli-inventory-nothing-added = Nothing was added to { $path }. Add a candidate only if it is yours, with the command under it.
cli-error-pdf-needs-out = A PDF letter needs --out FILE.
cli-error-stdout = The output cannot be written: { $detail }.
cli-progress = reading … { $members } files, { $records } records
cli-progress-searching = searching { $records } records …
## A command line that cannot be run (exit 2): what is wrong, then how the command is called.
## `$arg` is an argument as the usage line writes it (--format <FORMAT>), `$command` the command
## as typed (auskunft inventory add); both, the values and `$usage` stay as they are.
cli-usage-unknown-argument = { $arg } is not an argument of { $command }.
cli-usage-unknown-command = { $name } is not a command of { $command }.
cli-usage-did-you-mean = Did you mean { $suggestion }?
cli-usage-suggested = { $what } { $then }
cli-usage-missing = { $count ->
        [one] The argument { $args } is missing.
       *[other] These arguments are missing: { $args }.
    }
cli-usage-missing-command = { $command } needs one of its commands: { $commands }.
cli-usage-no-value = { $arg } needs a value.
cli-usage-invalid-value = "{ $value }" is not a value of { $arg }.
cli-usage-invalid-value-one-of = "{ $value }" is not a value of { $arg }; it takes { $values }.
cli-usage-invalid-value-date = "{ $value }" is not a value of { $arg }; it takes a date like { $example }.
cli-usage-too-many = { $arg } takes no further value, so "{ $value }" is one too many.
cli-usage-wrong-number = { $arg } takes { $expected } values, not { $actual }.
cli-usage-conflict = { $arg } cannot be given together with { $other }.
cli-usage-no-equals = { $arg } takes its value after an equals sign: { $arg }=…
cli-usage-other = The command line cannot be read: { $detail }
cli-usage = Usage: { $usage }
cli-usage-help = More: { $command } --help
