package io.gridcase.directory;

/** A case category (事项分类), e.g. {@code WAGE_ARREARS} 欠薪、劳资纠纷. The DMN tables route by its code. */
public record Category(String code, String nameZh) {}
