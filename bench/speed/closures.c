#include <stdio.h>
#include <stdlib.h>

/* A closure: a function and its environment. */
struct closure { long long (*fn)(struct closure *, long long); long long k; long long *cell; };

static long long double_fn(struct closure *c, long long x) { (void)c; return x * 2; }
static long long adder_fn(struct closure *c, long long x) { return x + c->k; }
static long long inc_fn(struct closure *c, long long step) { return *c->cell += step; }

static struct closure *make_adder(long long k) {
    struct closure *c = malloc(sizeof *c);
    c->fn = adder_fn;
    c->k = k;
    return c;
}

static struct closure *make_counter(void) {
    struct closure *c = malloc(sizeof *c);
    c->fn = inc_fn;
    c->cell = calloc(1, sizeof *c->cell);
    return c;
}

static void run(long long n) {
    struct closure dbl = {double_fn, 0, 0};
    struct closure *add3 = make_adder(3);
    struct closure *adders[10];
    for (int i = 0; i < 10; i++)
        adders[i] = make_adder(i);
    struct closure *counter = make_counter();
    long long total = 0;
    for (long long i = 0; i < n; i++) {
        struct closure *ai = adders[i % 10];
        total += dbl.fn(&dbl, i) + add3->fn(add3, i) + ai->fn(ai, i);
        counter->fn(counter, 1);
    }
    printf("%lld %lld\n", total, counter->fn(counter, 0));
}

int main(void) {
    run(1000000);
    return 0;
}
