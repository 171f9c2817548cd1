from shelter_app.cli import main

raise SystemExit(main())
