// The wide-character API is off unless asked for; SwiftPM drops pkg-config's -D_XOPEN_SOURCE.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

// Swift 6 cannot read C mutable globals or import macro bit shifts: small getters instead.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }
static inline int cn_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
// Whether the terminal description exists at all, before newterm (which prints and exits on some paths).
static inline int cn_terminal_known(const char *term) {
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return 0;
    int ok = cn_has_cursor_addressing();
    del_curterm(cur_term);
    return ok ? 1 : 2;
}
// Puts one grapheme (a spacing character plus combining marks) with attributes and a colour pair.
static inline int cn_put(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}
static inline int cn_get_wch(wint_t *out) { return wget_wch(stdscr, out); }
// SIGHUP (an SSH link dropped, a terminal closed): restore what is left of the terminal, then die of the signal
// as a shell expects. ncurses handles SIGINT and SIGTERM itself, but not SIGHUP.
#include <signal.h>
static void cn_hangup(int sig) { endwin(); signal(sig, SIG_DFL); raise(sig); }
static inline void cn_restore_on_hangup(void) { signal(SIGHUP, cn_hangup); }
