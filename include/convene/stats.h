/*
 * stats: what the room sees after rating a dimension — count, mean, median,
 * range and the distribution — and which dimensions deserve the team's
 * attention (lowest scores, widest disagreement).
 */
#ifndef CONVENE_STATS_H
#define CONVENE_STATS_H

#include <stdbool.h>
#include <stddef.h>

#define STATS_MAX_POINTS 10 /* scales run within 0..9 */
#define STATS_FOCUS_COUNT 2 /* how many dimensions each flag picks */

struct rating_stats {
	size_t count;
	double mean;
	double median;
	double stddev;
	int min, max;
	int scale_min, scale_max;
	size_t counts[STATS_MAX_POINTS]; /* counts[v - scale_min] */
	bool lowest; /* among the lowest means */
	bool widest; /* among the widest spreads (standard deviation) */
};

void stats_compute(const int *values, size_t n, int scale_min, int scale_max,
		   struct rating_stats *out);

/* Flags the lowest means and the widest spreads (by standard deviation):
 * STATS_FOCUS_COUNT of each, ties at the boundary included, but never more
 * than a third of the dimensions rated, so a flag always stands out. When a
 * tie at the boundary would flag more than that third, only the dimensions
 * beyond the tie are flagged (none when all are equal): a flag marks a
 * difference, never list order. A standard deviation under a sixth of the
 * scale (1 point on 1-7), or of zero, is agreement and never a spread. */
void stats_mark_focus(struct rating_stats *s, size_t n);

#endif
