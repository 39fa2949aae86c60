# Warum sich eine Aufnahme nicht abspielen lässt (das `$detail` von error-recording-not-decodable
# und error-record-not-decodable): Satzteile, klein geschrieben. `$content` nennt, was die Bytes
# sind, wie in members.ftl; `$detail` ist der eigene Text des Decoders. Was die Prüfung über eine
# Aufnahme sagt, die sie nicht lesen konnte (format-audio-…, formats.ftl), wird hier ebenso gesagt.

audio-empty = sie ist leer (0 Byte)
audio-not-a-recording = sie ist keine Aufnahme; dem Inhalt nach: { $content ->
        [html] eine { member-content }
        [image] ein { member-content }
        [json] { member-content }
        [text] { member-content }
        [binary] { member-content }
       *[other] { member-content }
    }
audio-malformed = fehlerhafter Datenstrom: { $detail }
audio-bad-stream = der Datenstrom gibt { $rate } Hz und { $channels } Kanäle an
audio-too-long = sie ergibt mehr als { $samples } Samples, etwa { $minutes } Minuten bei { $rate } Hz, mehr als auf einmal abgespielt wird
audio-no-packet = keines ihrer { $count } Pakete ließ sich dekodieren ({ $detail })
audio-no-sound = sie enthält keinen Ton
