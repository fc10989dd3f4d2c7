/* bigtime: a clock in big block digits scaled to the box. */
#include "bigtime.h"
#include "bigtext.h"

#include <stdio.h>
#include <string.h>

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
	int scale = bigtext_scale(text, w, h, 64);
	if (scale < 1) {
		int len = (int)strlen(text);
		draw_text(y + h / 2, x + (w - len) / 2, len, st, text);
		return 1;
	}
	int rows = bigtext_height(text, w, scale);
	return bigtext_draw(y + (h - rows) / 2, x, w, scale, true, st, text);
}
