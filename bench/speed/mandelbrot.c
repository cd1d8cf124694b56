#include <stdio.h>

static void mandelbrot(int n) {
    long long inside = 0, iterations = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0.0, zi = 0.0;
            int i = 0;
            while (i < 50) {
                double tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if (zr * zr + zi * zi > 4.0)
                    break;
                i++;
            }
            if (i == 50)
                inside++;
            iterations += i;
        }
    }
    printf("%lld %lld\n", inside, iterations);
}

int main(void) {
    mandelbrot(1000);
    return 0;
}
