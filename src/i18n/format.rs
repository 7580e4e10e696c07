//! Dates, times, numbers, money and names in a locale's own way (ICU4X, CLDR data).
