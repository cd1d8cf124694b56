PRICES = {"apple": 3, "pear": 4}

函数 price(name):
    尝试:
        返回 PRICES[name]
    除了 KeyError 作为 e:
        抛出 LookupError("no price for " + 表示(name)) 从 e

函数 total(items):
    result = 0
    对于 item 里 items:
        result += price(item)
    返回 result

打印(total(["apple", "pear"]))
打印(total(["apple", "kiwi"]))
