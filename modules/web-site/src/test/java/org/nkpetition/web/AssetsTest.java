package org.nkpetition.web;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Assets are found by their versioned or plain name, and by nothing else; only the current version is cached long. */
class AssetsTest {
    @Test
    void versionedNamesCarryTheContentHashAndCacheForAYear() {
        String path = Assets.path(Assets.SCRIPT);
        assertTrue(path.matches("/assets/petition\\.[0-9a-f]{10}\\.js"), path);
        Assets.Served served = Assets.find(path.substring("/assets/".length())).orElseThrow();
        assertEquals("text/javascript; charset=utf-8", served.asset().contentType());
        assertEquals("public, max-age=31536000, immutable", served.cacheControl());
        assertFalse(served.asset().body().contains("innerHTML"), "the script never writes HTML strings (Trusted Types)");
    }

    @Test
    void plainAndOtherVersionsNamesServeTheCurrentVersionBriefly() {
        for (String name : new String[] {"petition.css", "petition.0123456789.css"}) {
            Assets.Served served = Assets.find(name).orElseThrow();
            assertEquals("text/css; charset=utf-8", served.asset().contentType());
            assertEquals(Assets.path(Assets.STYLESHEET), "/assets/" + served.asset().name());
            assertEquals("public, max-age=60", served.cacheControl(), name);
        }
    }

    @Test
    void nothingElseIsServed() {
        for (String name : new String[] {"../templates/petition.html.mustache", "petition", "petition.0123456789.map",
            "PETITION.CSS", "", "assets/petition.css", "other.0123456789.css", "petition.012345678.css"}) {
            assertTrue(Assets.find(name).isEmpty(), name);
        }
    }
}
