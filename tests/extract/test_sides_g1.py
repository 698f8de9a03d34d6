"""sides on news the rules were not tuned on: who is left out of the camps, who joins them.

Each article here is invented for the test; the whole pipeline (`extract`) reads it."""
from briefing.extract import extract


def members(text: str) -> dict[str, str]:
    """Each member's name -> the label of its side."""
    return {m.name: side.label for side in extract(text).sides for m in side.members}


FERRY = (
    "Crews at Northsound Ferries walked off the job on Friday in a row over weekend pay.\n\n"
    "\"We are asking for what the contract already promises,\" said Moira Dunlop, who leads the "
    "Ferry Crews Union. \"The company has ignored us for a year.\"\n\n"
    "Northsound Ferries said the union's demands would cost it four million pounds. \"We cannot pay "
    "money we do not have,\" said the company's operations director, Gavin Strachan.\n\n"
    "At the pier in Oban, commuter Isla Baird said she had some sympathy for both sides. "
    "\"I just hope they work it out before the winter timetable,\" she said.\n\n"
    "Dr Colin Rennie, who teaches transport economics at Kelvinside University, said the company's "
    "figures were misleading and its pay offer was wrong on the numbers.\n"
)


def test_a_bystander_who_wishes_both_sides_well_is_on_neither():
    got = members(FERRY)
    assert "Moira Dunlop" in got and "Gavin Strachan" in got
    assert got["Moira Dunlop"] != got["Gavin Strachan"]
    assert "Isla Baird" not in got


def test_an_outside_expert_who_finds_fault_is_still_no_side():
    # "misleading", "wrong": an expert's view of the figures, not a camp's stand.
    assert "Colin Rennie" not in members(FERRY)


def test_one_who_takes_a_stand_and_mentions_both_sides_is_still_on_a_side():
    text = (
        "Tenants of Marlow House have stopped paying rent until the lifts are fixed.\n\n"
        "\"We have waited long enough,\" said tenant leader Ruth Amadi. \"The owners have ignored every letter.\"\n\n"
        "Simon Pell, a director of Brightwell Estates, which owns the block, accused Ruth Amadi of misleading "
        "the tenants. \"Rent is owed whatever the lifts do,\" Pell said.\n\n"
        "Councillor Dev Patel, who backed the tenants, said he had no sympathy for either side's lawyers "
        "but that Brightwell Estates had ignored the tenants for too long.\n"
    )
    got = members(text)
    assert got.get("Dev Patel") == got["Ruth Amadi"] != got["Simon Pell"]
