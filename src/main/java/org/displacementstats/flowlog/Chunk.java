package org.displacementstats.flowlog;

/**
 * Whole records of the log, {@code bytes[0, length)}, starting at a record boundary.
 *
 * @param index the chunk's position in the file, from 0
 * @param bytes the buffer (returned to the pool after parsing)
 * @param length how many bytes of the buffer hold the chunk
 * @param last whether the chunk ends at the end of the file
 */
record Chunk(int index, byte[] bytes, int length, boolean last) {}
