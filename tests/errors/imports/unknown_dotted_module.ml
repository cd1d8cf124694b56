# a dotted import of a module that is not there: one error, for its first part
import geometry.shapes.circle
# an import under a try that does not catch ImportError stays an error
try:
    import helpers
except ValueError:
    helpers = None
