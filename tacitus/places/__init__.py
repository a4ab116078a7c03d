"""Places: the offline GeoNames gazetteer, which place a name means in its document, and the
place filters (``--location-country``, ``--near``) that extract, the store and the API share.

Nothing here knows events or actors: where an *event* happened is chosen by
:mod:`tacitus.events.location`, which uses these.
"""
