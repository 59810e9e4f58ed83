"""The closed vocabularies of the record: visit types and statuses, roles, kinds, sectors,
topics and agreements (see the data model)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class VisitType(StrEnum):
    VISIT = "visit"
    THIRD_LOCATION = "third_location"
    MULTILATERAL = "multilateral"
    REMOTE = "remote"


class VisitStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    INVITED = "invited"
    CANCELLED = "cancelled"


class Role(StrEnum):
    VISITOR = "visitor"
    HOST = "host"
    PARTICIPANT = "participant"


class Kind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"


class Sector(StrEnum):
    GOVERNMENT = "government"
    DIPLOMATIC = "diplomatic"
    LEGISLATURE = "legislature"
    MILITARY = "military"
    BUSINESS = "business"
    BUSINESS_ASSOCIATION = "business_association"
    DEVELOPMENT_AGENCY = "development_agency"
    EDUCATION = "education"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL_ORG = "international_org"
    MEDIA = "media"
    OTHER = "other"


class Topic(StrEnum):
    TRADE = "trade"
    INVESTMENT = "investment"
    INDUSTRY = "industry"
    ENERGY = "energy"
    INFRASTRUCTURE = "infrastructure"
    TRANSPORT_LOGISTICS = "transport_logistics"
    AGRICULTURE_FOOD = "agriculture_food"
    EDUCATION = "education"
    CULTURE_TOURISM = "culture_tourism"
    HEALTH = "health"
    SCIENCE_TECHNOLOGY = "science_technology"
    FINANCE = "finance"
    DEFENSE_SECURITY = "defense_security"
    ENVIRONMENT = "environment"
    URBAN_DEVELOPMENT = "urban_development"
    DIPLOMACY = "diplomacy"
    DEVELOPMENT_COOPERATION = "development_cooperation"
    OTHER = "other"


class AgreementKind(StrEnum):
    MOU = "mou"
    PROTOCOL = "protocol"
    CONTRACT = "contract"
    TREATY = "treaty"
    TWINNING = "twinning"
    OTHER = "other"


class AgreementStatus(StrEnum):
    SIGNED = "signed"
    PLANNED = "planned"


MatchKind = Literal["exact", "normalized", "fuzzy"]
Precision = Literal["day", "month", "year"]
Calendar = Literal["gregorian", "jalali", "hijri"]
DateSource = Literal["text", "published"]
