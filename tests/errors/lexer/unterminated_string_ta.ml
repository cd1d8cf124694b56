# தமிழ்: a string left open; the caret lines up after combining marks.
பெயர் = "உலகம்
அச்சிடு(பெயர்)
