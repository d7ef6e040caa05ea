import ArgumentParser
import Foundation
import StorylineModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time the whole extraction on a corpus, on one core and on all cores.",
        discussion: """
            Runs what `storyline export` runs (reading, names, relations, actor
            merging, stories, timeline) on the articles at PATH, held to one core and
            on all cores (or --threads N cores), --runs times each (default 3),
            alternating, and reports the fastest run of each: on a shared machine the
            fastest run is the one least slowed by other work. Each run is a fresh
            child process, so that its peak memory is its own; on Linux the child is
            pinned to the cores with sched_setaffinity (elsewhere both runs use all
            cores). Use a release build: `swift build -c release`.

            OUTPUT
              Articles and words (whitespace-separated, as `wc -w`), then per run:
              seconds (read + extract), words per second and peak memory (maximum
              resident set size, the largest of the runs). Loading the knowledge base and the entity model
              is timed apart before the clock starts (load), once a process whatever
              the corpus, and is not in seconds or words per second. With --json
              one object:
                {"articles": …, "words": …, "runs": …,
                 "single_core": {"cores": 1, "seconds": …, "read_seconds": …,
                   "extract_seconds": …, "load_seconds": …, "words_per_second": …,
                   "peak_memory_bytes": …},
                 "all_cores": {…}}

            SYNTHETIC CORPORA
              --generate N --output DIR writes N articles made by recombining the
              sentences, headlines and dates of the articles at PATH (deterministic
              for a --seed), 1000 to a subfolder, and exits without timing. Then:
                storyline bench DIR

            EXIT CODES
              0   success
              1   no readable article, a run failed, or --output is not empty
              64  usage error

            EXAMPLES
              storyline bench news/
              storyline bench news/ --json --threads 4
              storyline bench news/ --runs 1
              storyline bench news/ --generate 10000 --output /tmp/news-10k
              storyline bench /tmp/news-10k
            """
    )

    @Argument(help: "Files or folders of articles. Default: the bundled samples.")
    var paths: [String] = []

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Cores for the all-cores run. Default: every core this process may use.", valueName: "n"))
    var threads: Int?

    @Option(help: ArgumentHelp("Timed runs on one core and on all cores; the fastest of each is reported.", valueName: "n"))
    var runs: Int = 3

    @Option(help: ArgumentHelp("Which files to read in folders.", valueName: "pattern"))
    var glob: String = "*.txt"

    @Option(help: ArgumentHelp("Write a synthetic corpus of this many articles to --output instead of timing.", valueName: "n"))
    var generate: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder for --generate (must not exist or be empty).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("Seed of --generate.", valueName: "n"))
    var seed: UInt64 = 1

    /// Set in the child processes: time one run in this process and print it as JSON.
    @Flag(help: .hidden)
    var measureOnce = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let generate, generate < 1 { throw ValidationError("--generate must be at least 1") }
        if generate != nil && output == nil { throw ValidationError("--generate needs --output DIR") }
        if generate == nil && output != nil { throw ValidationError("--output only applies to --generate") }
        // Each timed run is a child process that reads the paths again: stdin can be read only once.
        if paths.contains("-") && generate == nil { throw ValidationError("bench reads files and folders, not stdin (`-`)") }
    }

    func run() throws {
        CLI.ignoreBrokenPipes()
        if measureOnce { return measureInThisProcess() }
        if let generate, let output { return try writeSyntheticCorpus(count: generate, to: output) }

        let allowed = CPUAffinity.current()
        let cores = min(threads ?? allowed.count, allowed.count)
        if let threads, threads > allowed.count {
            CLI.printError("storyline: warning: --threads \(threads): only \(allowed.count) cores available, using \(allowed.count)")
        }
        var singleRuns: [RunReport] = []
        var allRuns: [RunReport] = []
        for _ in 0..<runs {
            singleRuns.append(try measureInChild(cpus: Array(allowed.prefix(1))))
            allRuns.append(try measureInChild(cpus: Array(allowed.prefix(cores))))
        }
        let single = RunReport.fastest(of: singleRuns)
        let all = RunReport.fastest(of: allRuns)
        for warning in single.measurement.warnings { CLI.printError("storyline: warning: \(warning)") }
        guard single.measurement.articles > 0 else { throw CLI.failure("no readable article") }
        let text = json ? Bench.json(single: single, all: all, runs: runs) : Bench.table(single: single, all: all, runs: runs)
        CLI.writeToStandardOutput(Data(text.utf8))
    }

    private func writeSyntheticCorpus(count: Int, to folder: String) throws {
        let (sources, warnings) = ArticleReader.read(paths: paths, glob: glob)
        CLI.printWarnings(warnings)
        guard let corpus = BenchmarkCorpus(sources: sources, seed: seed) else { throw CLI.failure("no readable article to draw sentences from") }
        do {
            let words = try corpus.write(count: count, to: folder)
            CLI.writeToStandardOutput(Data("wrote \(count) articles, \(words) words, from \(sources.count) source articles to \(folder)\n".utf8))
        } catch let error as BenchmarkError {
            throw CLI.failure(error.description)
        } catch {
            throw CLI.failure("cannot write \(folder): \(error.localizedDescription)")
        }
    }

    /// What a child process reports.
    struct RunReport: Codable {
        var measurement: BenchmarkMeasurement
        var cores: Int
        var peakMemoryBytes: Int

        /// The fastest of `runs` (not empty), with the largest peak memory of them all.
        static func fastest(of runs: [RunReport]) -> RunReport {
            var best = runs.min { $0.measurement.seconds < $1.measurement.seconds }!
            best.peakMemoryBytes = runs.map(\.peakMemoryBytes).max()!
            return best
        }
    }

    private func measureInThisProcess() {
        let measurement = Benchmark.measure(paths: paths, glob: glob)
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Int(usage.ru_maxrss) * 1024  // KiB on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        let peak = Int(usage.ru_maxrss)  // bytes on macOS
        #endif
        let report = RunReport(measurement: measurement, cores: CPUAffinity.current().count, peakMemoryBytes: peak)
        let data = (try? JSONEncoder().encode(report)) ?? Data()
        CLI.writeToStandardOutput(data + Data("\n".utf8))
    }

    /// Runs this executable with `--measure-once` on `cpus`: the child inherits the affinity of the thread that
    /// starts it, so this thread's affinity is set for the spawn and restored after.
    private func measureInChild(cpus: [Int]) throws -> RunReport {
        let executable = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            : URL(fileURLWithPath: CommandLine.arguments[0])
        let process = Process()
        process.executableURL = executable
        process.arguments = ["bench", "--measure-once", "--glob", glob, "--"] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let saved = CPUAffinity.current()
        CPUAffinity.set(cpus)
        let started = Result { try process.run() }
        CPUAffinity.set(saved)
        if case .failure(let error) = started {
            throw CLI.failure("cannot start \(executable.path): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let report = try? JSONDecoder().decode(RunReport.self, from: data) else {
            throw CLI.failure("the timed run on \(cpus.count) core(s) failed (status \(process.terminationStatus))")
        }
        return report
    }

    static func json(single: RunReport, all: RunReport, runs: Int) -> String {
        func run(_ report: RunReport) -> String {
            let m = report.measurement
            return "{\"cores\": \(report.cores), \"seconds\": \(EvalFormat.number(m.seconds)), "
                + "\"read_seconds\": \(EvalFormat.number(m.readSeconds)), \"extract_seconds\": \(EvalFormat.number(m.extractSeconds)), "
                + "\"load_seconds\": \(EvalFormat.number(m.loadSeconds)), "
                + "\"words_per_second\": \(Int(m.wordsPerSecond.rounded())), \"peak_memory_bytes\": \(report.peakMemoryBytes)}"
        }
        return "{\"articles\": \(single.measurement.articles), \"words\": \(single.measurement.words), \"runs\": \(runs), "
            + "\"single_core\": \(run(single)), \"all_cores\": \(run(all))}\n"
    }

    static func table(single: RunReport, all: RunReport, runs: Int) -> String {
        func row(_ cells: [String]) -> String {
            cells[0].padding(toLength: 10, withPad: " ", startingAt: 0)
                + cells.dropFirst().map { String(repeating: " ", count: max(0, 12 - $0.count)) + $0 }.joined()
        }
        func line(_ report: RunReport) -> String {
            let m = report.measurement
            return row(["\(report.cores) core" + (report.cores == 1 ? "" : "s"), String(format: "%.3f", m.seconds),
                        String(format: "%.3f", m.readSeconds), String(format: "%.3f", m.extractSeconds), String(format: "%.3f", m.loadSeconds),
                        grouped(Int(m.wordsPerSecond.rounded())),
                        String(format: "%.1f MiB", Double(report.peakMemoryBytes) / 1_048_576)])
        }
        let speedUp = all.measurement.seconds > 0 ? single.measurement.seconds / all.measurement.seconds : 0
        return [
            "\(grouped(single.measurement.articles)) articles, \(grouped(single.measurement.words)) words"
                + (runs > 1 ? "; fastest of \(runs) runs each" : ""),
            "",
            row(["run", "seconds", "read", "extract", "load", "words/s", "peak memory"]),
            line(single),
            line(all),
            "",
            String(format: "speed-up on %d cores: %.2f×", all.cores, speedUp),
        ].joined(separator: "\n") + "\n"
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }
}

