package kr.bizsos.meetings.rest;

import java.util.List;

/** One page of a list, with the total count for paging. */
public record PageView<T>(List<T> items, long total, int page, int size) {
}
