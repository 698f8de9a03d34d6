"""sides: a party stays a party though its name, its title or its story looks like an outsider's.

An employer named "commission" or "agency", a judge who is herself removed, a clinical
psychologist who brings a claim, a paper that stands by its own report: each is in the dispute,
with no attack word needed to keep it there. Each article is invented for the test; the whole
pipeline (`extract`) reads it."""
from briefing.extract import extract
from cases import members


def test_an_employer_named_commission_that_reviews_a_pay_claim_is_still_a_party():
    text = (
        "Staff at the Harbour Lights Commission will strike next week over pay.\n\n"
        "\"Our members have had no rise in four years,\" said Nadia Kerr, who leads the Civic Staff Union. "
        "\"We want a fair deal.\"\n\n"
        "The Harbour Lights Commission said it was reviewing the union's claim and would respond next week. "
        "\"We value our staff and we cannot spend money we do not have,\" a commission spokeswoman said.\n"
    )
    # (Which side it joins is the grouping's job: here only that it stays in the briefing.)
    assert "Harbour Lights Commission" in members(text)


def test_an_employer_named_agency_that_will_review_a_pay_claim_is_still_a_party():
    text = (
        "Inspectors at the Coastal Fisheries Agency voted to walk out over pay on Monday.\n\n"
        "\"We are paid less than we were ten years ago,\" said Tom Brannock, branch secretary of the "
        "Marine Workers Union. \"Enough is enough.\"\n\n"
        "The Coastal Fisheries Agency said it would review the union's pay claim but could not afford more. "
        "\"Our budget is fixed by ministers,\" an agency spokesman said.\n"
    )
    assert "Coastal Fisheries Agency" in members(text)


def test_a_regulator_that_will_review_a_permit_still_keeps_out():
    # The other side of the rule: a body that decides what others dispute is no party.
    text = (
        "Villagers in Hensford want the county to refuse a permit for a new quarry.\n\n"
        "\"The dust will reach the school,\" said Joan Avery, who chairs Hensford Village Society.\n\n"
        "Redstone Aggregates said the quarry would bring forty jobs. \"We will be good neighbours,\" said "
        "its managing director, Paul Keane.\n\n"
        "The Minerals Licensing Authority said it would review the application on its technical merits.\n"
    )
    got = members(text)
    assert "Joan Avery" in got and "Paul Keane" in got
    assert "Minerals Licensing Authority" not in got


def test_a_judge_who_was_removed_and_answers_for_herself_is_a_party():
    text = (
        "A judge removed from the bench last month has asked for her post back.\n\n"
        "Judge Clara Whitby, who was removed by the Judicial Conduct Commission in March, said the evidence "
        "against her had been made up. \"I served this county for twenty years,\" she said.\n\n"
        "Her lawyer, Ben Hollis, said the commission had ignored key testimony from court staff.\n\n"
        "The Judicial Conduct Commission said its decision was final. \"The panel heard every witness,\" "
        "a commission spokesman said.\n"
    )
    got = members(text)
    assert "Clara Whitby" in got
    assert got["Clara Whitby"] == got["Ben Hollis"]


def test_a_judge_who_sentences_from_the_bench_is_still_on_neither_side():
    text = (
        "A builder who took deposits for kitchens he never fitted was jailed on Friday.\n\n"
        "\"He took our savings and laughed at us,\" said Rosa Quint, one of his customers. Her lawyer, "
        "Idris Vale, said the families wanted their money back.\n\n"
        "The builder's lawyer, Martin Crewe, said his client was sorry and had tried to repay them.\n\n"
        "Judge Helen Marsh, sitting at Exeter Crown Court, said the families had suffered real hardship. "
        "She sentenced the builder to three years.\n"
    )
    got = members(text)
    assert "Rosa Quint" in got and "Helen Marsh" not in got


def test_a_judge_who_reminds_jurors_from_the_bench_is_still_on_neither_side():
    text = (
        "A man accused of setting fire to a warehouse went on trial on Tuesday.\n\n"
        "Prosecutor Lena Hart said Owen Briggs was seen near the building minutes before the fire. "
        "\"The cameras put him at the door,\" Hart said.\n\n"
        "His lawyer, Pavel Novak, said the footage was too dark to show anyone's face.\n\n"
        "Judge Miriam Osei reminded the jury that Briggs did not have to prove anything. \"The burden is on "
        "the prosecution,\" Judge Osei said.\n"
    )
    got = members(text)
    assert "Lena Hart" in got and "Pavel Novak" in got
    assert "Miriam Osei" not in got


def test_a_clinical_psychologist_who_brings_a_claim_is_a_party_not_an_expert():
    text = (
        "A psychologist has taken the Elmbridge Health Trust to a tribunal, saying she lost her job for "
        "raising concerns about waiting lists.\n\n"
        "Dr Nora Quill, a clinical psychologist, said she was dismissed weeks after writing to the trust's "
        "board. \"I did my job and I told the truth,\" she said.\n\n"
        "The Elmbridge Health Trust said Dr Quill left for reasons unrelated to her concerns. \"We support "
        "staff who speak up,\" said the trust's chief executive, Mark Dene.\n"
    )
    got = members(text)
    assert "Nora Quill" in got
    assert got["Nora Quill"] != got["Mark Dene"]


