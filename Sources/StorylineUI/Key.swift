/// A key press as the backend reports it, terminal-independent.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, as the letter ("d" for Ctrl-d).
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

/// What the backend feeds the reducer: keys, resizes and mouse events.
public enum Input: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// A left click at a screen position.
    case click(x: Int, y: Int)
    /// The wheel at a screen position: -1 up, +1 down.
    case wheel(x: Int, y: Int, direction: Int)
}

/// Semantic actions: what a key means in the current mode.
public enum Action: Hashable, Sendable {
    case focus(Pane)
    case focusNext, focusPrevious
    case move(Int)
    case moveToTop, moveToBottom
    case page(Int)
    case halfPage(Int)
    case open
    case back
    case startSearch
    case searchNext(forward: Bool)
    case openFilter
    case clearFilter
    case toggleMark, markAllVisible, unmarkAll
    case openExport
    case toggleHelp
    case redraw
    case quit
    // Text fields (prompts and the export path).
    case insert(Character)
    case deleteBackward
    case clearField
    case accept
    case cancel
    case nextField, previousField
    case choiceLeft, choiceRight
    case confirmYes, confirmNo
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, direction: Int)
    /// The effect runner reports the export's outcome.
    case exportFinished(ExportOutcome)
}

/// What happened to an export request.
public enum ExportOutcome: Hashable, Sendable {
    case written(path: String, summary: String)
    case exists(path: String)
    case failed(path: String, message: String)
}

/// The default key bindings, per mode. `?` shows them.
public enum KeyMap {
    /// Help lines: keys and what they do.
    public static let help: [(keys: String, action: String)] = [
        ("Tab S-Tab 1 2 3", "focus a pane"),
        ("j k ↑ ↓", "move"),
        ("g G Home End", "first / last"),
        ("PgUp PgDn ^u ^d", "page / half page"),
        ("Enter", "open reader / add actor to filter"),
        ("/  n  N", "search focused pane, next, previous"),
        ("a", "actor filter: kim putin (AND), a|b (OR), !x (NOT)"),
        ("c", "clear the active filter"),
        ("Space  *  u", "mark item, mark all visible, unmark all"),
        ("e", "export marked (or all visible)"),
        ("^l", "redraw"),
        ("?", "toggle this help"),
        ("q Esc", "close reader/dialog, quit"),
    ]

    /// The action for a key in a mode, or nil when the key does nothing there.
    public static func action(for key: Key, mode: Mode) -> Action? {
        switch mode {
        case .browse, .reader, .help:
            if mode == .help, key != .char("?") { return key == .char("q") || key == .escape ? .toggleHelp : nil }
            switch key {
            case .tab: return .focusNext
            case .backTab: return .focusPrevious
            case .char("1"): return .focus(.articles)
            case .char("2"): return .focus(.actors)
            case .char("3"): return .focus(.timeline)
            case .char("j"), .down: return .move(1)
            case .char("k"), .up: return .move(-1)
            case .char("g"), .home: return .moveToTop
            case .char("G"), .end: return .moveToBottom
            case .pageDown, .char("f"), .ctrl("f"): return .page(1)
            case .pageUp, .char("b"), .ctrl("b"): return .page(-1)
            case .ctrl("d"): return .halfPage(1)
            case .ctrl("u"): return .halfPage(-1)
            case .enter, .char("o"): return .open
            case .char("/"): return .startSearch
            case .char("n"): return .searchNext(forward: true)
            case .char("N"): return .searchNext(forward: false)
            case .char("a"): return .openFilter
            case .char("c"): return .clearFilter
            case .char(" "): return .toggleMark
            case .char("*"): return .markAllVisible
            case .char("u"): return .unmarkAll
            case .char("e"): return .openExport
            case .char("?"): return .toggleHelp
            case .ctrl("l"): return .redraw
            case .char("q"): return mode == .reader ? .back : .quit
            case .escape: return mode == .reader ? .back : nil
            case .ctrl("c"): return .quit
            default: return nil
            }
        case .filterPrompt, .search:
            switch key {
            case .char(let c): return .insert(c)
            case .backspace, .delete, .ctrl("h"): return .deleteBackward
            case .ctrl("u"): return .clearField
            case .enter: return .accept
            case .escape, .ctrl("g"), .ctrl("c"): return .cancel
            case .tab, .down, .ctrl("n"): return .nextField
            case .backTab, .up, .ctrl("p"): return .previousField
            case .ctrl("l"): return .redraw
            default: return nil
            }
        case .export:
            switch key {
            case .char(let c): return .insert(c)
            case .backspace, .delete, .ctrl("h"): return .deleteBackward
            case .ctrl("u"): return .clearField
            case .enter: return .accept
            case .escape, .ctrl("g"), .ctrl("c"): return .cancel
            case .tab, .down: return .nextField
            case .backTab, .up: return .previousField
            case .left: return .choiceLeft
            case .right: return .choiceRight
            case .ctrl("l"): return .redraw
            default: return nil
            }
        case .confirmOverwrite:
            switch key {
            case .char("y"), .char("Y"): return .confirmYes
            case .char("n"), .char("N"), .char("q"), .escape, .enter: return .confirmNo
            case .ctrl("l"): return .redraw
            default: return nil
            }
        }
    }

    /// The action for any input in a mode.
    public static func action(for input: Input, mode: Mode) -> Action? {
        switch input {
        case .key(let key): return action(for: key, mode: mode)
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .click(let x, let y): return .click(x: x, y: y)
        case .wheel(let x, let y, let d): return .wheel(x: x, y: y, direction: d)
        }
    }
}
