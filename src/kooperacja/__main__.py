import sys

from kooperacja.cli import main

sys.exit(main())
