//! The judge's mechanisms, one case each, on small sources written for these tests (not taken
//! from any benchmark): what supports, what contradicts and why, and what stays unknown.

use claimcheck::Verdict;
use claimcheck::judge::{Judge, Judgement, Reason};
use claimcheck::load::Source;
use claimcheck::load::sources::parse_layout;
use claimcheck::retrieve::{Corpus, Scope};
use claimcheck::text::Lexicon;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::builtin)
}

/// Judges `claim` against sources given as (name, text).
fn judge(sources: &[(&str, &str)], claim: &str) -> Judgement {
    let sources = sources
        .iter()
        .map(|(name, text)| {
            let (meta, lines) = parse_layout(text);
            Source {
                display_path: format!("sources/{name}"),
                rel_path: (*name).to_string(),
                meta,
                lines,
            }
        })
        .collect();
    let corpus = Corpus::build(sources, lexicon());
    Judge::new(&corpus, lexicon()).judge(claim, &Scope::All)
}

fn verdict(sources: &[(&str, &str)], claim: &str) -> (Verdict, Vec<Reason>) {
    let j = judge(sources, claim);
    (j.verdict, j.reasons)
}

const HARBOUR: &str = " date 2024-06-14 77
Port authority confirms new harbour deal
The port authority of Rotterdam signed a contract with three shipping firms on Wednesday, officials said.
The deal is worth more than $40 million and runs until 2030.
The mayor, Ahmed Aboutaleb, did not attend the signing ceremony in Rotterdam.
Dock workers were divided over the plan, and the union rejected the proposal last month.
A spokesman called the terms “fair and balanced”.";

