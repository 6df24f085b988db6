"""Analysis over store query results: organisation networks, sector profiles, partner recommendations."""

from kooperacja.analysis.network import map_points, network
from kooperacja.analysis.recommend import recommend_partners
from kooperacja.analysis.sectors import sector_profile

__all__ = ["map_points", "network", "recommend_partners", "sector_profile"]
