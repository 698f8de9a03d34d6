"""sides on news the rules were not tuned on: who is left out of the camps, who joins them.

Each article here is invented for the test; the whole pipeline (`extract`) reads it."""
import pytest

from cases import members


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


MINE = (
    "Residents of Carrow Vale have accused Tallis Minerals of poisoning the village stream with runoff "
    "from its clay pit.\n\n"
    "\"The water ran orange for a week and the fish are gone,\" said Petra Lind, who chairs the Carrow Vale "
    "Residents Group. \"Tallis Minerals has ignored every complaint we made.\"\n\n"
    "Tallis Minerals denied the claims. \"Our settling ponds meet every standard,\" said Owen Greer, "
    "the company's site manager, who accused the residents of spreading scare stories.\n\n"
    "The Rivers Inspectorate, which licenses discharges in the county, said it had opened an investigation "
    "after the first reports.\n\n"
    "\"We are looking at whether the pit has kept to the terms of its licence,\" said Maya Okonjo, the "
    "inspectorate's area manager. \"If we find a breach, we will act on it.\"\n"
)


def test_the_authority_that_decides_and_its_officer_are_on_neither_side():
    got = members(MINE)
    assert got["Petra Lind"] != got["Owen Greer"]
    assert "Maya Okonjo" not in got and "Rivers Inspectorate" not in got


def test_a_party_that_weighs_an_offer_is_still_a_party():
    text = (
        "Bus drivers at Redline Coaches have rejected a pay offer of three per cent.\n\n"
        "\"Three per cent is an insult,\" said Tariq Malik, the drivers' union representative. "
        "\"Redline is making record profits.\"\n\n"
        "Redline Coaches will consider a new offer next week, said Laura Brand, chief executive of Redline "
        "Coaches, who accused the union of scaring passengers.\n"
    )
    got = members(text)
    assert "Laura Brand" in got and got["Laura Brand"] != got["Tariq Malik"]


@pytest.mark.parametrize("said", [
    "said its site manager, Owen Greer, who accused",  # "its", after a quotation: the body of the sentence before
    "said Owen Greer, Tallis Minerals' site manager, who accused",  # the body's own title, in a possessive
    "said Owen Greer, site manager at Tallis Minerals, who accused",  # a staff title at a body
])
def test_a_body_and_the_manager_who_speaks_for_it_are_on_one_side(said):
    text = MINE.replace("said Owen Greer, the company's site manager, who accused", said)
    assert said in text
    got = members(text)
    assert got["Owen Greer"] == got["Tallis Minerals"] != got["Petra Lind"]


def test_a_title_in_a_part_of_a_body_names_no_body():
    from briefing.extract.affiliation import _organisation

    assert _organisation("convener of Strathmoor Council’s planning committee") is None
    assert _organisation("site manager at Tallis Minerals") == "Tallis Minerals"


def test_a_one_word_company_based_in_a_city_and_state_speaks_and_its_manager_with_it():
    text = (
        "Cedar Falls officials voted on Monday to cancel the bike-share contract of Pedalo after months "
        "of complaints about broken bikes.\n\n"
        "\"We gave them every chance,\" said Mayor Helen Gorski. \"The bikes are a danger on our streets.\"\n\n"
        "Pedalo, based in Boise, Idaho, said it would fight the decision. Its regional manager, Theo Marsh, "
        "accused the city of inventing the complaints.\n\n"
        "\"Our bikes are inspected every week,\" Marsh said.\n"
    )
    got = members(text)
    assert got["Theo Marsh"] == got["Pedalo"] != got["Helen Gorski"]


def test_one_who_says_someone_else_had_seconds_to_decide_still_takes_a_side():
    text = (
        "The family of a man shot by a Redmond police officer demanded the officer's arrest on Friday.\n\n"
        "\"He was unarmed and he was running away,\" said his sister, Carla Dunn. \"The police lied to us.\"\n\n"
        "Sgt. Paul Rourke, president of the Redmond Police Officers' Association, said the officer "
        "had only seconds to decide. \"He followed his training,\" Rourke said.\n"
    )
    assert "Paul Rourke" in members(text)


HOSPITAL = (
    "Junior doctors at Kestrel General walked out on Monday over unpaid overtime.\n\n"
    "\"We have been patient for a year,\" said Dr Nadia Osei, who chairs the doctors' committee. "
    "\"The hospital owes us for every night shift.\"\n\n"
    "Kestrel General Hospital rejected the claims. \"The money has been paid,\" said its chief executive, "
    "Martin Hale, who accused the committee of misleading patients.\n\n"
    "A health policy analyst, Dr. Grace Mensah, said the dispute followed a pattern. \"Every year the "
    "budget is short and every year a strike comes,\" Mensah said.\n"
)


