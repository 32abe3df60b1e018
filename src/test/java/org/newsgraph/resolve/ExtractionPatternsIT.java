package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.SharedModels;

/** Short invented articles through the real models: the facts each pattern family must give, and must not. */
class ExtractionPatternsIT {
    private final ArticleProcessor processor = new ArticleProcessor(SharedModels.get());

    private Set<String> facts(String headline, String body) {
        return facts(headline, body, null);
    }

    private Set<String> facts(String headline, String body, java.time.LocalDate published) {
        Article a = new Article("t", headline, headline + "\n\n" + body, "", null, null, published, "test");
        Set<String> out = new TreeSet<>();
        for (ResolvedFact f : processor.process(a).facts())
            out.add(f.subject().key() + " " + f.relation().localName() + " " + f.object().key());
        return out;
    }

    @Test
    void titlesPartiesAndEndorsements() {
        Set<String> facts = facts("Governor backs mayor",
                "Gov. Ann Lee (R-Ohio) endorsed Thomas Cole for mayor on Monday. Cole did not endorse Lee in return.");
        assertTrue(facts.contains("ann-lee holdsOffice governor-of-ohio"), facts.toString());
        assertTrue(facts.contains("ann-lee memberOf republican-party"), facts.toString());
        assertTrue(facts.contains("ann-lee endorses thomas-cole"), facts.toString());
        assertFalse(facts.contains("thomas-cole endorses ann-lee"), facts.toString());
    }

