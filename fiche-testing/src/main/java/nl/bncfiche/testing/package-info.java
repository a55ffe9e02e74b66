/**
 * Test support for users of bnc-fiche: seeded generators of complete, valid fiches ({@link
 * nl.bncfiche.testing.FicheGenerator}) and two hand-written sample fiches ({@link
 * nl.bncfiche.testing.VoorbeeldFiches}).
 *
 * <p>All output is invented Dutch text on invented proposals, reproducible from a seed and
 * independent of the default locale and time zone.
 */
package nl.bncfiche.testing;
