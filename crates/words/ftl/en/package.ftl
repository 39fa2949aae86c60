# Words of the installed app's packaging (the version in the header), English.
app-version = Version { $version }
