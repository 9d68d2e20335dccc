from engage_desktop.cli import main

raise SystemExit(main())
