//! Audio output: one thread owns the sound device and plays one recording at a time.
//!
//! rodio's device handle (`MixerDeviceSink`, holding a cpal stream) is not `Send`, so it lives on
//! a thread of its own and the commands reach it over a channel; each answers with the player's
//! [`PlayerStatus`]. The device is opened at the first `play`, not at start, so a machine without
//! sound never hears about it unless someone presses play — and then gets an `ApiError` with
//! code `no_audio_device` (the UI keeps showing waveform and transcript). A later `play` tries
//! again, so a headset plugged in meanwhile is found.
//!
//! Recordings arrive decoded (`auskunft_api::Decoded`, by symphonia in the API crate) and are
//! played from memory by [`Clip`], a rodio source that counts its own position in samples. That
//! count is the position in the recording whatever the speed (rodio's speed control changes the
//! rate samples are taken at, not which samples), and seeking sets it directly.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use auskunft_api::{ApiError, Decoded, ErrorCode, Message, PlayerState, PlayerStatus};
use rodio::{ChannelCount, DeviceSinkBuilder, MixerDeviceSink, SampleRate, Source};

/// What the player can be told.
pub enum Command {
    /// Load a recording and play it from `from` seconds (clamped to the recording).
    Play {
        /// The record it belongs to.
        record: String,
        /// Its samples.
        clip: Decoded,
        /// Where to start, in seconds.
        from: f64,
    },
    /// Hold at the current position.
    Pause,
    /// Go on from the current position; after the end, from the start.
    Resume,
    /// Move to this many seconds into the recording (clamped); keeps playing or paused.
    Seek(f64),
    /// Play at this speed from now on (checked by `auskunft_api::playback_speed`).
    Speed(f32),
    /// Unload the recording.
    Stop,
    /// Only report.
    Status,
}

/// Opens the sound output; a test can hand in its own.
pub type OpenDevice = fn() -> Result<MixerDeviceSink, String>;

/// The system's default sound output.
pub fn default_device() -> Result<MixerDeviceSink, String> {
    DeviceSinkBuilder::open_default_sink()
        .map(|mut sink| {
            sink.log_on_drop(false);
            sink
        })
        .map_err(|e| e.to_string())
}

type Reply = Result<PlayerStatus, ApiError>;

/// The handle the commands use: sends a [`Command`] to the audio thread and waits for the status.
pub struct Player {
    commands: mpsc::Sender<(Command, mpsc::SyncSender<Reply>)>,
}

impl Player {
    /// Starts the audio thread; it ends when the `Player` is dropped.
    pub fn start(open: OpenDevice) -> Player {
        let (commands, inbox) = mpsc::channel::<(Command, mpsc::SyncSender<Reply>)>();
        let spawned = std::thread::Builder::new()
            .name("audio-output".into())
            .spawn(move || {
                let mut output = Output {
                    open,
                    device: None,
                    loaded: None,
                    speed: 1.0,
                };
                for (command, reply) in inbox {
                    let _ = reply.send(output.handle(command));
                }
            });
        if let Err(e) = spawned {
            eprintln!("auskunft-desktop: the audio thread could not start: {e}");
        }
        Player { commands }
    }

    /// Runs one command on the audio thread.
    pub fn send(&self, command: Command) -> Reply {
        let (reply, answer) = mpsc::sync_channel(1);
        let gone = || ApiError::said(ErrorCode::Internal, Message::new("error-audio-output-gone"));
        self.commands.send((command, reply)).map_err(|_| gone())?;
        answer.recv().map_err(|_| gone())?
    }
}

/// The audio thread's state.
struct Output {
    open: OpenDevice,
    device: Option<MixerDeviceSink>,
    loaded: Option<Loaded>,
    speed: f32,
}

/// The recording in the player.
struct Loaded {
    record: String,
    samples: Arc<[f32]>,
    channels: ChannelCount,
    rate: SampleRate,
    position: Arc<Position>,
    player: rodio::Player,
}

