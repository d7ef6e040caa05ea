import Foundation

/// The bundled sample articles, the default corpus when no path is given.
/// They are compiled into the binary, so they are there wherever it is installed.
public enum Seeds {
    /// The samples as documents named `seeds/FILE`.
    public static var documents: [(path: String, data: Data)] {
        EmbeddedResources.seeds.map { ("seeds/" + $0.name, Knowledge.base64Decoded($0.base64) ?? Data()) }
    }
}

/// The knowledge files (gazetteers, title words…), compiled into the binary.
enum Knowledge {
    /// The text of a knowledge file, or "" when there is no such file. Embedded as a string literal: nothing to decode.
    static func text(_ name: String) -> String {
        EmbeddedResources.knowledge.first { $0.name == name }?.text ?? ""
    }

    /// The bytes of an embedded model file, or nil when there is no such file.
    static func data(_ name: String) -> Data? {
        EmbeddedResources.models.first { $0.name == name }.flatMap { Knowledge.base64Decoded($0.base64) }
    }

    /// `Data(base64Encoded:)`, read two characters at a time by a table: Foundation's decoder cost start-up more than
    /// reading the entity model it decodes. Text the tables do not read exactly so (a character outside the alphabet,
    /// padding other than at the end, bits left over in the last group) is left to Foundation.
    static func base64Decoded(_ text: String) -> Data? {
        var text = text
        let decoded = text.withUTF8 { input -> [UInt8]? in
            guard input.count % 4 == 0, let source = input.baseAddress.map(UnsafeRawPointer.init) else {
                return input.isEmpty ? [] : nil
            }
            let groups = input.count / 4
            let padding = input[input.count - 1] != UInt8(ascii: "=") ? 0 : input[input.count - 2] != UInt8(ascii: "=") ? 1 : 2
            // Every group but a padded last one: the bits of any byte outside the alphabet (a pair of 0xFFFF) gathered, to
            // be told once at the end rather than a branch a group. One byte to spare: each group is stored as four
            // bytes, the fourth overwritten by the next group.
            let full = padding > 0 ? groups - 1 : groups
            var invalid: UInt16 = 0
            var bytes = [UInt8](unsafeUninitializedCapacity: groups * 3 + 1) { output, initialized in
                base64Pairs.withUnsafeBufferPointer { pairs in
                    let target = UnsafeMutableRawPointer(output.baseAddress!)
                    for group in 0..<full {
                        let high = pairs[Int(source.loadUnaligned(fromByteOffset: group * 4, as: UInt16.self))]
                        let low = pairs[Int(source.loadUnaligned(fromByteOffset: group * 4 + 2, as: UInt16.self))]
                        invalid |= high | low
                        target.storeBytes(of: ((UInt32(high) << 12 | UInt32(low)) << 8).bigEndian, toByteOffset: group * 3, as: UInt32.self)
                    }
                }
                initialized = full * 3
            }
            guard invalid < 4096 else { return nil }
            if padding > 0 {
                // "x=" or "==" ends the text: the bits before them must fill whole bytes.
                let values = (base64Values[Int(input[input.count - 4])], base64Values[Int(input[input.count - 3])],
                              base64Values[Int(input[input.count - 2])])
                let bits = padding == 2 ? UInt32(values.1) : UInt32(values.1) << 6 | UInt32(values.2)
                guard values.0 | values.1 | (padding == 2 ? 0 : values.2) < 64, bits & (padding == 2 ? 0xF : 0x3) == 0 else { return nil }
                bytes.append(values.0 << 2 | values.1 >> 4)
                if padding == 1 { bytes.append(values.1 << 4 | values.2 >> 2) }
            }
            return bytes
        }
        return decoded.map { Data($0) } ?? Data(base64Encoded: text)
    }

    /// The value of each base64 character by its byte, 64 or more for any other byte.
    private static let base64Values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(character)] = UInt8(value)
        }
        return values
    }()

    /// The 12 bits of two base64 characters, by the two bytes read as a little-endian UInt16; 4096 or more when either
    /// is no base64 character.
    private static let base64Pairs: [UInt16] = {
        var pairs = [UInt16](repeating: 0xFFFF, count: 1 << 16)
        for (first, a) in base64Values.enumerated() where a < 64 {
            for (second, b) in base64Values.enumerated() where b < 64 { pairs[first | second << 8] = UInt16(a) << 6 | UInt16(b) }
        }
        return pairs
    }()

    /// The data rows of a tab-separated knowledge file: comment (`#`) and blank lines dropped, fields trimmed of spaces.
    /// Read as UTF-8 bytes: the name lists have tens of thousands of rows, and start-up waits for them.
    static func rows(_ name: String) -> [[String]] {
        var text = text(name)
        // In place: copying the text into an array and splitting it into arrays of slices cost more than the rows.
        return text.withUTF8 { bytes in
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
            var rows: [[String]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var contentStart = lineStart
                while contentStart < lineEnd && isBlank(bytes[contentStart]) { contentStart += 1 }
                if contentStart == lineEnd || bytes[contentStart] == UInt8(ascii: "#") { continue }
                // Fields split at each tab (empty ones kept), a carriage return dropped from the end, spaces trimmed.
                var row: [String] = []
                var fieldStart = lineStart
                while fieldStart <= lineEnd {
                    var fieldEnd = fieldStart
                    while fieldEnd < lineEnd && bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                    var start = fieldStart, end = fieldEnd
                    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                    while start < end, bytes[start] == 0x20 { start += 1 }
                    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                    row.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    fieldStart = fieldEnd + 1
                }
                rows.append(row)
            }
            return rows
        }
    }
}
