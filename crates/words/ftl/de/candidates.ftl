# Was der Export zum Inventar vorschlägt (`auskunft inventory candidates`, „In diesem Export
# gefunden“ im Inventar): wo der Export jeden Eintrag nennt, und Vorbehalte.

candidate-when = { $first ->
        [none] {""}
       *[other] , { $last ->
            [none] { DATE($first) }
           *[other] { DATE($first) } – { DATE($last) }
        }
    }
candidate-sources = { $shown }{ $more ->
        [0] {""}
        [one] {" "}und 1 weitere Datei
       *[other] {" "}und { $more } weitere Dateien
    }
# Wo im Export: eine Datei (ein Archiv › seine Datei) und die Zeile darin (locators.ftl).
candidate-place = { $file }, { $at }
candidate-file = { $file }
candidate-listed = Die Geräteliste des Exports nennt es ({ $listed }).
candidate-device-records = { $records ->
        [0] Kein Eintrag stammt von ihm.
        [one] Ein Eintrag stammt von ihm ({ candidate-sources }){ candidate-when }.
       *[other] { $records } Einträge stammen von ihm ({ candidate-sources }){ candidate-when }.
    }
candidate-registered = Registriert am { DATE($date) }.
candidate-account-named = Genannt von { $records ->
        [0] {""}
        [one] 1 Eintrag
       *[other] { $records } Einträgen
    }{ $records ->
        [0] {""}
       *[other] { $devices ->
            [0] {""}
           *[other] {" "}und{" "}
        }
    }{ $devices ->
        [0] {""}
        [one] 1 Gerät ({ $names })
       *[other] { $devices } Geräten ({ $names })
    }.
candidate-person-named = Als Sprecher oder Sprecherin { $records ->
        [one] eines Eintrags
       *[other] von { $records } Einträgen
    } genannt{ candidate-when }{ $devices ->
        [none] {""}
       *[other] , auf { $devices }
    }.
candidate-place-seen = { $records ->
        [one] 1 Eintrag verortet
       *[other] { $records } Einträge verorten
    } das Gerät im Umkreis von { $km } km um { $lat }, { $lon }{ $name ->
        [none] {""}
       *[other] {" "}(„{ $name }“)
    }{ candidate-when }.
candidate-caution-seed-case = Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt, doch dieser Export enthält { $records ->
        [one] 1 Spracheintrag: Er könnte
       *[other] { $records } Spracheinträge: Sie könnten
    } jemand anderem gehören. Fügen Sie ein Gerät nur hinzu, wenn Sie es als Ihres erkennen.
candidate-caution-no-voice-device = Sie haben angegeben, kein Sprachgerät zu besitzen, und dieser Export enthält vielleicht Aufnahmen eines anderen Haushalts: Fügen Sie es nur hinzu, wenn es Ihnen gehört.
candidate-caution-judged-foreign = Die Prüfung hat es als nicht Ihres beurteilt: { $reason }.
candidate-caution-judged-foreign-plain = Die Prüfung hat es als nicht Ihres beurteilt.
candidate-caution-name-only = Der Export nennt es nur beim Namen, und Namen wiederholen sich von Haushalt zu Haushalt: Ein Name ist ein schwacher Beleg.
candidate-caution-second-account = Sie geben bereits das { $vendor }-Konto { $id } an; ein zweites im selben Export gehört vielleicht jemand anderem.
candidate-caution-foreign-account = { $what ->
        [device] Es ist registriert auf
        [person] Ihre Einträge stammen von
       *[place] Diese Einträge stammen von
    } Konto { $id }, das nicht Ihr { $vendor }-Konto ist: Der Export enthält vielleicht Daten einer anderen Person.
candidate-no-id = ohne Kennung
