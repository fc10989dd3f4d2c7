/* bigtime: big block digits scaled to the box. */
#include "bigtime.h"

#include <stdio.h>
#include <string.h>

/* 3x5 glyphs; '#' is a block. */
static const char *glyph(char c)
{
	static const char *const digits[10] = {
		"####.##.##.####", "..#..#..#..#..#", "###..#####..###", "###..####..####",
		"#.##.####..#..#", "####..###..####", "####..####.####", "###..#..#..#..#",
		"####.#####.####", "####.####..####",
	};
	if (c >= '0' && c <= '9')
		return digits[c - '0'];
	if (c == ':')
		return "....#.....#....";
	if (c == '+')
		return "....#.###.#....";
	if (c == '-')
		return "......###......";
	return "...............";
}

void bigtime_format(int64_t ms, bool overtime, char *out, size_t size)
{
	int64_t s = (ms < 0 ? -ms : ms) / 1000;
	/* Round a countdown up, so 0:00 shows only when the time is up. */
	if (!overtime && ms > 0 && ms % 1000)
		s++;
	const char *sign = overtime ? "+" : "";
	if (s >= 3600)
		snprintf(out, size, "%s%lld:%02lld:%02lld", sign, (long long)(s / 3600),
			 (long long)(s / 60 % 60), (long long)(s % 60));
	else
		snprintf(out, size, "%s%lld:%02lld", sign, (long long)(s / 60), (long long)(s % 60));
}

int bigtime_draw(int y, int x, int w, int h, enum style st, const char *text)
{
	int n = (int)strlen(text);
	/* Each glyph is 3 cells wide plus a gap; terminal cells are about twice
	 * as tall as wide, so a block is 2*scale columns by scale rows. */
	int scale = h / 5;
	if (n > 0 && w / (n * 4 * 2) < scale)
		scale = w / (n * 4 * 2);
	if (scale < 1) {
		int len = (int)strlen(text);
		draw_text(y + h / 2, x + (w - len) / 2, len, st, text);
		return 1;
	}
	int bw = 2 * scale, total = n * 4 * bw - bw;
	int left = x + (w - total) / 2, top = y + (h - 5 * scale) / 2;
	for (int i = 0; i < n; i++) {
		const char *g = glyph(text[i]);
		for (int r = 0; r < 5; r++)
			for (int c = 0; c < 3; c++)
				if (g[r * 3 + c] == '#')
					for (int k = 0; k < scale; k++)
						draw_fill(top + r * scale + k, left + (i * 4 + c) * bw, bw, st);
	}
	return 5 * scale;
}
