//! Meta (Facebook, Instagram, Messenger): voice messages in message threads.
