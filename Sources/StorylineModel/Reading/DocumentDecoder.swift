import Foundation

/// Turns the bytes of one document into normalised text: detects the encoding, repairs what can be
/// repaired and refuses what is not text.
enum DocumentDecoder {
    /// Documents larger than this are cut: the reader has to stay fast and bounded on any input.
    static let byteLimit = 16 * 1024 * 1024

    enum Outcome {
        /// The text as scalars (line feeds only, no NULs) and as a String, with one note per repair made.
        case text([Unicode.Scalar], String, repairs: [String])
        /// Not readable as text; the reason, for the warning.
        case refused(String)
    }

    private enum Encoding { case utf8, utf16LittleEndian, utf16BigEndian }

    /// Decodes `data`, cutting documents longer than `byteLimit` at a line or sentence boundary.
    static func decode(_ data: Data, byteLimit: Int = DocumentDecoder.byteLimit) -> Outcome {
        if data.isEmpty { return .refused("empty file") }
        var repairs: [String] = []
        let truncated = data.count > byteLimit
        let bytes = truncated ? data.prefix(byteLimit) : data

        var encoding = Encoding.utf8
        var bodyOffset = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bodyOffset = 3
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            bodyOffset = 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            bodyOffset = 2
        } else {
            if let kind = binarySignature(bytes) { return .refused("binary file (\(kind)), not text") }
            let census = ByteCensus(bytes)
            if let guessed = census.utf16WithoutByteOrderMark {
                encoding = guessed
                repairs.append("no byte-order mark; decoded as \(guessed == .utf16LittleEndian ? "UTF-16LE" : "UTF-16BE") by its NUL pattern")
            } else if census.looksBinary {
                return .refused("binary file (NUL or control bytes), not text")
            }
        }

        var body = bytes.dropFirst(bodyOffset)
        var scalars: [Unicode.Scalar]
        var decodedText: String?
        switch encoding {
        case .utf8:
            if truncated { body = body.dropLast(incompleteUTF8Tail(body)) }
            (scalars, decodedText) = decodeUTF8(body, repairs: &repairs)
        case .utf16LittleEndian, .utf16BigEndian:
            if body.count % 2 == 1 {
                body = body.dropLast()
                if !truncated { repairs.append("odd trailing byte of UTF-16 dropped") }
            }
            scalars = decodeUTF16(body, bigEndian: encoding == .utf16BigEndian, dropTrailingHighSurrogate: truncated,
                                  repairs: &repairs)
        }

