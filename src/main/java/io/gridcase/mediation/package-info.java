/**
 * Mediation of disputes (矛盾纠纷调解, 三调联动): what a level of the funnel decided, kept in the case
 * journal and, once settled, as the case's outcome. The engine room's {@code engine.mediation} runs
 * {@code processes/dispute-mediation.bpmn} and calls these plain services.
 */
package io.gridcase.mediation;
