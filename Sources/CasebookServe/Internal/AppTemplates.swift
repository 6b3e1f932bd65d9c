import Mustache

/// The review app's pages, as Mustache templates compiled into the binary. Every value is escaped; the only
/// unescaped value is `previewHTML`, cmark-gfm's safe-mode rendering of an article body.
enum AppTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            // The templates are part of the program: a parse error is a bug that the tests catch.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    /// Template names and their text (also checked by a test that each parses).
    static let sources: [(String, String)] = [
        ("layout", layout), ("queue", queue), ("article", article), ("edit", edit), ("review", review),
        ("diff", diffPage), ("ticket", ticket), ("message", message), ("partials/diff", diffPartial),
    ]

    static let layout = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}} · Casebook review</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body data-page="{{page}}">
        <a class="skip" href="#main">Skip to content</a>
        <header class="top"><a class="brand" href="/">Casebook review</a><span class="who">Reviewing as {{editor}}</span>
        <button type="button" class="help-toggle" data-help aria-controls="help" aria-expanded="false">Keyboard shortcuts (?)</button></header>
        <aside id="help" class="help" hidden>
        <h2>Keyboard shortcuts</h2>
        <dl>
        <dt>j / k</dt><dd>next / previous article in the queue</dd>
        <dt>o or Enter</dt><dd>open the selected article</dd>
        <dt>e</dt><dd>edit the article</dd>
        <dt>a</dt><dd>approve the revision shown</dd>
        <dt>d</dt><dd>show the diff</dd>
        <dt>Ctrl+Enter</dt><dd>in the editor: review the changes</dd>
        <dt>g q</dt><dd>back to the queue</dd>
        </dl>
        </aside>
        {{#banner}}<p class="banner {{kind}}" role="status">{{text}}</p>{{/banner}}
        <main id="main">
        {{$content}}{{/content}}
        </main>
        </body>
        </html>
        """

    static let queue = """
        {{<layout}}
        {{$content}}
        <h1>Review queue</h1>
        <nav class="tabs" aria-label="States">
        {{#tabs}}<a href="{{href}}" {{#current}}aria-current="page"{{/current}}>{{label}} <span class="count">{{count}}</span></a>{{/tabs}}
        </nav>
        <form class="filters" method="get" action="/">
        {{#state}}<input type="hidden" name="state" value="{{.}}">{{/state}}
        <label>Language <select name="language"><option value="">any</option>{{#languages}}<option value="{{value}}" {{#selected}}selected{{/selected}}>{{value}}</option>{{/languages}}</select></label>
        <label>Category <select name="category"><option value="">any</option>{{#categories}}<option value="{{value}}" {{#selected}}selected{{/selected}}>{{value}}</option>{{/categories}}</select></label>
        <label>At least <input type="number" name="min" min="0" value="{{minTickets}}" class="narrow"> tickets</label>
        <label>Not changed for <input type="number" name="days" min="0" value="{{days}}" class="narrow"> days</label>
        <button type="submit">Filter</button>
        </form>
        {{#hasArticles}}
        <table class="queue">
        <thead><tr><th scope="col">#</th><th scope="col">Title</th><th scope="col">State</th><th scope="col">Lang</th><th scope="col">Category</th><th scope="col">Tickets</th><th scope="col">Revision</th></tr></thead>
        <tbody>
        {{#articles}}
        <tr data-row data-href="/articles/{{id}}">
        <td>{{id}}</td>
        <td><a href="/articles/{{id}}">{{title}}</a>{{#needsUpdate}} <span class="flag">needs update</span>{{/needsUpdate}}{{#edited}} <span class="flag muted">edited</span>{{/edited}}</td>
        <td><span class="state state-{{state}}">{{stateLabel}}</span>{{#live}} <span class="flag">live: rev {{.}}</span>{{/live}}</td>
        <td>{{language}}</td><td>{{category}}</td><td class="num">{{sources}}</td><td class="num">{{revision}}</td>
        </tr>
        {{/articles}}
        </tbody>
        </table>
        {{/hasArticles}}
        {{^hasArticles}}<p class="empty">No article matches.</p>{{/hasArticles}}
        {{/content}}
        {{/layout}}
        """

    static let article = """
        {{<layout}}
        {{$content}}
        <p class="crumbs"><a href="/">Queue</a> › article {{id}}</p>
        <h1>{{title}}</h1>
        <p class="meta"><span class="state state-{{state}}">{{stateLabel}}</span> · {{language}} · {{category}} · revision {{revision}} by {{author}}{{#live}} · revision {{.}} is live{{/live}} · articles/{{slug}}.html</p>
        <div class="actions">
        <a class="button" href="/articles/{{id}}/edit" data-key="e">Edit</a>
        <a class="button" href="/articles/{{id}}/diff" data-key="d">Diff</a>
        {{#actions}}
        <form method="post" action="/articles/{{id}}/{{name}}" class="action">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
        {{#needsNote}}<input name="note" class="note" aria-label="{{label}}: note for the audit log" placeholder="{{#noteRequired}}why? (required){{/noteRequired}}{{^noteRequired}}note (optional){{/noteRequired}}" {{#noteRequired}}required{{/noteRequired}}>{{/needsNote}}
        <button type="submit" class="{{style}}" {{#key}}data-key="{{.}}"{{/key}}>{{label}}</button>
        </form>
        {{/actions}}
        </div>
        {{#suggestion}}
        <section class="suggestion" aria-labelledby="suggestion-title">
        <h2 id="suggestion-title">Needs update: the drafter suggests revision {{number}}</h2>
        {{#conflicts}}<p class="warning">It changes passages you edited too: accepting merges nothing; take it whole or edit by hand.</p>{{/conflicts}}
        {{> partials/diff}}
        <form method="post" action="/articles/{{id}}/accept" class="action"><input type="hidden" name="csrf" value="{{csrf}}">
        {{#conflicts}}<input type="hidden" name="mode" value="theirs"><button type="submit">Take the suggestion whole</button>{{/conflicts}}
        {{^conflicts}}<button type="submit">Accept (merge)</button>{{/conflicts}}
        </form>
        <form method="post" action="/articles/{{id}}/dismiss" class="action"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">Dismiss</button></form>
        </section>
        {{/suggestion}}
        <div class="columns">
        <section class="preview" aria-label="Preview in the site's theme">
        <h2>Preview</h2>
        <iframe title="Preview of the article as the site shows it" src="/preview/articles/{{id}}.html?revision={{revision}}" sandbox></iframe>
        </section>
        <section class="side">
        <h2>Sources ({{sourceCount}} tickets, never published)</h2>
        <ul class="sources">{{#sources}}<li><a href="/articles/{{articleID}}/tickets/{{ticketID}}">{{reference}}</a> {{subject}}</li>{{/sources}}</ul>
        <h2>Personal data removed</h2>
        {{#redactions}}<ul class="redactions">{{#items}}<li>{{count}} × {{kind}}</li>{{/items}}</ul>{{/redactions}}
        {{^redactions}}<p class="muted">Nothing was redacted in this text.</p>{{/redactions}}
        {{#grading}}<h2>Drafting</h2><p>{{.}}</p>{{/grading}}
        {{#hasProvenance}}<h2>Where each sentence came from (never published)</h2>
        <ol class="provenance">{{#provenance}}<li><span class="flag">{{label}}</span> <a href="/articles/{{articleID}}/tickets/{{ticketID}}">{{reference}}</a>, comment {{commentID}}: {{text}}</li>{{/provenance}}</ol>{{/hasProvenance}}
        <h2>Revisions</h2>
        <ol class="revisions" reversed>{{#revisions}}<li>rev {{number}} · {{origin}} by {{author}} · {{date}}{{#isLive}} · live{{/isLive}}{{#canDiff}} · <a href="/articles/{{articleID}}/diff?from={{number}}">diff</a>{{/canDiff}}{{#canRestore}}
        <form method="post" action="/articles/{{articleID}}/restore" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="restore" value="{{number}}"><button type="submit" class="link">restore</button></form>{{/canRestore}}</li>{{/revisions}}</ol>
        <h2>History</h2>
        <ul class="history">{{#history}}<li>{{date}} · {{action}}{{#revision}} (rev {{.}}){{/revision}} by {{actor}}{{#note}} — {{.}}{{/note}}</li>{{/history}}</ul>
        </section>
        </div>
        {{/content}}
        {{/layout}}
        """

    static let edit = """
        {{<layout}}
        {{$content}}
        <p class="crumbs"><a href="/">Queue</a> › <a href="/articles/{{id}}">article {{id}}</a> › edit</p>
        <h1>Edit “{{originalTitle}}”</h1>
        <form method="post" action="/articles/{{id}}/edit" class="editor" data-editor>
        <input type="hidden" name="csrf" value="{{csrf}}" data-csrf>
        <input type="hidden" name="base" value="{{base}}">
        <label for="title">Title</label>
        <input id="title" name="title" value="{{title}}" required>
        <div class="editor-panes">
        <div><label for="body">Markdown</label>
        <textarea id="body" name="body" rows="28" spellcheck="true" data-body>{{body}}</textarea></div>
        <div><span class="label">Live preview</span><div class="live-preview article-body" data-live-preview aria-live="polite">
        <p class="muted">Review the changes to see the diff and the preview.</p></div></div>
        </div>
        <p class="hint">Saving makes revision {{next}}; {{#isLive}}the live revision stays on the site until it is approved.{{/isLive}}{{^isLive}}it then waits for approval.{{/isLive}}</p>
        <button type="submit" name="intent" value="review" data-review>Review changes</button>
        <a href="/articles/{{id}}" class="button secondary">Cancel</a>
        </form>
        {{/content}}
        {{/layout}}
        """

    static let review = """
        {{<layout}}
        {{$content}}
        <p class="crumbs"><a href="/">Queue</a> › <a href="/articles/{{id}}">article {{id}}</a> › review changes</p>
        <h1>Review your changes</h1>
        {{#unchanged}}<p class="warning">Nothing changed.</p>{{/unchanged}}
        {{#diff}}{{> partials/diff}}{{/diff}}
        <form method="post" action="/articles/{{id}}/edit" class="action">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="base" value="{{base}}">
        <input type="hidden" name="title" value="{{articleTitle}}"><textarea name="body" hidden>{{body}}</textarea>
        <label class="note">Note <input name="note"></label>
        {{^unchanged}}<button type="submit" name="intent" value="save" data-save>Save revision {{next}}</button>{{/unchanged}}
        <button type="submit" name="intent" value="edit" class="secondary">Back to editing</button>
        </form>
        <h2>Preview</h2>
        <div class="article-body rendered">{{{previewHTML}}}</div>
        {{/content}}
        {{/layout}}
        """

    static let diffPage = """
        {{<layout}}
        {{$content}}
        <p class="crumbs"><a href="/">Queue</a> › <a href="/articles/{{id}}">article {{id}}</a> › diff</p>
        <h1>{{label}}</h1>
        {{#diff}}{{> partials/diff}}{{/diff}}
        {{/content}}
        {{/layout}}
        """

    static let diffPartial = """
        <div class="diff" data-diff>
        {{#titleChange}}<p class="diff-title"><del>{{old}}</del> → <ins>{{new}}</ins></p>{{/titleChange}}
        {{#hunks}}<table class="hunk"><tbody>
        {{#lines}}<tr class="{{kind}}"><td class="n">{{old}}</td><td class="n">{{new}}</td><td class="t">{{#words}}{{#same}}{{text}}{{/same}}{{#removed}}<del>{{text}}</del>{{/removed}}{{#added}}<ins>{{text}}</ins>{{/added}}{{/words}}</td></tr>
        {{/lines}}
        </tbody></table>{{/hunks}}
        {{^hunks}}{{^titleChange}}<p class="muted">No differences.</p>{{/titleChange}}{{/hunks}}
        </div>
        """

    static let ticket = """
        {{<layout}}
        {{$content}}
        <p class="crumbs"><a href="/">Queue</a> › <a href="/articles/{{articleID}}">article {{articleID}}</a> › {{reference}}</p>
        <h1>{{subject}}</h1>
        <p class="muted">{{reference}} · public comments only, personal data redacted</p>
        {{#comments}}<article class="comment role-{{role}}"><h2>{{role}} · {{date}}</h2><div class="comment-text">{{text}}</div></article>{{/comments}}
        {{/content}}
        {{/layout}}
        """

    static let message = """
        {{<layout}}
        {{$content}}
        <h1>{{heading}}</h1>
        <p>{{detail}}</p>
        <p><a href="/">Back to the queue</a></p>
        {{/content}}
        {{/layout}}
        """
}
