# An error in an imported module is reported in its own file.
import error_in_module_helper
print(error_in_module_helper.x)
