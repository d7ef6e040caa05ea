import CNcursesw
import Foundation
import StorylineUI

/// Why the browser cannot start on this terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public var description: String
}

/// The ncurses backend: starts and restores the terminal, draws grids, reads keys. Nothing else touches ncurses.
public final class TerminalScreen {
    private var previous: Grid?
    private let colorPairs: Bool
    private var active = false

    /// Checks stdin/stdout and TERM before anything is drawn; throws a message for the user.
    public static func checkUsable(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalUnavailable(description: "the browser needs a terminal on stdin and stdout; use `storyline export` for pipes and files")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalUnavailable(description: "TERM is not set; set it to your terminal type (e.g. TERM=xterm-256color)")
        }
        switch cn_terminal_known(term) {
        case 0: throw TerminalUnavailable(description: "unknown terminal type TERM=\(term); try TERM=xterm-256color or TERM=vt100")
        case 2: throw TerminalUnavailable(description: "TERM=\(term) cannot move the cursor; the browser needs a full-screen terminal (use `storyline export`)")
        default: break
        }
    }

    /// Sets a UTF-8 locale (falling back to C.UTF-8, as SSH often sends no LANG) and starts ncurses.
    public init(useColor: Bool) throws {
        setlocale(LC_ALL, "")
        let codeset = String(cString: cn_codeset()).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        guard cn_newterm() != nil else {
            throw TerminalUnavailable(description: "cannot start the terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? ""))")
        }
        active = true
        cn_restore_on_hangup()
        cbreak()
        noecho()
        nonl()
        intrflush(cn_stdscr(), false)
        keypad(cn_stdscr(), true)
        curs_set(0)
        cn_set_escdelay(25)
        mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
        mouseinterval(0)
        colorPairs = useColor && has_colors()
        if colorPairs { TerminalScreen.setUpColors() }
    }

    deinit { end() }

    /// Blanks and restores the terminal. Blanking first matters where there is no alternate screen (vt100).
    public func end() {
        guard active else { return }
        active = false
        werase(cn_stdscr())
        wrefresh(cn_stdscr())
        endwin()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(cn_stdscr())), Int(getmaxy(cn_stdscr())))
    }

    // MARK: Colours

    /// Pair numbers: one per role, plus a few with a background for bars and the cursor.
    private enum ExtraPair: Int16 { case bar = 40, barWarning, cursorBar, dialog }

    private static func setUpColors() {
        start_color()
        use_default_colors()
        let rich = cn_colors() >= 256
        func pair(_ n: Int16, _ fg: Int32, _ bg: Int32 = -1) { init_pair(n, Int16(fg), Int16(bg)) }
        for role in ColorRole.allCases {
            let n = Int16(role.rawValue) + 1
            switch role {
            case .normal, .dialog, .cursorUnfocused, .hint: pair(n, -1)
            case .dim, .vague: pair(n, rich ? 245 : -1)
            case .title, .borderFocused, .titleFocused: pair(n, COLOR_CYAN)
            case .border: pair(n, rich ? 240 : -1)
            case .cursor: pair(n, COLOR_CYAN)
            case .mark: pair(n, COLOR_YELLOW)
            case .person: pair(n, COLOR_GREEN)
            case .organization: pair(n, COLOR_MAGENTA)
            case .country: pair(n, COLOR_CYAN)
            case .place: pair(n, rich ? 75 : COLOR_BLUE)
            case .group: pair(n, COLOR_RED)
            case .evidence: pair(n, COLOR_YELLOW)
            case .status: pair(n, -1)
            case .warning: pair(n, COLOR_YELLOW)
            case .input: pair(n, COLOR_YELLOW)
            case .date: pair(n, rich ? 110 : -1)
            }
        }
        pair(ExtraPair.bar.rawValue, COLOR_WHITE, COLOR_BLUE)
        pair(ExtraPair.barWarning.rawValue, COLOR_YELLOW, COLOR_BLUE)
        pair(ExtraPair.cursorBar.rawValue, COLOR_BLACK, COLOR_CYAN)
        pair(ExtraPair.dialog.rawValue, -1)
    }

    /// ncurses attributes and colour pair for a style; without colour only attributes carry the meaning.
    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var attrs = cn_a_normal()
        if style.bold { attrs |= cn_a_bold() }
        if style.underline { attrs |= cn_a_underline() }
        guard colorPairs else {
            if style.reverse { attrs |= cn_a_reverse() }
            if style.role == .dim || style.role == .hint || style.role == .vague || style.role == .border { attrs |= cn_a_dim() }
            if style.role == .cursorUnfocused { attrs |= cn_a_underline() }
            return (attrs, 0)
        }
        switch (style.role, style.reverse) {
        case (.status, true): return (attrs, ExtraPair.bar.rawValue)
        case (.warning, true): return (attrs, ExtraPair.barWarning.rawValue)
        case (.cursor, true), (.titleFocused, true):
            // Bold black turns grey on many terminals: plain black on cyan reads better.
            return (attrs & ~cn_a_bold(), ExtraPair.cursorBar.rawValue)
        default:
            if style.reverse { attrs |= cn_a_reverse() }
            if style.role == .hint { attrs |= cn_a_dim() }
            return (attrs, Int16(style.role.rawValue) + 1)
        }
    }

    // MARK: Drawing

    /// Draws a grid, sending only the cells that changed since the last one (all of them when `full`).
    public func draw(_ grid: Grid, full: Bool = false) {
        let screen = cn_stdscr()
        let reuse = !full && previous?.width == grid.width && previous?.height == grid.height
        if !reuse {
            if full { clearok(screen, true) }
            werase(screen)
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if reuse, let previous, previous[x, y] == cell { continue }
                if cell.isContinuation { continue }
                let (attrs, pair) = attributes(cell.style)
                var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                _ = cn_put(Int32(y), Int32(x), &wide, attrs, pair)
            }
        }
        wrefresh(screen)
        previous = grid
    }

    // MARK: Input

    /// Consecutive read errors; a lost terminal (SSH link dropped without SIGHUP) gives nothing but errors.
    private var readErrors = 0

    /// Whether the terminal is gone: reads keep failing, or stdin is no longer a terminal.
    public var terminalLost: Bool { readErrors > 50 || isatty(0) != 1 }

    /// Blocks for the next key, resize or mouse event; nil for input that means nothing (or an error).
    public func read() -> Input? {
        var value: wint_t = 0
        let result = cn_get_wch(&value)
        // A signal interrupts the read with ERR too, so only a run of errors means the terminal is gone.
        if result == ERR { readErrors += 1; return nil }
        readErrors = 0
        if result == KEY_CODE_YES {
            switch Int32(value) {
            case KEY_RESIZE:
                let (w, h) = size
                return .resize(width: w, height: h)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_ENTER: return .key(.enter)
            case KEY_MOUSE: return mouse()
            default:
                let f = Int32(value) - KEY_F0
                if f >= 1 && f <= 12 { return .key(.function(Int(f))) }
                return nil
            }
        }
        guard result == OK, let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        switch scalar.value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(scalar.value + 96)!)))
        case 0..<32: return nil
        default: return .key(.char(Character(scalar)))
        }
    }

    private func mouse() -> Input? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & cn_button4_pressed() != 0 { return .wheel(x: x, y: y, direction: -1) }
        if event.bstate & cn_button5_pressed() != 0 { return .wheel(x: x, y: y, direction: 1) }
        if event.bstate & cn_button1_pressed() != 0 { return .click(x: x, y: y) }
        return nil
    }
}

/// Runs the browser until it quits: read, reduce, perform effects, render, draw.
public enum BrowserLoop {
    /// `export` carries out an export request for the current state and reports what happened.
    public static func run(_ state: inout BrowserState, screen: TerminalScreen,
                           export: (ExportRequest, BrowserState) -> ExportOutcome) {
        let (w, h) = screen.size
        _ = state.reduce(.resize(width: w, height: h))
        screen.draw(Renderer.render(state), full: true)
        while true {
            guard let input = screen.read() else {
                if screen.terminalLost { return }
                continue
            }
            var pending = state.handle(input)
            var full = false
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .quit:
                    return
                case .repaintAll:
                    full = true
                case .export(let request):
                    let outcome = export(request, state)
                    pending += state.reduce(.exportFinished(outcome))
                }
            }
            if case .resize = input { full = true }
            screen.draw(Renderer.render(state), full: full)
        }
    }
}
