"""``python -m dtextract``: the same as the ``dtextract`` command."""
from .cli import main

if __name__ == "__main__":
    main()
