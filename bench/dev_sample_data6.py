"""Invented values of the sixth batch of dev samples (bench/dev_sample_specs6.py): word lists the earlier
batches' languages lack (deal types, lost reasons, call outcomes), merged into their entries of
dev_sample_data.L by write_dev_samples.py. Written from general knowledge of the languages, not from any
export."""

L6 = {
    "en": dict(deal_types="New Business|Existing Business|Renewal", lost_reasons="Price|Competitor|No budget|No decision"),
    "de": dict(deal_types="Neugeschäft|Bestandskunde|Verlängerung", lost_reasons="Preis|Wettbewerber|Kein Budget|Keine Entscheidung"),
    "fr": dict(deal_types="Nouvelle affaire|Client existant|Renouvellement", lost_reasons="Prix|Concurrent|Pas de budget|Pas de décision"),
    "it": dict(deal_types="Nuovo cliente|Cliente esistente|Rinnovo", lost_reasons="Prezzo|Concorrente|Budget assente|Nessuna decisione"),
    "es": dict(deal_types="Nuevo negocio|Cliente existente|Renovación", lost_reasons="Precio|Competidor|Sin presupuesto|Sin decisión"),
    "pt": dict(deal_types="Novo negócio|Cliente existente|Renovação", lost_reasons="Preço|Concorrente|Sem orçamento|Sem decisão"),
    "nl": dict(deal_types="Nieuwe klant|Bestaande klant|Verlenging", lost_reasons="Prijs|Concurrent|Geen budget|Geen beslissing"),
    "pl": dict(deal_types="Nowy klient|Obecny klient|Odnowienie", lost_reasons="Cena|Konkurencja|Brak budżetu|Brak decyzji"),
    "cs": dict(deal_types="Nový obchod|Stávající zákazník|Obnova", lost_reasons="Cena|Konkurence|Chybí rozpočet|Bez rozhodnutí"),
    "sk": dict(deal_types="Nový obchod|Existujúci zákazník|Obnova", lost_reasons="Cena|Konkurencia|Chýba rozpočet|Bez rozhodnutia"),
    "sl": dict(deal_types="Nov posel|Obstoječa stranka|Podaljšanje", lost_reasons="Cena|Konkurenca|Ni proračuna|Ni odločitve"),
    "hr": dict(deal_types="Novi posao|Postojeći kupac|Obnova", lost_reasons="Cijena|Konkurencija|Nema budžeta|Nema odluke"),
    "sr": dict(deal_types="Novi posao|Postojeći kupac|Obnova", lost_reasons="Cena|Konkurencija|Nema budžeta|Nema odluke"),
    "hu": dict(deal_types="Új üzlet|Meglévő ügyfél|Megújítás", lost_reasons="Ár|Versenytárs|Nincs keret|Nincs döntés"),
    "ro": dict(deal_types="Afacere nouă|Client existent|Reînnoire", lost_reasons="Preț|Concurent|Fără buget|Fără decizie"),
    "sv": dict(deal_types="Ny affär|Befintlig kund|Förnyelse", lost_reasons="Pris|Konkurrent|Ingen budget|Inget beslut"),
}
