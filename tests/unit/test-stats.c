/* Tests of the rating statistics and the focus flags. */
#include "convene/stats.h"
#include "tap.h"

static int near(double a, double b)
{
	return a - b < 1e-9 && b - a < 1e-9;
}

int main(void)
{
	struct rating_stats s;
	int odd[] = { 7, 1, 4, 4, 2 };
	stats_compute(odd, 5, 1, 7, &s);
	is_int(s.count, 5, "count");
	ok(near(s.mean, 3.6), "mean");
	ok(near(s.median, 4), "median of an odd count is the middle value");
	is_int(s.min, 1, "min");
	is_int(s.max, 7, "max");
	is_int(s.counts[4 - 1], 2, "two 4s");
	is_int(s.counts[3 - 1], 0, "no 3s");

	int even[] = { 2, 5, 3, 6 };
	stats_compute(even, 4, 1, 7, &s);
	ok(near(s.median, 4), "median of an even count is the mean of the middle two");

	stats_compute(NULL, 0, 1, 7, &s);
	is_int(s.count, 0, "no ratings");

	int zero[] = { 0, 9 };
	stats_compute(zero, 2, 0, 9, &s);
	ok(s.counts[0] == 1 && s.counts[9] == 1, "a 0-9 scale counts both ends");

	/* Five dimensions: means 5, 2, 6, 2.5, 4; spreads differ. */
	int v[5][4] = { { 5, 5, 5, 5 }, { 1, 3, 1, 3 }, { 6, 6, 6, 6 }, { 1, 4, 1, 4 }, { 1, 7, 1, 7 } };
	struct rating_stats dims[6];
	for (int i = 0; i < 5; i++)
		stats_compute(v[i], 4, 1, 7, &dims[i]);
	stats_compute(NULL, 0, 1, 7, &dims[5]);
	stats_mark_focus(dims, 6);
	ok(dims[1].lowest && !dims[3].lowest, "five rated: only the lowest mean (a third of five is one)");
	ok(!dims[0].lowest && !dims[2].lowest && !dims[4].lowest, "the others are not");
	ok(dims[4].widest && !dims[3].widest, "and only the widest spread");
	ok(!dims[5].lowest && !dims[5].widest, "a dimension nobody rated is never flagged");

	int nine[9][2] = { { 5, 5 }, { 2, 2 }, { 6, 6 }, { 3, 3 }, { 1, 7 }, { 2, 6 }, { 5, 6 }, { 4, 4 },
			   { 6, 7 } };
	struct rating_stats many[9];
	for (int i = 0; i < 9; i++)
		stats_compute(nine[i], 2, 1, 7, &many[i]);
	stats_mark_focus(many, 9);
	ok(many[1].lowest && many[3].lowest && !many[0].lowest, "nine rated: the two lowest means");
	ok(many[4].widest && many[5].widest && !many[6].widest, "and the two widest spreads");

	struct rating_stats two[2];
	stats_compute(nine[1], 2, 1, 7, &two[0]);
	stats_compute(nine[4], 2, 1, 7, &two[1]);
	stats_mark_focus(two, 2);
	ok(!two[0].lowest && !two[1].lowest && !two[1].widest, "two rated: nothing stands out, nothing flagged");

	int agree[2][3] = { { 4, 5, 4 }, { 3, 4, 3 } };
	stats_compute(agree[0], 3, 1, 7, &dims[0]);
	stats_compute(agree[1], 3, 1, 7, &dims[1]);
	stats_mark_focus(dims, 2);
	ok(!dims[0].widest && !dims[1].widest, "a one-point range is agreement, not a spread");

	int close[3][3] = { { 4, 5, 6 }, { 3, 4, 5 }, { 5, 6, 7 } };
	for (int i = 0; i < 3; i++)
		stats_compute(close[i], 3, 1, 7, &dims[i]);
	stats_mark_focus(dims, 3);
	ok(!dims[0].widest && !dims[1].widest && !dims[2].widest,
	   "neighbouring ratings (sd under 1 on 1-7) are never a spread, ties or not");

	/* Nine dimensions all rated 4 by everyone: no difference, no flag. */
	int same[3] = { 4, 4, 4 };
	for (int i = 0; i < 9; i++)
		stats_compute(same, 3, 1, 7, &many[i]);
	stats_mark_focus(many, 9);
	size_t low = 0, wide = 0;
	for (int i = 0; i < 9; i++) {
		low += many[i].lowest;
		wide += many[i].widest;
	}
	is_int(low, 0, "all ratings equal: no dimension is LOW");
	is_int(wide, 0, "and none is SPREAD (there is no spread)");

	/* Nine dimensions with the same wide disagreement each: no SPREAD, and
	 * the same means: no LOW. */
	int split[2] = { 1, 7 };
	for (int i = 0; i < 9; i++)
		stats_compute(split, 2, 1, 7, &many[i]);
	stats_mark_focus(many, 9);
	low = wide = 0;
	for (int i = 0; i < 9; i++) {
		low += many[i].lowest;
		wide += many[i].widest;
	}
	is_int(low, 0, "equal means, however spread: no LOW");
	is_int(wide, 0, "equal spreads everywhere: no SPREAD");

	/* One dimension lower than eight equal ones: it alone is LOW, although
	 * the second lowest is an eight-way tie. */
	int lower[3] = { 2, 3, 3 };
	for (int i = 0; i < 9; i++)
		stats_compute(i == 6 ? lower : same, 3, 1, 7, &many[i]);
	stats_mark_focus(many, 9);
	low = 0;
	for (int i = 0; i < 9; i++)
		low += many[i].lowest;
	ok(many[6].lowest && low == 1, "one lower among equals: only it is LOW");

	/* A tie at the boundary that stays within a third is flagged whole:
	 * means 2, 3, 3 and six higher, on nine (a third is three). */
	int three[3] = { 3, 3, 3 }, two_[3] = { 2, 2, 2 }, five[3] = { 5, 5, 5 };
	for (int i = 0; i < 9; i++)
		stats_compute(i == 0 ? two_ : i < 3 ? three : five, 3, 1, 7, &many[i]);
	stats_mark_focus(many, 9);
	ok(many[0].lowest && many[1].lowest && many[2].lowest && !many[3].lowest,
	   "a tie at the boundary within a third: all of it is LOW");
	/* The same with one more at 3: four would be more than a third. */
	stats_compute(three, 3, 1, 7, &many[3]);
	stats_mark_focus(many, 9);
	low = 0;
	for (int i = 0; i < 9; i++)
		low += many[i].lowest;
	ok(many[0].lowest && low == 1, "a tie that would pass a third: only what is below it");

	/* Three spreads tied at the widest on six dimensions (a third is two). */
	struct rating_stats six[6];
	for (int i = 0; i < 6; i++)
		stats_compute(i < 3 ? split : same, i < 3 ? 2 : 3, 1, 7, &six[i]);
	stats_mark_focus(six, 6);
	ok(!six[0].widest && !six[1].widest && !six[2].widest,
	   "three equal spreads on six dimensions: none is SPREAD, no list order decides");
	return tap_done();
}
