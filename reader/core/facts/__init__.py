"""Facts: what differs within each aligned pair, and which differences are facts in conflict.

Owns the word diff of a pair (in each side's own words), reading quantities in a comparable
form, the checks that flag figures, dates, places and speakers stated differently, and running
both over every pair (in parallel when the input is large).
"""