#[test]
fn supported_when_every_part_is_stated_in_other_words() {
    let s = [("harbour.txt", HARBOUR)];
    assert_eq!(
        verdict(
            &s,
            "The port authority signed a contract with three shipping firms."
        ),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // A number word for the digits, a synonym for the verb.
    assert_eq!(
        verdict(
            &s,
            "Officials stated that the port authority signed a deal with 3 shipping firms."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn comparisons_are_read_as_intervals() {
    let s = [("harbour.txt", HARBOUR)];
    assert_eq!(
        verdict(&s, "The deal is worth more than $35 million.").0,
        Verdict::Supported
    );
    let (v, r) = verdict(&s, "The deal is worth less than $30 million.");
    assert_eq!(
        (v, r),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
}

#[test]
fn relative_dates_resolve_against_the_source_date() {
    let s = [("harbour.txt", HARBOUR)];
    // Published Friday 2024-06-14: "on Wednesday" is June 12, "last month" is May 2024.
    assert_eq!(
        verdict(&s, "The union rejected the proposal in May 2024.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The port authority signed a contract with three shipping firms on June 12, 2024."
        )
        .0,
        Verdict::Supported
    );
    let (v, r) = verdict(&s, "The union rejected the proposal in April 2024.");
    assert_eq!(
        (v, r),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
}

#[test]
fn a_denial_in_scope_contradicts() {
    let s = [("harbour.txt", HARBOUR)];
    let j = judge(&s, "Ahmed Aboutaleb attended the signing ceremony.");
    assert_eq!(
        (j.verdict, j.reasons.clone()),
        (Verdict::Contradicted, vec![Reason::Negation])
    );
    assert!(j.explanation.contains("not attend"), "{}", j.explanation);
    // The denial said in the claim's own words is support.
    assert_eq!(
        verdict(&s, "The mayor did not attend the signing ceremony.").0,
        Verdict::Supported
    );
}

#[test]
fn a_claim_that_denies_what_the_source_states_says_so() {
    let s = [(
        "visit.txt",
        "The mayor agreed to visit the harbour on Monday.",
    )];
    let j = judge(&s, "The mayor declined to visit the harbour.");
    assert_eq!(j.verdict, Verdict::Contradicted, "{}", j.explanation);
    assert!(
        j.explanation.starts_with("the claim denies"),
        "{}",
        j.explanation
    );
}

#[test]
fn antonyms_said_of_the_same_thing_contradict() {
    let s = [("harbour.txt", HARBOUR)];
    assert_eq!(
        verdict(&s, "Dock workers were united over the plan."),
        (Verdict::Contradicted, vec![Reason::Antonym])
    );
    // "not divided" states "united".
    assert_eq!(
        verdict(&s, "Dock workers were not united over the plan.").0,
        Verdict::Supported
    );
}

#[test]
fn another_name_in_the_same_slot_contradicts_but_a_new_name_is_unknown() {
    let s = [("harbour.txt", HARBOUR)];
    assert_eq!(
        verdict(
            &s,
            "The mayor did not attend the signing ceremony in Amsterdam."
        ),
        (Verdict::Contradicted, vec![Reason::EntityMismatch])
    );
    let j = judge(&s, "Mark Rutte did not attend the signing ceremony.");
    assert_eq!(j.verdict, Verdict::Unknown);
    assert!(
        j.unmatched.contains(&"Rutte".to_string()),
        "{:?}",
        j.unmatched
    );
}

#[test]
fn quotations_must_be_word_for_word() {
    let s = [("harbour.txt", HARBOUR)];
    assert_eq!(
        verdict(&s, "A spokesman called the terms \"fair and balanced\".").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "A spokesman called the terms \"fair and generous\"."),
        (Verdict::Contradicted, vec![Reason::Misquote])
    );
}

#[test]
fn what_no_source_mentions_is_unknown() {
    let s = [("harbour.txt", HARBOUR)];
    let j = judge(&s, "Volcanic ash grounded flights over Iceland.");
    assert_eq!(
        (j.verdict, j.reasons.clone()),
        (Verdict::Unknown, vec![Reason::NoEvidence])
    );
    assert!(
        j.explanation.starts_with("no source mentions:"),
        "{}",
        j.explanation
    );
    let j = judge(
        &s,
        "The deal is worth more than $40 million and was praised by Greenpeace.",
    );
    assert_eq!(j.verdict, Verdict::Unknown);
    assert!(j.unmatched.contains(&"Greenpeace".to_string()));
}

#[test]
fn a_possibility_does_not_state_a_fact() {
    let s = [(
        "fleet.txt",
        "The navy may send two frigates to the strait next year.",
    )];
    let j = judge(&s, "The navy will send two frigates to the strait.");
    assert_eq!(j.verdict, Verdict::Unknown, "{}", j.explanation);
    assert!(j.explanation.contains("may"), "{}", j.explanation);
    assert_eq!(
        verdict(&s, "The navy may send two frigates to the strait.").0,
        Verdict::Supported
    );
}

#[test]
fn a_denied_claim_holds_when_the_source_contradicts_what_it_denies() {
    let s = [(
        "league.txt",
        "Smith became the second woman to lead the league in 2019.",
    )];
    assert_eq!(
        verdict(&s, "Smith was not the first woman to lead the league.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Smith was not the second woman to lead the league.").0,
        Verdict::Contradicted
    );
}

#[test]
fn support_and_contradiction_in_two_sources_is_contradicted_with_both_shown() {
    let s = [
        (
            "a.txt",
            "The bridge opened in 2019 after four years of work.",
        ),
        ("b.txt", "The bridge opened in 2021, two years late."),
    ];
    let j = judge(&s, "The bridge opened in 2019.");
    assert_eq!(j.verdict, Verdict::Contradicted);
    assert_eq!(j.evidence.len(), 2, "{:#?}", j.evidence);
}

const PROFILE: &str =
    "Marta Okonkwo (born 1988) is a Nigerian singer and songwriter who lives in Lagos.
Tidewater is a 2019 documentary film about the Niger Delta.
Okonkwo was raised in York and plays rock music.
Okonkwo's father is a teacher, while her mother is a surgeon.";

#[test]
fn another_kind_of_thing_said_of_the_subject_contradicts_but_another_role_is_unknown() {
    let s = [("profile.txt", PROFILE)];
    let j = judge(&s, "Marta Okonkwo is a horse.");
    assert_eq!(
        (j.verdict, j.reasons.clone()),
        (Verdict::Contradicted, vec![Reason::KindMismatch])
    );
    assert!(j.explanation.contains("singer"), "{}", j.explanation);
    assert_eq!(
        verdict(&s, "Tidewater is a politician.").0,
        Verdict::Contradicted
    );
    // A singer may also be a teacher: the source does not say either way.
    assert_eq!(
        verdict(&s, "Marta Okonkwo is a teacher.").0,
        Verdict::Unknown
    );
    // A documentary film may be a video; no contradiction.
    assert_eq!(verdict(&s, "Tidewater is a video.").0, Verdict::Unknown);
    // A claim that uses both opposites is not opposed by one of them.
    assert_eq!(
        verdict(
            &s,
            "Okonkwo's mother is a surgeon, and her father is a teacher."
        )
        .0,
        Verdict::Supported
    );
    // A phrase of the source mentions its words; a name does not: York is not New York.
    assert_eq!(
        verdict(&s, "Marta Okonkwo plays rock.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Marta Okonkwo was raised in New York.").0,
        Verdict::Supported
    );
    // Denying it is stated by the same exclusion; denying a compatible kind is not.
    assert_eq!(
        verdict(&s, "Marta Okonkwo is not a horse."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    assert_eq!(
        verdict(&s, "Marta Okonkwo is not a teacher.").0,
        Verdict::Unknown
    );
}

const CREDITS: &str =
    "Harbour Lights is a 2021 drama film directed by Ana Ruiz and produced by Pablo Soto.
Quentin Mbaye plays as a winger for Lille OSC.
Ana Ruiz was born in Hollywood, Florida, in 1979.
The label released records for Blue Wren, Tide Pool, Copper Kettle and Sundog.";

#[test]
fn by_and_for_hold_one_name_only_after_the_same_verb() {
    let s = [("credits.txt", CREDITS)];
    // Another name after the same verb and preposition.
    let j = judge(&s, "Harbour Lights was directed by Tomas Lind.");
    assert_eq!(
        (j.verdict, j.reasons.clone()),
        (Verdict::Contradicted, vec![Reason::EntityMismatch])
    );
    assert_eq!(
        verdict(&s, "Quentin Mbaye plays for Stade Rennais.").0,
        Verdict::Contradicted
    );
    // A common noun may introduce the name in the slot.
    assert_eq!(
        verdict(&s, "Quentin Mbaye plays for club Stade Rennais.").0,
        Verdict::Contradicted
    );
    // After another verb, `by` says nothing of this one: a film has several producers and
    // writers.
    assert_eq!(
        verdict(&s, "Harbour Lights was written by Tomas Lind.").0,
        Verdict::Unknown
    );
    // The state after the city is in the slot too: another state contradicts.
    assert_eq!(
        verdict(&s, "Ana Ruiz was born in California.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Ana Ruiz was born in Florida.").0,
        Verdict::Supported
    );
    // A name inside the list that fills the slot fills it.
    assert_eq!(
        verdict(&s, "The label released records for Copper Kettle.").0,
        Verdict::Supported
    );
}

const PEOPLE: &str = "Timothy Simon Rourke (born 1961) is an English actor and director.
Saltmarsh is a 2004 Canadian sports drama film directed by Ana Ruiz.";

#[test]
fn another_nationality_before_the_same_noun_contradicts() {
    let s = [("people.txt", PEOPLE)];
    let j = judge(&s, "Saltmarsh is an Australian sports film.");
    assert_eq!(
        (j.verdict, j.reasons.clone()),
        (Verdict::Contradicted, vec![Reason::EntityMismatch])
    );
    // English is part of British: no rival.
    assert_ne!(
        verdict(&s, "Timothy Rourke is a British actor.").0,
        Verdict::Contradicted
    );
    // A compound nationality adds one; it names no other.
    assert_ne!(
        verdict(&s, "Saltmarsh is a Canadian-French sports film.").0,
        Verdict::Contradicted
    );
    // A name at the start of a sentence is a subject, not an attribute.
    assert_ne!(
        verdict(&s, "Australian film critics praised Saltmarsh.").0,
        Verdict::Contradicted
    );
    // A nationality said of the subject alone, and one before a noun WordNet gives no kind.
    let player = [(
        "player.txt",
        "Dario Venn (born 1990) is a Mexican former professional soccer player.",
    )];
    assert_eq!(
        verdict(&player, "Dario Venn is American.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&player, "Dario Venn is an American soccer player.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&player, "Dario Venn is Mexican.").0,
        Verdict::Supported
    );
    // English is part of British, said alone too; a person's name is no nationality.
    assert_ne!(
        verdict(&s, "Timothy Rourke is British.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(&player, "Dario Venn's middle name is Joy.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_short_given_name_names_the_full_one() {
    let s = [("people.txt", PEOPLE)];
    assert_eq!(
        verdict(&s, "Tim Rourke is an English actor.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Tom Rourke is an English actor.").0,
        Verdict::Supported
    );
}

const OUTBREAK: &str =
    "By Friday the region had 800 confirmed cases, and 26 deaths have been reported.
In the capital, 965 people have died and 340 people have recovered since March.
Doctors said the mayor made a full recovery.";

#[test]
fn what_happened_to_the_counted_tells_counts_apart() {
    let s = [("outbreak.txt", OUTBREAK)];
    // `people have died` counts deaths; `people have recovered` does not.
    assert_eq!(
        verdict(&s, "The capital has had fewer than 1,000 deaths.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "The capital has had more than 1,000 deaths.").0,
        Verdict::Contradicted
    );
    // The counted thing outweighs what happened to it: 800 cases, not 26 reported deaths.
    assert_ne!(
        verdict(&s, "Fewer than 780 cases have been reported in the region.").0,
        Verdict::Supported
    );
}

#[test]
fn a_word_and_its_derived_noun_state_the_same() {
    let s = [("outbreak.txt", OUTBREAK)];
    // Stated, not a near match: `recover` / `recovery` is a WordNet derivation, kept although
    // `recover` ends like an agent noun.
    assert_eq!(
        verdict(&s, "Doctors said the mayor recovered."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
}

#[test]
fn a_hyphenated_word_is_stated_by_its_parts_in_a_row() {
    let s = [(
        "club.txt",
        "Okafor is the joint fifth highest scorer in the league, for a privately owned club.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Okafor is the fifth-highest scorer for a privately-owned club."
        ),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // The parts apart are not the compound.
    assert_ne!(
        verdict(&s, "Okafor is the joint highest-fifth scorer.").0,
        Verdict::Supported
    );
}

#[test]
fn a_subject_that_points_at_the_topic_takes_the_headlines_names() {
    let s = [(
        "film.txt",
        "---\ntitle: Harbour Lights\n---\nIt was declared a box office hit.\nThe film grossed $40 million in Spain.\nThe vast majority of critics praised its score.\nAnother film was declared a flop.",
    )];
    assert_eq!(
        verdict(&s, "Harbour Lights was declared a box office hit."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    assert_eq!(
        verdict(&s, "Harbour Lights grossed $40 million in Spain."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // `The vast majority of critics` is the subject, not the film.
    assert_ne!(
        verdict(&s, "Harbour Lights praised its score.").0,
        Verdict::Supported
    );
    // Another subject keeps the headline out.
    assert_ne!(
        verdict(&s, "Harbour Lights was declared a flop.").0,
        Verdict::Supported
    );
}

#[test]
fn a_count_of_people_is_stated_by_the_count_alone() {
    let s = [(
        "outbreak.txt",
        "As of 21 April, there have been 1,657 confirmed cases and 261 recoveries in Uzbekistan.",
    )];
    assert_eq!(
        verdict(&s, "In Uzbekistan, fewer than 300 people had recovered.").0,
        Verdict::Supported
    );
    // Only once the count agrees.
    assert_ne!(
        verdict(&s, "In Uzbekistan, 300 people had recovered.").0,
        Verdict::Supported
    );
}

#[test]
fn a_verb_that_only_obtains_a_figure_adds_nothing_to_it() {
    let s = [(
        "toll.txt",
        "Officials said the region had 300 deaths by Friday, and the film holds a rating of 83%.",
    )];
    assert_eq!(
        verdict(&s, "The region recorded 300 deaths by Friday."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // Without a figure after it, the verb is a claim of its own.
    assert_ne!(
        verdict(&s, "The region recorded deaths by Friday.").1,
        vec![Reason::FullMatch]
    );
}

#[test]
fn an_unknown_says_why_when_every_word_is_found() {
    let s = [(
        "film.txt",
        "---\ntitle: Harbour Lights\n---\nCritics said it was a hit.",
    )];
    let j = judge(&s, "Harbour Lights was a hit.");
    assert_eq!(j.verdict, Verdict::Unknown);
    assert!(
        j.explanation.contains("only together with its headline"),
        "{}",
        j.explanation
    );
}

#[test]
fn how_a_work_was_received_is_one_of_exclusive_words() {
    let s = [
        (
            "a.txt",
            "Harbour Lights was met with favorable reviews from critics.",
        ),
        ("b.txt", "Salt Road received mixed to positive reviews."),
        ("c.txt", "The Iron Bell received mixed reviews."),
    ];
    assert_eq!(
        verdict(&s, "Harbour Lights got positive reviews."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    assert_eq!(
        verdict(&s, "Iron Bell received negative reviews.").0,
        Verdict::Contradicted
    );
    // `the film` only introduces the title, even one with its own article.
    assert_eq!(
        verdict(&s, "The film The Iron Bell received mixed reviews."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // A range states neither end alone, and contradicts neither.
    let (v, _) = verdict(&s, "Salt Road received mixed reviews.");
    assert_eq!(v, Verdict::Unknown);
    let j = judge(&s, "Salt Road received positive reviews.");
    assert_eq!(j.verdict, Verdict::Unknown, "{}", j.explanation);
}

#[test]
fn plays_for_is_stated_by_a_role_for_and_holds_one_team_at_a_time() {
    let s = [(
        "player.txt",
        "Jalen Okoro (born 1994) is an American football wide receiver for the Seattle Seahawks.
Mara Quist has also played for the Denver Broncos and the Miami Dolphins.",
    )];
    assert_eq!(
        verdict(&s, "Jalen Okoro plays for the Seattle Seahawks."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    assert_eq!(
        verdict(&s, "Jalen Okoro plays for the Denver Broncos."),
        (Verdict::Contradicted, vec![Reason::EntityMismatch])
    );
    // A career has many teams: the past holds no rival.
    assert_ne!(
        verdict(&s, "Mara Quist played for the Chicago Bears.").0,
        Verdict::Contradicted
    );
    // The role may stand in the claim too, and either of two roles will do.
    let two = [(
        "two.txt",
        "Dario Venn is an American football tight end/fullback for the Tampa Bay Buccaneers.",
    )];
    assert_eq!(
        verdict(
            &two,
            "Dario Venn plays as fullback for the Tampa Bay Buccaneers."
        ),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
}

#[test]
fn a_cast_list_states_who_plays_whom_only_with_both_names_in_full() {
    let s = [(
        "cast.txt",
        "The cast includes Ines Marlow as Captain Rhea Tolland, and Otto Brenn as Vesk.
Later, the crew is betrayed by Kallo (Samir Dade), the ship's pilot.",
    )];
    assert_eq!(
        verdict(&s, "Ines Marlow plays Captain Rhea Tolland."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    assert_eq!(
        verdict(&s, "Kallo is played by Samir Dade."),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // `as Vesk` does not say which Vesk: a fuller name is not stated.
    assert_ne!(
        verdict(&s, "Otto Brenn plays Lena Vesk.").0,
        Verdict::Supported
    );
    // The actor of one part is not said to play another.
    assert_ne!(
        verdict(&s, "Otto Brenn plays Captain Rhea Tolland.").0,
        Verdict::Supported
    );
    // A members list gives what each one plays in brackets.
    let band = [(
        "band.txt",
        "The band is made up of Ada Bello (vocals, keyboards), Otto Brenn (drums) and Ines Marlow (bass).",
    )];
    assert_eq!(
        verdict(&band, "Ada Bello plays the keyboard in the band.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&band, "Otto Brenn plays the keyboard in the band.").0,
        Verdict::Supported
    );
}

#[test]
fn a_name_opposes_no_word() {
    let s = [(
        "rap.txt",
        "Okafor has released joint projects with Future and Drake.",
    )];
    assert_ne!(
        verdict(&s, "Okafor has released joint projects in the past.").0,
        Verdict::Contradicted
    );
}

#[test]
fn rejecting_a_thing_is_a_verb_not_a_denial_of_it() {
    let s = [
        (
            "pitch.txt",
            "He pitched the series to Fox, which passed on the series.",
        ),
        ("harbour.txt", HARBOUR),
    ];
    // The source mentions the series; it does not say Fox took it.
    assert_ne!(
        verdict(&s, "Fox rejected the series.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "The union rejected the proposal.").0,
        Verdict::Supported
    );
    // The verb is a claim word: approving is not rejecting.
    let approved = [("council.txt", "The council approved a budget on Monday.")];
    assert_eq!(
        verdict(&approved, "The council rejected the budget.").0,
        Verdict::Contradicted
    );
}

#[test]
fn each_number_of_a_breakdown_counts_its_own_part() {
    let s = [(
        "region.txt",
        "The region has recorded 4,210 cases, 87 deaths and 1,950 recoveries.",
    )];
    // `87 deaths` is the first part's; it does not contradict the recoveries.
    assert_eq!(
        verdict(
            &s,
            "The region has more than 4,000 cases, of which more than 80 have died and more than 1,900 have recovered."
        ),
        (Verdict::Supported, vec![Reason::FullMatch])
    );
    // The whole (4,210 cases) does not state a part: 87 died, not more than 90.
    assert_eq!(
        verdict(
            &s,
            "The region has more than 4,000 cases, of which more than 90 have died."
        ),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
}

#[test]
fn a_day_is_stated_by_the_sentence_not_left_open_by_the_headline_year() {
    let s = [(
        "lyon.txt",
        "---
title: 2021 flu season in Lyon
---
As of 9 March 2021, Lyon had recorded 1,204 flu cases.
The city counted 41 in Villeurbanne and 12 in Vénissieux, out of 230 new flu cases that week.",
    )];
    // The headline's `2021` leaves the day open; the sentence states it. Its `230 new
    // cases that week`, which leaves the day unstated, does not outweigh it.
    let j = judge(&s, "Lyon had more than 1,000 flu cases by March 9, 2021.");
    assert_eq!(j.verdict, Verdict::Supported, "{}", j.explanation);
    assert_eq!(
        verdict(
            &s,
            "Lyon had more than 1,000 flu cases as of March 9, 2022."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn on_a_tie_the_count_in_the_claims_place_decides() {
    let s = [(
        "region.txt",
        "As of 2 May 2021, in the region there are 168 confirmed flu cases, out of which 114 in Lyon and 52 in Vienne.",
    )];
    // `168 confirmed` and `52 in Vienne` share as much with the claim's `55`; the place
    // tells which one it is.
    assert_eq!(
        verdict(
            &s,
            "In the region, less than 170 flu cases were confirmed by 2 May 2021, with more than 55 in Vienne."
        ),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
}

#[test]
fn a_place_is_not_named_by_its_last_word() {
    let s = [(
        "bio.txt",
        "Okafor, a native of Virginia, began by producing beats in his bedroom.",
    )];
    // A person may be named by a surname alone; `Northern Virginia` is not `Virginia`.
    assert_ne!(
        verdict(&s, "Okafor is from Northern Virginia.").0,
        Verdict::Supported
    );
}

#[test]
fn a_subject_pointing_at_the_topic_may_follow_a_fronted_time_or_name_it_inside_a_phrase() {
    let band = [(
        "band.txt",
        "---
title: Harbour Lights
---
In early 2001, the band signed to the label Polydor.",
    )];
    assert_eq!(
        verdict(&band, "Harbour Lights signed with Polydor.").0,
        Verdict::Supported
    );
    let film = [(
        "film.txt",
        "---
title: Salt Road
---
Reviews of the film were largely negative.",
    )];
    assert_eq!(
        verdict(&film, "Salt Road received largely negative reviews.").0,
        Verdict::Supported
    );
    // A subject of its own (`The vast majority of critics`) is not the topic.
    let critics = [(
        "critics.txt",
        "---
title: Salt Road
---
In 2019, the majority of critics praised the score.",
    )];
    assert_ne!(
        verdict(&critics, "Salt Road praised the score.").0,
        Verdict::Supported
    );
}

#[test]
fn a_day_without_its_year_takes_the_year_the_headline_opens_with() {
    let s = [(
        "season.txt",
        "---
title: 2021 flu season in Lyon
---
On 11 March, 18 new flu cases were reported in Lyon.",
    )];
    assert_eq!(
        verdict(
            &s,
            "On March 11, 2021, 18 new flu cases were reported in Lyon."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "On March 11, 2022, 18 new flu cases were reported in Lyon."
        )
        .0,
        Verdict::Contradicted
    );
    // Without a year anywhere, the year stays unstated.
    let bare = [(
        "bare.txt",
        "On 11 March, 18 new flu cases were reported in Lyon.",
    )];
    assert_eq!(
        verdict(
            &bare,
            "On March 11, 2021, 18 new flu cases were reported in Lyon."
        )
        .0,
        Verdict::Unknown
    );
}

#[test]
fn a_noun_introducing_a_title_and_broadcast_words_need_no_mention_of_their_own() {
    let s = [
        (
            "cast.txt",
            "Ada Bello plays a miner in How the West Was Lost.",
        ),
        (
            "tv.txt",
            "Tidewater is a drama series first broadcast on Channel Four in 2015.",
        ),
    ];
    // `the film` only introduces the title, even one opening with a word like `How`.
    assert_eq!(
        verdict(
            &s,
            "Ada Bello plays a miner in the film How the West Was Lost."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Tidewater airs on Channel Four.").0,
        Verdict::Supported
    );
}

#[test]
fn people_counted_as_something_are_that_something() {
    let s = [(
        "stadium.txt",
        "For concerts the capacity of the Harbour Arena is 44,000, and its record attendance is 51,210.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The Harbour Arena has a capacity of 44,000 people for concerts."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The Harbour Arena has a capacity of 60,000 people for concerts."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn forming_is_the_opposite_of_disbanding() {
    let s = [(
        "band.txt",
        "Copper Kettle is an English folk band from Leeds, disbanded in 2004.",
    )];
    assert_eq!(
        verdict(&s, "Copper Kettle formed in 2004.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Copper Kettle disbanded in 2004.").0,
        Verdict::Supported
    );
}

#[test]
fn a_part_picked_out_by_including_is_not_a_count_of_the_whole() {
    let s = [(
        "county.txt",
        "The county is home to nine listed companies, including three with offices in Leeds.",
    )];
    assert_eq!(
        verdict(&s, "The county is home to fewer than 8 listed companies.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "The county is home to more than 8 listed companies.").0,
        Verdict::Supported
    );
}

#[test]
fn a_running_total_given_before_the_claims_deadline_may_still_grow() {
    let s = [(
        "lyon.txt",
        "As of 8 April 2021, Lyon had recorded 306 flu cases.",
    )];
    let by = |claim: &str| verdict(&s, claim).0;
    assert_eq!(
        by("Lyon had more than 300 flu cases by April 9, 2021."),
        Verdict::Supported
    );
    assert_eq!(
        by("Lyon had fewer than 300 flu cases by April 9, 2021."),
        Verdict::Contradicted
    );
    // 306 on the 8th may be more than 310 by the 9th, and need not stay under 320.
    assert_eq!(
        by("Lyon had more than 310 flu cases by April 9, 2021."),
        Verdict::Unknown
    );
    assert_eq!(
        by("Lyon had fewer than 320 flu cases by April 9, 2021."),
        Verdict::Unknown
    );
    // On the day itself the figure is what it is.
    assert_eq!(
        by("Lyon had more than 310 flu cases by April 8, 2021."),
        Verdict::Contradicted
    );
}

#[test]
fn who_made_a_thing_is_said_by_the_verb_or_its_agent_noun() {
    let s = [(
        "label.txt",
        "Ada Bello is a Nigerian record producer best known as the founder of Copper Kettle Records.",
    )];
    assert_eq!(
        verdict(&s, "Ada Bello founded Copper Kettle Records.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Otto Brenn founded Copper Kettle Records.").0,
        Verdict::Supported
    );
    // A headline's name does not stand for the claim's when the sentence names another.
    let swapped = [(
        "bio.txt",
        "---
title: Ada Bello
---
Otto Brenn is a Nigerian record producer best known as the founder of Copper Kettle Records.",
    )];
    assert_eq!(
        verdict(&swapped, "Ada Bello founded Copper Kettle Records.").0,
        Verdict::Contradicted
    );
}

#[test]
fn another_surname_after_the_same_given_name_is_another_person() {
    let s = [(
        "band.txt",
        "The band currently consists of lead vocalist Adam Okafor, keyboardist Ines Marlow and drummer Otto Brenn.",
    )];
    assert_eq!(
        verdict(&s, "Adam Levine is the lead vocalist of the band.").0,
        Verdict::Contradicted
    );
    // A misspelt surname names no one else, nor does a place opening like a name.
    assert_ne!(
        verdict(&s, "Adam Okafur is the lead vocalist of the band.").0,
        Verdict::Contradicted
    );
    let city = [(
        "city.txt",
        "The governor announced a containment zone in the city of New Brighton.",
    )];
    assert_ne!(
        verdict(&city, "A containment zone was declared in New Rochelle.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_word_both_stated_and_denied_is_read_where_the_claims_other_words_are() {
    let s = [(
        "career.txt",
        "Tomas Brel has played for Hartwell and Dunmore, but did not play for Kestrel Town.\n\
         Mira Sollen has designed for Orvane and Tisk, but declined to design for Lumio.",
    )];
    // The denied occurrence is the one that speaks of Kestrel Town: no pass on the other.
    assert_eq!(
        verdict(&s, "Tomas Brel played for Kestrel Town.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Mira Sollen designed for Lumio.").0,
        Verdict::Contradicted
    );
    // The stated occurrence is the one that speaks of Hartwell.
    assert_eq!(
        verdict(&s, "Tomas Brel played for Hartwell.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Tomas Brel did not play for Hartwell.").0,
        Verdict::Contradicted
    );
    // What the source denies, a claim may deny: the denied slot names no rival either.
    assert_eq!(
        verdict(&s, "Tomas Brel did not play for Kestrel Town.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Mira Sollen declined to design for Lumio.").0,
        Verdict::Supported
    );
}

#[test]
fn a_lifespan_in_brackets_dates_the_birth_and_the_death() {
    let s = [(
        "obituary.txt",
        "Orla Brennick, Baroness of Kilmore, (3 March 1931 – 12 October 2019) was an Irish engineer.",
    )];
    assert_eq!(
        verdict(&s, "Orla Brennick was born on March 3, 1931.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Orla Brennick died in 2019.").0,
        Verdict::Supported
    );
    // Each date is the one its word speaks of, and born and died do not oppose each other.
    assert_eq!(
        verdict(&s, "Orla Brennick was born in 2019.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Orla Brennick died on 3 March 1931.").0,
        Verdict::Contradicted
    );
    // Years in brackets after something that is no name date no one's birth.
    let run = [("run.txt", "the show (2004 – 2010) was filmed in Hawaii.")];
    assert_ne!(
        verdict(&run, "The show was born in 2004.").0,
        Verdict::Supported
    );
}

#[test]
fn a_near_match_does_not_pass_another_head_noun_after_the_same_modifiers() {
    let s = [(
        "work.txt",
        "Harbour Lights is a 2021 Scottish crime drama series, set in and around Oban.",
    )];
    // Only the head noun differs: what the claim says the work is, the source does not.
    assert_ne!(
        verdict(&s, "Harbour Lights is a 2021 Scottish crime drama novel.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Harbour Lights is a 2021 Scottish crime drama series.").0,
        Verdict::Supported
    );
}

#[test]
fn a_kind_is_not_stated_by_the_last_word_of_another_name() {
    let s = [(
        "town.txt",
        "Marlow Ferry is a town in Dunbarrow County, on the river.\n\
         Federal Judge Imke Sorensen ruled on the case.",
    )];
    assert_ne!(
        verdict(&s, "Marlow Ferry is a county.").0,
        Verdict::Supported
    );
    assert_eq!(verdict(&s, "Marlow Ferry is a town.").0, Verdict::Supported);
    // A title before the name does say what the person is.
    assert_eq!(
        verdict(&s, "Imke Sorensen is a federal judge.").0,
        Verdict::Supported
    );
}

#[test]
fn a_nickname_in_quotation_marks_does_not_hide_another_given_name() {
    let s = [(
        "film.txt",
        "The album was produced by Kenneth \"Skipper\" Adebayo and Lena Holt.",
    )];
    assert_ne!(
        verdict(&s, "Tracey Adebayo produced the album.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Kenneth Adebayo produced the album.").0,
        Verdict::Supported
    );
}

#[test]
fn yet_to_denies_what_follows() {
    let s = [(
        "profile.txt",
        "Ilse Marten makes regular television, radio and podcast appearances.",
    )];
    assert_eq!(
        verdict(&s, "Ilse Marten has yet to appear on television.").0,
        Verdict::Contradicted
    );
    let t = [("bridge.txt", "The new bridge is yet to open to traffic.")];
    assert_eq!(
        verdict(&t, "The new bridge has not opened to traffic.").0,
        Verdict::Supported
    );
}

#[test]
fn a_near_match_does_not_pass_a_quotation_it_does_not_find() {
    let s = [(
        "song.txt",
        "In 2021 the singer Aveline released the single \"Copperhead\", which went viral and charted in nine countries.",
    )];
    assert_ne!(
        verdict(
            &s,
            "In 2021 the singer Aveline released the single \"Silverback\", which went viral and charted in nine countries."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Aveline released the single \"Copperhead\" in 2021.").0,
        Verdict::Supported
    );
}

#[test]
fn a_name_followed_by_a_numeral_names_a_sequel() {
    let s = [(
        "games.txt",
        "The studio has sold over 2,000 copies of Lantern Drift 2 since 2019.\n\
         Hollow Bay beat Port Irwin 2-1 in the final.",
    )];
    assert_ne!(
        verdict(
            &s,
            "The studio has sold over 2,000 copies of Lantern Drift since 2019."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The studio has sold over 2,000 copies of Lantern Drift 2 since 2019."
        )
        .0,
        Verdict::Supported
    );
    // A score after a name is no numeral of it.
    assert_eq!(
        verdict(&s, "Hollow Bay beat Port Irwin in the final.").0,
        Verdict::Supported
    );
}

#[test]
fn outside_a_market_is_the_rest_of_the_world_and_each_figure_keeps_its_place() {
    let s = [(
        "boxoffice.txt",
        "Lantern Drift has grossed $41.2 million in North America and $63.8 million in other territories, for a worldwide total of $105 million.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Lantern Drift grossed more than $60 million outside North America."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Lantern Drift earned over $60 million elsewhere.").0,
        Verdict::Supported
    );
    // The North American figure is not the one outside it, either way.
    assert_eq!(
        verdict(
            &s,
            "Lantern Drift grossed less than $50 million outside the US and Canada."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Lantern Drift grossed more than $50 million in North America."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_near_match_does_not_pass_a_rank_whose_number_it_does_not_find() {
    let s = [(
        "league.txt",
        "Although Norland is the country with the sixth-highest number of confirmed cases in the region, it has reported no deaths as of 7 March.",
    )];
    assert_ne!(
        verdict(
            &s,
            "Norland has the fifth-highest number of confirmed cases in the region."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_name_said_outside_its_slot_does_not_fill_it() {
    let s = [(
        "bio.txt",
        "Amira Haddad was born in Tripoli, Lebanon, to Syrian parents.",
    )];
    // `Syrian` describes the parents; the birthplace slot holds Tripoli.
    assert_ne!(
        verdict(&s, "Amira Haddad was born in Syria.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Amira Haddad was born in Lebanon.").0,
        Verdict::Supported
    );
}

#[test]
fn an_increase_is_not_the_total() {
    let s = [(
        "cases.txt",
        "On 20 March, a second death was reported and fourteen new cases were confirmed, bringing the total to 77.",
    )];
    // Fourteen is the day's increase; the total is 77.
    assert_eq!(
        verdict(&s, "On 20 March, there were less than 75 confirmed cases.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "On 20 March, there were more than 75 confirmed cases.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "On 20 March, 14 new cases were confirmed.").0,
        Verdict::Supported
    );
}

#[test]
fn a_nationality_before_a_hyphenated_modifier_still_says_what_the_subject_is() {
    let s = [(
        "bio.txt",
        "Tomasz Wirth (born 3 May 1970) is a Polish Oscar-nominated cinematographer.",
    )];
    assert_eq!(
        verdict(&s, "Tomasz Wirth is Brazilian.").0,
        Verdict::Contradicted
    );
    assert_eq!(verdict(&s, "Tomasz Wirth is Polish.").0, Verdict::Supported);
}

#[test]
fn a_region_named_for_a_place_is_inside_it_but_a_city_does_not_name_its_country() {
    let s = [(
        "trade.txt",
        "Velmora Shipping opened an office in the coastal region of North Africa in 2019.\n\
         Its founder, Ines Darrow, was born in Paris and moved to Lisbon.",
    )];
    assert_eq!(
        verdict(&s, "Velmora Shipping opened an office in Africa.").0,
        Verdict::Supported
    );
    // `Paris` may be the one in Texas: the country is not stated.
    assert_eq!(
        verdict(&s, "Ines Darrow was born in France.").0,
        Verdict::Unknown
    );
    // Where she was born is not where she moved to.
    assert_eq!(
        verdict(&s, "Ines Darrow moved to Africa.").0,
        Verdict::Unknown
    );
}

#[test]
fn several_names_before_a_noun_are_all_its_attributes() {
    let s = [(
        "film.txt",
        "Harrow Lane is a 2011 Danish crime film directed by Mette Lund.",
    )];
    // `Swedish` and `Lutheran` both stand before `film`; the source's nationality is another.
    assert_eq!(
        verdict(&s, "Harrow Lane is a Swedish Lutheran film.").0,
        Verdict::Contradicted
    );
    // `something other than` denies what follows.
    assert_eq!(
        verdict(
            &s,
            "Harrow Lane is something other than a Swedish Lutheran film."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Harrow Lane is something other than a Danish film.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_band_described_before_its_name_still_holds_the_by_slot() {
    let s = [(
        "album.txt",
        "Quiet Harbour is the third studio album by the Welsh folk band Mossgate.",
    )];
    assert_eq!(
        verdict(&s, "Quiet Harbour is an album by Lena Cardew.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Quiet Harbour is an album by Mossgate.").0,
        Verdict::Supported
    );
    // The denial of the claim's name holds where the slot holds another.
    assert_eq!(
        verdict(&s, "Quiet Harbour is not an album by Lena Cardew.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Quiet Harbour is not an album by Mossgate.").0,
        Verdict::Contradicted
    );
}

#[test]
fn letters_lost_in_decoding_are_not_another_name() {
    // U+FFFD where the source's encoding lost `ö` and `ü`.
    let s = [(
        "album.txt",
        "Night Ferry is the second album by the Danish pop band M\u{FFFD}ller Br\u{FFFD}ck.",
    )];
    assert_eq!(
        verdict(&s, "Night Ferry is an album by Möller Brück.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Night Ferry is an album by Lena Cardew.").0,
        Verdict::Contradicted
    );
}

#[test]
fn unable_to_denies_what_follows() {
    let s = [(
        "match.txt",
        "Tomas Reyes was unable to score four times in the final.",
    )];
    // The source denies the four goals; a denial of three is not stated by it.
    assert_ne!(
        verdict(&s, "Tomas Reyes failed to score three times in the final.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Tomas Reyes scored four times in the final.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_role_before_the_slot_and_a_described_name_in_it_still_fill_it() {
    let s = [(
        "player.txt",
        "Tomas Reyes (born 2 May 1996) is a Chilean footballer who plays as a winger for Danish club Brondby.",
    )];
    // `plays as a winger for` holds the same slot as `plays for`, filled by the club the
    // words `Danish club` describe. `Chile` is in the sentence (`Chilean`), but not there.
    assert_eq!(
        verdict(&s, "Tomas Reyes plays for the Chile national team.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Tomas Reyes plays for Brondby.").0,
        Verdict::Supported
    );
}

#[test]
fn a_described_name_holds_a_slot_only_after_the_same_word() {
    let s = [(
        "show.txt",
        "Mara Quill is a fictional character on the Canadian drama series Northwind, played by Ines Darrow. \
         Darrow is best known for portraying Mara Quill, and a nurse in the British comedy Ward Nine.",
    )];
    // `a character on` the series Northwind: another series in the same slot.
    assert_eq!(
        verdict(&s, "Mara Quill is a character on Harbour Lights.").0,
        Verdict::Contradicted
    );
    // A name with small words inside is one name, met by one rival.
    assert_eq!(
        verdict(&s, "Mara Quill is a character on House of Cards.").0,
        Verdict::Contradicted
    );
    // `in the British comedy Ward Nine` follows `portraying … a nurse`, not `appeared`.
    assert_ne!(
        verdict(&s, "Ines Darrow appeared in Harbour Lights.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_name_elsewhere_in_the_sentence_is_not_the_object_another_name_takes() {
    let s = [(
        "coach.txt",
        "After two seasons with Norwich, Ines Darrow led Brentford to the league title in 2019.",
    )];
    // Norwich is in the sentence, but Brentford is who she led.
    assert_eq!(
        verdict(&s, "Ines Darrow led Norwich to the league title.").0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(&s, "Ines Darrow led Brentford to the league title.").0,
        Verdict::Supported
    );
}

#[test]
fn a_rank_is_compared_on_its_scale() {
    let s = [(
        "season.txt",
        "The Harbour Rovers finished the season a club record 3rd on the table.",
    )];
    assert_eq!(
        verdict(&s, "The Harbour Rovers were 7th on the table.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "The Harbour Rovers finished 3rd on the table.").0,
        Verdict::Supported
    );
}

#[test]
fn a_hyphenated_rank_is_a_rank() {
    let s = [(
        "club.txt",
        "Tomas Reyes is the fifth-highest scoring striker in club history.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Tomas Reyes is the third highest scoring striker in club history."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Tomas Reyes is the fifth highest scoring striker in club history."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn the_place_a_region_is_of_holds_the_regions_slot() {
    let s = [(
        "town.txt",
        "Velmora is a town in the northern region of Portugal.",
    )];
    assert_eq!(
        verdict(&s, "Velmora is a town in Spain.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Velmora is a town in Portugal.").0,
        Verdict::Supported
    );
}

#[test]
fn a_work_is_not_an_object_and_a_participle_ends_the_noun_phrase() {
    let s = [(
        "film.txt",
        "Harrow Lane is a 2011 Danish crime film directed by Mette Lund.",
    )];
    // `film directed by`: the noun is `film`, which a truck or a painting is not.
    assert_eq!(
        verdict(&s, "Harrow Lane is a truck.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Harrow Lane is a painting.").0,
        Verdict::Contradicted
    );
    assert_eq!(verdict(&s, "Harrow Lane is a film.").0, Verdict::Supported);
}

#[test]
fn originally_from_says_from() {
    let s = [(
        "band.txt",
        "Los Faros is a Mexican rock band from Monterrey, Nuevo León.",
    )];
    assert_eq!(
        verdict(&s, "Los Faros is originally from Monterrey.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Los Faros is originally from Puebla.").0,
        Verdict::Supported
    );
}

#[test]
fn a_middle_name_the_source_gives_otherwise_is_not_stated() {
    let s = [(
        "port.txt",
        "The Velmora Port Authority was founded in 1921 by Ines Clara Darrow.",
    )];
    assert_ne!(
        verdict(&s, "Ines Maria Darrow founded the Velmora Port Authority.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Ines Darrow founded the Velmora Port Authority.").0,
        Verdict::Supported
    );
}

#[test]
fn naming_words_state_each_other() {
    let s = [(
        "fruit.txt",
        "In parts of the coast, the velvet tamarind is called asam.",
    )];
    assert_eq!(
        verdict(&s, "The velvet tamarind is also known as asam.").0,
        Verdict::Supported
    );
}

#[test]
fn a_word_of_a_long_name_is_not_stated_by_its_synonym() {
    // WordNet has `patriot` for `nationalist`, built on `national`: a team's name is no such
    // word, so the league's name states none of another team's.
    let s = [(
        "roster.txt",
        "Kim Varga (born 1994) is an offensive guard for the Dayton Hawks of the National \
         Basketball Association.",
    )];
    assert_ne!(
        verdict(&s, "Kim Varga plays for the New England Patriots.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Kim Varga plays for the Dayton Hawks.").0,
        Verdict::Supported
    );
}

#[test]
fn a_word_graded_the_other_way_contradicts() {
    let s = [(
        "valley.txt",
        "Kessel is the least populous town of the Orrin valley.
Few residents of Kessel backed the new levy.
Kessel is the smallest town on the river.
Rents in Kessel are less expensive than in Brill.
Brill has a lower crime rate than Dornach.
The Orrin freight index moved down in March.",
    )];
    for claim in [
        "Kessel is the most populous town of the Orrin valley.",
        "Many residents of Kessel backed the new levy.",
        "Kessel is the largest town on the river.",
        "Rents in Kessel are more expensive than in Brill.",
        "The Orrin freight index moved up in March.",
    ] {
        assert_eq!(
            verdict(&s, claim),
            (Verdict::Contradicted, vec![Reason::Antonym]),
            "{claim}"
        );
    }
    // The same comparison the other way round is no conflict.
    assert_ne!(
        verdict(&s, "Dornach has a higher crime rate than Brill.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_first_word_that_a_name_goes_on_from_is_a_name() {
    // `gold` is written in lower case elsewhere, so the first word alone would be a common
    // word; the name after it makes it part of a name, which no near match may leave out.
    let s = [(
        "label.txt",
        "The album Tidewater was released in 2003 by Harbor Records.
The album Tidewater went gold in 2004.",
    )];
    assert_ne!(
        verdict(&s, "Gold Records released the album Tidewater in 2003.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Harbor Records released the album Tidewater in 2003.").0,
        Verdict::Supported
    );
}

#[test]
fn a_superlative_ranked_lower_is_not_the_first() {
    let s = [(
        "ratings.txt",
        "Harrow Lane became the third highest rated drama on the Velmora network.
Harrow Lane had the fifth largest audience share among the channel's shows.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Harrow Lane became the highest rated drama on the Velmora network."
        ),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
    // `one of the highest` is no claim to be first; another noun is another ranking.
    assert_ne!(
        verdict(
            &s,
            "Harrow Lane is one of the highest rated dramas on the Velmora network."
        )
        .0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(
            &s,
            "Harrow Lane had the largest budget among the channel's shows."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn compounds_differing_in_an_opposite_part_contradict() {
    let s = [(
        "film.txt",
        "Harrow Lane is a low-budget thriller that became one of the best-selling DVDs of 2019.",
    )];
    for claim in [
        "Harrow Lane is a high-budget thriller.",
        "Harrow Lane became one of the worst-selling DVDs of 2019.",
    ] {
        assert_eq!(
            verdict(&s, claim),
            (Verdict::Contradicted, vec![Reason::Antonym]),
            "{claim}"
        );
    }
    // Another word in the same place is no opposite.
    assert_ne!(
        verdict(&s, "Harrow Lane is a big-budget thriller.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_noun_called_a_name_says_what_the_name_is() {
    let s = [(
        "people.txt",
        "Tova Lindqvist (born 1971) is a Swedish architect and painter.",
    )];
    assert_eq!(
        verdict(&s, "There is a Swedish architect named Tova Lindqvist.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "This is an architect called Tova Lindqvist.").0,
        Verdict::Supported
    );
    // After a verb, being called so is what is claimed.
    assert_ne!(
        verdict(
            &s,
            "The architect was called Tova Lindqvist by her students."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_kind_of_person_states_the_more_general_noun() {
    let s = [(
        "people.txt",
        "Tova Lindqvist (born 1971) is a Swedish guitarist and senator.",
    )];
    for claim in [
        "Tova Lindqvist is a musician.",
        "Tova Lindqvist is a politician.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
    // Not the other way round, and not through a sense that is not the word's main one.
    let t = [(
        "people.txt",
        "Tova Lindqvist (born 1971) is a Swedish musician.",
    )];
    assert_ne!(
        verdict(&t, "Tova Lindqvist is a guitarist.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Tova Lindqvist is a player.").0,
        Verdict::Supported
    );
}

#[test]
fn respectively_gives_each_figure_to_its_own_name() {
    let s = [(
        "vote.txt",
        "In the runoff, Okafor and Brandt won 58% and 42% of the vote respectively.",
    )];
    assert_eq!(
        verdict(&s, "Okafor won less than 50% of the vote.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Brandt won less than 50% of the vote.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Okafor won more than 55% of the vote.").0,
        Verdict::Supported
    );
}

#[test]
fn cancelling_and_voting_against_deny_what_follows() {
    let s = [(
        "council.txt",
        "The mayor cancelled her visit to Brill on Friday.
Councillor Ahn voted against the harbour levy.
The airline may not buy the Velmora jets.",
    )];
    assert_eq!(
        verdict(&s, "The mayor visited Brill on Friday.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(&s, "Councillor Ahn voted for the harbour levy.").0,
        Verdict::Supported
    );
    // Under a hedge the denial is no certainty either way; and what a sentence denies,
    // even under a hedge, no near match passes.
    assert_ne!(
        verdict(&s, "The airline will buy the Velmora jets.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(&s, "The airline might buy the Velmora jets.").0,
        Verdict::Supported
    );
}

#[test]
fn what_was_cancelled_is_said_the_same_in_the_active_and_the_passive() {
    let s = [(
        "airport.txt",
        "Korvik Airport cancelled all 410 flights scheduled for Monday.",
    )];
    for claim in [
        "All 410 flights scheduled for Monday were cancelled.",
        "Korvik Airport cancelled the 410 flights scheduled for Monday.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn rejecting_a_view_or_an_idea_denies_what_it_says() {
    let s = [(
        "port.txt",
        "The harbour authority denied that the dredging had damaged the reef near Ostra.",
    )];
    for claim in [
        "The harbour authority rejected the view that the dredging had damaged the reef near Ostra.",
        "The harbour authority dismissed the idea that the dredging had damaged the reef near Ostra.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
    assert_eq!(
        verdict(
            &s,
            "The harbour authority accepted that the dredging had damaged the reef near Ostra."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_denial_after_the_clause_denies_what_the_clause_reports() {
    let s = [(
        "ferry.txt",
        "The crew's union said Northway had not paid overtime since March, a claim the operator denied.
There were reports of a rift between the captain and the owners, which were denied by the harbour master.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Northway denied the union's claim that it had not paid overtime since March."
        )
        .0,
        Verdict::Supported
    );
    // A passive names no denier: the reports were denied, the rift is not said not to exist.
    assert_eq!(
        verdict(
            &s,
            "Reports of a rift between the captain and the owners were denied by the harbour master."
        )
        .0,
        Verdict::Supported
    );
    let s2 = [(
        "drills.txt",
        "Inspectors accused Northway of skipping two safety drills, which the operator rejects.",
    )];
    assert_eq!(
        verdict(&s2, "Northway admitted skipping two safety drills.").0,
        Verdict::Contradicted
    );
}

#[test]
fn one_multiple_is_not_another() {
    let s = [(
        "bank.txt",
        "The lender said it had tripled the number of compliance officers to about 300.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The lender has doubled the number of compliance officers."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "The lender has tripled the number of compliance officers."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn compared_with_sets_figures_side_by_side() {
    let s = [(
        "rail.txt",
        "The operator ran 412 extra trains this winter, up from 260 a year earlier.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The operator ran 412 extra trains this winter, compared with 260 a year earlier."
        )
        .0,
        Verdict::Supported
    );
    // The figures still decide.
    assert_ne!(
        verdict(
            &s,
            "The operator ran 412 extra trains this winter, compared with 300 a year earlier."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn courts_clear_and_captors_free_in_other_words() {
    let s = [(
        "trial.txt",
        "The court acquitted the harbour master on Tuesday.
The rebels released the two engineers on Friday.
The registry deleted the records in May.",
    )];
    for claim in [
        "The court cleared the harbour master on Tuesday.",
        "The rebels freed the two engineers on Friday.",
        "The registry erased the records in May.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn the_same_person_under_another_title_contradicts() {
    let s = [(
        "summit.txt",
        "The accord was signed by Finance Minister Petra Lind in the presence of the two prime ministers.",
    )];
    assert_eq!(
        verdict(&s, "Prime Minister Petra Lind signed the accord.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Finance Minister Petra Lind signed the accord.").0,
        Verdict::Supported
    );
    // A name's last word after a noun that may name a person is no title.
    let s2 = [(
        "league.txt",
        "The Harbour Premier League drew on the Coastal Premier League for its rules.",
    )];
    assert_ne!(
        verdict(
            &s2,
            "The Harbour Premier League drew on another league for its rules."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_figure_kept_unchanged_did_not_go_up_or_down() {
    let s = [(
        "bank.txt",
        "The central bank of Ostra cut its growth forecast to 1.2 percent, and held its deposit rate steady at 3 percent.",
    )];
    for claim in [
        "The central bank of Ostra cut its deposit rate to 3 percent.",
        "The central bank of Ostra raised its deposit rate to 3 percent.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Contradicted, "{claim}");
    }
    // What did move is still stated.
    assert_eq!(
        verdict(
            &s,
            "The central bank of Ostra cut its growth forecast to 1.2 percent."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn what_will_happen_or_is_considered_has_not_happened() {
    let s = [(
        "policy.txt",
        "The Velmora transit law will take effect in January.
Norway is considering sending two frigates to the strait.
The Orrin summit will be held in Kessel.
The Orrin bridge will likely cost more than $50 million.",
    )];
    assert_ne!(
        verdict(&s, "The Orrin summit was held in Kessel.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "The Orrin bridge cost more than $50 million.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "The Velmora transit law took effect in January.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "Norway will send two frigates to the strait.").0,
        Verdict::Supported
    );
    // A claim about the plan is stated by it.
    assert_eq!(
        verdict(&s, "The Velmora transit law will take effect in January.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The Velmora transit law is set to take effect in January."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_denial_that_leaves_out_its_verb_denies_it_of_its_subject() {
    let s = [(
        "accord.txt",
        "Estonia signed the fisheries accord in May, but Latvia did not.",
    )];
    assert_eq!(
        verdict(&s, "Latvia signed the fisheries accord in May.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Estonia and Latvia signed the fisheries accord in May.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Estonia signed the fisheries accord in May.").0,
        Verdict::Supported
    );
}

#[test]
fn a_comparison_with_its_sides_swapped_contradicts() {
    let s = [(
        "trade.txt",
        "In 2024 imports grew faster than exports, and Brill was larger than Kessel.",
    )];
    assert_eq!(
        verdict(&s, "In 2024 exports grew faster than imports.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Kessel was larger than Brill.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Brill was larger than Kessel.").0,
        Verdict::Supported
    );
}

#[test]
fn outcomes_that_exclude_each_other_contradict() {
    let s = [(
        "county.txt",
        "The storm injured 12 people in Orrin County.
Dana Brill was fired as chief executive of Velmora Freight in March.
Police released two men after the raid in Kessel.
Velmora Freight added 500 jobs last year.",
    )];
    for claim in [
        "Velmora Freight cut 500 jobs last year.",
        "The storm killed 12 people in Orrin County.",
        "Dana Brill was appointed chief executive of Velmora Freight in March.",
        "Police arrested two men after the raid in Kessel.",
    ] {
        assert_eq!(
            verdict(&s, claim),
            (Verdict::Contradicted, vec![Reason::Antonym]),
            "{claim}"
        );
    }
}

#[test]
fn words_said_of_another_subject_in_another_clause_are_not_stated() {
    let s = [(
        "aid.txt",
        "Norvia sent troops to the border region, and Estmark sent medical aid.
Pellan joined Rovers in 2001 and joined Harlow Town in 2004.",
    )];
    let j = judge(&s, "Estmark sent troops to the border region.");
    assert_eq!(j.verdict, Verdict::Unknown);
    assert!(
        j.explanation.contains("another clause"),
        "{}",
        j.explanation
    );
    // Each clause on its own states what its own subject did.
    for claim in [
        "Norvia sent troops to the border region.",
        "Estmark sent medical aid.",
        // A verb joined without a subject of its own goes on with the one before it.
        "Pellan joined Harlow Town in 2004.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn a_phrase_whose_head_is_the_opposite_contradicts() {
    let s = [(
        "results.txt",
        "Velmora Freight reported a net profit of $41 million for the quarter.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Velmora Freight reported a net loss of $41 million for the quarter."
        ),
        (Verdict::Contradicted, vec![Reason::Antonym])
    );
}

#[test]
fn two_starts_of_a_state_agree_only_as_the_same_date() {
    let s = [(
        "prices.txt",
        "House prices in Orrin fell 2% last year, the first annual decline since 2012.",
    )];
    assert_eq!(
        verdict(
            &s,
            "House prices in Orrin fell 2% last year, the first annual decline since 2004."
        ),
        (Verdict::Contradicted, vec![Reason::NumberMismatch])
    );
}

#[test]
fn the_same_words_with_the_roles_the_other_way_round_contradict() {
    let s = [(
        "derby.txt",
        "Harlow Town beat Kessel Rovers 2-0 on Saturday.
Government troops recaptured the village of Amsel from rebel fighters on Sunday, an army spokesman said.
Kessel Rovers were beaten by Orrin City in the cup.
Harlow Town met Kessel Rovers officials on Monday.",
    )];
    for claim in [
        "Kessel Rovers beat Harlow Town 2-0 on Saturday.",
        "Rebel fighters recaptured the village of Amsel from government troops on Sunday.",
    ] {
        assert_eq!(
            verdict(&s, claim),
            (Verdict::Contradicted, vec![Reason::SwappedRoles]),
            "{claim}"
        );
    }
    for claim in [
        "Harlow Town beat Kessel Rovers 2-0 on Saturday.",
        // The passive says it the other way round on purpose.
        "Orrin City beat Kessel Rovers in the cup.",
        // Both sides of a meeting meet.
        "Kessel Rovers officials met Harlow Town on Monday.",
    ] {
        assert_ne!(verdict(&s, claim).0, Verdict::Contradicted, "{claim}");
    }
}

#[test]
fn a_figure_that_went_up_is_not_one_that_went_down() {
    let s = [(
        "markets.txt",
        "Shares in Velmora Freight jumped 12% on their first day of trading in Orrin.
Flu admissions in Kessel doubled in the first week of March.
Coach Dana Brill was sacked by Harlow Town on Monday.
A court in Orrin approved the extradition of Tomas Lind to Kessel.",
    )];
    for claim in [
        "Shares in Velmora Freight fell 12% on their first day of trading in Orrin.",
        "Flu admissions in Kessel halved in the first week of March.",
        "Dana Brill resigned as coach of Harlow Town on Monday.",
        "A court in Orrin blocked the extradition of Tomas Lind to Kessel.",
    ] {
        assert_eq!(
            verdict(&s, claim),
            (Verdict::Contradicted, vec![Reason::Antonym]),
            "{claim}"
        );
    }
    assert_eq!(
        verdict(
            &s,
            "Shares in Velmora Freight rose 12% on their first day of trading in Orrin."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn what_was_announced_expected_or_agreed_has_not_happened() {
    let s = [(
        "plans.txt",
        "Velmora Freight said on Monday it would close 60 of its 340 stores.
Analysts expect the central bank of Orrin to cut its main rate to 3%.
Six nations have agreed to send engineers to Kessel.
The band Harlow Lights would release its debut album in 1999.",
    )];
    for claim in [
        "Velmora Freight has closed 60 of its 340 stores.",
        "The central bank of Orrin cut its main rate to 3%.",
        "Six nations sent engineers to Kessel.",
    ] {
        let j = judge(&s, claim);
        assert_eq!(j.verdict, Verdict::Unknown, "{claim}");
        assert!(
            j.explanation.contains("that it happened"),
            "{}",
            j.explanation
        );
    }
    // A claim that speaks of the plan is stated by it; a narrative `would` tells what came.
    for claim in [
        "Velmora Freight said it would close 60 stores.",
        "Analysts expect Orrin's central bank to cut its main rate to 3%.",
        "Six nations have agreed to send engineers to Kessel.",
        "Harlow Lights released its debut album in 1999.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn what_is_only_alleged_or_unverified_is_not_stated() {
    let s = [(
        "court.txt",
        "Former mayor Tomas Lind was charged on Friday with taking bribes from builders.
Velmora Bank paid a fine to settle allegations that it failed to report suspicious payments.
Rebel fighters shelled the market in Amsel, an army spokesman said, though the claim could not be independently verified.
The leaked video appeared to show Dana Brill discussing arms sales.",
    )];
    for claim in [
        "Tomas Lind took bribes from builders.",
        "Velmora Bank failed to report suspicious payments.",
        "Rebel fighters shelled the market in Amsel.",
        "Dana Brill discussed arms sales.",
    ] {
        let j = judge(&s, claim);
        assert_eq!(j.verdict, Verdict::Unknown, "{claim}");
        assert!(j.explanation.contains("certainty"), "{}", j.explanation);
    }
    // A claim that says it is alleged, or who said it, is stated.
    for claim in [
        "Tomas Lind was charged with taking bribes from builders.",
        "An army spokesman said rebel fighters shelled the market in Amsel.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn a_denied_clause_a_postponement_and_what_was_not_proved() {
    let s = [(
        "denials.txt",
        "Interior Minister Tomas Lind denied on Friday that he had ordered police to use water cannon.
The electoral board of Orrin postponed local elections scheduled for May 3 until October.
An appeals court ruled that prosecutors had failed to prove Dana Brill leaked the budget papers.",
    )];
    assert_eq!(
        verdict(&s, "Tomas Lind ordered police to use water cannon.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Local elections in Orrin were held on May 3.").0,
        Verdict::Contradicted
    );
    // Not proved is not disproved: neither the claim nor its denial is stated.
    for claim in [
        "Dana Brill leaked the budget papers.",
        "Dana Brill did not leak the budget papers.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
    assert_eq!(
        verdict(
            &s,
            "Prosecutors failed to prove Dana Brill leaked the budget papers."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_person_given_another_role_is_not_stated() {
    let s = [(
        "roles.txt",
        "Former finance minister Tomas Lind was charged on Friday with fraud.
Regulators in Orrin approved a flu vaccine for children on Tuesday.
Dana Brill will step down as chief executive of Velmora Freight in June.
Select players known for their free kicks include Arno Veld.",
    )];
    for claim in [
        "Former prime minister Tomas Lind was charged on Friday with fraud.",
        "Regulators in Orrin approved a flu vaccine for adults on Tuesday.",
        "Dana Brill will step down as chairwoman of Velmora Freight in June.",
    ] {
        let j = judge(&s, claim);
        assert_eq!(j.verdict, Verdict::Unknown, "{claim}");
        let missing = &j.evidence[0].missing;
        assert!(
            missing.iter().any(|m| m.contains("the source says")),
            "{missing:?}"
        );
    }
    // A more specific word for the same people is no other role.
    let j = judge(
        &s,
        "Arno Veld is a select footballer known for his free kicks.",
    );
    let missing = &j.evidence[0].missing;
    assert!(
        !missing.iter().any(|m| m.contains("the source says")),
        "{missing:?}"
    );
}

#[test]
fn a_deed_only_approved_or_asked_for_has_not_happened() {
    let s = [(
        "court.txt",
        "A court in Orrin approved the extradition of Tomas Lind to Kessel on Thursday.
Judges issued an arrest warrant for former army chief Dana Brill.
Police arrested two men after the raid in Kessel.",
    )];
    for claim in [
        "Tomas Lind was extradited to Kessel.",
        "Former army chief Dana Brill was arrested.",
    ] {
        let j = judge(&s, claim);
        assert_eq!(j.verdict, Verdict::Unknown, "{claim}");
        assert!(
            j.explanation.contains("that it happened"),
            "{}",
            j.explanation
        );
    }
    assert_eq!(
        verdict(&s, "Two men were arrested after the raid in Kessel.").0,
        Verdict::Supported
    );
}

#[test]
fn a_denied_clause_keeps_its_subject_and_no_evidence_is_no_denial() {
    let s = [(
        "claims.txt",
        "The Orrin Front denied on Tuesday that its fighters had shelled the market in Amsel.
Health officials said there was no evidence that the outbreak in Kessel was caused by a new virus.
Velmora Freight said it would not pay a dividend this year.",
    )];
    // The fighters are not denied; the shelling is.
    assert_eq!(
        verdict(
            &s,
            "The Orrin Front has fighters who shelled the market in Amsel."
        )
        .0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(
            &s,
            "The Orrin Front said its fighters did not shell the market in Amsel."
        )
        .0,
        Verdict::Contradicted
    );
    // No evidence that it did is not that it did not.
    assert_eq!(
        verdict(&s, "The outbreak in Kessel was caused by a new virus.").0,
        Verdict::Unknown
    );
    assert_ne!(
        verdict(&s, "Velmora Freight will skip its dividend this year.").0,
        Verdict::Contradicted
    );
}

#[test]
fn news_paraphrases_state_the_claim() {
    let s = [(
        "wire.txt",
        "Harlow Town beat Kessel Rovers 2-0 on Saturday.
The company agreed to raise wages by 6% over two years.
Unemployment in Orrin fell to 4.1% in May.
Velmora Freight acquired Kessel Mills from Orrin Foods in 2019.
Foreign Minister Dana Brill resigned on Thursday.",
    )];
    for claim in [
        "Harlow Town defeated Kessel Rovers 2-0 on Saturday.",
        "The firm agreed to a 6% wage increase over two years.",
        "Orrin's unemployment rate dropped to 4.1% in May.",
        "Velmora Freight bought Kessel Mills in 2019.",
        "Dana Brill stepped down as foreign minister on Thursday.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
    // A synonym of the verb is read in the verb's place: Orrin Foods sold, it was not bought.
    assert_ne!(
        verdict(&s, "Velmora Freight bought Orrin Foods in 2019.").0,
        Verdict::Supported
    );
}

#[test]
fn not_yet_failure_whether_and_roles_behind_a_longer_name() {
    let s = [(
        "wire.txt",
        "\"The recovery is on track, but we are not yet at the finish line,\" Governor Dana Brill said.
The Orrin-2 rocket's maiden launch in 2022 ended in failure.
Investigators are examining whether the fire was started by a spark from a tractor.
Unseeded Arno Veld of Kessel beat top seed Tomas Lind in the final on Sunday.
Velmora Freight agreed on Monday to buy smaller rival Kessel Mills.",
    )];
    for claim in [
        "Governor Dana Brill said the recovery had reached the finish line.",
        "The Orrin-2 rocket's maiden launch in 2022 was a success.",
        "Tomas Lind beat Arno Veld in the final on Sunday.",
        "Kessel Mills agreed to buy Velmora Freight.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Contradicted, "{claim}");
    }
    assert_eq!(
        verdict(&s, "The fire was started by a spark from a tractor.").0,
        Verdict::Unknown
    );
    for claim in [
        "Arno Veld beat Tomas Lind in the final on Sunday.",
        "Velmora Freight agreed to buy Kessel Mills.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Supported, "{claim}");
    }
}

#[test]
fn what_would_be_on_a_condition_or_was_only_asked_for_has_not_happened() {
    let s = [(
        "space.txt",
        "Orrin would become the sixth country to land a probe on Mars if the mission succeeds, the agency said.
The foreign minister said his government would ask the Security Council to hold an emergency session.",
    )];
    for claim in [
        "Orrin is the sixth country to land a probe on Mars.",
        "The Security Council held an emergency session.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
}

#[test]
fn demonyms_from_to_a_possibility_not_ruled_out_and_a_link_that_is_no_cause() {
    let s = [(
        "wire.txt",
        "The Valdorian parliament raised the retirement age from 64 to 66 on Thursday.
The minister did not rule out taking the dispute to an international court.
A study in Orrin found that adults who slept fewer than six hours a night were more likely to develop diabetes.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Valdoria's parliament raised the retirement age to 66 from 64 on Thursday."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The minister took the dispute to an international court."
        )
        .0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(
            &s,
            "Sleeping fewer than six hours a night causes diabetes, a study in Orrin found."
        )
        .0,
        Verdict::Unknown
    );
}

#[test]
fn what_a_verb_did_to_a_part_it_did_not_do_to_the_whole() {
    let s = [(
        "wire.txt",
        "Rebels in Kasso freed 14 of the 30 miners they seized in March, the company said.",
    )];
    assert_eq!(
        verdict(&s, "Rebels in Kasso freed all 30 miners.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Rebels in Kasso freed 14 miners.").0,
        Verdict::Supported
    );
    // The whole still counts what another verb did to it.
    assert_eq!(
        verdict(&s, "Rebels in Kasso seized 30 miners in March.").0,
        Verdict::Supported
    );
}

#[test]
fn an_articles_headline_names_its_topic_but_decides_nothing_itself() {
    let s = [(
        "wire.txt",
        "Halvern vaccine approved as shares jump 9% on debut
Regulators in Drenland cleared the RSV vaccine from Halvern Biotech on Monday.
A rival shot from Corvane Pharma is still under review by the agency.
Halvern shares fell 2% on Tuesday after analysts questioned the price.",
    )];
    // The headline's deed is not lent to another sentence's subject.
    assert_eq!(
        verdict(&s, "Corvane Pharma's rival shot has been approved.").0,
        Verdict::Unknown
    );
    // Nor does its word contradict a claim about another day: the body decides.
    assert_eq!(
        verdict(&s, "Halvern shares fell on their second day of trading.").0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(&s, "Halvern shares fell 2% on Tuesday.").0,
        Verdict::Supported
    );
}

#[test]
fn a_figure_from_a_sentence_about_something_else_does_not_contradict() {
    let s = [(
        "wire.txt",
        "The central bank kept its inflation forecast for next year at 4.9%.
It cut its forecast for economic growth this year to 1.1% from 1.4%.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The central bank cut its growth forecast for this year to 1.1% from 1.4%."
        )
        .0,
        Verdict::Supported
    );
    // The sentence that is about growth still contradicts another figure.
    assert_eq!(
        verdict(
            &s,
            "The central bank cut its growth forecast for this year to 0.8% from 1.4%."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_describing_word_is_stated_with_its_noun_not_by_a_neighbour() {
    let s = [(
        "wire.txt",
        "Kovrenian troops set up two posts in the valley on Tuesday.
The Tarsian ministry said they had been built 800 metres inside territory it considers its own.",
    )];
    assert_ne!(
        verdict(
            &s,
            "The Tarsian ministry said the posts were built 800 metres inside Kovrenian territory."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn planned_reported_and_expected_deeds_are_not_done_deeds() {
    let s = [(
        "wire.txt",
        "The results included charges linked to the planned closure of a plant in Velden.
Rendhaven is also expected to complete the signing of defender Mateo Rossi in the coming days.
Marin will earn a reported 210,000 euros a week, according to a newspaper.",
    )];
    for claim in [
        "Nordstrand has closed a plant in Velden.",
        "Rendhaven has signed defender Mateo Rossi.",
        "Marin will earn 210,000 euros a week.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
    // Said as planned, it is stated.
    assert_eq!(
        verdict(
            &s,
            "The results included charges for a planned closure of a plant in Velden."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_quoted_word_the_source_quotes_denied_is_a_misquote() {
    let s = [(
        "wire.txt",
        "Dr Samuel Achebe called the findings \u{201c}encouraging but not transformative.\u{201d}",
    )];
    assert_eq!(
        verdict(&s, "Samuel Achebe called the findings \"transformative\".").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Samuel Achebe called the findings \"encouraging\".").0,
        Verdict::Supported
    );
}

#[test]
fn figures_belong_to_the_clause_of_their_subject() {
    let s = [(
        "wire.txt",
        "The union wants a guarantee of no compulsory redundancies until 2030, while the employers have offered a guarantee until 2027.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The employers have offered a guarantee of no compulsory redundancies until 2030."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "The employers have offered a guarantee of no compulsory redundancies until 2027."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn two_maxima_agree_only_as_one_figure() {
    let s = [(
        "wire.txt",
        "Kesland says the dam could cut river flows to its farms by up to 30%.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Kesland says the dam could cut river flows to its farms by as much as 50%."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Kesland says the dam could cut river flows to its farms by as much as 30%."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn only_a_pronoun_that_opens_a_clause_reads_its_neighbour() {
    let s = [(
        "wire.txt",
        "A camera built in Orsund was repaired remotely after a software fault in 2023.
A laser altimeter built in Orsund has been switched off since January, and engineers are assessing whether it can be restored.",
    )];
    // `it` points inside its own sentence: the camera's repair is not the altimeter's.
    assert_ne!(
        verdict(
            &s,
            "The laser altimeter built in Orsund was repaired remotely after a software fault in 2023."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn what_is_expected_believed_or_too_early_to_say_is_not_stated() {
    let s = [(
        "wire.txt",
        "Foreign minister Lars Henning is expected to attend the exchange, his ministry said.
Two deputies, Ilse Kroll and Jonas Bergh, said they would consider leaving the party.
The outbreak is believed to have started after floods contaminated the wells.
Officials cautioned that it was too early to say the outbreak has peaked.
Rautio said the bank would publish a review of its forecasting methods in the spring.",
    )];
    for claim in [
        "Foreign minister Lars Henning will attend the exchange.",
        "Ilse Kroll and Jonas Bergh have left the party.",
        "The outbreak started after floods contaminated the wells.",
        "The outbreak has peaked.",
        "A review of the bank's forecasting methods was published in the spring.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
    // A claim that speaks of the expectation is stated.
    assert_eq!(
        verdict(
            &s,
            "Foreign minister Lars Henning is expected to attend the exchange."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_denied_report_denies_what_the_report_says() {
    let s = [(
        "wire.txt",
        "Chief executive Ana Vest denied a newspaper report last week that Nordstrand was preparing to sell its consumer division.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Ana Vest denied that Nordstrand was preparing to sell its consumer division."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "Ana Vest rejected reports that Nordstrand was preparing to sell its consumer division."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "Nordstrand was preparing to sell its consumer division, Ana Vest said."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_bare_figure_paired_with_an_amount_shares_its_unit() {
    let s = [(
        "wire.txt",
        "Nordstrand said its net profit fell 18% to 312 million euros from 381 million a year earlier.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Nordstrand's net profit fell to 312 million euros from 391 million euros a year earlier."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Nordstrand's net profit fell to 312 million euros from 381 million euros a year earlier."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_figure_corrected_later_in_the_sentence_no_longer_holds() {
    let s = [(
        "wire.txt",
        "Harrowgate said the bid valued the company at 3.4 billion euros, but it later corrected the figure to 3.6 billion euros.",
    )];
    assert_eq!(
        verdict(&s, "The bid valued Harrowgate at 3.4 billion euros.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "The bid valued Harrowgate at 3.6 billion euros.").0,
        Verdict::Supported
    );
}

#[test]
fn a_date_from_a_sentence_that_states_less_of_the_claim_decides_nothing() {
    let s = [(
        "wire.txt",
        "Redmont sign Varela from Duran in record deal
Duran had rejected two earlier bids from Redmont in July.
The 24-year-old has signed a contract that runs until June 2029.",
    )];
    assert_eq!(
        verdict(&s, "Varela signed a contract with Redmont until June 2029.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "Varela signed a contract with Redmont until June 2030.").0,
        Verdict::Contradicted
    );
}

#[test]
fn an_articles_headline_lends_no_word_describing_what_the_sentence_states() {
    let s = [(
        "wire.txt",
        "Halvern RSV vaccine approved for older adults
A rival vaccine from Corvane Pharma is still under review by the agency.",
    )];
    // The headline says what the sentence's vaccine is not known to be.
    assert_eq!(
        verdict(
            &s,
            "Corvane Pharma's rival RSV vaccine is still under review by the agency."
        )
        .0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(
            &s,
            "Corvane Pharma's rival vaccine is still under review by the agency."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn hours_and_minutes_are_read_as_one_length() {
    let s = [(
        "wire.txt",
        "The final lasted three hours and 12 minutes in front of a crowd of 14,500.",
    )];
    assert_eq!(
        verdict(&s, "The final lasted more than three hours.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "The final lasted less than three hours.").0,
        Verdict::Contradicted
    );
}

#[test]
fn what_is_expected_as_an_object_is_not_stated() {
    let s = [(
        "wire.txt",
        "Economists at Nordvik Bank said they expected one more rate hike in December.
The bank raised its growth forecast for next year to 1.4%.",
    )];
    assert_eq!(
        verdict(&s, "There will be one more rate hike in December.").0,
        Verdict::Unknown
    );
    // A noun `forecast` after a possessive is no expectation.
    assert_eq!(
        verdict(
            &s,
            "The bank raised its growth forecast for next year to 1.4%."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn figures_say_which_way_they_went() {
    let s = [(
        "wire.txt",
        "Exports from Dravia reached 14.2 billion euros last year, down from 16.9 billion in 2022.
Membership of the dockworkers' union grew by 4% in March.",
    )];
    // `down from` states a fall, and denies a rise, of the claim's own figure.
    assert_eq!(
        verdict(
            &s,
            "Exports from Dravia fell to 14.2 billion euros last year."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "Exports from Dravia rose to 14.2 billion euros last year."
        )
        .0,
        Verdict::Contradicted
    );
    // A plain word for a rise is stated by another (`grew` for `climbed`)...
    assert_eq!(
        verdict(&s, "Membership of the dockworkers' union climbed by 4%.").0,
        Verdict::Supported
    );
    // ... but not one that says by how much as well.
    assert_ne!(
        verdict(&s, "Membership of the dockworkers' union soared by 4%.").0,
        Verdict::Supported
    );
}

#[test]
fn two_figures_make_a_move_but_a_range_or_a_period_does_not() {
    let s = [(
        "wire.txt",
        "The central bank cut its growth forecast from 2.1% to 1.6% on Thursday.
Temperatures in the valley ranged from 12 to 19 degrees.",
    )];
    assert_eq!(
        verdict(&s, "The central bank lowered its growth forecast to 1.6%.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "The central bank raised its growth forecast to 1.6%.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(&s, "Temperatures in the valley rose to 19 degrees.").0,
        Verdict::Supported
    );
}

#[test]
fn a_verb_that_passes_a_figure_bounds_it() {
    let s = [(
        "wire.txt",
        "Ticket sales for the festival exceeded 42,000 this year, organisers said.",
    )];
    assert_eq!(
        verdict(
            &s,
            "Ticket sales for the festival were more than 42,000 this year."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "Ticket sales for the festival were below 40,000 this year."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn what_is_not_confirmed_is_not_denied() {
    let s = [(
        "wire.txt",
        "Police said two suspects were arrested on Friday, but prosecutors declined to confirm any link to the robbery.
The ministry did not comment on reports that the mayor had resigned.",
    )];
    // Only the confirming is denied; the link is neither stated nor denied.
    assert_eq!(
        verdict(&s, "The two arrests were linked to the robbery.").0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(&s, "Prosecutors confirmed a link to the robbery.").0,
        Verdict::Contradicted
    );
    assert_eq!(verdict(&s, "The mayor has resigned.").0, Verdict::Unknown);
}

#[test]
fn an_event_on_the_other_side_in_time_is_contradicted() {
    let s = [(
        "wire.txt",
        "Inspectors said the valves were replaced after the pipeline had been tested.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The valves were replaced before the pipeline had been tested."
        ),
        (Verdict::Contradicted, vec![Reason::Antonym])
    );
    assert_eq!(
        verdict(
            &s,
            "The valves were replaced after the pipeline had been tested."
        )
        .0,
        Verdict::Supported
    );
    // Another event after the word is no opposite.
    assert_ne!(
        verdict(&s, "The valves were replaced before the pipeline reopened.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_pronoun_in_a_named_speakers_quote_is_the_speakers_own() {
    let s = [(
        "wire.txt",
        "Ostmark Pharma denied any wrongdoing and said it plans to appeal the decision to the Supreme Court.
\"We have always set our prices independently, and we are confident the court will agree,\" Ostmark chief executive Ola Dahl said in a statement.
Brantley said it was reviewing the ruling and had not yet decided whether to appeal.",
    )];
    // The quote's `We` is Ostmark's: the quote does not join the sentences around it.
    assert_ne!(
        verdict(
            &s,
            "Brantley said it would appeal the ruling to the Supreme Court."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn no_near_match_passes_what_the_claim_says_its_subject_is() {
    let s = [(
        "wire.txt",
        "Veltrian aid workers freed after 97 days
Five aid workers were released on Sunday, officials said.
A sixth hostage, a driver seized in the same attack, was killed in April, the charity said.",
    )];
    // Everything but `national` is there; the sentence never says what the driver was.
    assert_eq!(
        verdict(&s, "The driver killed in April was a Veltrian national.").0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(&s, "The driver was killed in April, the charity said.").0,
        Verdict::Supported
    );
}

#[test]
fn a_day_of_the_week_is_a_rival_only_for_the_same_event() {
    let s = [(
        "wire.txt",
        "The three climbers were rescued on Friday after four days on the mountain, the police said.",
    )];
    assert_eq!(
        verdict(&s, "The three climbers were rescued on Thursday.").0,
        Verdict::Contradicted
    );
    // Another event of the story, on a day the source does not give.
    assert_eq!(
        verdict(&s, "The three climbers returned home on Sunday.").0,
        Verdict::Unknown
    );
}

#[test]
fn a_whole_after_an_owner_is_still_the_parts_whole() {
    let s = [(
        "wire.txt",
        "The Rail Workers' Union, which represents about 23,000 of the network's 31,000 staff, called the strike on Monday.",
    )];
    // `represents` did it to the part: the whole is not what the union represents.
    assert_eq!(
        verdict(&s, "The Rail Workers' Union represents about 31,000 staff.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "The Rail Workers' Union represents about 23,000 staff.").0,
        Verdict::Supported
    );
}

#[test]
fn what_cannot_be_ruled_out_is_only_possible() {
    let s = [(
        "wire.txt",
        "The coach said a knee operation \"cannot be ruled out\" after Tuesday's scan.",
    )];
    assert_ne!(
        verdict(&s, "The coach said a knee operation had been ruled out.").0,
        Verdict::Supported
    );
    assert_ne!(
        verdict(&s, "The coach said a knee operation will take place.").0,
        Verdict::Supported
    );
}

#[test]
fn basis_points_and_percentage_points_are_one_measure() {
    let s = [(
        "wire.txt",
        "The Bank of Ostria raised its key interest rate by 50 basis points to 4.25% on Thursday.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The Bank of Ostria raised its key interest rate by 0.5 percentage points to 4.25%."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The Bank of Ostria raised its key interest rate by 0.75 percentage points."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_change_is_the_difference_between_the_figures_of_a_move() {
    let s = [(
        "wire.txt",
        "The average rent in Ostrava was 1,140 crowns a month in March, up from 1,065 crowns a year earlier.",
    )];
    // 1,140 - 1,065 = 75.
    assert_eq!(
        verdict(&s, "The average rent in Ostrava rose by 75 crowns a month.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The average rent in Ostrava rose by more than 100 crowns a month."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_compound_counts_what_its_head_counts() {
    let s = [(
        "wire.txt",
        "The city deployed 300 officers and 40 vans to the stadium on Saturday, the mayor said.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The city deployed 450 police officers to the stadium on Saturday."
        )
        .0,
        Verdict::Contradicted
    );
    // The figure agrees, but `police` is still the claim's word to state.
    assert_eq!(
        verdict(
            &s,
            "The city deployed 300 police officers to the stadium on Saturday."
        )
        .0,
        Verdict::Unknown
    );
}

#[test]
fn a_share_of_a_whole_is_the_part_over_the_whole() {
    let s = [(
        "wire.txt",
        "The nurses' union, which represents about 31,000 of the region's 52,000 nurses, called the strike.",
    )];
    // 31,000 / 52,000 is about 60%.
    assert_eq!(
        verdict(
            &s,
            "The nurses' union represents about 60% of the region's 52,000 nurses."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The nurses' union represents about a quarter of the region's 52,000 nurses."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn the_place_a_person_is_of_has_rivals_before_the_name() {
    let s = [(
        "wire.txt",
        "The title went to Norwegian skier Ida Berget, with Swiss veteran Marco Lenz second.",
    )];
    assert_eq!(
        verdict(&s, "Ida Berget of Sweden won the title.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Marco Lenz of Switzerland was second.").0,
        Verdict::Supported
    );
}

#[test]
fn a_rank_below_the_first_is_contradicted_by_the_first() {
    let s = [(
        "wire.txt",
        "The quake was the strongest recorded in the province, the institute said.
The airport is the busiest in the region and the 12th busiest in Europe.
The ferry line had the highest number of passengers until a bridge opened in 2019.",
    )];
    // In one word or in two.
    assert_eq!(
        verdict(
            &s,
            "The quake was the second-strongest recorded in the province."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "The quake was the third strongest recorded in the province."
        )
        .0,
        Verdict::Contradicted
    );
    // A sentence that also ranks the word, or that was first only until something, gives
    // no first.
    assert_ne!(
        verdict(&s, "The airport is the 12th busiest in Europe.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(
            &s,
            "The ferry line had the second highest number of passengers."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn figures_that_count_different_things_at_one_place_are_no_rivals() {
    let s = [(
        "wire.txt",
        "The lander's radio sends about 8 megabits near Mars but only 2 megabits at Pelion's far side, the engineer said.
The lander will work on Pelion's far side for 14 days.",
    )];
    // `30 months at Pelion's far side` is no other value of `2 megabits` there.
    assert_ne!(
        verdict(
            &s,
            "The lander will operate for 30 months at Pelion's far side."
        )
        .0,
        Verdict::Contradicted
    );
    // The same count at the same place still conflicts.
    assert_eq!(
        verdict(&s, "The lander will work on Pelion's far side for 30 days.").0,
        Verdict::Contradicted
    );
}

#[test]
fn what_prosecutors_allege_is_not_stated_as_fact() {
    let s = [(
        "wire.txt",
        "Prosecutors alleged that the broker moved 3 million euros to an account in Valletta.
Investigators allege the ferry owner charged each lorry driver 90 euros.
The ferry owner charged each car driver 70 euros for the crossing, the port said.",
    )];
    // The verb `allege` and the verb use of `alleged` leave what follows open, also for a
    // claim that says `charged` of a price.
    assert_eq!(
        verdict(
            &s,
            "The broker moved 3 million euros to an account in Valletta."
        )
        .0,
        Verdict::Unknown
    );
    assert_eq!(
        verdict(&s, "The ferry owner charged each lorry driver 90 euros.").0,
        Verdict::Unknown
    );
    // `charged each car driver` is a price, not a charge of a court: stated as fact.
    assert_eq!(
        verdict(
            &s,
            "The ferry owner charged each car driver 70 euros for the crossing."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn the_first_is_contradicted_by_a_lower_rank_in_one_word() {
    let s = [(
        "wire.txt",
        "Ostrava Freight, Dalmia's second-largest rail operator, reported a loss.
Its chief executive said the Kell line was its busiest route.",
    )];
    // After an owner as after `the`.
    assert_eq!(
        verdict(&s, "Ostrava Freight is Dalmia's largest rail operator.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Ostrava Freight is the largest rail operator in Dalmia."
        )
        .0,
        Verdict::Contradicted
    );
    // Not what need not be first, nor another thing ranked.
    assert_ne!(
        verdict(
            &s,
            "Ostrava Freight is one of Dalmia's largest rail operators."
        )
        .0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(&s, "Ostrava Freight is Dalmia's largest employer.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_denial_in_the_place_of_the_claim_word_contradicts() {
    let s = [(
        "wire.txt",
        "The farmers' union rejected the ministry's estimate of the losses.
Small bakeries will be exempt from the new flour levy, the ministry said.
The union said it would not comment on the ministry's plan to review subsidies.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The farmers' union endorsed the ministry's estimate of the losses."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "Small bakeries will be liable for the new flour levy.").0,
        Verdict::Contradicted
    );
    // What is denied may be named first: `rejected reports that`.
    let s2 = [(
        "wire.txt",
        "The port ministry rejected claims that the lease had been awarded without a public tender, saying three firms had bid.",
    )];
    assert_eq!(
        verdict(
            &s2,
            "The port ministry acknowledged that the lease was awarded without a public tender."
        )
        .0,
        Verdict::Contradicted
    );
    // Confirming or conceding what the same speaker rejected is the opposite stance, even of a
    // clause that itself denies something (`failed to`).
    let s3 = [(
        "wire.txt",
        "Health officials rejected claims on social media that the clinic in Varn had failed to order insulin.",
    )];
    for claim in [
        "Health officials confirmed that the clinic in Varn had failed to order insulin.",
        "Health officials conceded that the clinic in Varn had failed to order insulin.",
    ] {
        assert_eq!(verdict(&s3, claim).0, Verdict::Contradicted, "{claim}");
    }
    // A denial in a clause of its own, with other words between, is not in the word's place.
    assert_ne!(
        verdict(
            &s,
            "The union welcomed the ministry's plan to review subsidies."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn whose_the_person_is_has_rivals_before_the_role() {
    let s = [(
        "wire.txt",
        "Brightline and Corvex agree to merge
Corvex chief executive Ana Ruiz will run the merged company from Lisbon.
Brightline's chief financial officer, Tomas Berg, will retire in March.",
    )];
    // The headline's `Brightline` does not make Ruiz Brightline's: the sentence puts
    // another name before the same role of the same person.
    assert_eq!(
        verdict(
            &s,
            "Brightline chief executive Ana Ruiz will run the merged company."
        )
        .0,
        Verdict::Contradicted
    );
    // An owner before the role states the owner with a possessive too.
    assert_eq!(
        verdict(
            &s,
            "Brightline chief financial officer Tomas Berg will retire in March."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn one_source_figure_states_one_claim_figure() {
    let s = [(
        "wire.txt",
        "Borvik Mining said it had met every term of its 2014 licence with the province.",
    )];
    // `2014` is the licence's year; it does not also state `until 2031`, which it meets
    // as a bound.
    assert_ne!(
        verdict(&s, "Borvik Mining's 2014 licence runs until 2031.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "Borvik Mining said it had met every term of its 2014 licence."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_split_vote_is_no_unanimous_one() {
    let s = [(
        "wire.txt",
        "The council's planning board voted six to three to approve the tower.
The tribunal's ruling was signed by all five members, with one member dissenting on costs.
Rovers won the replay 3-1 after the board unanimously backed the manager.",
    )];
    for claim in [
        "The planning board voted unanimously to approve the tower.",
        "The tribunal's members were unanimous in their ruling.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Contradicted, "{claim}");
    }
    // A score is no tally of votes.
    assert_eq!(
        verdict(&s, "The board unanimously backed the manager.").0,
        Verdict::Supported
    );
}

#[test]
fn a_common_noun_with_its_own_modifier_names_no_one() {
    let s = [(
        "wire.txt",
        "Dalmia's central bank lowers rates
The Central Bank of Dalmia cut its main rate by 0.25 percentage points on Monday.
The Harbour Workers Union called off the strike, and the union's members returned on Tuesday.",
    )];
    // `central bank` is no `Westmoor Bank`: the name is nowhere.
    assert_eq!(
        verdict(
            &s,
            "Westmoor Bank cut its main rate by 0.25 percentage points on Monday."
        )
        .0,
        Verdict::Unknown
    );
    // `the union` after the full name still names it.
    assert_eq!(
        verdict(
            &s,
            "Members of the Harbour Workers Union returned on Tuesday."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_plural_predicate_and_its_modifiers_are_what_the_claim_asserts() {
    let s = [(
        "wire.txt",
        "The storm closed or damaged about 1,200 bridges across the northern provinces on Sunday.",
    )];
    // No article before a plural predicate, and a modifier of it: neither is stated.
    for claim in [
        "Most of the bridges closed across the northern provinces on Sunday were railway bridges.",
        "Most of the bridges closed across the northern provinces on Sunday were wooden bridges.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
}

#[test]
fn another_title_quoted_in_the_same_place_is_a_rival() {
    let s = [(
        "wire.txt",
        "The jury's prize went to Mara Lenz's debut \"Salt Harbour\".
Lenz has also written the novels \"Glass Fields\" and \"The Quiet Ferry\".",
    )];
    assert_eq!(
        verdict(&s, "The jury's prize went to \"Glass Fields\".").0,
        Verdict::Contradicted
    );
    // One of a list is one of many: no rival.
    assert_ne!(
        verdict(
            &s,
            "Lenz has also written the novels \"Salt Harbour\" and \"Iron Bay\"."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_figureless_direction_is_denied_by_the_move_of_its_noun() {
    let s = [(
        "wire.txt",
        "Harlow Foods reported an operating profit of 84 million pounds for 2024, up from 71 million pounds a year earlier.
Its share price fell 3% on Tuesday.",
    )];
    assert_eq!(
        verdict(&s, "Harlow Foods' operating profit shrank in 2024.").0,
        Verdict::Contradicted
    );
    // The move of another noun's figure says nothing of this one.
    assert_ne!(
        verdict(&s, "Harlow Foods' revenue shrank in 2024.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_later_step_of_a_process_is_not_stated_by_an_earlier_one() {
    let s = [(
        "wire.txt",
        "Police arrested the two directors of Halden Freight on Monday over the missing pension funds.
Brova Steel agreed to sell its rolling mill in Tarn to Ostmark Metals for 90 million euros.",
    )];
    for claim in [
        "The two directors of Halden Freight were charged on Monday over the missing pension funds.",
        "Brova Steel completed the sale of its rolling mill in Tarn to Ostmark Metals for 90 million euros.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Unknown, "{claim}");
    }
    // The same step in other words still passes.
    assert_eq!(
        verdict(
            &s,
            "Police detained the two directors of Halden Freight on Monday over the missing pension funds."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn the_change_between_two_shares_is_in_points() {
    let s = [(
        "wire.txt",
        "The council raised the tourist tax to 7 percent from 4 percent in May.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The council raised the tourist tax by three percentage points in May."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The council raised the tourist tax by five percentage points in May."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn lengths_of_time_compare_across_units() {
    let s = [(
        "wire.txt",
        "The carrier waited 19 days before telling customers of the outage, the watchdog said.
Ferry crews walked out for 36 hours, the union said.
Ana Ruiz finished the stage 12 seconds behind the leader, while her teammate lost more than two minutes.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The carrier waited nearly three weeks before telling customers of the outage."
        )
        .0,
        Verdict::Supported
    );
    // In the same unit, another figure conflicts; in another unit, the unit alone makes no
    // rival (a margin of seconds is not the teammate's minutes), so it stays open.
    assert_eq!(
        verdict(&s, "Ferry crews walked out for 48 hours, the union said.").0,
        Verdict::Contradicted
    );
    assert_ne!(
        verdict(
            &s,
            "Ana Ruiz finished the stage five minutes behind the leader."
        )
        .0,
        Verdict::Supported
    );
    let race = [(
        "race.txt",
        "Moe breaks course record in Valby ten-kilometre race
In the junior race, Ola Berg won in 31:02, more than two minutes outside the course record.
Lina Moe, 24, took 37 seconds off the previous mark of 30:41, set in 2019.",
    )];
    assert_ne!(
        verdict(
            &race,
            "Lina Moe's winning time beat the old course record by 37 seconds."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn the_figure_a_claim_bounds_is_the_one_it_speaks_of() {
    let s = [(
        "wire.txt",
        "Lena Holt retired as the club's record scorer with 212 goals, and scored 31 goals in cup matches.",
    )];
    // `fewer than 212` is denied by the 212 given, not stated by the 31 below it.
    assert_eq!(
        verdict(
            &s,
            "Lena Holt retired as the club's record scorer with fewer than 212 goals."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Lena Holt retired as the club's record scorer with more than 200 goals."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn over_a_length_of_time_is_during_it() {
    let s = [(
        "wire.txt",
        "The port authority will spend 600 million euros in the next eight years on new berths.
Harbour master Ola Berg has worked at the port for 25 years.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The port authority will spend 600 million euros over eight years on new berths."
        )
        .0,
        Verdict::Supported
    );
    // `for over 30 years` is still more than 30.
    assert_eq!(
        verdict(&s, "Ola Berg has worked at the port for over 30 years.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_fraction_after_a_figure_is_part_of_it() {
    let s = [(
        "wire.txt",
        "Rail services between the two cities were suspended for about 60 hours after the storm.
The regulator cut the cap from 12 months to eight months.",
    )];
    // Two and a half days are the 60 hours.
    assert_eq!(
        verdict(
            &s,
            "Rail services between the two cities were suspended for around two and a half days after the storm."
        )
        .0,
        Verdict::Supported
    );
    // A change is the difference of `from … to …`, also when the unit stands between.
    assert_eq!(
        verdict(&s, "The regulator cut the cap by four months.").0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(&s, "The regulator cut the cap by six months.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_superlative_is_stated_only_by_a_superlative() {
    let s = [(
        "wire.txt",
        "The merger will create the country's largest ferry operator, regulators said.
Nordlink is a big employer in the port town of Skarvik.",
    )];
    // `biggest` meets `largest` through `big` / `large`.
    assert_eq!(
        verdict(
            &s,
            "The merger will create the country's biggest ferry operator."
        )
        .0,
        Verdict::Supported
    );
    // `big` does not say `the biggest`, and the report says which word is not stated.
    let j = judge(
        &s,
        "Nordlink is the biggest employer in the port town of Skarvik.",
    );
    assert_eq!(j.verdict, Verdict::Unknown);
    assert!(
        j.explanation.ends_with("not state: biggest"),
        "{}",
        j.explanation
    );
    let alone = [(
        "wire.txt",
        "Nordlink is a big employer in the port town of Skarvik.",
    )];
    let j = judge(
        &alone,
        "Nordlink is the biggest employer in the port town of Skarvik.",
    );
    assert!(
        j.explanation.contains("no source mentions: biggest"),
        "{}",
        j.explanation
    );
    // The adjective itself is still stated by its superlative.
    assert_eq!(
        verdict(&s, "The merger will create a large ferry operator.").0,
        Verdict::Supported
    );
}

#[test]
fn the_verb_that_frames_a_quotation_is_any_verb_of_saying() {
    let s = [(
        "wire.txt",
        "Harbour strike ends
The dockers' union described the agreement as \"a fair deal for every worker\", officials said.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The dockers' union called the agreement \"a fair deal for every worker\"."
        )
        .0,
        Verdict::Supported
    );
    // The quotation itself is still checked word for word.
    assert_ne!(
        verdict(
            &s,
            "The dockers' union called the agreement \"a fair deal for every employer\"."
        )
        .0,
        Verdict::Supported
    );
    // And a verb that is no verb of saying still needs saying.
    assert_ne!(
        verdict(
            &s,
            "The dockers' union signed the agreement \"a fair deal for every worker\"."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_move_from_a_named_level_and_a_fall_below_a_level() {
    let s = [(
        "wire.txt",
        "Rates news
The jobless rate was 4.1 percent in May, down from a high of 6.8 percent in 2023, the statistics office said.",
    )];
    // `down from a high of 6.8` says the rate went down; `fell below 5 percent` is where it
    // went, not a fall of less than 5 points.
    assert_eq!(
        verdict(
            &s,
            "The jobless rate has fallen below 5 percent from a high of more than 6 percent."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "The jobless rate has risen above 5 percent from a high of more than 6 percent."
        )
        .0,
        Verdict::Contradicted
    );
}

#[test]
fn a_verb_that_only_frames_a_length_of_time_says_nothing_more() {
    let s = [(
        "wire.txt",
        "Rescue news
Divers searched the flooded tunnel for about nine hours before they reached the miners.
The mayor resigned two weeks after the flood.",
    )];
    assert_eq!(
        verdict(
            &s,
            "It took divers roughly nine hours to get to the miners in the flooded tunnel."
        )
        .0,
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            &s,
            "It took divers roughly five hours to reach the miners in the flooded tunnel."
        )
        .0,
        Verdict::Contradicted
    );
    // `a fortnight` is a length of time: two weeks.
    assert_eq!(
        verdict(&s, "The mayor resigned a fortnight after the flood.").0,
        Verdict::Supported
    );
}

#[test]
fn a_figure_is_read_with_the_period_it_is_given_for() {
    let s = [(
        "wire.txt",
        "Jobs news
Unemployment fell to 3.8 percent in 2024, down from 4.1 percent in 2023.
Inflation rose to 5.2% in March from 4.9% in February, the statistics office said.",
    )];
    // The year of the figure is the year given with it, not the other one in the sentence.
    assert_eq!(
        verdict(&s, "Unemployment was 3.8 percent in 2024.").0,
        Verdict::Supported
    );
    // Another period's figure is no value for the claim's period, and the figure the
    // claim's period has is a rival.
    for claim in [
        "Unemployment was 3.8 percent in 2023.",
        "Unemployment was 4.1 percent in 2024.",
        "Inflation was 5.2% in February.",
    ] {
        assert_eq!(verdict(&s, claim).0, Verdict::Contradicted, "{claim}");
    }
}

#[test]
fn the_end_of_a_month_names_the_month() {
    let s = [(
        "wire.txt",
        "Orders news
The shipyard's order book reached 3.1 billion euros at the end of September, up from 2.7 billion at the end of June.",
    )];
    assert_eq!(
        verdict(
            &s,
            "The shipyard's order book reached 3.1 billion euros at the end of June."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "The shipyard's order book reached 3.1 billion euros at the end of September."
        )
        .0,
        Verdict::Supported
    );
    // `of` before a month is no time word of its own (`the March of Dimes`).
    let dimes = [("wire.txt", "The March of Dimes raised 3 million dollars.")];
    assert_eq!(
        verdict(&dimes, "The March of Dimes raised 3 million dollars.").0,
        Verdict::Supported
    );
}

#[test]
fn a_comparison_with_than_is_stated_by_the_way_the_figure_went() {
    let s = [(
        "wire.txt",
        "Harbour news
More than 2,100 ships called at the port of Skarvik in the first half, down from about 2,600 in the same period last year.",
    )];
    // `more … than` is no bound on a figure here: it compares with last year, which went down.
    assert_eq!(
        verdict(
            &s,
            "More ships called at the port of Skarvik in the first half than in the same period last year."
        )
        .0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(
            &s,
            "Fewer ships called at the port of Skarvik in the first half than in the same period last year."
        )
        .0,
        Verdict::Supported
    );
    // A sentence that says nothing of how it compares does not state the comparison.
    let flat = [(
        "wire.txt",
        "Harbour news
More than 2,100 ships called at the port of Skarvik in the first half.",
    )];
    assert_ne!(
        verdict(
            &flat,
            "More ships called at the port of Skarvik in the first half than in the same period last year."
        )
        .0,
        Verdict::Supported
    );
}

#[test]
fn a_forecast_is_no_certainty() {
    let s = [(
        "tour.txt",
        "Rankings news\nThe sprinter is expected to climb into the world's top ten when the new list is published on Friday, officials said.\nThe league table shows the Harbour Kings are likely to win the regional cup in August.",
    )];
    let (v, _) = verdict(
        &s,
        "The sprinter will be ranked in the world's top ten on Friday.",
    );
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(&s, "The Harbour Kings will win the regional cup in August.");
    assert_eq!(v, Verdict::Unknown);
    // A claim that speaks of the forecast itself may repeat it.
    let (v, _) = verdict(
        &s,
        "The sprinter is expected to climb into the world's top ten on Friday.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_figure_after_up_is_a_move_and_from_a_year_is_no_period() {
    let s = [(
        "results.txt",
        "Results news\nThe bakery chain reported sales of 88 million euros in 2025, up 41% from 2024, and a loss of 3 million euros.",
    )];
    let (v, _) = verdict(
        &s,
        "The bakery chain's sales rose by more than a third in 2025.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "The bakery chain's sales fell in 2025.");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn a_denial_the_source_shares_under_other_bounds_is_no_conflict() {
    let s = [(
        "court.txt",
        "Court news\nThe former mayor pleaded not guilty to charges of fraud and bribery at the hearing on Monday.\nThe goalkeeper had not conceded a goal in the tournament before the semi-final.\nThe harbour master denied that the company had bribed the port inspectors.\nThe guards said their absence was noticed during the morning roll call.\nThe council did not approve the budget and did not meet again.",
    )];
    // One denial in the source covers both the word the claim denies and its neighbours.
    let (v, _) = verdict(&s, "The former mayor denied the fraud and bribery charges.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The goalkeeper reached the semi-final without conceding a goal.",
    );
    assert_ne!(v, Verdict::Contradicted);
    // The claim denies in the place where the source denies.
    let (v, _) = verdict(
        &s,
        "The harbour master rejected claims that the company had bribed the port inspectors.",
    );
    assert_ne!(v, Verdict::Contradicted);
    // A noun that governs nothing denies nothing.
    let (v, _) = verdict(
        &s,
        "The guards' absence was noticed during the morning roll call.",
    );
    assert_eq!(v, Verdict::Supported);
    // Another denial of the source still contradicts what the claim says was done.
    let (v, _) = verdict(&s, "The council did not approve the budget and met again.");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn a_result_is_both_its_tallies_in_order() {
    let s = [(
        "match.txt",
        "Sport news\nMarta Lind beat Ana Sorel 7-5, 2-6, 6-3 in the final in Bergen on Sunday.\nThe board voted 4-1 to sell the stadium.\nRivertown won 3-0 at home against Eastfield, whose coach said the 0-3 defeat was deserved.",
    )];
    // Same sets in the same order; one set the other way round is not stated.
    let (v, _) = verdict(&s, "Marta Lind beat Ana Sorel 7-5, 2-6, 6-3 in the final.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Marta Lind beat Ana Sorel 7-5, 6-2, 6-3 in the final.");
    assert_ne!(v, Verdict::Supported);
    // `four to one` is `4-1`.
    let (v, _) = verdict(&s, "The board voted four to one to sell the stadium.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "The board voted 3-2 to sell the stadium.");
    assert_eq!(v, Verdict::Contradicted);
    // A count may be one tally of the result.
    let (v, _) = verdict(&s, "One board member voted against selling the stadium.");
    assert_ne!(v, Verdict::Contradicted);
}

#[test]
fn another_deadline_is_another_target() {
    let s = [(
        "energy.txt",
        "Energy news\nThe utility promised to shut its last gas plant by 2031, the chairman said.\nBy May 4, the clinic had treated more than 300 patients.",
    )];
    let (v, _) = verdict(
        &s,
        "The utility promised to shut its last gas plant by 2031.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The utility promised to shut its last gas plant by 2036.",
    );
    assert_eq!(v, Verdict::Contradicted);
    // Where a running count stood by a day bounds the count at a later day.
    let (v, _) = verdict(
        &s,
        "By May 9, the clinic had treated more than 300 patients.",
    );
    assert_ne!(v, Verdict::Contradicted);
}

#[test]
fn a_fronted_whole_makes_the_next_figure_its_part() {
    let s = [(
        "ferry.txt",
        "Ferry news\nOf the 48 passengers on board, 41 were rescued by fishing boats, and seven are still missing.",
    )];
    let (v, _) = verdict(&s, "Forty-one of the 48 passengers were rescued.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Forty-four of the 48 passengers were rescued.");
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn figures_set_side_by_side_say_which_is_higher() {
    let s = [(
        "rates.txt",
        "Rates news\nThe island's jobless rate is 4.2 percent, compared with more than 9 percent on the mainland.",
    )];
    let (v, _) = verdict(
        &s,
        "The island's jobless rate of 4.2 percent is higher than the rate on the mainland.",
    );
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(
        &s,
        "The island's jobless rate of 4.2 percent is lower than the rate on the mainland.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn what_money_is_for_tells_sums_apart() {
    let s = [(
        "budget.txt",
        "Budget news\nThe county budget sets aside 40 million dollars for bridge repairs and 9 million dollars for a new fire station in the north.",
    )];
    let (v, _) = verdict(
        &s,
        "The county budget sets aside 9 million dollars for a new fire station.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The county budget sets aside 12 million dollars for a new fire station.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_subject_whose_clause_lacks_the_verb_is_not_its_doer() {
    let s = [(
        "orchestra.txt",
        "Concert news\nConductor Lena Marsh led the opening symphony, while violinist Tomas Berg played the encore.\nThe critics praised the orchestra.",
    )];
    let (v, _) = verdict(&s, "Tomas Berg led the opening symphony.");
    assert_ne!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Lena Marsh led the opening symphony.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn another_name_after_the_passive_by_is_a_swapped_agent() {
    let s = [(
        "lawsuit.txt",
        "Lawsuit news\nThe lawsuit was filed by the shipping firm Nordhaven Lines, which accuses the Port of Vessa of breaking its lease.",
    )];
    let (v, reasons) = verdict(
        &s,
        "The lawsuit was filed by the Port of Vessa against Nordhaven Lines.",
    );
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::SwappedRoles));
    let (v, _) = verdict(&s, "The lawsuit was filed by Nordhaven Lines.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_number_word_before_month_counts_months() {
    let s = [(
        "inquiry.txt",
        "Inquiry news\nThe ruling follows a four-month inquiry by the harbour authority.",
    )];
    let (v, _) = verdict(
        &s,
        "The ruling follows a seven-month inquiry by the harbour authority.",
    );
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(
        &s,
        "The ruling follows a four-month inquiry by the harbour authority.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn two_round_figures_whose_ranges_only_touch_differ() {
    let s = [(
        "flood.txt",
        "Flood news\nThe water spread over an area about 3 kilometres wide, officials said.",
    )];
    let (v, _) = verdict(&s, "The water spread over an area about 5 kilometres wide.");
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(&s, "The water spread over an area about 3 kilometres wide.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_denied_clause_is_stated_whatever_its_report_is_called() {
    // `claims` and `suggestions` only name what was said: the denial of the clause is stated
    // word for word, not as a near match missing `claims`.
    let s = [(
        "port.txt",
        "Port news\nHarbour chief Ola Brandt dismissed suggestions on social media that the grain terminal would close next year.",
    )];
    let (v, r) = verdict(
        &s,
        "Ola Brandt rejected claims on social media that the grain terminal would close next year.",
    );
    assert_eq!((v, r), (Verdict::Supported, vec![Reason::FullMatch]));
    let (v, _) = verdict(
        &s,
        "Ola Brandt said the grain terminal would close next year.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_deed_done_is_not_stated_by_a_deed_expected() {
    // `requested` is the claim's deed, not a word that makes it a plan: only `requested …
    // to` speaks of what was meant.
    let s = [(
        "storm.txt",
        "Storm news\nMayor Ines Calder declared an emergency on Friday and is expected to request state flood relief.",
    )];
    let (v, _) = verdict(&s, "Mayor Calder has requested state flood relief.");
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(
        &s,
        "Mayor Calder is expected to request state flood relief.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn admitting_no_wrongdoing_is_not_admitting_it() {
    let s = [(
        "deal.txt",
        "Deal news\nThe lender did not admit wrongdoing as part of the 40 million dollar settlement.",
    )];
    let (v, _) = verdict(
        &s,
        "The lender admitted no wrongdoing as part of the 40 million dollar settlement.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The lender admitted wrongdoing as part of the 40 million dollar settlement.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn rather_than_a_deed_denies_it() {
    let s = [(
        "bridge.txt",
        "Bridge news\nThe council voted on Monday to repair the Eastgate bridge, not to replace it.",
    )];
    let (v, _) = verdict(
        &s,
        "The council voted to repair the Eastgate bridge rather than to replace it.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The council voted to replace the Eastgate bridge instead of repairing it.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_bounded_proportion_is_the_ratio_of_a_vote() {
    let claim = "The parliament passed the reform by a margin of more than two to one on Tuesday.";
    let wide = [(
        "vote.txt",
        "Vote news\nThe parliament passed the reform by 214 votes to 97 on Tuesday.",
    )];
    assert_eq!(verdict(&wide, claim).0, Verdict::Supported);
    let narrow = [(
        "vote.txt",
        "Vote news\nThe parliament passed the reform by 150 votes to 97 on Tuesday.",
    )];
    assert_eq!(verdict(&narrow, claim).0, Verdict::Contradicted);
}

#[test]
fn a_share_of_a_whole_is_met_by_the_count_it_makes() {
    let s = [(
        "leak.txt",
        "Leak news\nThe pipeline spilled 2,800 barrels of crude, and crews had recovered about 1,900 barrels by Monday.",
    )];
    let (v, _) = verdict(
        &s,
        "Crews had recovered more than two-thirds of the 2,800 barrels spilled by Monday.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "Crews had recovered more than three-quarters of the 2,800 barrels spilled by Monday.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_deed_on_a_condition_is_not_done() {
    let s = [(
        "mill.txt",
        "Mill news\nThe Harlow mill union said it would hold a strike ballot if the owners announced job cuts.",
    )];
    let (v, _) = verdict(&s, "The Harlow mill union has announced a strike ballot.");
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(
        &s,
        "The Harlow mill union would hold a strike ballot if the owners announced job cuts.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_phrase_added_to_the_sources_words_is_not_stated() {
    let s = [(
        "ship.txt",
        "Ship news\nTwo deckhands from the Corran Star were injured and taken to hospital in Marvik, the coast guard said.",
    )];
    let (v, _) = verdict(
        &s,
        "Two deckhands from the Corran Star were injured and taken to hospital in Marvik by helicopter.",
    );
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(
        &s,
        "Two deckhands from the Corran Star were hurt and taken to hospital in Marvik.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_distance_below_a_base_is_the_size_of_a_move_down() {
    let s = [(
        "rent.txt",
        "Rent news\nUnder the new rules, student rents will be capped at 640 crowns a week, down from a previous cap of 800 crowns.",
    )];
    let (v, _) = verdict(
        &s,
        "Student rents will be capped at 640 crowns a week, 160 crowns below the previous cap.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "Student rents will be capped at 640 crowns a week, 160 crowns above the previous cap.",
    );
    assert_eq!(v, Verdict::Contradicted);
    // A part and its whole: the move is of the part (`24 of the 72 seats, up from 17`).
    let seats = [(
        "vote.txt",
        "Vote news\nThe Civic Union secured 24 of the 72 seats in the regional assembly, up from 17 in 2020.",
    )];
    let (v, _) = verdict(
        &seats,
        "The Civic Union secured 24 of the 72 seats in the regional assembly, seven more than in 2020.",
    );
    assert_ne!(v, Verdict::Contradicted);
}

#[test]
fn missing_a_meeting_is_not_attending_it() {
    let s = [(
        "council.txt",
        "Council news\nCouncillor Ana Brekke did not attend Thursday's budget meeting.",
    )];
    let (v, _) = verdict(
        &s,
        "Councillor Ana Brekke missed Thursday's budget meeting.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "Councillor Ana Brekke missed Thursday's budget meeting because she was ill.",
    );
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(
        &s,
        "Councillor Ana Brekke attended Thursday's budget meeting.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_change_in_percent_is_no_rival_of_a_share_of_another_thing() {
    let s = [(
        "port.txt",
        "Port news\nThe harbour board said it would seek more money from cruise lines, which currently make up 23% of its income.",
    )];
    let (v, _) = verdict(&s, "The harbour board will lift berth fees by 10%.");
    assert_eq!(v, Verdict::Unknown);
    // `less than 41` bounds its own figure; it is no base of the share before it.
    let film = [(
        "film.txt",
        "Film news\nOn Rotten Tomatoes, the film has a rating of 43% based on 40 reviews.",
    )];
    let (v, _) = verdict(
        &film,
        "On Rotten Tomatoes, the film has a rating of 43% with less than 41 reviews.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_forecast_foretells_only_what_follows_it() {
    let s = [(
        "storm.txt",
        "Storm news\nMayor Ines Calder declared an emergency on Friday and is expected to request state flood relief.",
    )];
    let (v, _) = verdict(&s, "Mayor Ines Calder declared an emergency on Friday.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "Mayor Ines Calder requested state flood relief on Friday.",
    );
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn what_must_still_happen_has_not_happened() {
    let s = [(
        "treaty.txt",
        "Treaty news\nThe water-sharing treaty must still be approved by both senates, which officials expect before March.\nThe mining company said it would weigh a challenge in the high court, which must be filed within 21 days.\nThe merger has yet to be cleared by the competition regulator.",
    )];
    for claim in [
        "Both senates have approved the water-sharing treaty.",
        "The mining company has filed a challenge in the high court.",
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, Verdict::Unknown, "{claim}");
    }
    // `has yet to` denies it.
    let (v, _) = verdict(&s, "The competition regulator cleared the merger.");
    assert_eq!(v, Verdict::Contradicted);
    // A claim that speaks of the requirement itself is stated.
    let (v, _) = verdict(
        &s,
        "The water-sharing treaty must still be approved by both senates.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn sums_for_different_things_are_no_rivals() {
    let s = [(
        "theft.txt",
        "Museum theft\nThe gallery has offered a reward of 50,000 dollars for information leading to the painting's return.",
    )];
    let (v, _) = verdict(&s, "The painting was insured for 2 million dollars.");
    assert_eq!(v, Verdict::Unknown);
    // The same thing paid for conflicts.
    let (v, _) = verdict(&s, "The gallery has offered a reward of 80,000 dollars.");
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_word_put_into_the_sources_own_run_is_an_added_detail() {
    let s = [(
        "climb.txt",
        "Climbers rescued\nThe three injured climbers were treated for frostbite at Brennan Valley Hospital on Monday, and two were discharged.\nThe band will play a home concert at Delmar Arena on Friday, its promoter said.",
    )];
    for claim in [
        "The three injured climbers were treated for frostbite and exhaustion at Brennan Valley Hospital on Monday.",
        "The band will play a sold-out home concert at Delmar Arena on Friday, its promoter said.",
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, Verdict::Unknown, "{claim}");
    }
    // Without the added word, the copied run is stated.
    let (v, _) = verdict(
        &s,
        "The three injured climbers were treated for frostbite at Brennan Valley Hospital on Monday.",
    );
    assert_eq!(v, Verdict::Supported);
    // A word the source gives elsewhere (here its headline) may only say which one is meant.
    let t = [(
        "band.txt",
        "Sold-out shows for the band\nThe band will play a home concert at Delmar Arena on Friday, its promoter said.",
    )];
    let (v, _) = verdict(
        &t,
        "The band will play a sold-out home concert at Delmar Arena on Friday, its promoter said.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn an_age_is_no_count() {
    let s = [(
        "hikers.txt",
        "Hikers missing\nDivers were still searching for four people reported missing, including a 15-year-old girl.\nThe oldest of the hikers, aged 71, is a retired guide.",
    )];
    let (v, _) = verdict(
        &s,
        "A 15-year-old girl was among four people still missing.",
    );
    assert_eq!(v, Verdict::Supported);
    // An age against an age still conflicts, however each is written.
    let (v, _) = verdict(
        &s,
        "A 16-year-old girl was among four people still missing.",
    );
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(&s, "The oldest of the hikers is 68 years old.");
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn the_wires_words_for_work_disputes_and_fires_are_one() {
    let s = [(
        "plant.txt",
        "Plant strike\nAbout 300 employees at the Corvel plant began a strike on Monday after negotiations over pay collapsed.\nA fire damaged the plant's warehouse on Sunday.",
    )];
    for claim in [
        "Some 300 workers at the Corvel plant started a walkout on Monday after talks over pay collapsed.",
        "A blaze damaged the plant's warehouse on Sunday.",
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, Verdict::Supported, "{claim}");
    }
}

#[test]
fn no_before_a_noun_denies_what_is_said_of_it() {
    let s = [(
        "flood.txt",
        "Flood shelters\nThe mayor said the shelters were open and no elderly residents had been left without help.\nNo patients were moved from the hospital, officials said.",
    )];
    // Something else said of the residents is not denied.
    let (v, _) = verdict(
        &s,
        "The mayor said the shelters were open and elderly residents were being taken there by bus.",
    );
    assert_eq!(v, Verdict::Unknown);
    // What is said of them is.
    let (v, _) = verdict(&s, "Patients were moved from the hospital, officials said.");
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(
        &s,
        "The mayor said elderly residents had been left without help.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_place_named_with_another_runner_is_theirs() {
    let s = [(
        "race.txt",
        "Athletics\nJuno Akers of Tarvel finished second in the 400 metres in 50.9 seconds, with her compatriot Dana Pell third in 51.2.",
    )];
    let (v, _) = verdict(&s, "Dana Pell finished second in the 400 metres.");
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(&s, "Juno Akers finished second in the 400 metres.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn how_often_is_no_value_of_how_long() {
    let s = [(
        "drugs.txt",
        "Drug prices\nThe ministry will review the list of capped drugs every six months.",
    )];
    let (v, _) = verdict(
        &s,
        "Two heart drugs were exempted from the list of capped drugs for 12 months.",
    );
    assert_eq!(v, Verdict::Unknown);
    let (v, _) = verdict(
        &s,
        "The ministry will review the list of capped drugs every three months.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_court_that_ruled_two_to_one_was_split() {
    let s = [(
        "court.txt",
        "Court news\nThe three-judge appeals panel ruled 2-1 to uphold the fishing ban on Tuesday.",
    )];
    let (v, _) = verdict(
        &s,
        "The appeals panel ruled unanimously to uphold the fishing ban.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_title_given_to_another_person_is_a_rival_name() {
    let s = [(
        "court.txt",
        "Court news\nThe presiding judge, Mara Velloni, said the appeal had no merit.\nHealth Minister Oskar Brandt said the hospital would reopen in May.",
    )];
    for claim in [
        "Tomas Erlich, the presiding judge, said the appeal had no merit.",
        "Health Minister Ines Rauch said the hospital would reopen in May.",
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, Verdict::Contradicted, "{claim}");
    }
    // The person the sentence names is stated.
    let (v, _) = verdict(
        &s,
        "Mara Velloni, the presiding judge, said the appeal had no merit.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_preposition_or_adverb_phrase_that_means_a_stopword_is_no_claim_word() {
    let s = [(
        "markets.txt",
        "Markets\nThe lira gained 0.8 percent against the dollar after the rate decision.\nThe bank will also pay a fine of $3 million to the regulator.",
    )];
    for claim in [
        // `following` before what it follows is `after`.
        "Following the rate decision, the lira gained 0.8 percent against the dollar.",
        // `as well` says `also`.
        "The bank will pay a fine of $3 million to the regulator as well.",
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, Verdict::Supported, "{claim}");
    }
    // As a verb, `following` is still a word to find.
    let (v, _) = verdict(&s, "The regulator was following the rate decision closely.");
    assert_eq!(v, Verdict::Unknown);
}

#[test]
fn the_and_a_noun_the_article_joins_to_one_name_stands_for_that_name() {
    let one_dam = "Flood watch\nOfficials began releasing water from the Velmar dam on Sunday.\nThe river rose by a metre overnight.\nEngineers opened three of the dam's five gates on Monday.";
    let claim = "Engineers opened three of the Velmar dam's five gates on Monday.";
    let (v, _) = verdict(&[("dam.txt", one_dam)], claim);
    assert_eq!(v, Verdict::Supported);
    // With a second dam in the article, `the dam` may be either.
    let two_dams = one_dam.replace(
        "The river rose",
        "The Orsk dam upstream held. The river rose",
    );
    let (v, _) = verdict(&[("dam.txt", &two_dams)], claim);
    assert_eq!(v, Verdict::Unknown);
    // A dam the article never names is not the one it describes.
    let (v, _) = verdict(
        &[("dam.txt", one_dam)],
        "Engineers opened three of the Orsk dam's five gates on Monday.",
    );
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn the_number_of_things_counts_them_and_the_top_n_counts_places() {
    let s = [(
        "rankings.txt",
        "University rankings\nThe number of universities from Ostria in the top 100 rose to 14 from 9.",
    )];
    let (v, _) = verdict(
        &s,
        "Ostria now has 14 universities in the top 100, up from 9.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Ostria now has 16 universities in the top 100.");
    assert_eq!(v, Verdict::Contradicted);
    // The 100 is a place in the ranking, no count of universities.
    let (v, _) = verdict(&s, "Ostria now has 100 universities.");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn figures_in_two_units_of_one_measure_are_compared_in_one() {
    let s = [(
        "quarry.txt",
        "Quarry report\nWorkers found the seam about 30 centimetres below the floor.\nThe new haul road runs 2,500 metres to the coast, or 1.6 miles.",
    )];
    for (claim, expected) in [
        (
            "Workers found the seam about 30 metres below the floor.",
            Verdict::Contradicted,
        ),
        (
            "Workers found the seam about 30 centimetres below the floor.",
            Verdict::Supported,
        ),
        (
            "The new haul road runs 2.5 kilometres to the coast.",
            Verdict::Supported,
        ),
        (
            "The new haul road runs 4 kilometres to the coast.",
            Verdict::Contradicted,
        ),
        // Given in the claim's unit too, the other unit's figure is no rival.
        (
            "The new haul road runs 1.6 miles to the coast.",
            Verdict::Supported,
        ),
    ] {
        let (v, _) = verdict(&s, claim);
        assert_eq!(v, expected, "{claim}");
    }
}

#[test]
fn how_badly_someone_was_hurt_is_no_detail_to_forgive() {
    let s = [(
        "raid.txt",
        "Depot raid\nTwo guards were slightly injured in the raid and went home the same day.",
    )];
    let (v, _) = verdict(&s, "Two guards were seriously injured in the raid.");
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(&s, "Two guards suffered serious injuries in the raid.");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn a_name_a_noun_phrase_names_fills_the_slot() {
    // The headline names the claim's country, so the name is found; the sentence still puts
    // another in the slot, after `the neutral country of`.
    let s = [(
        "treaty.txt",
        "Ostria and Valdmark sign river treaty\nThe talks were hosted by the Arnel Foundation, a charity based in the neutral country of Brisca.",
    )];
    let (v, _) = verdict(
        &s,
        "The talks were hosted by the Arnel Foundation, a charity based in Ostria.",
    );
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(
        &s,
        "The talks were hosted by the Arnel Foundation, a charity based in Brisca.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_role_the_sentence_gives_to_another_person_is_a_rival_name() {
    let s = [(
        "match.txt",
        "Cup final\nRovers went ahead in the 20th minute through winger Tomas Brandl, who finished a cross from Ivo Sertic.\nThe club's coach, Dr. Lena Marsh, praised the defence.",
    )];
    let (v, _) = verdict(
        &s,
        "Rovers went ahead in the 20th minute through winger Ivo Sertic.",
    );
    assert_eq!(v, Verdict::Contradicted);
    let (v, _) = verdict(
        &s,
        "Rovers went ahead in the 20th minute through winger Tomas Brandl.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_figure_of_the_other_party_s_clause_is_not_the_subject_s() {
    let s = [(
        "strike.txt",
        "Port strike\nThe dockers' union is demanding a 9 percent pay rise, while port operator Calden Terminals has offered 5.5 percent.",
    )];
    let (v, _) = verdict(&s, "Calden Terminals has offered a 9 percent pay rise.");
    assert_ne!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Calden Terminals has offered 5.5 percent.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn an_active_claim_against_the_passive_of_its_verb_with_the_roles_reversed_contradicts() {
    let s = [(
        "tunnel.txt",
        "Tunnel opens\nWork was held up by a dispute with the first contractor, Orvel Build, which was later replaced by Tamsin Works.",
    )];
    let (v, reasons) = verdict(&s, "Orvel Build replaced Tamsin Works as contractor.");
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::SwappedRoles));
    let (v, _) = verdict(&s, "Tamsin Works replaced Orvel Build as contractor.");
    assert_ne!(v, Verdict::Contradicted);
}

#[test]
fn a_place_inside_a_rival_of_the_claim_s_place_contradicts() {
    let s = [(
        "envoys.txt",
        "Envoys met in North Africa on Monday.\nA second round of talks was held in Siberia.",
    )];
    // North Africa (a region WordNet names, written as a name) lies in Africa, which
    // excludes Europe; Siberia lies in Russia, which excludes China.
    assert_eq!(
        verdict(&s, "Envoys met in Europe on Monday.").0,
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(&s, "A second round of talks was held in China.").0,
        Verdict::Contradicted
    );
    // Inside the claim's own place, it is stated.
    assert_eq!(
        verdict(&s, "Envoys met in Africa on Monday.").0,
        Verdict::Supported
    );
    // (Siberia is not yet read as stating Russia, but it is never its rival.)
    assert_ne!(
        verdict(&s, "A second round of talks was held in Russia.").0,
        Verdict::Contradicted
    );
}

#[test]
fn a_figure_above_its_base_against_the_same_figure_below_it_contradicts() {
    let s = [(
        "rents.txt",
        "Rents in Dovemark\nThe average monthly rent in Dovemark reached 930 crowns, 4.2 percent lower than a year earlier.",
    )];
    let j = judge(
        &s,
        "The average monthly rent in Dovemark was 4.2 percent higher than a year earlier.",
    );
    assert_eq!(j.verdict, Verdict::Contradicted);
    assert!(
        j.explanation.contains("4.2 percent higher"),
        "{}",
        j.explanation
    );
    let (v, _) = verdict(
        &s,
        "The average monthly rent in Dovemark was 4.2 percent lower than a year earlier.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn instead_of_before_a_manner_or_place_denies_it() {
    let s = [(
        "patch.txt",
        "Hospital patch\nThe patch was installed on the hospital's computers at once instead of in phases, the IT office said.",
    )];
    let (v, reasons) = verdict(
        &s,
        "The patch was installed on the hospital's computers in phases.",
    );
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::Negation));
    let (v, _) = verdict(
        &s,
        "The patch was installed on the hospital's computers at once.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn the_state_after_a_linking_verb_is_not_forgiven_where_another_verb_stands() {
    let s = [(
        "river.txt",
        "River Alder\nHydrologist Mina Sorvik said the river level was expected to rise over the next three days.",
    )];
    let (v, _) = verdict(
        &s,
        "Mina Sorvik said the river level was expected to remain low over the next three days.",
    );
    assert_ne!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "Mina Sorvik said the river level was expected to rise over the next three days.",
    );
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_verb_the_source_says_of_another_object_is_not_stated() {
    let s = [(
        "budget.txt",
        "Budget vote\nThe farmers' union, Terrana, welcomed the fuel subsidy but criticised the new water tax, its leader said.",
    )];
    let j = judge(&s, "Terrana criticised the fuel subsidy.");
    assert_ne!(j.verdict, Verdict::Supported);
    assert!(j.explanation.contains("new water tax"), "{}", j.explanation);
    let (v, _) = verdict(&s, "Terrana criticised the new water tax.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Terrana welcomed the fuel subsidy.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn a_move_written_to_then_from_past_a_date_gives_its_change() {
    let s = [(
        "jobs.txt",
        "Jobless rate up\nThe jobless rate in Orvania rose to 7.2 percent in March, from 6.8 percent a year earlier, the statistics office said.",
    )];
    let (v, _) = verdict(
        &s,
        "The jobless rate in Orvania rose by 0.4 percentage points.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The jobless rate in Orvania was 0.4 percentage points higher in March than a year earlier.",
    );
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(
        &s,
        "The jobless rate in Orvania rose by 0.9 percentage points.",
    );
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_figure_compared_with_another_is_a_move_from_it() {
    let s = [(
        "exports.txt",
        "Tarvia exports\nExports from Tarvia reached 2.4 billion dollars in the third quarter, compared with 2.1 billion dollars a year earlier.",
    )];
    let (v, _) = verdict(&s, "Exports from Tarvia rose by 300 million dollars.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Exports from Tarvia rose by 500 million dollars.");
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn no_near_match_forgives_which_way_something_went() {
    let s = [(
        "exports.txt",
        "Tarvia exports\nExports from Tarvia reached 2.4 billion dollars in the third quarter, against 2.1 billion dollars a year earlier.",
    )];
    let (v, _) = verdict(&s, "Exports from Tarvia fell in the third quarter.");
    assert_ne!(v, Verdict::Supported);
}

#[test]
fn a_figure_after_up_or_down_gives_the_way_it_went() {
    let s = [(
        "sales.txt",
        "Orlan results\nOrlan Foods reported sales of 640 million marks last year, down 9 percent.",
    )];
    let (v, reasons) = verdict(&s, "Orlan Foods' sales rose 9 percent last year.");
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::Antonym));
    let (v, _) = verdict(&s, "Orlan Foods' sales fell 9 percent last year.");
    assert_eq!(v, Verdict::Supported);
}

#[test]
fn complying_with_rules_is_the_opposite_of_breaching_them() {
    let s = [(
        "plant.txt",
        "Plant inquiry\nThe operator, Meld Chemicals, said it had complied with all safety rules.",
    )];
    let (v, reasons) = verdict(&s, "Meld Chemicals said it had breached safety rules.");
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::Antonym));
    let (v, _) = verdict(&s, "Meld Chemicals said it had violated safety rules.");
    assert_eq!(v, Verdict::Contradicted);
}

#[test]
fn a_thing_of_one_sort_is_not_of_another() {
    let s = [(
        "harbour.txt",
        "Grey Harbour\nGrey Harbour is a 2019 Irish drama film, set in and around Galway.\n\
         Kessling is a town on the river Orm.",
    )];
    let (v, reasons) = verdict(&s, "Grey Harbour is a television series.");
    assert_eq!(v, Verdict::Contradicted);
    assert!(reasons.contains(&Reason::KindMismatch));
    let (v, _) = verdict(&s, "Grey Harbour is a 2019 Irish drama movie.");
    assert_eq!(v, Verdict::Supported);
    let (v, _) = verdict(&s, "Kessling is a county.");
    assert_eq!(v, Verdict::Contradicted);
    // A noun of no sort on the list clashes with nothing.
    let (v, _) = verdict(&s, "Kessling is a port.");
    assert_eq!(v, Verdict::Unknown);
}

#[test]
fn entry_states_enter_and_free_states_free_of_charge() {
    let s = [(
        "zoo.txt",
        "Zoo reopens\nEntry to the Halden zoo is free for children under 12, the city said.",
    )];
    let (v, _) = verdict(
        &s,
        "Children under 12 can enter the Halden zoo free of charge.",
    );
    assert_eq!(v, Verdict::Supported);
}
