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
            ("site:\n  baseurl: x\n", "site: unknown key 'baseurl' (expected title, base_url, language, templates)"),
            ("redaction:\n  patterns:\n    - label: x\n      regexp: y\n", "unknown key 'regexp'"),
            ("cluster:\n  min_size: 1\n", "cluster.min_size"),
            ("redaction:\n  patterns:\n    - label: x\n      regex: '(['\n", "not a valid regular expression"),
            ("site: [unclosed\n", "not valid YAML"),
            ("redaction:\n  patterns:\n    - label: 'two words'\n      regex: x\n", "the label must be"),
            ("redaction:\n  patterns:\n    - label: any\n      regex: 'x*'\n", "matches empty text"),
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
}
