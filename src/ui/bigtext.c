/* bigtext: a 3x5 pixel font and its half-block renderer. Its text is
 * ASCII (bigtext_fits), so a character is a cell and text_line wraps it. */
#include "bigtext.h"
#include "convene/text.h"
#include "convene/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Rows of three pixels, top to bottom; '#' is set. */
static const char *glyph(int c)
{
	static const char *const letters[26] = {
		".#.#.#####.##.#", "##.#.###.#.###.", ".###..#..#...##", "##.#.##.##.###.",
		"####..##.#..###", "####..##.#..#..", ".###..#.##.#.##", "#.##.#####.##.#",
		"###.#..#..#.###", "..#..#..##.#.#.", "#.##.###.#.##.#", "#..#..#..#..###",
		"#.########.##.#", "##.#.##.##.##.#", ".#.#.##.##.#.#.", "##.#.###.#..#..",
		".#.#.##.###..##", "##.#.###.#.##.#", ".###...#...###.", "###.#..#..#..#.",
		"#.##.##.##.#.##", "#.##.##.#.#..#.", "#.##.########.#", "#.##.#.#.#.##.#",
		"#.##.#.#..#..#.", "###..#.#.#..###",
	};
	static const char *const digits[10] = {
		"####.##.##.####", "..#..#..#..#..#", "###..#####..###", "###..####..####",
		"#.##.####..#..#", "####..###..####", "####..####.####", "###..#..#..#..#",
		"####.#####.####", "####.####..####",
	};
	if (c >= 'a' && c <= 'z')
		c -= 'a' - 'A';
	if (c >= 'A' && c <= 'Z')
		return letters[c - 'A'];
	if (c >= '0' && c <= '9')
		return digits[c - '0'];
	switch (c) {
	case ' ': return "...............";
	case '.': return ".............#.";
	case ',': return "..........#.#..";
	case ':': return "....#.....#....";
	case ';': return "....#.....#.#..";
	case '?': return "##...#.#.....#.";
	case '!': return ".#..#..#.....#.";
	case '-': return "......###......";
	case '+': return "....#.###.#....";
	case '=': return "...###...###...";
	case '\'': return ".#..#..........";
	case '"': return "#.##.#.........";
	case '(': return "..#.#..#..#...#";
	case ')': return "#...#..#..#.#..";
	case '/': return "..#..#.#.#..#..";
	case '&': return ".#.#.#.#.#.#.##";
	case '%': return "#.#..#.#.#..#.#";
	default: return NULL;
	}
}

static bool pixel(int c, int row, int col)
{
	const char *g = glyph(c);
	return g && g[row * 3 + col] == '#';
}

bool bigtext_fits(const char *s)
{
	for (; *s; s++)
		if (!glyph((unsigned char)*s))
			return false;
	return true;
}

/* A glyph is 3 pixels and a gap of 1; a pixel is scale columns. */
static int char_cols(int scale)
{
	return 4 * scale;
}

/* In ASCII a pixel is whole rows, as near to square as rows allow: a
 * half-row cannot be drawn, and '#' for "either half" would fill in the
 * gaps that tell 8 from 0. */
static int ascii_pixel_rows(int scale)
{
	return (scale + 1) / 2;
}

/* Rows of a line: 5 pixels of scale half-rows each, rounded up (in ASCII,
 * 5 pixels of whole rows). */
static int line_rows(int scale)
{
	return draw_blocks() ? (5 * scale + 1) / 2 : 5 * ascii_pixel_rows(scale);
}

static int count_lines(const char *s, int w, int scale)
{
	int per = (w + scale) / char_cols(scale);
	if (per < 1)
		return -1;
	int lines = 0;
	while (*s) {
		size_t skip, n = text_line(s, per, &skip);
		s += n + skip;
		lines++;
	}
	return lines;
}

int bigtext_height(const char *s, int w, int scale)
{
	int lines = count_lines(s, w, scale);
	return lines <= 0 ? 0 : lines * line_rows(scale) + (lines - 1);
}

int bigtext_scale(const char *s, int w, int h, int max_scale)
{
	if (!*s || !bigtext_fits(s))
		return 0;
	for (int scale = max_scale; scale >= 1; scale--) {
		int per = (w + scale) / char_cols(scale);
		/* Words are never broken when the text is drawn big. */
		bool words_fit = per > 0;
		for (const char *p = s; words_fit && *p;) {
			size_t word = strcspn(p, " ");
			words_fit = word <= (size_t)per;
			p += word + strspn(p + word, " ");
		}
		if (words_fit && bigtext_height(s, w, scale) <= h)
			return scale;
	}
	return 0;
}

static void draw_line(int y, int x, int scale, enum style st, const char *s, size_t n)
{
	bool blocks = draw_blocks();
	int rows = line_rows(scale), cols = (int)n * char_cols(scale);
	char *row = xmalloc((size_t)cols * 3 + 1);
	for (int r = 0; r < rows; r++) {
		size_t len = 0;
		for (int cx = 0; cx < cols; cx++) {
			int ch = (unsigned char)s[cx / char_cols(scale)];
			int col = cx % char_cols(scale) / scale;
			const char *cell;
			if (!blocks) {
				int prow = r / ascii_pixel_rows(scale);
				cell = col < 3 && prow < 5 && pixel(ch, prow, col) ? "#" : " ";
			} else {
				/* The two half rows of this cell, as pixel rows. */
				int top = 2 * r / scale, bottom = (2 * r + 1) / scale;
				bool up = col < 3 && top < 5 && pixel(ch, top, col);
				bool down = col < 3 && bottom < 5 && pixel(ch, bottom, col);
				cell = up && down ? "\xe2\x96\x88" :
				       up	  ? "\xe2\x96\x80" :
				       down	  ? "\xe2\x96\x84" :
						    " ";
			}
			size_t cl = strlen(cell);
			memcpy(row + len, cell, cl);
			len += cl;
		}
		row[len] = '\0';
		draw_text(y + r, x, cols, st, row);
	}
	free(row);
}

int bigtext_draw(int y, int x, int w, int scale, bool centre, enum style st, const char *s)
{
	int per = (w + scale) / char_cols(scale), used = 0;
	if (per < 1 || scale < 1)
		return 0;
	while (*s) {
		size_t skip, n = text_line(s, per, &skip);
		/* The last glyph's gap is not part of the line's width. */
		int cols = (int)n * char_cols(scale) - scale;
		if (used)
			used++;
		draw_line(y + used, centre ? x + (w - cols) / 2 : x, scale, st, s, n);
		used += line_rows(scale);
		s += n + skip;
	}
	return used;
}
