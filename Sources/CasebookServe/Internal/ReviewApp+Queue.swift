import CasebookCore
import Foundation
import Hummingbird

/// The queue: counts per state and the filtered list of articles.
extension ReviewApp {
    struct QueuePage {
        struct Tab {
            var label: String
            var href: String
            var count: Int
            var current: Bool
        }
        struct Option {
            var value: String
            var selected: Bool
        }
        struct Row {
            var id: Int64
            var title: String
            var state: String
            var stateLabel: String
            var live: Int?
            var language: String
            var category: String
            var sources: Int
            var revision: Int
            var needsUpdate: Bool
            var edited: Bool
        }
        var title = "Queue"
        var page = "queue"
        var editor: String
        var banner: Banner?
        var tabs: [Tab]
        var state: String?
        var languages: [Option]
        var categories: [Option]
        var minTickets: String
        var days: String
        var articles: [Row]
        var hasArticles: Bool
    }

    struct Banner {
        var kind: String
        var text: String
    }

    func queue(_ request: Request) throws -> Response {
        let query = HTTP.query(request)
        let all = try ledger.summaries()
        var filter = ArticleFilter()
        let stateName = query["state"]?.last.flatMap { $0.isEmpty ? nil : $0 }
        if stateName == "needs-update" {
            filter.needsUpdate = true
        } else if let stateName, let state = ArticleState(rawValue: stateName) {
            filter.states = [state]
        }
        filter.language = query["language"]?.last.flatMap { $0.isEmpty ? nil : LanguageTag.normalized($0) }
        filter.category = query["category"]?.last.flatMap { $0.isEmpty ? nil : $0 }
        filter.minimumSources = query["min"]?.last.flatMap { Int($0) }
        if let days = query["days"]?.last.flatMap({ Double($0) }), days > 0 {
            filter.changedBefore = Date().addingTimeInterval(-days * 86_400)
        }
        let articles = try ledger.summaries(filter)
        func href(_ state: String?) -> String {
            var items = [URLQueryItem]()
            if let state { items.append(.init(name: "state", value: state)) }
            for key in ["language", "category", "min", "days"] {
                if let value = query[key]?.last, !value.isEmpty { items.append(.init(name: key, value: value)) }
            }
            var components = URLComponents()
            components.path = "/"
            components.queryItems = items.isEmpty ? nil : items
            return components.string ?? "/"
        }
        var tabs = [QueuePage.Tab(label: "All", href: href(nil), count: all.count, current: stateName == nil)]
        for state in ArticleState.allCases {
            tabs.append(
                .init(
                    label: state.label.prefix(1).uppercased() + state.label.dropFirst(), href: href(state.rawValue),
                    count: all.filter { $0.state == state }.count, current: stateName == state.rawValue))
        }
        tabs.insert(
            .init(
                label: "Needs update", href: href("needs-update"), count: all.filter(\.needsUpdate).count,
                current: stateName == "needs-update"), at: 1)
        let languages = Set(all.map(\.language)).sorted()
        let categories = Set(all.map(\.category)).sorted()
        let page = QueuePage(
            editor: editor(of: request), banner: nil, tabs: tabs, state: stateName,
            languages: languages.map { .init(value: $0, selected: $0 == filter.language) },
            categories: categories.map { .init(value: $0, selected: $0 == filter.category) },
            minTickets: query["min"]?.last ?? "", days: query["days"]?.last ?? "",
            articles: articles.map { summary in
                QueuePage.Row(
                    id: summary.id, title: summary.title, state: summary.state.rawValue,
                    stateLabel: summary.state.label,
                    live: summary.liveRevision.flatMap { $0 == summary.revision ? nil : $0 },
                    language: summary.language,
                    category: summary.category, sources: summary.sourceCount, revision: summary.revision,
                    needsUpdate: summary.needsUpdate, edited: summary.isEditorOwned)
            }, hasArticles: !articles.isEmpty)
        return HTTP.html(Self.render("queue", page))
    }
}
