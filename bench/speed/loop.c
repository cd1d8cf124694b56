#include <stdio.h>

static long long loop(long long n) {
    long long total = 0;
    for (long long i = 0; i < n; i++) {
        total += i % 7;
        total ^= i;
    }
    return total;
}

int main(void) {
    printf("%lld\n", loop(10000000));
    return 0;
}
