"""Follow-up of grants: reports, repayments and their deadlines, as plain Python.

The web layer stores the states; these modules decide which moves are allowed
and what a deadline means on a given day. Nothing here knows about Django.
"""