impl Output {
    fn handle(&mut self, command: Command) -> Reply {
        match command {
            Command::Play { record, clip, from } => self.play(record, clip, from)?,
            Command::Pause => {
                if let Some(l) = self.loaded.as_ref().filter(|l| !l.player.empty()) {
                    l.position.paused.store(true, Ordering::Relaxed);
                }
            }
            Command::Resume => {
                if let Some(l) = &self.loaded {
                    if l.player.empty() {
                        l.restart(0.0, self.speed);
                    }
                    l.position.paused.store(false, Ordering::Relaxed);
                }
            }
            Command::Seek(seconds) => {
                let seconds = finite(seconds, "seek")?;
                if let Some(l) = &self.loaded {
                    if l.player.empty() {
                        // Played out: load it again, held at the new place.
                        l.position.paused.store(true, Ordering::Relaxed);
                        l.restart(seconds, self.speed);
                    } else {
                        l.position.seek(l.sample_at(seconds));
                    }
                }
            }
            Command::Speed(rate) => {
                self.speed = rate;
                if let Some(l) = &self.loaded {
                    l.player.set_speed(rate);
                }
            }
            Command::Stop => self.loaded = None,
            Command::Status => {}
        }
        Ok(self.status())
    }

    fn play(&mut self, record: String, clip: Decoded, from: f64) -> Result<(), ApiError> {
        let from = finite(from, "play")?;
        let (Some(channels), Some(rate)) = (
            ChannelCount::new(clip.channels),
            SampleRate::new(clip.sample_rate),
        ) else {
            return Err(ApiError::said(
                ErrorCode::Audio,
                Message::new("error-recording-no-channels").arg("record", record),
            ));
        };
        // The old recording stops before the device is touched, so a failure leaves silence.
        self.loaded = None;
        if self.device.is_none() {
            let device = (self.open)().map_err(|e| {
                ApiError::said(
                    ErrorCode::NoAudioDevice,
                    Message::new("error-no-audio-device").arg("detail", e.to_string()),
                )
            })?;
            self.device = Some(device);
        }
        let Some(device) = &self.device else {
            unreachable!("opened above")
        };
        let loaded = Loaded {
            record,
            samples: clip.samples.into(),
            channels,
            rate,
            position: Arc::new(Position::default()),
            player: rodio::Player::connect_new(device.mixer()),
        };
        loaded.restart(from, self.speed);
        self.loaded = Some(loaded);
        Ok(())
    }

    fn status(&self) -> PlayerStatus {
        let speed = f64::from(self.speed);
        let Some(l) = &self.loaded else {
            return PlayerStatus::idle(speed);
        };
        let duration = l.seconds_at(l.samples.len());
        let (state, position) = if l.player.empty() {
            (PlayerState::Ended, duration)
        } else if l.position.paused.load(Ordering::Relaxed) {
            (PlayerState::Paused, l.seconds_at(l.position.current()))
        } else {
            (PlayerState::Playing, l.seconds_at(l.position.current()))
        };
        PlayerStatus {
            state,
            record: Some(l.record.clone()),
            position_seconds: position,
            duration_seconds: duration,
            speed,
        }
    }
}

impl Loaded {
    /// Queues the recording afresh from `seconds`.
    fn restart(&self, seconds: f64, speed: f32) {
        self.position.restart(self.sample_at(seconds));
        self.player.set_speed(speed);
        self.player.append(Clip {
            samples: self.samples.clone(),
            next: self.position.current(),
            silence: 0,
            channels: self.channels,
            rate: self.rate,
            position: self.position.clone(),
        });
    }

    /// The first sample of the frame at `seconds`, clamped to the recording.
    fn sample_at(&self, seconds: f64) -> usize {
        let channels = usize::from(self.channels.get());
        let frames = self.samples.len() / channels;
        let frame = (seconds.max(0.0) * f64::from(self.rate.get())) as usize;
        frame.min(frames) * channels
    }

    /// Seconds at the frame `sample` belongs to, a started frame counted as played (so a
    /// pause that lands mid-frame reports the same position before and after the frame ends).
    fn seconds_at(&self, sample: usize) -> f64 {
        sample.div_ceil(usize::from(self.channels.get())) as f64 / f64::from(self.rate.get())
    }
}

