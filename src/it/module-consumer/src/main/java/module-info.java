/** A client of displacement-stats on the module path (src/site/markdown/api.md, "On the module path"). */
// spotless:off
// EXAMPLE:begin
module org.example.modular {
    requires org.displacementstats;     // and, through it, tech.tablesaw.api (SummaryTables returns Tables)
}
// EXAMPLE:end
// spotless:on