/// The CPUs the calling thread may run on, through Linux `sched_getaffinity`/`sched_setaffinity`. Glibc's Swift
/// module leaves these GNU extensions out, so they are looked up with dlsym; where they are missing (macOS),
/// every CPU counts as allowed and nothing can be pinned.
enum CPUAffinity {
    /// A cpu_set_t: 1024 bits, CPU n is bit n % 8 of byte n / 8.
    private static let setSize = 128
    private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

    private static func function(_ name: String) -> AffinityCall? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: AffinityCall.self)
    }

    static func current() -> [Int] {
        var set = [UInt8](repeating: 0, count: setSize)
        guard let getAffinity = function("sched_getaffinity"),
              set.withUnsafeMutableBytes({ getAffinity(0, setSize, $0.baseAddress!) }) == 0 else { return fallback }
        let cpus = (0..<(setSize * 8)).filter { set[$0 / 8] & (1 << ($0 % 8)) != 0 }
        return cpus.isEmpty ? fallback : cpus
    }

    /// Restricts the calling thread (and the processes it starts) to `cpus`.
    static func set(_ cpus: [Int]) {
        var set = [UInt8](repeating: 0, count: setSize)
        for cpu in cpus where cpu < setSize * 8 { set[cpu / 8] |= UInt8(1 << (cpu % 8)) }
        guard let setAffinity = function("sched_setaffinity") else { return }
        _ = set.withUnsafeMutableBytes { setAffinity(0, setSize, $0.baseAddress!) }
    }

    private static var fallback: [Int] { Array(0..<ProcessInfo.processInfo.activeProcessorCount) }
}
