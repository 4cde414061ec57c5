package io.gridcase.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a people's mediator or an expert (专家库) is good at (调解专长). The directory file lists a
 * mediator's specialties by code; the directory sync puts each town's mediators of a specialty in
 * {@code mediators-<town>-<code>}; {@code decisions/mediation-specialty.dmn} says which one a
 * dispute needs (ADR 27).
 */
public enum MediationSpecialty {
  NEIGHBOUR("邻里纠纷"),
  LABOUR("劳资纠纷"),
  FAMILY("婚姻家庭"),
  PROPERTY("物业纠纷"),
  LAND("土地山林");

  private final String label;

  MediationSpecialty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<MediationSpecialty> of(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}
