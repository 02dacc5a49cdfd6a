/** A client of displacement-stats on the module path. */
module org.example.modular {
    requires org.displacementstats;
}