def test_an_expert_described_without_a_place_is_on_neither_side():
    got = members(HOSPITAL)
    assert got["Nadia Osei"] != got["Martin Hale"]
    assert "Grace Mensah" not in got


def test_a_rank_before_a_name_is_no_outside_experts_description():
    text = HOSPITAL.replace("said its chief executive, Martin Hale, who",
                            "said Vice-chancellor Professor Martin Hale, who")
    assert "Martin Hale" in members(text)


def test_a_scientist_a_body_names_in_the_title_is_that_bodys():
    text = HOSPITAL.replace("A health policy analyst, Dr. Grace Mensah, said",
                            "Kestrel General chief scientist Grace Mensah said")
    assert "Kestrel General chief scientist Grace Mensah said" in text
    assert "Grace Mensah" in members(text)


def test_two_candidates_each_heard_with_their_own_staff_are_two_sides():
    text = (
        "Councillor Mark Reddy has asked for a recount after losing the Eastfield by-election by nine votes.\n\n"
        "\"Nine votes is one street,\" Reddy said. \"People deserve to know the count was right.\"\n\n"
        "Reddy's campaign manager, Joan Tully, said dozens of supporters had been turned away at the polls.\n\n"
        "The winner, Sara Lowe, said she was confident the result would stand. \"Every vote was counted "
        "twice,\" Lowe said.\n\n"
        "Her lawyer, Peter Voss, said a recount was not a way to reopen an election. \"The count is final,\" "
        "Voss said.\n"
    )
    got = members(text)
    assert got["Mark Reddy"] == got["Joan Tully"]
    assert got["Sara Lowe"] == got["Peter Voss"]
    assert got["Mark Reddy"] != got["Sara Lowe"]


def test_a_bare_rank_before_a_name_is_no_outside_experts_description():
    text = HOSPITAL.replace("A health policy analyst, Dr. Grace Mensah, said", "Professor Grace Mensah said")
    assert "Professor Grace Mensah said" in text
    assert "Grace Mensah" in members(text)


def test_a_pollster_a_place_outside_the_dispute_names_is_an_outside_expert():
    text = HOSPITAL.replace("A health policy analyst, Dr. Grace Mensah, said",
                            "Tarnside University pollster Grace Mensah said")
    assert "Tarnside University pollster Grace Mensah said" in text
    assert "Grace Mensah" not in members(text)


def test_an_official_who_says_judging_is_no_part_of_her_office_is_on_neither_side():
    text = FERRY.replace(
        "At the pier in Oban, commuter Isla Baird said she had some sympathy for both sides. "
        "\"I just hope they work it out before the winter timetable,\" she said.",
        "Harbour master Isla Baird said the ferries would keep to the timetable where crews allowed. "
        "\"It isn’t my role to take a view on the pay claim,\" Baird said.")
    assert "Harbour master Isla Baird" in text
    got = members(text)
    assert "Moira Dunlop" in got and "Isla Baird" not in got


def test_a_news_outlet_the_article_cites_is_no_party():
    text = FERRY.replace("Northsound Ferries said the union's demands",
                         "According to the Oban Herald, Northsound Ferries said the union's demands")
    assert "According to the Oban Herald" in text
    got = members(text)
    assert "Moira Dunlop" in got and "Oban Herald" not in got


def test_a_newspaper_sued_for_libel_is_a_party():
    text = (
        "Councillor Rhona Pike is suing the Millbank Gazette over an article that called her corrupt.\n\n"
        "\"Every word of it is false,\" Pike said. \"The Millbank Gazette printed lies about me.\"\n\n"
        "The Millbank Gazette said it stood by its reporting and accused Pike of trying to silence the press.\n"
    )
    got = members(text)
    assert got.get("Millbank Gazette") not in (None, got["Rhona Pike"])


def test_the_judge_who_rejects_one_partys_argument_is_on_neither_side():
    text = (
        "A painter's lawsuit against Harbour Print Company over unpaid royalties will go to trial, a judge "
        "ruled on Monday.\n\n"
        "\"They sold my work for ten years and paid me nothing,\" said the painter, Edith Morrow. Her lawyer, "
        "Sam Okoye, said the ruling showed the company's case was weak.\n\n"
        "Harbour Print Company said it would defend the case. \"The contract is clear,\" said Neil Ash, "
        "the company's chief executive.\n\n"
        "U.S. District Judge Clara Venn wrote that the contract was ambiguous. She rejected Harbour Print Company's "
        "argument that the case could be settled without a trial.\n"
    )
    got = members(text)
    assert got["Edith Morrow"] != got["Neil Ash"]
    assert "Clara Venn" not in got


