//! Google Takeout: Assistant activity (My Activity) and its recordings.
