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

/* The k-th smallest of the keys (sorted in place), or the largest if there
 * are fewer. */
static double kth_smallest(double *keys, size_t n, size_t k)
{
	if (n > 1)
		qsort(keys, n, sizeof *keys, cmp_double);
	return keys[(k < n ? k : n) - 1];
}

/* A spread under a sixth of the scale (one point on 1-7) is agreement, and
 * no spread at all is never a disagreement, whatever the scale. */
static bool disagrees(const struct rating_stats *s)
{
	return s->stddev > 0 && s->stddev >= (s->scale_max - s->scale_min) / 6.0;
}

/* Means and standard deviations of equal ratings are equal to the last bit
 * most of the time, not always: a hair's difference is no difference. */
#define SAME 1e-9

/* Sets out[i] for the eligible dimensions whose key is at or below the cut
 * (the k-th smallest key); when a tie at the cut would mark more than
 * limit, only those strictly below it: a tie is never broken by list order,
 * and a flag on everything that is equal would say nothing. */
static void mark(const double *key, const bool *eligible, size_t n, size_t k, size_t limit,
		 bool *out)
{
	double *sorted = xmalloc((n ? n : 1) * sizeof *sorted);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		out[i] = false;
		if (eligible[i])
			sorted[m++] = key[i];
	}
	if (m > 0 && k > 0) {
		double cut = kth_smallest(sorted, m, k);
		size_t at_or_below = 0;
		for (size_t i = 0; i < n; i++)
			at_or_below += eligible[i] && key[i] <= cut + SAME;
		double bound = at_or_below <= limit ? cut + SAME : cut - SAME;
		for (size_t i = 0; i < n; i++)
			out[i] = eligible[i] && key[i] <= bound;
	}
	free(sorted);
}

void stats_mark_focus(struct rating_stats *s, size_t n)
{
	size_t size = n ? n : 1;
	double *key = xmalloc(size * sizeof *key);
	bool *eligible = xmalloc(size * sizeof *eligible), *flag = xmalloc(size * sizeof *flag);
	size_t rated = 0;
	for (size_t i = 0; i < n; i++)
		rated += s[i].count > 0;
	/* Flags stand out only among others: at most a third of what was rated. */
	size_t limit = rated / 3, k = limit < STATS_FOCUS_COUNT ? limit : STATS_FOCUS_COUNT;
	for (size_t i = 0; i < n; i++) {
		eligible[i] = s[i].count > 0;
		key[i] = s[i].mean;
	}
	mark(key, eligible, n, k, limit, flag);
	for (size_t i = 0; i < n; i++)
		s[i].lowest = flag[i];
	/* The widest spreads are the smallest negated deviations. */
	for (size_t i = 0; i < n; i++) {
		eligible[i] = s[i].count > 0 && disagrees(&s[i]);
		key[i] = -s[i].stddev;
	}
	mark(key, eligible, n, k, limit, flag);
	for (size_t i = 0; i < n; i++)
		s[i].widest = flag[i];
	free(key);
	free(eligible);
	free(flag);
}
