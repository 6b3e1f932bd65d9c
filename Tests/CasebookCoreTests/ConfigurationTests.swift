import Foundation
import Testing

@testable import CasebookCore

@Suite("Configuration")
struct ConfigurationTests {
    @Test("the template casebook init writes decodes to the defaults")
    func template() throws {
        let decoded = try CasebookConfiguration.decode(yaml: CasebookConfiguration.template, file: "casebook.yml")
        #expect(decoded == CasebookConfiguration())
    }

    @Test("keys override defaults, the rest keep theirs")
    func partial() throws {
        let yaml = """
            site:
              title: Nimbus Help
              base_url: https://help.example.com
              language: FR
            cluster:
              min_size: 4
            redaction:
              names: [Marta]
              patterns:
                - label: order
                  regex: 'ORD-[0-9]+'
            """
        let configuration = try CasebookConfiguration.decode(yaml: yaml, file: "casebook.yml")
        #expect(configuration.site.title == "Nimbus Help")
        #expect(configuration.site.baseURL == "https://help.example.com/")
        #expect(configuration.site.language == "fr")
        #expect(configuration.cluster.minSize == 4)
        #expect(configuration.ingest.resolvedStatuses == ["solved", "closed", "resolved"])
        #expect(configuration.redaction.patterns == [.init(label: "order", regex: "ORD-[0-9]+")])
    }

    @Test(
        "invalid files give one line naming the file and what is wrong",
        arguments: [
            ("site:\n  title: [1, 2]\n", "site.title"),
            ("sitte:\n  title: x\n", "unknown key 'sitte'"),
            (
                "site:\n  baseurl: x\n",
                "site: unknown key 'baseurl' (expected title, base_url, language, templates, contact_url, feedback_url, visibility)"
            ),
            ("redaction:\n  patterns:\n    - label: x\n      regexp: y\n", "unknown key 'regexp'"),
            ("cluster:\n  min_size: 1\n", "cluster.min_size"),
            ("redaction:\n  patterns:\n    - label: x\n      regex: '(['\n", "not a valid regular expression"),
            ("site: [unclosed\n", "not valid YAML"),
            ("redaction:\n  patterns:\n    - label: 'two words'\n      regex: x\n", "the label must be"),
            ("redaction:\n  patterns:\n    - label: any\n      regex: 'x*'\n", "matches empty text"),
            (
                "redaction:\n  patterns:\n    - label: slow\n      regex: '(a+)+$'\n",
                "a repeated group holds a repetition"
            ),
            (
                "redaction:\n  patterns:\n    - label: slow\n      regex: '(?:[a-z]{1,9}x?)*y'\n",
                "a repeated group holds"
            ),
            (
                "site:\n  base_url: help.example.com\n",
                "site.base_url: 'help.example.com' is not an absolute http(s) URL"
            ),
            ("site:\n  base_url: ftp://help.example.com/\n", "is not an absolute http(s) URL"),
            ("site:\n  base_url: https:///kb/\n", "is not an absolute http(s) URL"),
            ("site:\n  language: english\n", "site.language: 'english' is not a BCP 47 language tag"),
            ("site:\n  language: fr-\n", "is not a BCP 47 language tag"),
            ("site:\n  language: e\n", "is not a BCP 47 language tag"),
            ("site:\n  title: ok\n  bad: [x\n", "not valid YAML: line 4, column 1"),
            ("site:\n\ttitle: tab\n", "line 2, column 1"),
            ("review:\n  require_second_editor: maybe\n", "review.require_second_editor"),
            ("site:\n  title: '  '\n", "site.title: must not be empty"),
        ])
    func invalid(yaml: String, expected: String) {
        #expect {
            try CasebookConfiguration.decode(yaml: yaml, file: "casebook.yml")
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix("casebook.yml: ") && message.contains(expected) && !message.contains("\n")
                && (error as? ConfigurationError)?.exitCode == .configuration
        }
    }

    @Test(
        "site values are checked and normalised once, when the file is read",
        arguments: [
            ("site:\n  base_url: https://help.example.com/kb\n", "https://help.example.com/kb/", "en"),
            ("site:\n  base_url: /\n  language: fr-CA\n", nil, "fr-ca"),
            ("site:\n  language: pt_BR\n", nil, "pt-br"),
            ("site:\n  language: zh-Hant-TW\n", nil, "zh-hant-tw"),
            ("site:\n  language: es-419\n", nil, "es-419"),
        ] as [(String, String?, String)])
    func normalised(yaml: String, baseURL: String?, language: String) throws {
        let configuration = try CasebookConfiguration.decode(yaml: yaml, file: "casebook.yml")
        #expect(configuration.site.baseURL == baseURL)
        #expect(configuration.site.language == language)
    }

    @Test("site.templates is resolved against the configuration's folder")
    func templatesFolder() throws {
        let configuration = try CasebookConfiguration.decode(
            yaml: "site:\n  templates: theme\n", file: "casebook.yml", folder: URL(fileURLWithPath: "/srv/help"))
        #expect(configuration.site.templates == "/srv/help/theme")
        let review = try CasebookConfiguration.decode(yaml: "review:\n  require_second_editor: true\n", file: "c.yml")
        #expect(review.review.rules.requireSecondEditor)
    }
}
