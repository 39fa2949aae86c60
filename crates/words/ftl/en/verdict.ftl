# The verdict: one sentence a worried consumer understands (`summary.verdict`), and the one
# question whose answer would change it (`summary.question`). What is not the user's leads.

verdict-head = This export holds { $records ->
        [one] { $records } voice recording
       *[other] { $records } voice recordings
    }{ $devices ->
        [0] {""}
        [one] {" "}from { $devices } device
       *[other] {" "}from { $devices } devices
    }
verdict-unreadable = None of the given files could be read as an archive.
verdict-audio-only = This export holds { $audio ->
        [one] { $audio } audio file
       *[other] { $audio } audio files
    }; whose they are cannot be told from them alone yet.
verdict-no-voice = This export holds no voice recordings.
verdict-none-yours = { verdict-head }, { $devices ->
        [0] none of them yours
       *[other] none of them yours
    }.{ $no_voice_device ->
        [yes] {" "}You said you own no device that records voice.
       *[no] {""}
    }
verdict-all-yours = { verdict-head }, all of them yours.
verdict-some-foreign = { verdict-head }; { $foreign } of them{ $devices_foreign ->
        [0] {""}
        [one] , from { $devices_foreign } device,
       *[other] , from { $devices_foreign } devices,
    } { $foreign ->
        [one] is
       *[other] are
    } not yours.{ $unknown ->
        [0] {""}
        [one] {" "}{ $unknown } is unclear.
       *[other] {" "}{ $unknown } are unclear.
    }
verdict-unclear = { verdict-head }; nothing in them matches or contradicts your inventory, so whose they are is unclear.
verdict-mine-unclear = { verdict-head }: { $mine } yours, { $unknown } unclear.

# Before the user has said what they own: what the export itself shows, never "none of them
# yours". $other_share and $unknown_share are all, some or none.
verdict-said-part = { $said } { $said ->
        [one] is
       *[other] are
    } from devices you said are not yours
verdict-unsaid = { verdict-head }{ $other_share ->
        [all] ; all of them come from another customer account than the one this export was made for{ $said ->
            [0] .
           *[other] , and { verdict-said-part }.
        }
        [some] ; { $other } of them { $other ->
            [one] comes
           *[other] come
        } from another customer account than the one this export was made for{ $said ->
            [0] .
           *[other] , and { verdict-said-part }.
        }
       *[none] { $said ->
            [0] .
           *[other] ; { verdict-said-part }.
        }
    }{ $unknown_share ->
        [all] {" "}Nothing in the export says whether they are yours; only you can tell.
        [some] {" "}Whether the other { $unknown } { $unknown ->
            [one] is
           *[other] are
        } yours, only you can tell.
       *[none] {""}
    }

question-voice-device = Do you use a voice assistant (a smart speaker, or one on your phone, TV or in your car)?
question-devices = { $devices ->
        [one] Is this device yours?
       *[other] Are any of these { $devices } devices yours?
    }
