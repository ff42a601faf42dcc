"""Swedish date formats in one place: prose reads "1 september 2026 kl. 09.05"
(Språkrådet's style, lower-case months, a point in times); tables use ISO
8601 dates. Templates name these (`|date`, `|date:"SHORT_DATE_FORMAT"`)
instead of spelling their own."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y \k\l. H.i"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H.i"
TIME_FORMAT = "H.i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