    @Test
    void anotherCountrysPresidentRanForHisOwnOfficeAndAClauseAfterAnOfficeIsNoApposition() {
        Set<String> facts = facts("Leaders and news",
                "France's President Emmanuel Macron is worried about fake news. He complained during his successful "
                        + "presidential campaign that Moscow had targeted him. While Iranians take the measure of Mr. Tom Lee, "
                        + "the president of Russia has given him a nod.", java.time.LocalDate.of(2018, 2, 1));
        assertTrue(facts.contains("emmanuel-macron holdsOffice president-of-france"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("emmanuel-macron candidateIn")), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("tom-lee holdsOffice")), facts.toString());
    }

    @Test
    void aSittingPresidentInAPollRunsForPresidentNotForTheArticlesStateRace() {
        Set<String> facts = facts("Romney leads Obama in Michigan",
                "In 2010, Republican Rick Snyder won the gubernatorial election in Michigan in a landslide. "
                        + "Now Mitt Romney comes out ahead 45% to Barack Obama's 43% in a tight race.", java.time.LocalDate.of(2012, 6, 20));
        assertTrue(facts.contains("barack-obama runsAgainst mitt-romney"), facts.toString());
        Set<String> past = facts("Obama and marriage", "Hillary Clinton is running in the 2016 presidential race. Barack Obama backed same-sex marriage late. And even in 2004 — as he ran for the U.S. Senate at the age of 43 — he "
                        + "was unaware of the riots.",
                java.time.LocalDate.of(2015, 6, 30));
        assertTrue(past.stream().anyMatch(f -> f.startsWith("barack-obama candidateIn") && f.contains("senate")), past.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("candidateIn") && f.contains("governor")
                && (f.startsWith("barack-obama") || f.startsWith("mitt-romney"))), facts.toString());
    }

    @Test
    void aMemberOfCongressSeatedElsewhereRunsInNoOtherStatesRace() {
        Set<String> facts = facts("Senate races", "The Nevada Senate race is close. Democrats hope to win the Nevada Senate race. "
                + "Mitch McConnell faces a challenge from Matt Bevin.", java.time.LocalDate.of(2014, 3, 1));
        assertTrue(facts.contains("matt-bevin runsAgainst mitch-mcconnell"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("candidateIn") && f.contains("nevada")), facts.toString());
        // A candidate's description in a round-up whose main contest is another state's governorship.
        facts = facts("Governors' races", "The Nevada governor's race is close. Democrats hope to win the Nevada governor's race. "
                + "Early polls showed Terri Land leading Rep. Gary Peters, the Democratic candidate.", java.time.LocalDate.of(2014, 3, 1));
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("gary-peters candidateIn")), facts.toString());
    }

    @Test
    void aSonNamedAfterHisFatherGetsHisOwnNode() {
        Set<String> facts = facts("Father and son",
                "President Tom Lee endorsed Ann Cole on Monday. Tom Lee Jr. slammed Mark Dunn on Tuesday.");
        assertTrue(facts.contains("tom-lee endorses ann-cole"), facts.toString());
        assertTrue(facts.contains("tom-lee-jr criticizes mark-dunn"), facts.toString());
        assertFalse(facts.contains("tom-lee criticizes mark-dunn"), facts.toString());
    }

    @Test
    void aRaceTheSentencePlacesIsNotTheArticlesRace() {
        Set<String> facts = facts("Virginia elects a governor",
                "Democrat Tom Lee won the 2013 Virginia governor election on Tuesday, defeating Republican Ann Cole. "
                        + "Earlier, New Jersey Gov. Mark Dunn won four more years by defeating Paula Reyes in the state's gubernatorial race. "
                        + "Texas Attorney General Gary Hunt, his state's Republican nominee for governor, took heat. "
                        + "Democrat Bill Vance has defeated Republican nominee Joe Marsh in the race for mayor of New York City.",
                java.time.LocalDate.of(2013, 11, 6));
        assertTrue(facts.contains("tom-lee candidateIn 2013-virginia-governor-election"), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("mark-dunn candidateIn") && f.contains("new-jersey-governor")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("gary-hunt candidateIn") && f.contains("texas-governor")), facts.toString());
        // A mayor's race is a city's, and the nominee in it runs in no race of Virginia.
        assertFalse(facts.stream().anyMatch(f -> f.contains("candidateIn") && f.contains("mayor") && f.contains("virginia")), facts.toString());
        assertFalse(facts.contains("joe-marsh candidateIn 2013-virginia-governor-election"), facts.toString());
        Set<String> senate = facts("Senate map",
                "Rep. Ann Cole is running against Sen. Tom Reed in the 2020 Arizona Senate race. Polls of Arizona's Senate race favor Cole. "
                        + "In Montana, Gov. Bill Vance is running against Sen. Mark Dunn in the race.", java.time.LocalDate.of(2020, 3, 1));
        assertTrue(senate.contains("bill-vance candidateIn 2020-montana-us-senate-election"), senate.toString());
        assertFalse(senate.contains("bill-vance candidateIn 2020-arizona-us-senate-election"), senate.toString());
        assertFalse(facts.stream().anyMatch(f -> (f.startsWith("mark-dunn") || f.startsWith("gary-hunt")) && f.contains("virginia")), facts.toString());
    }

    @Test
    void aReelectionIsForTheSeatTheRecordSaysInItsNextOrLastElection() {
        Set<String> fall2018 = facts("Swift speaks out",
                "Swift will vote for Rep. Jim Cooper, a Democrat who is running for re-election.", java.time.LocalDate.of(2018, 10, 8));
        assertTrue(fall2018.contains("jim-cooper candidateIn 2018-tennessee-us-house-election"), fall2018.toString());
        Set<String> spring2017 = facts("Court fight",
                "Republicans would have felt betrayed, said Sen. Pat Toomey, who narrowly won reelection.", java.time.LocalDate.of(2017, 3, 1));
        assertTrue(spring2017.contains("pat-toomey candidateIn 2016-pennsylvania-us-senate-election"), spring2017.toString());
        // Without a date there is no next election to tell.
        Set<String> undated = facts("Swift speaks out", "Swift will vote for Rep. Jim Cooper, a Democrat who is running for re-election.");
        assertFalse(undated.stream().anyMatch(f -> f.contains("candidateIn")), undated.toString());
    }

    @Test
    void aLeadershipTitleWithoutItsChamberIsTheChamberTheRecordHasItsHolderIn() {
        Set<String> facts = facts("Leaders meet",
                "Majority Leader Kevin McCarthy met Majority Whip John Cornyn and Minority Whip Steny Hoyer. "
                        + "Majority Leader Mitch McConnell joined them.", java.time.LocalDate.of(2016, 5, 4));
        assertTrue(facts.contains("kevin-mccarthy holdsOffice house-majority-leader"), facts.toString());
        assertTrue(facts.contains("john-cornyn holdsOffice senate-majority-whip"), facts.toString());
        assertTrue(facts.contains("steny-hoyer holdsOffice house-minority-whip"), facts.toString());
        assertTrue(facts.contains("mitch-mcconnell holdsOffice senate-majority-leader"), facts.toString());
        assertFalse(facts.contains("kevin-mccarthy holdsOffice senate-majority-leader"), facts.toString());
        // Undated: the record has McCarthy in the House and never in the Senate, McConnell in the Senate.
        Set<String> undated = facts("Leaders meet",
                "Majority Leader Kevin McCarthy met Majority Leader Mitch McConnell.", null);
        assertTrue(undated.contains("kevin-mccarthy holdsOffice house-majority-leader"), undated.toString());
        assertTrue(undated.contains("mitch-mcconnell holdsOffice senate-majority-leader"), undated.toString());
    }

    @Test
    void aHospitalAndAPublicationAreNoPeople() {
        Set<String> facts = facts("Visit", "Barack Obama met patients at Massachusetts General Hospital. "
                + "Christianity Today attacked Donald Trump.", java.time.LocalDate.of(2016, 5, 4));
        assertFalse(facts.stream().anyMatch(f -> f.contains("hospital") || f.contains("today")), facts.toString());
        facts = facts("History", "Lindbergh Jones spoke often. The group disbanded after the attack on Pearl Harbor. "
                + "Sen. Ann Lee blasted Myrtle Beach.", java.time.LocalDate.of(2016, 5, 4));
        assertFalse(facts.stream().anyMatch(f -> f.contains("harbor") || f.contains("beach")), facts.toString());
    }

    @Test
    void aSeatsDescriptionIsTheOnePersonOfTheArticleTheRecordSeatsThere() {
        Set<String> facts = facts("Primary night",
                "Bernie Sanders won the primary, and Ted Cruz spoke in Iowa. The Vermont senator thanked his voters. "
                        + "The Ohio senator did not speak.", java.time.LocalDate.of(2016, 2, 10));
        assertTrue(facts.contains("bernie-sanders holdsOffice us-senator"), facts.toString());
        assertFalse(facts.contains("ted-cruz holdsOffice us-senator"), facts.toString());
    }

    @Test
    void aPartyMembersDescriptionIsTheNameBeforeItOrTheOnePersonTheRecordSeatsThere() {
        Set<String> facts = facts("Senators weigh in",
                "Ted Cruz and Bernie Sanders spoke on Tuesday. \"We will not back down,\" said the Texas Republican. "
                        + "Greg Abbott, the Texas Republican, slammed Sanders. The Texas Democratic Party was silent.",
                java.time.LocalDate.of(2016, 2, 10));
        assertTrue(facts.contains("ted-cruz memberOf republican-party"), facts.toString());
        assertTrue(facts.contains("greg-abbott memberOf republican-party"), facts.toString());
        assertTrue(facts.contains("greg-abbott criticizes bernie-sanders"), facts.toString());
        assertFalse(facts.contains("ted-cruz criticizes bernie-sanders"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("democratic-party")), facts.toString());
    }

    @Test
    void aPollMatchupYearsBeforeAPresidentialRaceIsNoContest() {
        String text = "Hillary Clinton is weighing the 2016 presidential race. The latest poll has Clinton beating "
                + "Sen. Marco Rubio by 48 to 41 percent. Rubio is weighing the 2016 presidential race too.";
        Set<String> early = facts("Early look at 2016", text, java.time.LocalDate.of(2013, 5, 25));
        assertFalse(early.contains("hillary-clinton runsAgainst marco-rubio"), early.toString());
        Set<String> late = facts("Early look at 2016", text, java.time.LocalDate.of(2016, 5, 25));
        assertTrue(late.contains("hillary-clinton runsAgainst marco-rubio"), late.toString());
    }

    @Test
    void recusalsAndTheirRefusals() {
        Set<String> facts = facts("Attorney general steps aside",
                "Attorney General Mark Dunn recused himself from the Russia investigation on Friday. "
                        + "Deputy Attorney General Paula Reyes refused to recuse herself. Could Reyes recuse later?");
        assertTrue(facts.contains("mark-dunn recusedFrom russia-investigation"), facts.toString());
        assertTrue(facts.contains("mark-dunn holdsOffice us-attorney-general"), facts.toString());
        assertTrue(facts.contains("paula-reyes holdsOffice us-deputy-attorney-general"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("paula-reyes recusedFrom")), facts.toString());
    }

    @Test
    void contestsAndHypotheticalOpponents() {
        Set<String> facts = facts("Ohio Senate race heats up",
                "State Sen. Karen Wolfe is running against Richard Ames in the 2022 Ohio Senate race. "
                        + "Whoever wins will face Sen. Mary Hall in November. Ames slammed Wolfe on Tuesday. "
                        + "Hall's likely opponent, Richard Ames, spoke in the race's first debate.");
        assertTrue(facts.contains("karen-wolfe runsAgainst richard-ames"), facts.toString());
        assertTrue(facts.contains("karen-wolfe candidateIn 2022-ohio-us-senate-election"), facts.toString());
        assertTrue(facts.contains("richard-ames criticizes karen-wolfe"), facts.toString());
        assertTrue(facts.contains("karen-wolfe holdsOffice state-senator"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("runsAgainst mary-hall") || f.startsWith("mary-hall runsAgainst")),
                facts.toString());
        assertEquals(0, facts.stream().filter(f -> f.contains("endorses")).count(), facts.toString());
    }

    @Test
    void aContestIsOneNodeWhateverStageAnArticleReports() {
        Entity primary = race("Georgia primary", "Rep. Dana Cole is running in the 2018 Georgia Senate Republican primary.");
        Entity runoff = race("Georgia runoff", "Rep. Dana Cole faces Tom Reed in the 2018 Georgia Senate runoff.");
        assertEquals(primary.key(), runoff.key());
        assertEquals(primary.label(), runoff.label());
        assertFalse(primary.label().contains("primary"), primary.label());
        assertTrue(primary.altLabels().stream().anyMatch(l -> l.contains("primary")), primary.altLabels().toString());
    }

    @Test
    void anUndatedArticlesYearlessRaceIsTheLatestItNames() {
        String body = "Ann Lee made her first foray into the 2016 presidential race on Tuesday. Lee, who backed Tom Reed "
                + "after the 2008 presidential election, is running against Reed in the presidential primary.";
        Set<String> races = new TreeSet<>();
        Article a = new Article("t", "Lee enters race", "Lee enters race\n\n" + body, "", null, null, null, "test");
        for (Entity e : processor.process(a).entities())
            if (e.type() == EntityType.RACE)
                races.add(e.key());
        assertEquals(Set.of("2016-us-presidential-election", "2008-us-presidential-election"), races);
    }

    @Test
    void aSentenceThatNamesAnotherYearTalksOfThatYearsContest() {
        String body = "State Sen. Karen Wolfe is running against Richard Ames in the Ohio Senate race. "
                + "In 2004, Ames beat Tom Bradley by eight points. "
                + "Ames also ran in the Senate race in 2012, when he lost to Dan Moss. "
                + "Wolfe leads Ames by six points in a new poll.";
        Set<String> facts = facts("Ohio Senate race", body, java.time.LocalDate.of(2022, 5, 3));
        assertTrue(facts.contains("karen-wolfe candidateIn 2022-ohio-us-senate-election"), facts.toString());
        assertTrue(facts.contains("richard-ames candidateIn 2012-ohio-us-senate-election"), facts.toString());
        // The article's contest is 2022's: the 2004 one is not it, and the sentence names no race to date.
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("tom-bradley candidateIn")), facts.toString());
        assertFalse(facts.contains("dan-moss candidateIn 2022-ohio-us-senate-election"), facts.toString());
    }

    @Test
    void aYearCountedFromTheArticlesDateOrAPastRunKeepsACandidacyOutOfTheArticlesContest() {
        String body = "State Sen. Karen Wolfe is running against Richard Ames in the Ohio Senate race. "
                + "Ames lost to Dan Moss in the Senate race last year. "
                + "Fox hired former Democratic presidential candidate Tom Bradley as a contributor. "
                + "Jim Hale ran for president and released two years of tax returns.";
        Set<String> facts = facts("Ohio Senate race", body, java.time.LocalDate.of(2023, 5, 3));
        assertTrue(facts.contains("karen-wolfe candidateIn 2024-ohio-us-senate-election"), facts.toString());
        assertTrue(facts.contains("dan-moss candidateIn 2022-ohio-us-senate-election"), facts.toString());
        assertTrue(facts.contains("tom-bradley candidateIn us-presidential-election"), facts.toString());
        assertTrue(facts.contains("jim-hale candidateIn us-presidential-election"), facts.toString());
    }

    @Test
    void aPairNamedWithoutItsContestRunsInTheArticlesOneContestButNotInARoundUpsFirst() {
        String one = "Ann Lee is running against Tom Reed in the Ohio Senate race. The Ohio Senate race is close. "
                + "Mark Dunn leads Paul Hayes by five points in a new poll of voters.";
        Set<String> facts = facts("Ohio Senate race", one, java.time.LocalDate.of(2022, 5, 3));
        assertTrue(facts.contains("mark-dunn candidateIn 2022-ohio-us-senate-election"), facts.toString());
        String roundUp = "Ann Lee is running against Tom Reed in the Ohio Senate race. "
                + "Bo Fox is running against Jim Hart in the Florida governor's race. "
                + "Mark Dunn leads Paul Hayes by five points in a new poll of voters.";
        facts = facts("Races to watch", roundUp, java.time.LocalDate.of(2022, 5, 3));
        assertTrue(facts.contains("mark-dunn runsAgainst paul-hayes") || facts.contains("paul-hayes runsAgainst mark-dunn"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("mark-dunn candidateIn")), facts.toString());
    }

    @Test
    void anOddYearsContestTheArticleCallsSpecialKeepsItsYear() {
        String body = "Republican Senate nominee Roy Moore leads Democratic candidate Doug Jones in the Alabama Senate race. "
                + "Voters go to the polls in the Dec. 12 special election.";
        Set<String> facts = facts("Alabama Senate race", body, java.time.LocalDate.of(2017, 12, 6));
        assertTrue(facts.contains("doug-jones candidateIn 2017-alabama-us-senate-election"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.contains("2018-alabama")), facts.toString());
    }

    @Test
    void aNomineeWhoRanLastFallIsNotInTheArticlesComingContest() {
        String body = "Republican presidential nominee Ann Lee struggled last fall to win over young voters. "
                + "Tom Reed is weighing a presidential bid in 2016. Reed would run for president in 2016 if his party asks.";
        Set<String> facts = facts("Looking to 2016", body, java.time.LocalDate.of(2013, 1, 25));
        assertTrue(facts.contains("ann-lee candidateIn 2012-us-presidential-election"), facts.toString());
        assertFalse(facts.contains("ann-lee candidateIn 2016-us-presidential-election"), facts.toString());
    }

    @Test
    void aNomineeDescribedInTheLeadNamesTheArticlesContest() {
        String body = "Ohio Rep. Ann Lee, the GOP nominee for governor, warned voters on Wednesday. "
                + "Tim Rook defeated Mark Dunn in Tuesday's Democratic primary. "
                + "Lee and Rook will face each other in November's general election.";
        Set<String> facts = facts("Lee warns voters", body, java.time.LocalDate.of(2018, 8, 29));
        assertTrue(facts.contains("tim-rook candidateIn 2018-ohio-governor-election"), facts.toString());
        assertTrue(facts.contains("mark-dunn candidateIn 2018-ohio-governor-election"), facts.toString());
    }

    @Test
    void anUndatedArticleDoesNotDateItsContestByAPastNomineesYear() {
        String body = "Tom Reed threw his support behind Ann Lee's presidential campaign on Thursday. "
                + "\"Lee can win,\" Reed, a former senator and the party's 2004 presidential nominee, said.";
        Set<String> facts = facts("Reed endorses Lee", body);
        assertTrue(facts.contains("ann-lee candidateIn us-presidential-election"), facts.toString());
        assertFalse(facts.contains("ann-lee candidateIn 2004-us-presidential-election"), facts.toString());
    }

    @Test
    void aPresidentsNamesakeSonKeepsHisSuffixAndThePresidentHisSurname() {
        String body = "President Trump's oldest son spoke on Sunday. Donald Trump Jr. said the coverage was unfair. "
                + "Trump Jr. also accused Joe Biden of enriching his family. Trump trails Biden in the polls.";
        Set<String> facts = facts("Trump Jr. on the race", body, java.time.LocalDate.of(2020, 7, 13));
        assertTrue(facts.contains("donald-trump-jr criticizes joe-biden"), facts.toString());
        assertFalse(facts.contains("donald-trump criticizes joe-biden"), facts.toString());
        // The president is a person of his own, whose office his son does not hold.
        assertTrue(facts.stream().anyMatch(f -> f.endsWith(" holdsOffice us-president") && !f.startsWith("donald-trump-jr ")), facts.toString());
        assertFalse(facts.contains("donald-trump-jr holdsOffice us-president"), facts.toString());
    }

    @Test
    void aPronounInAnOpeningPhraseStandsForTheNameAfterItsComma() {
        String body = "Mark Dunn spoke on Monday about the courts. During his 2016 campaign, Tim Rook was explicit about his picks.";
        Set<String> facts = facts("Dunn on the courts", body);
        assertTrue(facts.contains("tim-rook candidateIn 2016-election"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("mark-dunn candidateIn")), facts.toString());
    }

    @Test
    void aPossessiveJoinedToANameIsThatNamesAndAnOpponentOfTheOtherPartyIsNamedRightAfter() {
        String body = "During the presidential primaries, Jim Hale had argued that Tim Rook and his Republican rival Mark Dunn "
                + "were wrong about trade.";
        Set<String> facts = facts("Hale on trade", body, java.time.LocalDate.of(2016, 5, 2));
        assertTrue(facts.contains("mark-dunn runsAgainst tim-rook") || facts.contains("tim-rook runsAgainst mark-dunn"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("jim-hale runsAgainst") || f.endsWith("runsAgainst jim-hale")), facts.toString());
    }

    @Test
    void aRoundUpsLinesRunInTheContestsTheirLabelsName() {
        String body = "Here are the matchups set so far. The House races are close.\n\n"
                + "NE-02: Democrat Kara Eastman will take on Republican Rep. Don Bacon.\n\n"
                + "Senate: Democrat Dan Ahlers faces Republican Sen. Mike Rounds.";
        Set<String> facts = facts("Primaries so far", body, java.time.LocalDate.of(2020, 7, 1));
        assertTrue(facts.contains("kara-eastman candidateIn 2020-nebraska-us-house-election"), facts.toString());
        assertTrue(facts.contains("dan-ahlers candidateIn 2020-us-senate-election"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("dan-ahlers candidateIn") && f.contains("house")), facts.toString());
    }

    @Test
    void aSentenceCountingYearsFromTheYearBeforeTalksOfThatYearsContest() {
        String body = "Tim Rook is running against Mark Dunn in the presidential race. The presidential race is close. "
                + "In 2004, the turnout was low. Four years later, Ann Lee beat Joe Cole by five points.";
        Set<String> facts = facts("The race", body, java.time.LocalDate.of(2012, 10, 1));
        assertTrue(facts.contains("tim-rook candidateIn 2012-us-presidential-election"), facts.toString());
        assertFalse(facts.contains("ann-lee candidateIn 2012-us-presidential-election"), facts.toString());
    }

    @Test
    void aStatesCaucusInAPresidentialContestIsAStageOfThatContest() {
        String body = "Ann Lee is running for president in 2016. Lee won the Iowa caucus, beating Sen. Tom Reed by three points.";
        Set<String> facts = facts("Lee wins Iowa", body, java.time.LocalDate.of(2016, 2, 2));
        assertTrue(facts.contains("tom-reed candidateIn 2016-us-presidential-election"), facts.toString());
    }

    @Test
    void aCommitteeChairHoldsTheChairOfTheCommitteeHisTitleNames() {
        Set<String> facts = facts("Hearing set", "Senate Judiciary Committee Chairman Ann Lee said on Monday that "
                + "Tom Reed, chairman of the House Ways and Means Committee, would testify.");
        assertTrue(facts.contains("ann-lee holdsOffice senate-judiciary-committee-chair"), facts.toString());
        assertTrue(facts.contains("tom-reed holdsOffice house-ways-and-means-committee-chair"), facts.toString());
    }

    private Entity race(String headline, String body) {
        Article a = new Article("t", headline, headline + "\n\n" + body, "", null, null, null, "test");
        return processor.process(a).entities().stream().filter(e -> e.type() == EntityType.RACE).findFirst()
                .orElseThrow(() -> new AssertionError("no race in: " + body));
    }

    @Test
    void judgesRecuseFromCases() {
        Set<String> facts = facts("Judge steps aside",
                "U.S. District Judge Helen Park recused herself from the case against Victor Ostrowski on Monday. "
                        + "Lawyers had asked Judge Samuel Ortiz to recuse himself from the trial of Ostrowski.");
        assertTrue(facts.contains("helen-park recusedFrom ostrowski-case"), facts.toString());
        assertTrue(facts.contains("helen-park holdsOffice judge"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("samuel-ortiz recusedFrom")), facts.toString());
    }

    @Test
    void campaigningSurrogatesNameCallingAndAddressedQuotes() {
        Set<String> facts = facts("Campaign trail heats up in Ohio",
                "Senator Karen Wolfe campaigned for Tom Bradley in Dayton on Saturday. "
                        + "Governor Ann Lee, a longtime Bradley campaign surrogate, spoke before him. "
                        + "Former Rep. Dan Moss is stumping for Sen. Ellen Cho this week. Moss did not campaign for Bradley. "
                        + "Bradley called Cho a liar at the rally. Cho has never called Moss a fraud. "
                        + "\"You lied to the voters,\" Lee told Wolfe on Sunday.");
        assertTrue(facts.contains("karen-wolfe endorses tom-bradley"), facts.toString());
        assertTrue(facts.contains("ann-lee endorses tom-bradley"), facts.toString());
        assertTrue(facts.contains("dan-moss endorses ellen-cho"), facts.toString());
        assertTrue(facts.contains("tom-bradley criticizes ellen-cho"), facts.toString());
        assertTrue(facts.contains("ann-lee criticizes karen-wolfe"), facts.toString());
        assertFalse(facts.contains("dan-moss endorses tom-bradley"), facts.toString());
        assertFalse(facts.contains("ellen-cho criticizes dan-moss"), facts.toString());
    }

    @Test
    void judgesStepAsideButCallsForRecusalAreNoRecusal() {
        Set<String> facts = facts("Judge steps aside in fraud lawsuit",
                "U.S. District Judge Maria Lopez stepped aside from the case against Harold Benz on Tuesday. "
                        + "Critics renewed calls for Judge Peter Grant to recuse from the Benz case. Should Grant recuse? "
                        + "Grant refused to recuse himself.");
        assertTrue(facts.contains("maria-lopez recusedFrom benz-case"), facts.toString());
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("peter-grant recusedFrom")), facts.toString());
    }

    @Test
    void aCaseIsNamedForASurnameThatIsAlsoAFirstName() {
        Set<String> facts = facts("Judge leaves the Stone case",
                "U.S. District Judge Nora Vance recused herself from the case against Roger Stone on Thursday. "
                        + "Judge Paul Ito stepped aside from the Grant case last year.");
        assertTrue(facts.contains("nora-vance recusedFrom stone-case"), facts.toString());
        assertTrue(facts.contains("paul-ito recusedFrom grant-case"), facts.toString());
    }

    @Test
    void aVotersPreferenceIsNoEndorsementAndWashingtonIsNoStatesRace() {
        Set<String> facts = facts("WASHINGTON: Senate race tightens",
                "WASHINGTON -- Linda Imsland, of Hubbard, said she supports Tom Brady in the Senate race. "
                        + "State Sen. Russell Prescott, who supports Brady, spoke in Washington. "
                        + "Brady is running in the Senate race, lobbyists in Washington said.");
        assertFalse(facts.contains("linda-imsland endorses tom-brady"), facts.toString());
        assertTrue(facts.contains("russell-prescott endorses tom-brady"), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.contains("washington")), "the capital names no state's race: " + facts);
    }
}
