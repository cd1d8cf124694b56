# factorial(3000): 2,999 multiplications of a growing big int by a small one.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(3000).bit_length())
