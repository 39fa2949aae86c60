# Das Urteil: ein Satz, den eine besorgte Verbraucherin versteht (`summary.verdict`), und die
# eine Frage, deren Antwort es ändern würde (`summary.question`). Was nicht Ihres ist, steht vorn.

verdict-head = Dieser Export enthält { $records ->
        [one] { $records } Sprachaufnahme
       *[other] { $records } Sprachaufnahmen
    }{ $devices ->
        [0] {""}
        [one] {" "}von { $devices } Gerät
       *[other] {" "}von { $devices } Geräten
    }
verdict-unreadable = Keine der angegebenen Dateien ließ sich als Archiv lesen.
verdict-audio-only = Dieser Export enthält { $audio ->
        [one] { $audio } Audiodatei
       *[other] { $audio } Audiodateien
    }; wem sie gehören, lässt sich daraus allein noch nicht sagen.
verdict-no-voice = Dieser Export enthält keine Sprachaufnahmen.
verdict-none-yours = { verdict-head }, { $devices ->
        [0] keine davon Ihre
       *[other] keines davon Ihres
    }.{ $no_voice_device ->
        [yes] {" "}Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt.
       *[no] {""}
    }
verdict-all-yours = { verdict-head }, alle davon Ihre.
verdict-some-foreign = { verdict-head }; { $foreign } davon{ $devices_foreign ->
        [0] {""}
        [one] , von { $devices_foreign } Gerät,
       *[other] , von { $devices_foreign } Geräten,
    } { $foreign ->
        [one] ist
       *[other] sind
    } nicht Ihre.{ $unknown ->
        [0] {""}
        [one] {" "}{ $unknown } ist unklar.
       *[other] {" "}{ $unknown } sind unklar.
    }
verdict-unclear = { verdict-head }; nichts darin passt zu Ihrem Inventar oder widerspricht ihm, daher ist unklar, wessen sie sind.
verdict-mine-unclear = { verdict-head }: { $mine } Ihre, { $unknown } unklar.

# Bevor Sie gesagt haben, was Ihnen gehört: was der Export selbst zeigt, nie „keines davon
# Ihres“. $other_share und $unknown_share sind all, some oder none.
verdict-said-part = { $said } { $said ->
        [one] stammt
       *[other] stammen
    } von Geräten, die laut Ihnen nicht Ihre sind
verdict-unsaid = { verdict-head }{ $other_share ->
        [all] ; alle stammen von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde{ $said ->
            [0] .
           *[other] , und { verdict-said-part }.
        }
        [some] ; { $other } davon { $other ->
            [one] stammt
           *[other] stammen
        } von einem anderen Kundenkonto als dem, für das dieser Export erstellt wurde{ $said ->
            [0] .
           *[other] , und { verdict-said-part }.
        }
       *[none] { $said ->
            [0] .
           *[other] ; { verdict-said-part }.
        }
    }{ $unknown_share ->
        [all] {" "}Ob sie Ihnen gehören, sagt der Export nicht; das können nur Sie sagen.
        [some] {" "}Ob { $unknown ->
            [one] die übrige Ihnen gehört
           *[other] die übrigen { $unknown } Ihnen gehören
        }, können nur Sie sagen.
       *[none] {""}
    }

question-voice-device = Nutzen Sie einen Sprachassistenten (einen smarten Lautsprecher oder einen auf Telefon, Fernseher oder im Auto)?
question-devices = { $devices ->
        [one] Gehört dieses Gerät Ihnen?
       *[other] Gehört eines dieser { $devices } Geräte Ihnen?
    }
