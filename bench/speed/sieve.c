#include <stdio.h>
#include <stdlib.h>

static long long sieve(long long n) {
    char *flags = malloc(n + 1);
    for (long long k = 0; k <= n; k++)
        flags[k] = 1;
    flags[0] = 0;
    flags[1] = 0;
    for (long long i = 2; i * i <= n; i++)
        if (flags[i])
            for (long long j = i * i; j <= n; j += i)
                flags[j] = 0;
    long long count = 0;
    for (long long k = 0; k <= n; k++)
        if (flags[k])
            count++;
    free(flags);
    return count;
}

int main(void) {
    long long total = 0;
    for (int r = 0; r < 3; r++)
        total += sieve(1000000);
    printf("%lld\n", total);
    return 0;
}
