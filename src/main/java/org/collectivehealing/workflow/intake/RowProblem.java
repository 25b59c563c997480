package org.collectivehealing.workflow.intake;

/**
 * What is wrong with one value of a list.
 *
 * @param row the victim's position on the list, from 1 (in a CSV file, the first line after the header); 0 for
 *     the list as a whole
 * @param field the field (CSV column), or null when the problem is the whole row or list
 * @param message why, in words a caseworker can act on
 */
public record RowProblem(int row, String field, String message) {
}
