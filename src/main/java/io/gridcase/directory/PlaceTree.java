package io.gridcase.directory;

import java.util.List;

/**
 * The places of the directory as a person picks one: county → town → community → grid, each with
 * its code and its Chinese name, in code order. Only branches that end in a grid are listed.
 */
public record PlaceTree(List<CountyNode> counties) {

  public record CountyNode(String code, String name, List<TownNode> towns) {}

  public record TownNode(String code, String name, List<CommunityNode> communities) {}

  public record CommunityNode(String code, String name, List<GridNode> grids) {}

  public record GridNode(String code, String name) {}
}
