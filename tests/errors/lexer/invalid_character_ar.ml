# العربية: the Arabic question mark is not an operator.
اطبع(٣ ؟ ٤)