# Guards with no word of attack ("accused", "rejected"): each party below takes its stand in plain
# words, and must not be taken for an authority, a bystander, an expert, an outlet or a judge.

def test_a_company_that_will_review_a_ruling_against_it_is_a_party():
    text = (
        "Couriers who deliver for Zipcart are workers, not self-employed, an employment tribunal ruled on Tuesday.\n\n"
        "\"This is a great day for every courier in the country,\" said Dan Oakes, general secretary of the "
        "Independent Couriers Union. \"Zipcart must now pay holiday pay.\"\n\n"
        "Zipcart said it would review the judgment carefully. \"We believe our couriers value the freedom of "
        "working for themselves, and we expect to appeal,\" a Zipcart spokeswoman, Anna Reid, said.\n"
    )
    got = members(text)
    assert "Zipcart" in got and "Anna Reid" in got


def test_a_union_that_will_decide_whether_to_ballot_is_a_party():
    text = (
        "Teachers in Fife may strike over pay after talks ended without a deal.\n\n"
        "The Scottish Teachers Federation will decide this month whether to ballot its members in Fife for "
        "strike action over pay, its regional secretary Morag Kerr said. \"Our members have waited two years "
        "for a fair settlement,\" Kerr said.\n\n"
        "The Scottish Government said its offer was the best in the country. \"We have put a generous offer "
        "on the table,\" said education minister Colin Bryce.\n"
    )
    got = members(text)
    assert "Morag Kerr" in got and "Colin Bryce" in got


def test_a_campaigner_who_says_what_the_council_will_do_is_a_party():
    text = (
        "Plans for a waste incinerator beside Dunmore school have drawn hundreds of objections.\n\n"
        "Lena Marsh, who leads Dunmore Clean Air, said the council will review the plans next month and must "
        "turn them down. \"Our children would breathe this smoke every day,\" Marsh said.\n\n"
        "Heatwise Energy, which wants to build the plant, said its filters would remove almost all the smoke. "
        "\"This plant will be one of the cleanest in Europe,\" said Heatwise project director Tom Vale.\n"
    )
    got = members(text)
    assert "Lena Marsh" in got and got["Lena Marsh"] != got["Tom Vale"]


def test_two_parties_that_each_will_decide_or_review_are_both_parties():
    text = (
        "Bus drivers in Calder may strike after turning down a pay offer.\n\n"
        "The Unite union will decide next week whether to ballot drivers at Northway Buses, its regional "
        "officer Karen Hollis said. \"Drivers cannot live on this offer,\" Hollis said.\n\n"
        "Northway Buses said it would review the union's pay claim, but its managing director, Peter Lang, "
        "said the company could not afford it. \"Fares alone cannot pay for this,\" Lang said.\n"
    )
    got = members(text)
    assert "Karen Hollis" in got and "Peter Lang" in got


def test_a_developer_that_will_examine_objections_is_a_party():
    text = (
        "Residents of Elmford have lodged objections to a plan for four hundred homes on the town's water meadows.\n\n"
        "\"These fields flood every winter,\" said Joan Petts, who chairs the Elmford Society. \"Building here is madness.\"\n\n"
        "Greystone Homes said it will examine the council's objections before the hearing. \"Our drainage plans "
        "will leave the town safer than it is now,\" said its planning director, Alan Crewe.\n"
    )
    assert "Greystone Homes" in members(text)


def test_a_bills_author_who_speaks_of_both_sides_of_the_aisle_is_a_party():
    text = (
        "A bill to require two-person crews on freight trains passed the state Senate on Thursday.\n\n"
        "\"People on both sides of the aisle know this bill will save lives,\" said Senator Rosa Martinez, a "
        "Democrat from Tucson who wrote the bill. \"The railroads have fought every safety rule for decades.\"\n\n"
        "The Western Rail Association said the bill would add costs without making trains safer. \"Modern trains "
        "do not need a second person in the cab,\" said the association's president, Glenn Harper.\n"
    )
    got = members(text)
    assert "Rosa Martinez" in got and got["Rosa Martinez"] != got["Glenn Harper"]


