-- The release ledger of statistical returns (statistical-return.md, suppression
-- step 5): what every export published, so that the audit of the next return
-- knows everything an attacker holding all earlier returns knows. Exports
-- without suppression are listed with no cells ('{}').
CREATE TABLE return_releases (
    id INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    username TEXT NOT NULL,
    period_label TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    format TEXT NOT NULL,
    threshold INTEGER NOT NULL,
    suppression INTEGER NOT NULL,
    zeros_published INTEGER NOT NULL,
    -- {table: {"published": {"row<TAB>column": value}, "hidden": [[row, column, primary]]}}
    cells TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX return_releases_period ON return_releases (period_start, period_end);