def test_a_psychologist_at_a_university_asked_from_outside_is_still_no_side():
    text = (
        "A psychologist has taken the Elmbridge Health Trust to a tribunal, saying she lost her job for "
        "raising concerns about waiting lists.\n\n"
        "Dr Nora Quill, a clinical psychologist, said she was dismissed weeks after writing to the trust's "
        "board. \"I did my job and I told the truth,\" she said.\n\n"
        "The Elmbridge Health Trust said Dr Quill left for reasons unrelated to her concerns. \"We support "
        "staff who speak up,\" said the trust's chief executive, Mark Dene.\n\n"
        "Dr Ravi Sen, a psychologist at Tolland University, said staff who raise concerns often feel unheard.\n"
    )
    got = members(text)
    assert "Nora Quill" in got and "Ravi Sen" not in got


def test_an_outlet_sued_over_its_own_report_is_a_party_with_its_editor():
    text = (
        "A property developer is suing the Weekly Courier over a story about his company's accounts.\n\n"
        "The Weekly Courier reported last spring that Colm Farrell had moved money out of his firm before it "
        "closed. Farrell said the story was wrong and that he would see the paper in court. \"Every payment "
        "was declared,\" he said.\n\n"
        "The Courier said it would defend its reporting in court. \"We stand by our story,\" the Courier's "
        "editor, Alice Penrose, said.\n"
    )
    got = members(text)
    assert "Alice Penrose" in got
    assert got["Alice Penrose"] != got["Colm Farrell"]
    assert got["Weekly Courier"] == got["Alice Penrose"]


def test_an_outlet_that_will_defend_its_reporting_is_not_taken_for_one_merely_cited():
    text = (
        "The Evening Herald reported in March that Dermot Lyle had kept grant money meant for a youth club. "
        "Lyle has taken the paper to court. \"Not one penny went astray,\" Lyle said.\n\n"
        "The Herald said it would defend its reporting. \"Our reporters checked every figure,\" the Herald's "
        "editor, Grace Mullan, said.\n"
    )
    got = members(text)
    # (With no word of attack, telling the paper's side from Lyle's is the grouping's job.)
    assert "Evening Herald" in got and got["Evening Herald"] == got["Grace Mullan"]


def test_a_regulator_reviewing_a_companys_proposal_still_keeps_out():
    # Only a party is asked for pay: a body that reviews a company's proposal decides on it.
    text = (
        "Dalemoor Water wants to release more waste water into the River Kell during heavy rain.\n\n"
        "The Rivers Protection Agency said it was reviewing the company's proposal.\n\n"
        "\"The river can take no more,\" said Beth Lorne of the Kell Valley Anglers Club. "
        "\"We are spending £200m on new pipes,\" said Dalemoor Water director Owen Pratt.\n"
    )
    got = members(text)
    assert "Beth Lorne" in got and "Owen Pratt" in got
    assert "Rivers Protection Agency" not in got


def test_a_judge_who_passes_a_suspended_sentence_is_on_neither_side():
    text = (
        "Colin Maddox, 51, admitted stealing from his customers at Carlow Crown Court.\n\n"
        "\"He took advantage of people who trusted him,\" said prosecutor Jane Pell. "
        "\"He regrets it every day,\" said defence barrister Hugh Tarrant.\n\n"
        "Judge Nina Farrow sentenced Maddox to two years, suspended for 18 months. "
        "\"You let them all down,\" Farrow told him.\n"
    )
    got = members(text)
    assert "Hugh Tarrant" in got and "Nina Farrow" not in got


def test_a_judge_heard_in_her_sentencing_remarks_is_on_neither_side():
    text = (
        "Colin Maddox, 51, admitted stealing from his customers at Carlow Crown Court.\n\n"
        "\"He took advantage of people who trusted him,\" said prosecutor Jane Pell. "
        "\"He regrets it every day,\" said defence barrister Hugh Tarrant.\n\n"
        "\"You let them all down and must go to prison,\" Judge Nina Farrow said in her sentencing remarks.\n"
    )
    got = members(text)
    assert "Hugh Tarrant" in got and "Nina Farrow" not in got


def test_a_research_paper_is_no_side_of_its_own():
    text = (
        "Researchers at Brandon University published a paper on Monday linking the ring road to asthma.\n\n"
        "The paper's lead author, Dr Laura Finch, said the road should be moved away from homes. "
        "\"We do not accept the findings,\" said council leader Peter Oakes. "
        "\"The road will stay where it is,\" said National Roads spokesman Ivan Cole.\n"
    )
    labels = {side.label for side in extract(text).sides}
    assert "Paper" not in labels


def test_a_psychologist_at_a_university_in_a_parents_dispute_is_no_side():
    text = (
        "Parents at Millbrook Academy are campaigning for a ban on phones in class.\n\n"
        "\"Our children cannot concentrate,\" said Karen Doyle, who leads the Millbrook Parents Group. "
        "The school's head teacher, Alan Price, said a ban would be hard to enforce.\n\n"
        "Dr Sarah Kent, a clinical psychologist at the University of Leeds, said the research on phone bans "
        "was mixed.\n"
    )
    got = members(text)
    assert "Karen Doyle" in got and "Sarah Kent" not in got
