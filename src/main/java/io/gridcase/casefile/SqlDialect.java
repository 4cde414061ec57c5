package io.gridcase.casefile;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** The little SQL that differs between the embedded H2 and PostgreSQL. */
@Component
public class SqlDialect {

  private final boolean postgres;

  public SqlDialect(DataSource dataSource) throws MetaDataAccessException {
    String product =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.postgres = product.toLowerCase().contains("postgres");
  }

  public String nextValueSql(String sequence) {
    return postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
  }
}
