# हिन्दी: the caret lines up after combining vowel signs.
नाम = "दुनिया
छापो(नाम)
