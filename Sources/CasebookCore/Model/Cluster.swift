import Foundation
import GRDB

/// A group of tickets that describe the same problem.
public struct Cluster: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64?
    /// A key derived from the members, stable while the membership is.
    public var key: String
    /// The most characteristic terms, for people (`refund · invoice · charge`).
    public var label: String
    public var language: String
    public var size: Int
    /// Mean cosine similarity of the members to the centroid, from 0 to 1.
    public var cohesion: Double
    public var createdAt: Date

    public init(
        id: Int64? = nil, key: String, label: String, language: String, size: Int, cohesion: Double, createdAt: Date
    ) {
        self.id = id
        self.key = key
        self.label = label
        self.language = language
        self.size = size
        self.cohesion = cohesion
        self.createdAt = createdAt
    }
}

extension Cluster: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "cluster"
    public static let members = hasMany(ClusterMember.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A ticket's membership of a cluster.
public struct ClusterMember: Codable, Sendable, Hashable {
    public var clusterID: Int64
    public var ticketID: Int64
    /// Cosine similarity of the ticket to its cluster's centroid.
    public var similarity: Double

    public init(clusterID: Int64, ticketID: Int64, similarity: Double) {
        self.clusterID = clusterID
        self.ticketID = ticketID
        self.similarity = similarity
    }
}

extension ClusterMember: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "clusterMember"
    public static let cluster = belongsTo(Cluster.self)
    public static let ticket = belongsTo(Ticket.self)

    public enum Columns {
        public static let clusterID = Column(CodingKeys.clusterID)
        public static let ticketID = Column(CodingKeys.ticketID)
    }
}
