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
