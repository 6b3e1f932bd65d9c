import Foundation

/// The time seam: stages ask it for "now" so tests can fix the date.
public struct WallClock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock.
    public static let system = WallClock(now: { Date() })

    /// A clock stopped at `date`.
    public static func fixed(_ date: Date) -> WallClock {
        WallClock(now: { date })
    }
}
