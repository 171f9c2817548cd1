"""demo-data."""

from __future__ import annotations

from shelter_app import demo
from shelter_app.cli.common import add_db_user, run_with_session, say, t


def register(sub) -> None:
    p = sub.add_parser("demo-data", help="add synthetic residents (never real people)")
    add_db_user(p)
    p.add_argument("--residents", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo_data)


def cmd_demo_data(args) -> int:
    def action(session):
        counts = demo.generate(session, args.residents, args.seed)
        say(t("Added {residents} residents, {stays} stays, {plans} plans, {services} services and "
              "{legal_events} legal events.").format(**counts))
    return run_with_session(args, action) or 0
