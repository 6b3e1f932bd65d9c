/// Validation of IP address candidates found by a loose pattern.
enum IPAddress {
    /// True for an IPv6 address with at least two groups and one digit (`fe80::1`, `2001:db8::ff00:42:8329`,
    /// `::ffff:192.0.2.1`), so that words such as `cafe::bead` or times such as `10:30:00` are left alone.
    static func isIPv6(_ text: String) -> Bool {
        let address = text.split(separator: "%", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard address.contains(where: \.isNumber) else { return false }
        let halves = address.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groupCount = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let groups = half.split(separator: ":", omittingEmptySubsequences: false)
            for (position, group) in groups.enumerated() {
                let isLastOfAddress = index == halves.count - 1 && position == groups.count - 1
                if isLastOfAddress, group.contains(".") {
                    guard isIPv4(group) else { return false }
                    groupCount += 2
                } else {
                    guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
                    groupCount += 1
                }
            }
        }
        let compressed = halves.count == 2
        return groupCount >= 2 && (compressed ? groupCount <= 7 : groupCount == 8)
    }

    /// True for four dot-separated numbers from 0 to 255.
    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.count) && octet.allSatisfy(\.isASCII) && (Int(octet).map { $0 <= 255 } ?? false)
            }
    }
}
