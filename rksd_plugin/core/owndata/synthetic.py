"""SYNTHETIC client records and a SYNTHETIC postcode table, for training, the demo and the tests.

Nothing here is real: the records are made up with a fixed seed, with counts per buurt
that follow the real CBS population of each buurt (so small buurten get small counts,
as real data would), a share of clients with two or three voorzieningen (stapeling), a
few rows without an area and a few of another gemeente. Every id starts with ``SYNTH-``
and files made from them carry "SYNTHETIC" in their name: no one can take them for
client data. Trainers use them to show the own-data import without any person's data.
"""
import random

SYNTHETIC = "SYNTHETIC"
VOORZIENINGEN = ("Wmo", "Jeugdwet", "Participatiewet")
# SYNTHETIC rates per inhabitant of the group the voorziening is for (made up, order of magnitude only)
RATES = {"Wmo": ("inwoners_65plus", 0.09), "Jeugdwet": ("inwoners_0_15", 0.11), "Participatiewet": ("inwoners", 0.03)}
FIELDS = ("client_id", "huishouden_id", "buurtcode", "postcode", "huisnummer", "voorziening", "leeftijdsklasse")


def synthetic_postcodes(buurten, seed=14):
    """A SYNTHETIC postcode table: made-up PC6 codes and house numbers per Maastricht buurt.

    Real PC6 areas of Maastricht are not in the project's samples; these are invented
    (6200-series letters never used by PostNL are not checked) and only serve to test the
    local lookup. Two PC6 codes are given addresses in two buurten each."""
    rng = random.Random(seed)
    rows = []
    letters = [a + b for a in "ABCDEGHJKLMNPRSTVWXZ" for b in "ABCDEGHJKLMNPRSTVWXZ"]
    used = 0
    for record in sorted(buurten, key=lambda r: r["code"]):
        if record.get("water") == "JA":
            continue
        for _ in range(3):
            postcode = "62{:02d}{}".format(11 + used // len(letters) % 19, letters[used % len(letters)])
            used += 1
            for number in range(1, rng.randint(20, 60)):
                rows.append((postcode, number, record["code"], record["wijkcode"]))
    # two postcodes shared by two buurten (as happens at buurt borders)
    shared = [rows[0][0], rows[-1][0]]
    other = sorted(b["code"] for b in buurten if b.get("water") != "JA")
    rows.append((shared[0], 999, other[5], "WK" + other[5][2:8]))
    rows.append((shared[1], 998, other[7], "WK" + other[7][2:8]))
    return rows


def write_postcode_table(path, rows, cbs_format=True):
    """Write ``rows`` as CBS's ``pc6hnr`` CSV (``PC6;Huisnummer;Buurt2024;...``, bare numbers)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if cbs_format:
            handle.write("PC6;Huisnummer;Buurt2024;Wijk2024;Gemeente2024\n")
            for postcode, number, buurt, wijk in rows:
                handle.write("{};{};{};{};{}\n".format(postcode, number, int(buurt[2:]), int(wijk[2:]), int(buurt[2:6])))
        else:
            handle.write("postcode,huisnummer,buurtcode\n")
            for postcode, number, buurt, _ in rows:
                handle.write("{},{},{}\n".format(postcode, number, buurt))
    return path


def synthetic_clients(buurten, seed=14, scale=1.0, with_addresses=True, postcode_rows=None, unplaced=3,
                      other_gemeente=2, stacking=0.3):
    """SYNTHETIC client records: one row per person and voorziening.

    Returns a list of dicts with ``client_id``, ``huishouden_id``, ``buurtcode``,
    ``postcode``, ``huisnummer``, ``voorziening``, ``leeftijdsklasse``. Some persons get two
    or three voorzieningen (stapeling); ``unplaced`` rows have no area at all and
    ``other_gemeente`` rows lie in another gemeente."""
    rng = random.Random(seed)
    by_buurt = {}
    for postcode, number, buurt, _ in postcode_rows or []:
        by_buurt.setdefault(buurt, []).append((postcode, number))
    rows = []
    person = 0
    household = 0
    for record in sorted(buurten, key=lambda r: r["code"]):
        if record.get("water") == "JA":
            continue
        addresses = by_buurt.get(record["code"]) or [("", 0)]
        clients = {}
        for voorziening, (group, rate) in RATES.items():
            population = record.get(group) or 0
            expected = population * rate * scale
            count = _poisson(rng, expected)
            for _ in range(count):
                # some clients of a voorziening also have another one (stapeling)
                if clients and rng.random() < stacking:
                    key = rng.choice(sorted(clients))
                else:
                    person += 1
                    if person % 3 == 0 or household == 0:
                        household += 1
                    key = person
                    clients[key] = {"household": household, "address": rng.choice(addresses), "age": rng.choice(
                        ["0-17", "18-64", "65-74", "75+"])}
                clients[key].setdefault("voorzieningen", set()).add(voorziening)
        for key, client in sorted(clients.items()):
            postcode, number = client["address"]
            for voorziening in sorted(client["voorzieningen"]):
                rows.append({
                    "client_id": "SYNTH-P{:06d}".format(key),
                    "huishouden_id": "SYNTH-H{:06d}".format(client["household"]),
                    "buurtcode": record["code"],
                    "postcode": postcode if with_addresses else "",
                    "huisnummer": number if with_addresses else "",
                    "voorziening": voorziening,
                    "leeftijdsklasse": client["age"],
                })
    for index in range(unplaced):
        person += 1
        rows.append({"client_id": "SYNTH-P{:06d}".format(person), "huishouden_id": "SYNTH-H{:06d}".format(900000 + index),
                     "buurtcode": "", "postcode": "", "huisnummer": "", "voorziening": VOORZIENINGEN[index % 3],
                     "leeftijdsklasse": "18-64"})
    for index in range(other_gemeente):
        person += 1
        rows.append({"client_id": "SYNTH-P{:06d}".format(person), "huishouden_id": "SYNTH-H{:06d}".format(950000 + index),
                     "buurtcode": "BU02890101", "postcode": "", "huisnummer": "", "voorziening": "Wmo",
                     "leeftijdsklasse": "75+"})
    return rows


def _poisson(rng, mean):
    if mean <= 0:
        return 0
    if mean > 50:
        return max(0, int(round(rng.gauss(mean, mean ** 0.5))))
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1




def write_csv(path, rows, delimiter=";"):
    """The records as a CSV (the file name should say SYNTHETIC)."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(FIELDS), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path
