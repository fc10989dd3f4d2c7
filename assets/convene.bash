# bash completion for convene: commands, options, the values of --theme,
# --what and --format, and team names and meeting numbers read from the
# database (`convene __complete`, with the --db already typed).
_convene() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	local cmd="" i
	local -a db=()
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--db) db=(--db "${COMP_WORDS[i+1]}"); ((i++)) ;;
		--db=*) db=("${COMP_WORDS[i]}") ;;
		--theme|--what|--format|--team|--meeting|--since|--until|-o|--output|--history|--teams|--limit) ((i++)) ;;
		-*) ;;
		*) [ -z "$cmd" ] && cmd=${COMP_WORDS[i]} ;;
		esac
	done
	local words=""
	case $prev in
	--db|-o|--output) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
	--theme) words="default projector mono" ;;
	--what) words="talking-points norms decisions actions ratings items notes votes levels all" ;;
	--format) words="md txt html csv json" ;;
	--team|--meeting)
		local what=teams
		[ "$prev" = --meeting ] && what=meetings
		local IFS=$'\n' c
		COMPREPLY=()
		for c in $(convene "${db[@]}" __complete "$what" 2>/dev/null); do
			case $c in "$cur"*) COMPREPLY+=("$(printf '%q' "$c")") ;; esac
		done
		return ;;
	--since|--until|--history|--teams|--limit) return ;;
	esac
	if [ -z "$words" ]; then
		case $cmd in
		"") words="check protocols present join review demo export import search --db --theme --bell --help --version" ;;
		export) words="--meeting --team --since --until --what --format --bom -o --output --help" ;;
		present|join) words="--meeting --help" ;;
		demo) words="--history --teams" ;;
		search) words="--limit --" ;;
		check|import) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
		esac
	fi
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}
complete -F _convene convene