/// A position the player can go to; `what` is `seek` or `play` (`error-player-position`).
fn finite(seconds: f64, what: &str) -> Result<f64, ApiError> {
    if seconds.is_finite() {
        Ok(seconds)
    } else {
        Err(ApiError::said(
            ErrorCode::Usage,
            Message::new("error-player-position")
                .arg("what", what)
                .arg("seconds", seconds.to_string()),
        ))
    }
}

/// Where a [`Clip`] is, shared between the audio callback and the commands.
///
/// Pausing is done here rather than with rodio's own pause, which takes effect at its next
/// 5 ms check: a paused clip stops advancing at the next frame, so the position the pause
/// reports is the position it holds.
#[derive(Default)]
struct Position {
    /// Index of the next sample to play.
    next: AtomicUsize,
    /// A requested jump (a frame's first sample), taken at the next frame boundary.
    seek: AtomicUsize,
    /// Held: the clip plays silence without advancing.
    paused: AtomicBool,
}

const NO_SEEK: usize = usize::MAX;

impl Position {
    fn restart(&self, sample: usize) {
        self.next.store(sample, Ordering::Relaxed);
        self.seek.store(NO_SEEK, Ordering::Relaxed);
    }
    fn seek(&self, sample: usize) {
        self.seek.store(sample, Ordering::Relaxed);
    }
    /// The position the listener hears next: a pending jump counts as done.
    fn current(&self) -> usize {
        match self.seek.load(Ordering::Acquire) {
            NO_SEEK => self.next.load(Ordering::Acquire),
            target => target,
        }
    }
}

/// A decoded recording played from memory; it jumps where [`Position::seek`] says.
struct Clip {
    samples: Arc<[f32]>,
    next: usize,
    /// Silent samples still owed to finish a paused frame.
    silence: u16,
    channels: ChannelCount,
    rate: SampleRate,
    position: Arc<Position>,
}

impl Iterator for Clip {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.silence > 0 {
            self.silence -= 1;
            return Some(0.0);
        }
        // Jumps and pauses start between frames, so the channels stay in their places.
        let channels = self.channels.get();
        if self.next.is_multiple_of(usize::from(channels)) {
            let target = self.position.seek.load(Ordering::Acquire);
            if target != NO_SEEK {
                // Publish the new place before clearing the request, so a status read in
                // between sees one or the other, never the old place (a paused seek used to
                // report where the pause was). A newer request stays pending for the next frame.
                self.position.next.store(target, Ordering::Release);
                let _ = self.position.seek.compare_exchange(
                    target,
                    NO_SEEK,
                    Ordering::AcqRel,
                    Ordering::Relaxed,
                );
                self.next = target;
            }
            if self.position.paused.load(Ordering::Relaxed) {
                self.silence = channels - 1;
                return Some(0.0);
            }
        }
        let sample = *self.samples.get(self.next)?;
        self.next += 1;
        self.position.next.store(self.next, Ordering::Relaxed);
        Some(sample)
    }
}