def test_an_organiser_with_sympathy_for_both_sides_of_another_row_but_a_stand_on_pay_is_a_party():
    text = (
        "Drivers at the Kingsway depot of Metroline Parcels have voted to strike over pay.\n\n"
        "GMB organiser Dave Prentice said the union had sympathy for both sides of the row over the new depot "
        "but said pay was the issue. \"Our members have had no rise in three years,\" Prentice said.\n\n"
        "Metroline Parcels said its offer of four per cent was generous. \"We have made a fair offer,\" said its "
        "operations director, Claire Wood.\n"
    )
    assert "Dave Prentice" in members(text)


def test_a_union_rep_whose_vote_has_support_from_both_camps_is_a_party():
    text = (
        "Teachers at Hollins Academy have voted to strike over a new timetable.\n\n"
        "Union rep Sarah Hale said the vote had support from both camps in the staff room. \"Teachers are "
        "exhausted,\" Hale said.\n\n"
        "The academy's head teacher, Mark Deane, said the timetable would stay. \"The new timetable gives pupils "
        "more teaching time,\" Deane said.\n"
    )
    got = members(text)
    assert "Sarah Hale" in got and got["Sarah Hale"] != got["Mark Deane"]


def test_a_doctor_who_brings_the_claim_is_a_party():
    text = (
        "A heart doctor is taking Riverside Hospital Trust to an employment tribunal, claiming she was forced "
        "out after raising safety concerns.\n\n"
        "Dr Priya Nair, a consultant cardiologist, said she had been punished for speaking out. \"I raised "
        "concerns about patient safety and lost my job,\" she said.\n\n"
        "Riverside Hospital Trust said it had followed proper procedures. \"Dr Nair's contract ended for reasons "
        "unconnected with her concerns,\" said the trust's medical director, James Holt.\n"
    )
    got = members(text)
    assert "Priya Nair" in got and got["Priya Nair"] != got["James Holt"]


def test_an_economist_for_the_union_is_the_unions():
    text = (
        "Staff at Pennine Water will strike next month over pay.\n\n"
        "Dr Ruth Okonjo, an economist for the union, said members had lost a fifth of their pay in real terms. "
        "\"Water workers are falling behind,\" she said.\n\n"
        "Pennine Water said its offer was fair. \"We have offered five per cent,\" said the company's chief "
        "executive, Neil Barton.\n"
    )
    assert "Ruth Okonjo" in members(text)


def test_a_postal_company_that_speaks_for_itself_is_a_party():
    text = (
        "Canada Post said on Monday that it had made a fair offer to its 55,000 striking workers and urged the "
        "union to return to the table.\n\n"
        "\"Our offer protects pensions and raises wages,\" said Canada Post spokeswoman Lisa Liu.\n\n"
        "The Canadian Union of Postal Workers said the offer fell far short. \"Members will stay out until we "
        "have a real deal,\" said union president Jan Simpson.\n"
    )
    assert "Canada Post" in members(text)


def test_a_newspaper_in_a_pay_dispute_with_its_reporters_is_a_party():
    text = (
        "Reporters at the Lakeside Herald walked out on Monday in a dispute over pay.\n\n"
        "\"Our pay has not risen in five years,\" said Tom Grady, chair of the Lakeside NewsGuild. \"We are "
        "asking for what is fair.\"\n\n"
        "The Lakeside Herald said its offer was fair. \"We have offered the largest raise in a decade,\" said "
        "the paper's publisher, Ann Kowal.\n"
    )
    assert "Lakeside Herald" in members(text)


def test_a_judge_who_answers_charges_is_a_party():
    text = (
        "A state commission has charged a county judge with misconduct for remarks she made from the bench.\n\n"
        "Circuit Judge Mary Ellis said the charges against her were politically motivated. \"I have served "
        "this county honestly for twenty years,\" Ellis said.\n\n"
        "The commission's lawyer, Ben Tyler, said the remarks broke the code of conduct. \"Judges must be seen "
        "to be fair,\" Tyler said.\n"
    )
    assert "Mary Ellis" in members(text)


# What the narrowed rules still keep out.

def test_a_group_that_writes_to_both_sides_and_takes_none_is_on_neither():
    text = FERRY.replace(
        "At the pier in Oban, commuter Isla Baird said she had some sympathy for both sides. "
        "\"I just hope they work it out before the winter timetable,\" she said.",
        "Isla Baird, who chairs the Island Travellers Forum, said the forum had written to both sides "
        "urging them to go to arbitration. \"We are not taking sides,\" Baird said.")
    assert "Island Travellers Forum" in text
    got = members(text)
    assert "Moira Dunlop" in got and "Isla Baird" not in got


