/** Summary tables of a dataset as Tablesaw tables: population balance, flows by destination and controller. */
package org.displacementstats.table;
