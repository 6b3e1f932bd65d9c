import CasebookCore

/// Swift Testing also declares a `Comment`; in this module the name means the ticket comment.
typealias Comment = CasebookCore.Comment
