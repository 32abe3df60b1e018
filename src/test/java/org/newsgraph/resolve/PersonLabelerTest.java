package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonLabelerTest {
    private final PersonLabeler labeler = new PersonLabeler(org.newsgraph.nlp.Gazetteers.load());

    @Test
    void eachPartIsCapitalised() {
        assertEquals("Donald Trump", labeler.label("donald-trump"));
        assertEquals("Trump", labeler.label("trump"));
        assertEquals("Andres Manuel Lopez Obrador", labeler.label("andres-manuel-lopez-obrador"));
    }

    @Test
    void mcAndListedIrishSurnamesKeepTheirInnerCapital() {
        assertEquals("Mitch McConnell", labeler.label("mitch-mcconnell"));
        assertEquals("Beto O'Rourke", labeler.label("beto-orourke"));
        assertEquals("Tip O'Neill", labeler.label("tip-oneill"));
        // Not every "o" name is Irish, nor every "mc" a prefix.
        assertEquals("Barack Obama", labeler.label("barack-obama"));
        assertEquals("Odell Smith", labeler.label("odell-smith"));
        assertEquals("Ann Mc", labeler.label("ann-mc"));
    }

    @Test
    void particlesInitialsAndNumbers() {
        assertEquals("Ursula von der Leyen", labeler.label("ursula-von-der-leyen"));
        assertEquals("Al Gore", labeler.label("al-gore"));
        assertEquals("J.D. Vance", labeler.label("jd-vance"));
        assertEquals("Ed Markey", labeler.label("ed-markey"));
        assertEquals("John A. Smith", labeler.label("john-a-smith"));
        assertEquals("Pope Francis 2", labeler.label("pope-francis-2"));
    }
}
