/* stats: summary statistics of ratings and the focus flags. */
#include "convene/stats.h"
#include "convene/util.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

void stats_compute(const int *values, size_t n, int scale_min, int scale_max,
		   struct rating_stats *out)
{
	assert(scale_max - scale_min < STATS_MAX_POINTS);
	memset(out, 0, sizeof *out);
	out->scale_min = scale_min;
	out->scale_max = scale_max;
	if (n == 0)
		return;
	int *sorted = xmalloc(n * sizeof *sorted);
	memcpy(sorted, values, n * sizeof *sorted);
	if (n > 1)
		qsort(sorted, n, sizeof *sorted, cmp_int);
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		sum += sorted[i];
		if (sorted[i] >= scale_min && sorted[i] <= scale_max)
			out->counts[sorted[i] - scale_min]++;
	}
	out->count = n;
	out->mean = sum / (double)n;
	out->median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	out->min = sorted[0];
	out->max = sorted[n - 1];
	double var = 0;
	for (size_t i = 0; i < n; i++)
		var += (sorted[i] - out->mean) * (sorted[i] - out->mean);
	out->stddev = sqrt(var / (double)n);
	free(sorted);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The k-th smallest of the keys, or the largest if there are fewer. */
static double kth_smallest(double *keys, size_t n, size_t k)
{
	if (n > 1)
		qsort(keys, n, sizeof *keys, cmp_double);
	return keys[(k < n ? k : n) - 1];
}

/* A spread under a sixth of the scale (one point on 1-7) is agreement. */
static bool disagrees(const struct rating_stats *s)
{
	return s->stddev >= (s->scale_max - s->scale_min) / 6.0;
}

void stats_mark_focus(struct rating_stats *s, size_t n)
{
	double *means = xmalloc((n ? n : 1) * sizeof *means);
	double *spreads = xmalloc((n ? n : 1) * sizeof *spreads);
	size_t rated = 0, spread_n = 0;
	for (size_t i = 0; i < n; i++) {
		s[i].lowest = s[i].widest = false;
		if (s[i].count == 0)
			continue;
		means[rated++] = s[i].mean;
		if (disagrees(&s[i]))
			spreads[spread_n++] = -s[i].stddev;
	}
	/* Flags stand out only among others: at most a third of what was rated. */
	size_t k = rated / 3 < STATS_FOCUS_COUNT ? rated / 3 : STATS_FOCUS_COUNT;
	if (k > 0) {
		double low = kth_smallest(means, rated, k);
		for (size_t i = 0; i < n; i++)
			s[i].lowest = s[i].count > 0 && s[i].mean <= low;
	}
	if (k > 0 && spread_n > 0) {
		double wide = -kth_smallest(spreads, spread_n, k);
		for (size_t i = 0; i < n; i++)
			s[i].widest = s[i].count > 0 && disagrees(&s[i]) && s[i].stddev >= wide;
	}
	free(means);
	free(spreads);
}
