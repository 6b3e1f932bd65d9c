import GRDB

/// The store's schema, as named, append-only migrations. Never edit a migration that has shipped:
/// add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: tickets, clusters, articles, audit") { db in
            try db.create(table: Ticket.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull()
                t.column("externalID", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("status", .text).notNull()
                t.column("tags", .jsonText).notNull()
                t.column("language", .text).notNull()
                t.column("requesterName", .text)
                t.column("requesterEmail", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("sourceFile", .text).notNull()
                t.column("sourceLine", .integer).notNull()
                t.column("contentHash", .text).notNull()
                t.column("ingestedAt", .datetime).notNull()
                t.uniqueKey(["source", "externalID"])
            }
            try db.create(table: Comment.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("ticket", onDelete: .cascade).notNull()
                t.column("externalID", .text)
                t.column("position", .integer).notNull()
                t.column("authorRole", .text).notNull()
                t.column("authorName", .text)
                t.column("isPublic", .boolean).notNull()
                t.column("bodyText", .text).notNull()
                t.column("bodyHTML", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: RejectedRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull()
                t.column("sourceFile", .text).notNull().indexed()
                t.column("line", .integer).notNull()
                t.column("position", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("raw", .text).notNull()
                t.column("rejectedAt", .datetime).notNull()
            }
            try db.create(table: Cluster.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull().unique()
                t.column("label", .text).notNull()
                t.column("language", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("cohesion", .double).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: ClusterMember.databaseTableName) { t in
                t.belongsTo("cluster", onDelete: .cascade).notNull()
                t.belongsTo("ticket", onDelete: .cascade).notNull()
                t.column("similarity", .double).notNull()
                t.primaryKey(["clusterID", "ticketID"])
            }
            try db.create(table: Article.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("slug", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("category", .text).notNull()
                t.column("language", .text).notNull()
                t.column("state", .text).notNull().indexed()
                t.column("clusterKey", .text).indexed()
                t.column("currentRevisionID", .integer)
                t.column("isEditorOwned", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("reviewedBy", .text)
                t.column("reviewedAt", .datetime)
                t.column("reviewNote", .text)
            }
            try db.create(table: ArticleRevision.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("number", .integer).notNull()
                t.column("title", .text).notNull()
                t.column("body", .text).notNull()
                t.column("origin", .text).notNull()
                t.column("author", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["articleID", "number"])
            }
            try db.create(table: ArticleSource.databaseTableName) { t in
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.belongsTo("ticket", onDelete: .cascade).notNull()
                t.primaryKey(["articleID", "ticketID"])
            }
            try db.create(table: AuditEvent.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("subjectType", .text)
                t.column("subjectID", .integer)
                t.column("note", .text)
            }
            try db.create(
                index: "auditEvent_on_subject", on: AuditEvent.databaseTableName, columns: ["subjectType", "subjectID"])
        }
        migrator.registerMigration("v2: approved revision") { db in
            try db.alter(table: Article.databaseTableName) { t in
                t.add(column: "approvedRevisionID", .integer)
            }
            // Articles approved before this migration were approved with their current text.
            try db.execute(sql: "UPDATE article SET approvedRevisionID = currentRevisionID WHERE state = 'approved'")
        }
        migrator.registerMigration("v3-review: one article lifecycle") { db in
            try db.alter(table: Article.databaseTableName) { t in
                t.add(column: "approvedBy", .text)
                t.add(column: "approvedAt", .datetime)
                t.add(column: "publishedRevisionID", .integer)
                t.add(column: "publishedAt", .datetime)
                t.add(column: "pendingSuggestionID", .integer)
                t.add(column: "translationGroup", .text)
            }
            try db.alter(table: ArticleRevision.databaseTableName) { t in
                t.add(column: "baseRevisionID", .integer)
            }
            try db.alter(table: AuditEvent.databaseTableName) { t in
                t.add(column: "revision", .integer)
            }
            try db.execute(
                sql: """
                    UPDATE article SET approvedBy = reviewedBy, approvedAt = reviewedAt
                    WHERE approvedRevisionID IS NOT NULL;
                    UPDATE article SET pendingSuggestionID = (
                        SELECT r.id FROM articleRevision r
                        WHERE r.articleID = article.id AND r.origin = 'suggestion'
                          AND r.id > COALESCE(article.currentRevisionID, 0)
                        ORDER BY r.number DESC LIMIT 1);
                    """)
        }
        migrator.registerMigration("v4-draft: sentence provenance and draft notes") { db in
            try db.create(table: DraftProvenance.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("revision", inTable: ArticleRevision.databaseTableName, onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("section", .text).notNull()
                t.column("text", .text).notNull()
                t.column("ticketID", .integer).notNull()
                t.column("commentID", .integer).notNull()
            }
            try db.create(table: DraftNotes.databaseTableName) { t in
                t.primaryKey("revisionID", .integer)
                    .references(ArticleRevision.databaseTableName, onDelete: .cascade)
                t.column("ticketsPassed", .integer).notNull()
                t.column("rejections", .jsonText).notNull()
                t.column("redactions", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v5-ingest: reject kinds") { db in
            // What each kept-aside record was (ticket, row, user, line, file, remainder); older rows say `record`.
            try db.alter(table: RejectedRecord.databaseTableName) { t in
                t.add(column: "kind", .text).notNull().defaults(to: "record")
            }
        }
        return migrator
    }
}