impl Source for Clip {
    fn current_span_len(&self) -> Option<usize> {
        // Rate and channels never change: one span to the end.
        None
    }
    fn channels(&self) -> ChannelCount {
        self.channels
    }
    fn sample_rate(&self) -> SampleRate {
        self.rate
    }
    fn total_duration(&self) -> Option<Duration> {
        let frames = self.samples.len() / usize::from(self.channels.get());
        Some(Duration::from_secs_f64(
            frames as f64 / f64::from(self.rate.get()),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use auskunft_api::AudioFormat;

    fn tone(seconds: f64) -> Decoded {
        let rate = 8_000u32;
        let frames = (seconds * f64::from(rate)) as usize;
        Decoded {
            format: AudioFormat::Wav,
            sample_rate: rate,
            channels: 2,
            samples: (0..frames * 2)
                .map(|i| ((i / 2) as f32 * 0.05).sin() * 0.2)
                .collect(),
        }
    }

    fn play(record: &str, seconds: f64, from: f64) -> Command {
        Command::Play {
            record: record.into(),
            clip: tone(seconds),
            from,
        }
    }

    #[test]
    fn without_a_sound_output_play_says_so_and_the_player_stays_idle() {
        fn none() -> Result<MixerDeviceSink, String> {
            Err("no output device".into())
        }
        let player = Player::start(none);
        let err = player.send(play("r1", 1.0, 0.0)).unwrap_err();
        assert_eq!(err.code, ErrorCode::NoAudioDevice);
        assert_eq!(
            err.message,
            "No sound output is available (no output device); the waveform and the transcript are still shown."
        );
        assert_eq!(
            err.text(auskunft_api::Lang::De),
            "Es ist keine Tonausgabe verfügbar (no output device); Wellenform und Transkript werden weiter angezeigt."
        );
        // Everything else still answers; the speed is kept for later.
        assert_eq!(
            player.send(Command::Speed(1.5)).unwrap(),
            PlayerStatus::idle(1.5)
        );
        assert_eq!(
            player.send(Command::Seek(3.0)).unwrap(),
            PlayerStatus::idle(1.5)
        );
        assert_eq!(
            player.send(Command::Status).unwrap().state,
            PlayerState::Idle
        );
    }

    /// Plays through ALSA's null device (as tests/e2e/run.sh sets up): real rodio, no sound.
    #[test]
    fn play_pause_seek_speed_and_end_through_the_null_device() {
        let config =
            std::env::temp_dir().join(format!("auskunft-alsa-null-{}.conf", std::process::id()));
        std::fs::write(
            &config,
            "</usr/share/alsa/alsa.conf>\npcm.!default { type null }\nctl.!default { type hw card 0 }\n",
        )
        .unwrap();
        std::env::set_var("ALSA_CONFIG_PATH", &config);
        let player = Player::start(default_device);

        let s = player.send(play("r7", 2.0, 0.5)).unwrap();
        assert_eq!(s.state, PlayerState::Playing);
        assert_eq!(s.record.as_deref(), Some("r7"));
        assert_eq!(s.duration_seconds, 2.0);
        assert!(s.position_seconds >= 0.5, "{s:?}");

        let s = player.send(Command::Pause).unwrap();
        assert_eq!(s.state, PlayerState::Paused);
        let held = s.position_seconds;
        std::thread::sleep(Duration::from_millis(50));
        let s = player.send(Command::Status).unwrap();
        assert_eq!((s.state, s.position_seconds), (PlayerState::Paused, held));

        // A seek while paused is where it says, at once, and stays there.
        let s = player.send(Command::Seek(1.25)).unwrap();
        assert_eq!((s.state, s.position_seconds), (PlayerState::Paused, 1.25));
        let s = player.send(Command::Seek(99.0)).unwrap();
        assert_eq!(s.position_seconds, 2.0, "clamped to the end");
        player.send(Command::Seek(1.9)).unwrap();

        let s = player.send(Command::Speed(2.0)).unwrap();
        assert_eq!((s.speed, s.state), (2.0, PlayerState::Paused));
        assert_eq!(
            player.send(Command::Resume).unwrap().state,
            PlayerState::Playing
        );
        // 0.1 s of recording at double speed is over well within a second.
        let mut s = player.send(Command::Status).unwrap();
        for _ in 0..100 {
            if s.state == PlayerState::Ended {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
            s = player.send(Command::Status).unwrap();
        }
        assert_eq!((s.state, s.position_seconds), (PlayerState::Ended, 2.0));

        // After the end: resume starts again from the beginning.
        let s = player.send(Command::Resume).unwrap();
        assert_eq!(s.state, PlayerState::Playing);
        assert!(s.position_seconds < 0.5, "{s:?}");

        // A new recording replaces the old one; stop unloads.
        let s = player.send(play("r8", 1.0, 0.0)).unwrap();
        assert_eq!((s.record.as_deref(), s.duration_seconds), (Some("r8"), 1.0));
        assert_eq!(s.speed, 2.0, "the speed is kept");
        assert_eq!(player.send(Command::Stop).unwrap(), PlayerStatus::idle(2.0));
        let _ = std::fs::remove_file(config);
    }
}
