# Die Sätze der Hinweise (docs/flags.md) und dessen, was für eine Aufnahme spricht (`matches`).
# Parameter sind, was der Export oder das Inventar sagt, unverändert; `$shape` sagt, was von
# Name und Seriennummer eines Geräts bekannt ist (name-serial, name, serial, none); Sprachen sind
# Kürzel (de, en, …), die Auswahlen benennen.

flag-device-part = { $shape ->
    [name-serial] „{ $name }“ (Seriennummer { $serial })
    [name] „{ $name }“
    [serial] mit der Seriennummer { $serial }
   *[none] ohne Namen und Seriennummer
}
flag-voice-data-without-voice-device = Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt; diese Sprachaufnahme kann also nicht Ihre sein.
flag-foreign-account = Das Konto { $account } ist keines Ihrer Konten.
flag-foreign-account-vendor = Das { $vendor }-Konto { $account } ist keines Ihrer Konten.
flag-other-account = Dieser Export wurde für das { $vendor }-Konto { $made_for } erstellt ({ $evidence ->
        [0] so sagt es der Export
        [1] so steht es in { $source }
       *[other] so steht es in { $source } und { $more } weiteren Dateien
    }); diese Aufnahme stammt vom Konto { $account }.
flag-unknown-device = Das Gerät { flag-device-part } ist keines Ihrer Geräte.
flag-unknown-device-own-account = Das Gerät { flag-device-part } ist mit Ihrem Konto verbunden, steht aber nicht in Ihrem Inventar; fügen Sie es hinzu, wenn es Ihres ist.
flag-unknown-device-named-like = Das Gerät { flag-device-part } ist keines Ihrer Geräte. Es heißt wie Ihr „{ $like }“, hat aber eine andere Seriennummer.
flag-unknown-device-own-account-named-like = Das Gerät { flag-device-part } ist mit Ihrem Konto verbunden, steht aber nicht in Ihrem Inventar; fügen Sie es hinzu, wenn es Ihres ist. Es heißt wie Ihr „{ $like }“, hat aber eine andere Seriennummer.
flag-device-type-not-owned = Das Gerät { flag-device-part } ist ein { $what }; Sie geben kein Gerät dieser Art an.
flag-outside-window-before = Aufgenommen am { DATE($date) }, bevor Sie Ihr Gerät „{ $device }“ besaßen (ab { DATE($from) }).
flag-outside-window-after = Aufgenommen am { DATE($date) }, nachdem Sie Ihr Gerät „{ $device }“ nicht mehr besaßen (bis { DATE($until) }).
flag-before-registration = Aufgenommen am { DATE($date) }, bevor dieses Gerät laut der Geräteliste des Exports erstmals registriert wurde ({ DATE($registered) }).
flag-unrecognized-speaker = Der Export selbst sagt, dass die Stimme nicht als die des Kontoinhabers erkannt wurde.
flag-unknown-speaker = Der Export ordnet die Worte dem Stimmprofil { $names } zu, das zu keiner Person Ihres Haushalts gehört.
flag-far-location = Der Export verortet das Gerät in { $at }, { $km } km von Ihrem nächsten Ort ({ $place }).
flag-content-far-place = Fragt nach { $town }, { $km } km von Ihrem nächsten Ort ({ $place }).
flag-content-unknown-name = Ruft „{ $name }“ an oder schreibt an „{ $name }“, keine Person Ihres Haushalts.
flag-content-email = Nennt die E-Mail-Adresse { $email }, die zu keinem Ihrer Konten gehört.
flag-content-phone = Nennt die Telefonnummer { $number }, für die Ihr Inventar nicht bürgen kann.
flag-second-rhythm = Aufgenommen um { $time } UTC, zu einer Stunde, in die keine Ihrer { $count } eigenen Aufnahmen fällt.
flag-language-mix = Gesprochen auf { $lang ->
            [de] Deutsch
            [en] Englisch
            [fr] Französisch
            [es] Spanisch
            [it] Italienisch
            [nl] Niederländisch
            [pt] Portugiesisch
           *[other] { $lang }
        }, während Ihre eigenen Aufnahmen auf { $first ->
            [de] Deutsch
            [en] Englisch
            [fr] Französisch
            [es] Spanisch
            [it] Italienisch
            [nl] Niederländisch
            [pt] Portugiesisch
           *[other] { $first }
        }{ $second ->
        [none] {""}
       *[other] {" "}und { $second ->
            [de] Deutsch
            [en] Englisch
            [fr] Französisch
            [es] Spanisch
            [it] Italienisch
            [nl] Niederländisch
            [pt] Portugiesisch
           *[other] { $second }
        }
    } sind.
flag-marked-not-mine-device = Sie haben gesagt, dass das Gerät „{ $device }“ nicht Ihres ist.
flag-marked-not-mine = Sie haben diese Aufnahme als nicht Ihre markiert.

match-account = das Konto { $account } ist eines Ihrer Konten
match-serial = die Seriennummer { $serial } ist Ihr Gerät „{ $device }“
match-device-name = das Gerät heißt „{ $name }“ wie eines Ihrer Geräte (Namen wiederholen sich von Haushalt zu Haushalt: schwach)
match-near-place = fragt nach { $town }, nahe Ihrem Ort { $place }
match-placed-near = { $km } km von Ihrem Ort { $place } verortet
match-household-name = ruft { $name } an oder schreibt an { $name }, eine Person Ihres Haushalts
match-household-speaker = gesprochen von { $names }, einer Person Ihres Haushalts
match-marked-device-mine = Sie haben gesagt, dass das Gerät „{ $device }“ Ihres ist
match-marked-mine = Sie haben sie als Ihre markiert
