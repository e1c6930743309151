#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>

/* Swift 6 rejects direct use of C global variables ("not concurrency-safe"), so every libedit
   global the REPL touches has an accessor here. They are only called on the thread that runs
   readline(). */
/* The program name (for ~/.editrc) and where libedit's completion word starts; the REPL's
   completer decides the real range. String literals live as long as the process. */
static inline void lede_rl_configure(void) {
    rl_readline_name = "lede";
    rl_basic_word_break_characters = " \t\n\"|(),[];=~<>!+*%";
}
static inline void lede_rl_set_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void lede_rl_completion_over(void) { rl_attempted_completion_over = 1; }
static inline void lede_rl_set_append_character(int c) { rl_completion_append_character = c; }
static inline const char *lede_rl_line_buffer(void) { return rl_line_buffer; }
static inline int lede_rl_point(void) { return rl_point; }
static inline int lede_history_base(void) { return history_base; }
/* After a read interrupted by Ctrl-C, so the next read of stdin starts clean. */
static inline void lede_clear_stdin_error(void) { clearerr(stdin); }
