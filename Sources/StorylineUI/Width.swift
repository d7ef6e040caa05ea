/// Display widths and sanitising: the one place that decides how many columns text takes.
public enum TextWidth {
    /// Columns taken by one grapheme cluster after sanitising: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let base = width(of: first)
        if base == 2 { return 2 }
        // An emoji presentation selector makes a text-style symbol wide.
        for scalar in character.unicodeScalars.dropFirst() where scalar.value == 0xFE0F {
            if first.properties.isEmoji { return 2 }
        }
        return base
    }

    /// Columns taken by a string, grapheme by grapheme.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Columns taken by one scalar: 0 for combining marks and format characters, 2 for East Asian wide and emoji.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320,
             0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
             0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A,
             0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2,
             0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
             0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

/// Makes text safe to draw: control, bidi and zero-width characters become visible, inert symbols.
public enum Sanitizer {
    /// The visible stand-in for a scalar that must not reach the terminal, or nil when it may be drawn as is.
    public static func standIn(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x1B: return "␛"
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟ control pictures
        case 0x7F: return "␡"
        case 0x80...0x9F: return "^[" + String(Character(Unicode.Scalar(v - 0x40)!))  // C1 as its 7-bit ESC form
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C, 0x180E, 0xFFF9...0xFFFB:
            return "<U+" + String(v, radix: 16, uppercase: true) + ">"
        default: return nil
        }
    }

    /// Whether any scalar needs a stand-in (the common case is a fast no).
    public static func needsWork(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
            if v >= 0x61C && standIn(for: scalar) != nil { return true }
        }
        return false
    }

    /// The text with every dangerous scalar replaced by its stand-in; tabs become a space.
    public static func clean(_ text: String) -> String {
        guard needsWork(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out.append(" "); continue }
            if let replacement = standIn(for: scalar) { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// One line for a list row: newlines flattened to spaces, then cleaned.
    public static func line(_ text: String) -> String {
        var flat = text
        if flat.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            flat = String(flat.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
        }
        return clean(flat)
    }
}
