#!/usr/bin/perl
# pseudo.pl: the made-up language of pseudo.sh, one string at a time, from
# standard input to standard output. Each run of text outside a printf
# conversion (%s, %1$d, %-*s, %zu, %%) has its ASCII letters swapped for
# accented letters that a terminal draws one cell wide.
use strict;
use warnings;
use utf8;
binmode STDIN, ':encoding(UTF-8)';
binmode STDOUT, ':encoding(UTF-8)';
my %swap;
@swap{split //, 'abcdefghijklmnopqrstuvwxyz'} = split //, 'áƀçďéƒğĥíĵķĺḿñóṕɋŕśţúṽŵẋýź';
@swap{split //, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'} = split //, 'ÁƁÇĎÉƑĞĤÍĴĶĹḾÑÓṔɊŔŚŢÚṼŴẊÝŹ';
local $/;
my $s = <STDIN>;
$s = '' unless defined $s;
my $out = '';
while (length $s) {
	if ($s =~ s/^(%(?:\d+\$)?[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcspn%])//) {
		$out .= $1;
	} else {
		$s =~ s/^(.)//s;
		$out .= exists $swap{$1} ? $swap{$1} : $1;
	}
}
print $out;
