#include <math.h>
#include <stdio.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NB 5

struct body { double x, y, z, vx, vy, vz, mass; };

static struct body bodies[NB] = {
    {0, 0, 0, 0, 0, 0, SOLAR_MASS},
    {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(void) {
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < NB; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

static double energy(void) {
    double e = 0;
    for (int i = 0; i < NB; i++) {
        struct body *b1 = &bodies[i];
        e += 0.5 * b1->mass * (b1->vx * b1->vx + b1->vy * b1->vy + b1->vz * b1->vz);
        for (int j = i + 1; j < NB; j++) {
            struct body *b2 = &bodies[j];
            double dx = b1->x - b2->x, dy = b1->y - b2->y, dz = b1->z - b2->z;
            e -= (b1->mass * b2->mass) / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(int steps, double dt) {
    for (int s = 0; s < steps; s++) {
        for (int i = 0; i < NB; i++) {
            struct body *b1 = &bodies[i];
            for (int j = i + 1; j < NB; j++) {
                struct body *b2 = &bodies[j];
                double dx = b1->x - b2->x, dy = b1->y - b2->y, dz = b1->z - b2->z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * sqrt(d2));
                double m1 = b1->mass * mag, m2 = b2->mass * mag;
                b1->vx -= dx * m2;
                b1->vy -= dy * m2;
                b1->vz -= dz * m2;
                b2->vx += dx * m1;
                b2->vy += dy * m1;
                b2->vz += dz * m1;
            }
        }
        for (int i = 0; i < NB; i++) {
            bodies[i].x += dt * bodies[i].vx;
            bodies[i].y += dt * bodies[i].vy;
            bodies[i].z += dt * bodies[i].vz;
        }
    }
}

int main(void) {
    offset_momentum();
    printf("%.9f\n", energy());
    advance(50000, 0.01);
    printf("%.9f\n", energy());
    return 0;
}
