# A character that is no operator.
total = 5 $ 3