def test_an_official_whose_words_name_the_agency_that_will_review_is_on_neither_side():
    text = MINE.replace(
        "\"We are looking at whether the pit has kept to the terms of its licence,\" said Maya Okonjo, the "
        "inspectorate's area manager. \"If we find a breach, we will act on it.\"",
        "Department spokeswoman Maya Okonjo said the agency had received the residents' samples and would "
        "review them. \"If we find a breach, we will act on it,\" Okonjo said.")
    assert "the agency had received" in text
    assert "Maya Okonjo" not in members(text)


def test_an_outlet_cited_by_the_last_word_of_its_name_is_no_party():
    text = FERRY.replace("Northsound Ferries said the union's demands",
                         "The Oban Herald reported the dispute first. The Herald said Northsound Ferries "
                         "had told it the union's demands")
    got = members(text)
    assert "Moira Dunlop" in got and "Oban Herald" not in got and "Herald" not in got


@pytest.mark.parametrize("role", [
    "former manager of Calder Rovers",
    "who was manager of Calder Rovers until March",
    "a former housing officer at Calder Rovers",
    "ex-manager of Calder Rovers",
])
def test_a_former_manager_is_not_the_old_employers(role):
    from briefing.extract.affiliation import _organisation

    assert _organisation(role) is None


def test_a_name_in_s_is_still_a_body():
    from briefing.extract.affiliation import _organisation

    assert _organisation("chief executive of Sainsbury's") == "Sainsbury's"
    assert _organisation("a spokesman for McDonald’s") == "McDonald’s"


@pytest.mark.parametrize("who", [
    "Gary Pike, the former manager of Calder Rovers,",
    "Gary Pike, who was manager of Calder Rovers until March,",
    "Gary Pike, a former housing officer at Calder Rovers,",
])
def test_a_former_manager_who_sues_the_club_does_not_speak_for_it(who):
    text = (
        f"{who} is suing the club for unfair dismissal.\n\n"
        "\"I was sacked for telling the truth about the club's finances,\" Pike said.\n\n"
        "Calder Rovers said Pike was dismissed for gross misconduct. \"We followed every step of the "
        "process,\" said the club's chairman, Alan Hirst.\n"
    )
    labels = members(text)
    assert labels["Gary Pike"] != "Calder Rovers"


def test_a_chief_executive_of_a_body_named_in_s_speaks_for_it():
    text = (
        "Shop workers at Sainsbury's have won the right to take an equal pay claim to a tribunal.\n\n"
        "\"Our members on the tills do work of equal value to the men in the warehouses,\" said Jane Rowe, "
        "a lawyer for the claimants.\n\n"
        "Simon Roberts, chief executive of Sainsbury's, said the company paid fairly. \"Our pay rates are set "
        "by the job, not by who does it,\" Roberts said.\n"
    )
    assert members(text)["Simon Roberts"] == "Sainsbury's"


def test_a_person_with_an_age_and_an_apposition_is_no_company():
    text = (
        "The owners of the Plough Inn in Little Ashby have put it up for sale to be turned into houses.\n\n"
        "Hargreaves, 71, a regular at the pub for fifty years, said its closure would rip the heart out of the "
        "village.\n\n"
        "The owner, Stonegate Pubs, said the pub had lost money for years. \"We cannot keep open a pub that "
        "loses money,\" said its property director, Ian Shaw.\n"
    )
    got = members(text)
    assert got.get("Hargreaves") != got["Ian Shaw"]


def test_a_broadcaster_cited_and_speaking_through_its_spokesperson_is_a_party():
    text = (
        "The BBC has taken presenter Gary Lindon off air after his posts about the government's asylum "
        "policy, according to the BBC.\n\n"
        "\"Gary will step back from presenting until we have agreed a clear position on his use of social "
        "media,\" a BBC spokesperson said.\n\n"
        "Lindon said he would not apologise. \"I said what I believe about how refugees are treated,\" he said.\n"
    )
    assert "BBC" in members(text)


def test_a_campaigner_who_says_what_the_inspectorate_will_do_is_a_party():
    text = (
        "Plans for a waste incinerator beside Dunmore school have drawn hundreds of objections.\n\n"
        "Lena Marsh, who leads Dunmore Clean Air, said the inspectorate will review the permit next month and "
        "must turn it down. \"Our children would breathe this smoke every day,\" Marsh said.\n\n"
        "Heatwise Energy, which wants to build the plant, said its filters would remove almost all the smoke. "
        "\"This plant will be one of the cleanest in Europe,\" said Heatwise project director Tom Vale.\n"
    )
    got = members(text)
    assert "Lena Marsh" in got and got["Lena Marsh"] != got["Tom Vale"]
