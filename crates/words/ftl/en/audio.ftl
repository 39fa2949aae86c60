# Why a recording cannot be played (the `$detail` of error-recording-not-decodable and
# error-record-not-decodable): clauses, lower case. `$content` names what the bytes are, as in
# members.ftl; `$detail` is the decoder's own text. What the audit says of a recording it could
# not read (format-audio-…, formats.ftl) is said the same way here.

audio-empty = it is empty (0 bytes)
audio-not-a-recording = it is not a recording but { $content ->
        [html] an { member-content }
        [image] an { member-content }
        [json] { member-content }
        [text] { member-content }
        [binary] { member-content }
       *[other] a { member-content }
    }
audio-malformed = malformed stream: { $detail }
audio-bad-stream = the stream declares { $rate } Hz and { $channels } channels
audio-too-long = it decodes to more than { $samples } samples, about { $minutes } minutes at { $rate } Hz, which is more than is played at once
audio-no-packet = none of its { $count } packets could be decoded ({ $detail })
audio-no-sound = it holds no sound
