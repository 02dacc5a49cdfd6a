/** Where figures come from: sources, the exact words quoted from them, and the lineage of derived figures. */
package org.displacementstats.provenance;
