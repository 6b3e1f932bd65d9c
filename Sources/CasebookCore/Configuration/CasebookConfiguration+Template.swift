extension CasebookConfiguration {
    /// The commented `casebook.yml` that `casebook init` writes; it decodes to the defaults.
    public static let template = """
        # Casebook configuration. Every key is optional; these are the defaults.

        site:
          # The help center's name, shown on every page.
          title: Help Center
          # The absolute URL the site is served from, for canonical links; leave out for relative links only.
          # base_url: https://help.example.com/
          # The site's main language (a BCP 47 tag: en, fr, pt-BR); also used for tickets whose language
          # is unclear.
          language: en
          # A folder of theme files that override the built-in theme one file at a time (default:
          # Templates/ beside this file, when it exists). `casebook theme eject` writes the built-in files.
          # templates: Templates
          # Where readers reach support (https://… or mailto:…), linked from every page.
          # contact_url: https://example.com/support
          # Where "Was this helpful?" answers go: a URL receiving a plain form POST, or a mailto: address
          # (default: contact_url when it is a mailto:, else no feedback buttons).
          # feedback_url: https://example.com/feedback
          # public, or private for a help center behind the host's login (noindex, robots.txt disallows
          # everything, no sitemap).
          visibility: public

        ingest:
          # Helpdesk statuses that count as resolved; other tickets are skipped.
          resolved_statuses: [solved, closed, resolved]

        cluster:
          # The fewest tickets a problem needs before it gets an article.
          min_size: 3
          # How alike (0-1) tickets must be to count as the same problem; leave out to let Casebook choose.
          # similarity_threshold: 0.35

        draft:
          # Helpdesk tag -> public category name. Tags are internal: when you list some here, only
          # those become categories; when the list is empty, the most common topical tag is shown.
          categories: {}
          #  billing: Billing & invoices

        review:
          # The four-eyes rule: the author of a revision cannot approve it.
          require_second_editor: false

        redaction:
          # Names to redact everywhere, on top of the requesters and authors found in the tickets.
          names: []
          # Extra patterns to redact: matching text becomes [label].
          patterns: []
          #  - label: order-number
          #    regex: 'ORD-[0-9]{6}'
          # Your own mail domains: their role addresses (support@, no-reply@) are public and kept.
          public_domains: []

        """
}