        if let normalised = normalise(scalars, repairs: &repairs) {
            scalars = normalised
            decodedText = nil
        }
        if truncated {
            decodedText = nil
            scalars.removeSubrange(cutPoint(scalars)...)
            repairs.append("truncated: larger than \(byteLimit / (1024 * 1024)) MiB, only the first \(byteLimit / (1024 * 1024)) MiB read, cut at a line or sentence boundary")
        }
        if scalars.allSatisfy(ReaderScalar.isWhitespace) {
            return .refused(truncated ? "no text in the first part read" : "no text (whitespace only)")
        }
        // Most files need no repair: their decoded String is the text, with no need to rebuild it.
        let text = decodedText ?? {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }()
        return .text(scalars, text, repairs: repairs)
    }

    /// Well-known binary formats, named by their magic bytes.
    private static func binarySignature(_ bytes: Data) -> String? {
        signatures.first { bytes.starts(with: $0.1) }?.0
    }

    /// The magic bytes of `binarySignature`, made once rather than for every file.
    private static let signatures: [(String, [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", [0x47, 0x49, 0x46, 0x38]),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip archive", [0x1F, 0x8B]),
        ("PDF document", [0x25, 0x50, 0x44, 0x46, 0x2D]), ("Mach-O executable", [0xCF, 0xFA, 0xED, 0xFE]),
        ("bzip2 archive", [0x42, 0x5A, 0x68]), ("xz archive", [0xFD, 0x37, 0x7A, 0x58, 0x5A]),
    ]

    /// Counts of NUL and control bytes, which tell text from UTF-16 and from binary data.
    private struct ByteCensus {
        var count = 0
        var nulAtEven = 0
        var nulAtOdd = 0
        /// C0 controls other than tab, line feed, vertical tab, form feed, carriage return; and DEL.
        var controls = 0

        init(_ bytes: Data) {
            count = bytes.count
            bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                var offset = 0
                if let base = buffer.baseAddress {
                    // Eight bytes at a time, looked at one by one only when one of them may be a NUL or a control
                    // (below 0x20, line ends and tabs too, or DEL), by the usual bit tricks: `x - 0x01…01 & ~x &
                    // 0x80…80` is nonzero when some byte of `x` is zero (and 0x20…20 for a byte below 0x20).
                    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                    while offset + 8 <= buffer.count {
                        let eight = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        let notDelete = eight ^ (0x7F &* ones)
                        if (eight &- 0x20 &* ones) & ~eight & highs != 0 || (notDelete &- ones) & ~notDelete & highs != 0 {
                            for index in offset..<(offset + 8) { count(buffer[index], at: index) }
                        }
                        offset += 8
                    }
                }
                for index in offset..<buffer.count { count(buffer[index], at: index) }
            }
        }

        @inline(__always)
        private mutating func count(_ byte: UInt8, at offset: Int) {
            if byte == 0 {
                if offset & 1 == 0 { nulAtEven += 1 } else { nulAtOdd += 1 }
            } else if (byte < 0x20 && !(0x09...0x0D).contains(byte)) || byte == 0x7F {
                controls += 1
            }
        }

        /// UTF-16 of mostly Latin text has a NUL in every other byte: at odd offsets for little-endian.
        var utf16WithoutByteOrderMark: Encoding? {
            let pairs = count / 2
            guard pairs >= 2 else { return nil }
            if nulAtOdd * 10 >= pairs * 3, nulAtEven * 8 <= nulAtOdd { return .utf16LittleEndian }
            if nulAtEven * 10 >= pairs * 3, nulAtOdd * 8 <= nulAtEven { return .utf16BigEndian }
            return nil
        }

        /// Text has at most stray NULs or control bytes; binary data is full of them (about one byte in ten
        /// is a control byte in compressed or random data).
        var looksBinary: Bool {
            let nuls = nulAtEven + nulAtOdd
            return nuls * 10 > count * 3 || controls * 20 > count
        }
    }

    /// The scalars, and the String when the bytes were valid.
    private static func decodeUTF8(_ bytes: Data, repairs: inout [String]) -> ([Unicode.Scalar], String?) {
        let valid: String? = bytes.withUnsafeBytes { String(validating: $0, as: UTF8.self) }
        if let valid { return (ReaderText.scalars(of: valid), valid) }
        let repaired = String(decoding: bytes, as: UTF8.self)
        let marks = repaired.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        repairs.append("invalid UTF-8 repaired (\(marks) replacement character\(marks == 1 ? "" : "s"))")
        return (ReaderText.scalars(of: repaired), repaired)
    }

    private static func decodeUTF16(_ bytes: Data, bigEndian: Bool, dropTrailingHighSurrogate: Bool,
                                    repairs: inout [String]) -> [Unicode.Scalar] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset + 1 < buffer.count {
                let first = UInt16(buffer[offset])
                let second = UInt16(buffer[offset + 1])
                units.append(bigEndian ? (first << 8 | second) : (second << 8 | first))
                offset += 2
            }
        }
        if dropTrailingHighSurrogate, let last = units.last, (0xD800...0xDBFF).contains(last) { units.removeLast() }
        if let valid = String(validating: units, as: UTF16.self) { return Array(valid.unicodeScalars) }
        repairs.append("invalid UTF-16 repaired (unpaired surrogates replaced)")
        return Array(String(decoding: units, as: UTF16.self).unicodeScalars)
    }

    /// How many bytes at the end of a cut UTF-8 buffer belong to a sequence the cut left incomplete.
    private static func incompleteUTF8Tail(_ bytes: Data) -> Int {
        var back = 0
        var index = bytes.endIndex
        while back < 3, index > bytes.startIndex {
            index -= 1
            back += 1
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 { continue }  // continuation byte: look further back for the lead byte
            if byte < 0x80 { return 0 }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return length > back ? back : 0
        }
        return 0
    }

    /// CRLF and lone CR become LF; NULs are removed and other control characters (C0, DEL, C1) become spaces.
    /// Nil when there is nothing to change.
    private static func normalise(_ scalars: [Unicode.Scalar], repairs: inout [String]) -> [Unicode.Scalar]? {
        guard needsNormalising(scalars) else { return nil }
        var output = [Unicode.Scalar]()
        output.reserveCapacity(scalars.count)
        var nuls = 0
        var controls = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0D:
                output.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            case 0x00:
                nuls += 1
            case 0x09, 0x0A, 0x0B, 0x0C:
                output.append(scalar)
            case 0x01..<0x20, 0x7F...0x9F:  // C1 controls too: U+009B is CSI to some terminals
                controls += 1
                output.append(" ")
            default:
                output.append(scalar)
            }
            index += 1
        }
        if nuls > 0 { repairs.append("\(nuls) NUL byte\(nuls == 1 ? "" : "s") removed") }
        if controls > 0 { repairs.append("\(controls) control character\(controls == 1 ? "" : "s") replaced by spaces") }
        return output
    }

    /// Whether `normalise` has anything to change: a control other than line feed and tab (C0, DEL, C1).
    private static func needsNormalising(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { scalars in
            func needsWork(_ value: UInt32) -> Bool {
                value &- 0x20 >= 0x5F && value != 0x0A && value != 0x09 && (value < 0x20 || (0x7F...0x9F).contains(value))
            }
            var index = 0
            if let base = scalars.baseAddress {
                // Four scalars at a time, two in a word, passed over when all are printable ASCII (most of the text):
                // a scalar of 0x7F or more carries out of its low seven bits when one is added, one below 0x20
                // borrows into its top bit when 0x20 is taken (no scalar reaches 2^31; a borrow into the next
                // scalar comes only from one below 0x20).
                let raw = UnsafeRawPointer(base)
                while index + 4 <= scalars.count {
                    let pairs = (raw.loadUnaligned(fromByteOffset: index &* 4, as: UInt64.self),
                                 raw.loadUnaligned(fromByteOffset: index &* 4 &+ 8, as: UInt64.self))
                    func printable(_ pair: UInt64) -> Bool {
                        (pair &+ 0x0000_0001_0000_0001) & 0xFFFF_FF80_FFFF_FF80 | (pair &- 0x0000_0020_0000_0020) & 0x8000_0000_8000_0000 == 0
                    }
                    if !(printable(pairs.0) && printable(pairs.1)) {
                        for offset in index..<(index + 4) where needsWork(scalars[offset].value) { return true }
                    }
                    index += 4
                }
            }
            while index < scalars.count {
                if needsWork(scalars[index].value) { return true }
                index += 1
            }
            return false
        }
    }

    /// Where to cut a truncated text: after its last line feed, else after its last sentence end, else at its last space.
    private static func cutPoint(_ scalars: [Unicode.Scalar]) -> Int {
        let floor = scalars.count / 2
        var index = scalars.count
        while index > floor {
            index -= 1
            if scalars[index] == "\n" { return index + 1 }
        }
        index = scalars.count - 1
        while index > floor {
            index -= 1
            if ReaderScalar.isSentenceTerminator(scalars[index]), ReaderScalar.isWhitespace(scalars[index + 1]) { return index + 1 }
        }
        index = scalars.count
        while index > floor {
            index -= 1
            if ReaderScalar.isWhitespace(scalars[index]) { return index }
        }
        return scalars.count
    }
}
