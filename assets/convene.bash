# bash completion for convene: commands, every command's options and the
# global ones (before or after the command), the values of --theme, --what
# and --format, team names and meeting numbers read from the database
# (`convene __complete`, with the --db already typed), files for check,
# import, --db and -o. --opt value and --opt=value both complete; after --
# no option is offered.
_convene_values() { # _convene_values OPTION CUR DB...: sets COMPREPLY to OPTION's values
	local opt=$1 cur=$2 words="" what c
	shift 2
	case $opt in
	--db|-o|--output) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
	--theme) words="default projector mono" ;;
	--what) words="talking-points norms decisions actions ratings items notes votes levels all" ;;
	--format) words="md txt html csv json" ;;
	--team|--meeting)
		what=teams
		[ "$opt" = --meeting ] && what=meetings
		local IFS=$'\n'
		COMPREPLY=()
		for c in $(convene "$@" __complete "$what" 2>/dev/null); do
			case $c in "$cur"*) COMPREPLY+=("$(printf '%q' "$c")") ;; esac
		done
		return 0 ;;
	--since|--until|--history|--teams|--limit) COMPREPLY=(); return 0 ;;
	*) return 1 ;;
	esac
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
	return 0
}

_convene() {
	# The words, with --opt=value joined again where bash split it at '='.
	local -a w=()
	local i x glue=0
	for ((i = 0; i <= COMP_CWORD; i++)); do
		x=${COMP_WORDS[i]}
		if [ "$x" = "=" ] && [ ${#w[@]} -gt 1 ] && [[ ${w[-1]} == -* && ${w[-1]} != *=* ]]; then
			w[-1]+="="
			glue=1
		elif [ $glue = 1 ]; then
			w[-1]+=$x
			glue=0
		else
			w+=("$x")
		fi
	done
	local cur=${w[-1]} prev="" n=${#w[@]}
	[ "$n" -gt 1 ] && prev=${w[n-2]}
	local cmd="" ended=0
	local -a db=()
	for ((i = 1; i < n - 1; i++)); do
		case ${w[i]} in
		--) [ -n "$cmd" ] && ended=1 ;;
		--db) [ $ended = 0 ] && db=(--db "${w[i+1]}") && ((i++)) ;;
		--db=*) [ $ended = 0 ] && db=("${w[i]}") ;;
		--theme|--what|--format|--team|--meeting|--since|--until|-o|--output|--history|--teams|--limit)
			[ $ended = 0 ] && ((i++)) ;;
		-*) ;;
		*) [ -z "$cmd" ] && cmd=${w[i]} ;;
		esac
	done
	if [ $ended = 0 ]; then
		# --opt=value: the value; bash completes the part after '=' when '='
		# breaks words, the whole word otherwise.
		if [[ $cur == --*=* ]]; then
			local opt=${cur%%=*} val=${cur#*=}
			_convene_values "$opt" "$val" "${db[@]}" || return 0
			if [[ $COMP_WORDBREAKS != *=* ]]; then
				for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]="$opt=${COMPREPLY[i]}"; done
			fi
			return 0
		fi
		_convene_values "$prev" "$cur" "${db[@]}" && return 0
	fi
	local global="--db --theme --bell --help --version"
	local words="" files=0
	case $cmd in
	"") words="check protocols present join review demo export import search help $global" ;;
	export) words="--meeting --team --since --until --what --format --bom -o --output $global" ;;
	present|join) words="--meeting $global" ;;
	demo) words="--history --teams $global" ;;
	search) words="--limit -- $global" ;;
	check|import) words="-- $global"; files=1 ;;
	review|protocols) words=$global ;;
	help) [ "$prev" = help ] && words="check protocols present join review demo export import search help" ;;
	esac
	if [ $ended = 1 ]; then
		words=""
	fi
	if [ $files = 1 ] && { [ $ended = 1 ] || [[ $cur != -* ]]; }; then
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return 0
	fi
	[ $ended = 1 ] && [ "$cmd" = search ] && { COMPREPLY=(); return 0; }
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _convene convene
