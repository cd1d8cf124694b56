from .helpers import area
