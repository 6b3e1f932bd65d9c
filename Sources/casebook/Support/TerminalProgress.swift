import CasebookCore
import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
enum TerminalProgress {
    static func reporter() -> ProgressReporter {
        guard isatty(STDERR_FILENO) == 1 else { return .silent }
        let state = State()
        return ProgressReporter(
            update: { label, completed, total in state.draw(label: label, completed: completed, total: total) },
            finish: { _ in state.clear() })
    }

    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var lastDraw = Date.distantPast

        func draw(label: String, completed: Int, total: Int?) {
            lock.lock()
            defer { lock.unlock() }
            let now = Date()
            guard now.timeIntervalSince(lastDraw) > 0.05 || completed == total else { return }
            lastDraw = now
            var line = "\r\u{1B}[2K\(label) "
            if let total, total > 0 {
                let width = 30
                let filled = min(width, width * completed / total)
                line += "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                line += "] \(completed)/\(total)"
            } else {
                line += "\(completed)…"
            }
            FileHandle.standardError.write(Data(line.utf8))
        }

        func clear() {
            lock.lock()
            defer { lock.unlock() }
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        }
    }
}
