# md2scdoc.awk: protocols/README.md as the scdoc source of convene-protocol(5).
#
# The man page is made from the README at build time, not kept beside it,
# so the two cannot drift: an author edits one file. Only the Markdown the
# README uses is understood: headings (# is the page, ## a section, ### a
# subsection), paragraphs, "- " lists with two-space continuation lines,
# fenced code blocks, pipe tables, **bold** and `code` (shown bold, as man
# pages show literal text). tests/unit/man-protocol.sh checks that the page
# keeps every heading and key of the README.
#
# Usage: awk -f md2scdoc.awk protocols/README.md | scdoc > convene-protocol.5

BEGIN {
	print "convene-protocol(5)"
	print ""
	print "# NAME"
	print ""
	print "convene-protocol - the protocol and agenda files *convene*(1) runs"
	print ""
	print "# DESCRIPTION"
	code = 0; table = 0; list = 0
}

# scdoc's formatting characters, made literal.
function esc(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/\*/, "\\*", s)
	gsub(/_/, "\\_", s)
	return s
}

# A line's inline Markdown in scdoc: `code` and **bold** both bold, the
# rest literal.
function inline(s,    out, i, c, n, inside) {
	out = ""
	while (length(s) > 0) {
		if (substr(s, 1, 1) == "`" && (n = index(substr(s, 2), "`")) > 0) {
			out = out "*" esc(substr(s, 2, n - 1)) "*"
			s = substr(s, n + 2)
		} else if (substr(s, 1, 2) == "**" && (n = index(substr(s, 3), "**")) > 0) {
			out = out "*" inline(substr(s, 3, n - 1)) "*"
			s = substr(s, n + 4)
		} else {
			c = substr(s, 1, 1)
			out = out esc(c)
			s = substr(s, 2)
		}
	}
	return out
}

# A heading's text: its code unmarked (scdoc formats no heading).
function plain(s) {
	gsub(/`/, "", s)
	gsub(/\*\*/, "", s)
	return s
}

function trim(s) {
	sub(/^[ \t]+/, "", s)
	sub(/[ \t]+$/, "", s)
	return s
}

# Ends a table: a blank line after its last row.
function end_table() {
	if (table) {
		print ""
		table = 0
	}
}

/^```/ {
	end_table()
	if (code) {
		print "```"
		code = 0
	} else {
		print "```"
		code = 1
	}
	next
}

code { print; next }

# The page's own title: NAME and DESCRIPTION stand for it.
NR == 1 && /^# / { next }

/^\|/ {
	line = $0
	sub(/^\|/, "", line)
	sub(/\|[ \t]*$/, "", line)
	# The row under a header is Markdown's, not a row.
	if (line ~ /^[-|: ]+$/)
		next
	ncells = split(line, cell, "|")
	if (!table) {
		# The last column takes the width left, so a table fits 80
		# columns (tbl wraps its text) rather than running past them.
		print ""
		for (i = 1; i <= ncells; i++)
			print (i == 1 ? "[[ " : i == ncells ? ":< " : ":[ ") "*" esc(trim(cell[i])) "*"
		table = 1
		next
	}
	for (i = 1; i <= ncells; i++) {
		text = inline(trim(cell[i]))
		print (i == 1 ? "|  " : ":  ") (text == "" ? "-" : text)
	}
	next
}

{ end_table() }

/^### / { sub(/^### /, ""); print "## " plain($0); list = 0; next }
/^## / { sub(/^## /, ""); print "# " toupper(plain($0)); list = 0; next }

/^- / { list = 1; print "- " inline(substr($0, 3)); next }

/^$/ { list = 0; print ""; next }

# A list item's next line, indented as scdoc wants it; any other line
# flush left (scdoc reads leading spaces as a mistake).
{
	if (list && /^  /)
		print "  " inline(trim($0))
	else
		print inline(trim($0))
}

END {
	end_table()
	print ""
	print "# SEE ALSO"
	print ""
	print "*convene*(1). The same text is protocols/README.md in convene's source."
}
