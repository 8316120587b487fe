"""French, Spanish and Portuguese dates quoted in English copy (session 25, dat12): "le 3 octobre 2024",
"du 5 au 7 mars", "fin janvier", "mi-juin", "el martes 4 de febrero", "del 10 al 12 de junio", "desde junho de 2019",
"em 8 de março de 2024"; names holding them ("the 26 de Julio movement", "Rue du 4 Septembre") and capitalised
names without a year ("Mars") are no dates. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ('The prefect\'s order, signed "Bangui, le 3 octobre 2024", closed the market.', D(2024, 10, 9),
     D(2024, 10, 3), D(2024, 10, 3), "day"),
    ('Clashes near Ouaddaï "du 5 au 7 mars" killed nine, the ministry said.', D(2025, 3, 12),
     D(2025, 3, 5), D(2025, 3, 7), "week"),
    ('The decree "du 2 avril" banned the rallies.', D(2025, 4, 20), D(2025, 4, 2), D(2025, 4, 2), "day"),
    ('Ambushes had risen since "fin janvier", the governor said.', D(2025, 3, 1),
     D(2025, 1, 21), D(2025, 1, 31), "month"),
    ('Troops are expected "mi-juin", a spokesman said.', D(2025, 5, 2), D(2025, 6, 11), D(2025, 6, 20), "month"),
    ('Police said the march took place "el martes 4 de febrero" in Caracas.', D(2025, 2, 10),
     D(2025, 2, 4), D(2025, 2, 4), "day"),
    ('Strikes "del 10 al 12 de junio" cut fuel supplies, Pemex said.', D(2025, 6, 20),
     D(2025, 6, 10), D(2025, 6, 12), "week"),
    ('A statement dated "Lima, 14 de Agosto de 2023" was read out.', D(2023, 8, 20),
     D(2023, 8, 14), D(2023, 8, 14), "day"),
    ('Troops have held the port "desde junho de 2019", the note said.', D(2024, 1, 5),
     D(2019, 6, 1), D(2019, 6, 30), "month"),
    ('Insurgents raided Ancuabe "em 8 de março de 2024".', D(2024, 3, 20), D(2024, 3, 8), D(2024, 3, 8), "day"),
])
def test_a_foreign_date_in_english_copy(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]


@pytest.mark.parametrize("text", [
    "Fidel Castro founded the 26 de Julio movement in exile.",
    "Protesters gathered in the Rue du 4 Septembre in Paris.",
    "A rally filled the Plaza 25 de Mayo.",
    "A rocket reached 26 Mars orbits, the agency said.",
    "A Mi-8 helicopter crashed near Juba.",
])
def test_a_name_holding_a_foreign_date_is_no_date(text):
    assert dated(text, D(2024, 6, 1)) == []
