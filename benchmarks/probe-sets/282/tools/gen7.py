from lib import F, per, chg, tgt, emit

ROWS = [
    ("Quần thể danh thắng Tràng An", "2.105,4", "2.686,2", "27,6"),
    ("Khu di tích Cố đô Hoa Lư", "612,8", "705,3", "15,1"),
    ("Chùa Bái Đính", "1.820,5", "2.034,6", "11,8"),
    ("Khu du lịch Tam Cốc - Bích Động", "1.108,0", "1.329,6", "20,0"),
    ("Nhà thờ đá Phát Diệm", "248,7", "301,2", "21,1"),
]
TABLE = "\n".join(["Khu, điểm di tích", "Năm 2022", "Năm 2023", "Tăng so với năm 2022 (%)"]
                  + [c for r in ROWS for c in r])

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
Ngày cập nhật: 15/01/2024

Năm 2023, lượng khách đến các khu, điểm di tích của Ninh Bình tăng mạnh

Năm 2023, các khu, điểm di tích trên địa bàn tỉnh đón 7,86 triệu lượt khách, tăng 21,7% so với năm 2022 và vượt 14,8% kế hoạch. Tổng thu từ bán vé tham quan đạt 865 tỷ đồng. Riêng Lễ hội Tràng An thu hút khoảng 95.000 lượt khách trong 3 ngày.

Số lượt khách đến một số khu, điểm di tích
Đơn vị tính: nghìn lượt khách
""" + TABLE + """

Theo địa bàn, huyện Hoa Lư đón 3,54 triệu lượt khách (chiếm 45%), huyện Gia Viễn 2,21 triệu lượt và huyện Kim Sơn khoảng 420 nghìn lượt. Khách quốc tế đạt 1,12 triệu lượt, gấp 4,3 lần năm 2022.

Năm 2024, tỉnh phấn đấu đón 8,5 triệu lượt khách đến các khu, điểm di tích; hoàn thành tu bổ 12 di tích với tổng kinh phí dự kiến 156 tỷ đồng. Tỉnh sẽ tiếp tục thực hiện Quy hoạch bảo tồn, tôn tạo và phát huy giá trị Khu di tích Cố đô Hoa Lư theo Quyết định số 1434/QĐ-TTg.

Thực hiện: Trung tâm Thông tin - Hội nghị tỉnh. Địa chỉ: số 2 đường Trần Hưng Đạo, thành phố Ninh Bình.
"""

P23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P23i = per("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
P22c = per("Năm 2022", "2022-01-01", "2022-12-31")
P24 = per("Năm 2024", "2024-01-01", "2024-12-31")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đón 7,86 triệu", "7,86", 7.86e6, "count", "lượt khách", "khách đến các khu, điểm di tích", P23,
      change=chg("increase", 21.7, "%", "năm 2022")),
    F("vượt 14,8% kế hoạch", "14,8", 14.8, "percent", "%", "lượt khách vượt kế hoạch", P23, optional=True),
    F("đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "tổng thu từ bán vé tham quan", P23i),
    F("khoảng 95.000 lượt khách", "95.000", 95000, "count", "lượt khách", "khách đến Lễ hội Tràng An", P23i, approx="about"),
]
for label, a, b, r in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, num(a) * 1e3, "count", "lượt khách", f"lượt khách năm 2022 {label}", P22c))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b) * 1e3, "count", "lượt khách", f"lượt khách năm 2023 {label}", per("Năm 2023", "2023-01-01", "2023-12-31")))
    FIGS.append(F(f"{b}\n{r}\n", r, num(r), "percent", "%", f"lượt khách tăng so với năm 2022 {label}", P23i))

FIGS += [
    F("đón 3,54 triệu", "3,54", 3.54e6, "count", "lượt khách", "lượt khách", P23i, percent=45, location="Hoa Lư"),
    F("Gia Viễn 2,21 triệu", "2,21", 2.21e6, "count", "lượt khách", "lượt khách", P23i, location="Gia Viễn"),
    F("khoảng 420 nghìn", "420", 420e3, "count", "lượt khách", "lượt khách", P23i, approx="about", location="Kim Sơn"),
    F("đạt 1,12 triệu", "1,12", 1.12e6, "count", "lượt khách", "khách quốc tế", P23i,
      change=chg("increase", 4.3, "lần", "năm 2022")),
    F("đón 8,5 triệu", "8,5", 8.5e6, "count", "lượt khách", "khách đến các khu, điểm di tích", P24, status="target"),
    F("tu bổ 12 di tích", "12", 12, "count", "di tích", "di tích hoàn thành tu bổ", P24, status="target"),
    F("dự kiến 156 tỷ", "156", 156e9, "money", "đồng", "tổng kinh phí tu bổ di tích", P24, status="forecast"),
]

COMMENTS = [
    "Province portal (Ninh Bình), 'Ngày cập nhật: 15/01/2024' without time: visitors to relic sites in 2023, one-cell-per-line table, 2024 targets.",
    "Table: header cells then row cells one per line; 'Đơn vị tính: nghìn lượt khách' makes '2.105,4' = 2.105.400 lượt khách. Every numeric",
    "cell is a figure; period from the column header 'Năm 2022'/'Năm 2023' (scored); the '(%)' growth column is a percent figure per row (a",
    "growth rate that is the claim: no change object), its year 2023 inherited. Row labels are sites, not places: 'Khu di tích Cố đô Hoa Lư',",
    "'Nhà thờ đá Phát Diệm' keep location Ninh Bình (the place inside a site name is not the figure's location).",
    "'tăng 21,7% so với năm 2022 và vượt 14,8% kế hoạch': two changes — the first is the attribute, the second an optional percent figure.",
    "'trong 3 ngày' is a duration (not a figure). District list (Hoa Lư, Gia Viễn, Kim Sơn): location = district, subject = lượt khách;",
    "'(chiếm 45%)' is the percent of 3,54 triệu. 'gấp 4,3 lần năm 2022' after a count is its change (unit lần).",
    "2024: 'phấn đấu' → target; 'dự kiến 156 tỷ' → forecast. Distractors: Quyết định số 1434/QĐ-TTg, address 'số 2 đường Trần Hưng Đạo'.",
]

emit("p282-7", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Ninh Bình")
