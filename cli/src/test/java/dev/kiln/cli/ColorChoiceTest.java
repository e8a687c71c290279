package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour is used only on a terminal and never against the user's wish. */
class ColorChoiceTest {

    @Test
    void colourOnATerminalByDefault() {
        assertTrue(ColorChoice.enabled(true, Map.of(), true));
    }

    @Test
    void noColourWhenPiped() {
        assertFalse(ColorChoice.enabled(true, Map.of(), false));
    }

    @Test
    void flagAndEnvironmentTurnItOff() {
        assertFalse(ColorChoice.enabled(false, Map.of(), true));
        assertFalse(ColorChoice.enabled(true, Map.of("NO_COLOR", "1"), true));
        assertFalse(ColorChoice.enabled(true, Map.of("PACKER_NO_COLOR", "true"), true));
        assertTrue(ColorChoice.enabled(true, Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
    }
}
