package nl.reintegratie.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** References to national law found in the quoted texts, and their JuriConnect identifiers. */
class WetsverwijzingTest {

    private static List<String> jci(String tekst, boolean wetIsPw) {
        return Wetsverwijzing.in(tekst, wetIsPw).stream().map(Wetsverwijzing::jci).toList();
    }

    @Test
    void artikelLidEnOnderdeelVanDeParticipatiewet() {
        assertThat(jci("personen als bedoeld in artikel 7, eerste lid, onder a, van de wet", true)).containsExactly("jci1.3:c:BWBR0015703&artikel=7&lid=1");
        assertThat(jci("bedoeld in artikel 7, eerste lid, onderdeel a, van de Participatiewet, een", false)).containsExactly("jci1.3:c:BWBR0015703&artikel=7&lid=1");
        assertThat(jci("overeenkomstig artikel 10a van de wet", true)).containsExactly("jci1.3:c:BWBR0015703&artikel=10a");
        assertThat(jci("artikel 31, tweede lid, onder j, Participatiewet", false)).containsExactly("jci1.3:c:BWBR0015703&artikel=31&lid=2");
        assertThat(jci("art. 10a lid 5 Pw", false)).isEmpty(); // "art." is an abbreviation the texts do not use for a reference
        assertThat(jci("artikel 10a lid 5 Pw", false)).containsExactly("jci1.3:c:BWBR0015703&artikel=10a&lid=5");
    }

    @Test
    void meerdereArtikelenEnMeerdereLeden() {
        assertThat(jci("zijn verplichting als bedoeld in de artikelen 9 en 17 van de wet niet nakomt", true))
                .containsExactly("jci1.3:c:BWBR0015703&artikel=9", "jci1.3:c:BWBR0015703&artikel=17");
        assertThat(jci("een persoon als bedoeld in artikel 10d eerste of tweede lid van de Participatiewet", false))
                .containsExactly("jci1.3:c:BWBR0015703&artikel=10d");
        assertThat(jci("artikel 7, eerste lid, aanhef en onder a, ten tweede, van de wet", true)).containsExactly("jci1.3:c:BWBR0015703&artikel=7&lid=1");
    }

    @Test
    void deWetIsAlleenDeParticipatiewetAlsDeRegelingDatZoDefinieert() {
        assertThat(jci("overeenkomstig artikel 10a van de wet", false)).isEmpty();
    }

    @Test
    void deAwbEnAndereWetten() {
        assertThat(jci("artikel 4:84 van de Algemene wet bestuursrecht", false)).containsExactly("jci1.3:c:BWBR0005537&artikel=4:84");
        assertThat(jci("artikel 3:4 Awb", false)).containsExactly("jci1.3:c:BWBR0005537&artikel=3:4");
        // a law whose identifier the project has no source for is not linked
        assertThat(jci("de artikelen 13 en 37 van de IOAW", false)).isEmpty();
        assertThat(Wetsverwijzing.awb("6:7").url()).isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:7");
    }
}
