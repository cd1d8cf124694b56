# Case mappings and classes beyond the scripts of the language packs: a
# Vietnamese, Armenian, Georgian or Hebrew text, fullwidth letters, full
# mappings that change the length (ß, ﬁ), titlecase letters (ǅ).
print("việt nam".upper(), "ĐẶNG THỊ".lower(), "Ա Բ".lower(), "ა".upper(), "ｈｅｌｌｏ".upper(), "ⓐⅰ".upper())
print("straße".upper(), "ﬁne ﬂow".upper(), "ﬁne".title(), "ǆungla".title(), "ǆ".capitalize(), "ﬀ".swapcase())
print("ǅ".isupper(), "ǅ".islower(), "ǈubljana".istitle(), "ΟΔΥΣΣΕΥΣ".lower(), "ΟΔΥΣΣΕΥΣ".casefold())
print("שלום".isalpha(), "สวัสดี".isalpha(), "ქართული".isalpha(), "𝔸𝔹".isalpha(), "ʰᴀ".isalpha())
print("๓๔".isdecimal(), int("๓๔"), "௰".isnumeric(), "𝟘".isdigit(), "½".isnumeric(), "Ⅻ".isalnum())
print("变量".isidentifier(), "a·b".isidentifier(), "٣x".isidentifier(), "x٣".isidentifier(), "ℕ".isidentifier())
