from lib import F, P, chg, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NGÃI
Chuyên mục: Bảo trợ xã hội

Hỗ trợ chi phí mai táng cho 1.126 trường hợp trong 9 tháng năm 2024

Theo Nghị định số 20/2021/NĐ-CP, đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng, người thuộc hộ nghèo, hộ cận nghèo khi qua đời được hỗ trợ chi phí mai táng bằng 20 lần mức chuẩn trợ giúp xã hội. Theo Nghị định số 76/2024/NĐ-CP, mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng, qua đó mức hỗ trợ mai táng tăng từ 7,2 triệu đồng lên 10 triệu đồng mỗi trường hợp.

Tính đến 30/9/2024, toàn tỉnh có 27.614 đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng. Trong 9 tháng năm 2024, toàn tỉnh đã hỗ trợ chi phí mai táng cho 1.126 trường hợp với tổng kinh phí hơn 9,4 tỷ đồng, tăng 18,6% so với cùng kỳ năm 2023; trong đó người thuộc hộ nghèo 412 trường hợp (chiếm 36,6%), hộ cận nghèo 287 trường hợp, đối tượng bảo trợ xã hội 427 trường hợp.

Kết quả chi trả theo địa phương:
Địa phương | Số trường hợp | Kinh phí (triệu đồng) | Tỷ trọng số trường hợp (%)
Thành phố Quảng Ngãi | 186 | 1.562 | 16,5
Huyện Bình Sơn | 154 | 1.298 | 13,7
Huyện Sơn Hà | 131 | 1.089 | 11,6
Huyện Ba Tơ | 118 | 996 | 10,5
Thị xã Đức Phổ | 97 | 812 | 8,6
Các địa phương còn lại | 440 | 3.671 | 39,1

Ngoài ra, Quỹ Vì người nghèo các cấp đã hỗ trợ thêm mỗi gia đình hộ nghèo có người qua đời từ 1 đến 3 triệu đồng. Năm 2025, kinh phí hỗ trợ mai táng dự kiến khoảng 13 tỷ đồng.

Người dân cần hỗ trợ thủ tục liên hệ Phòng Bảo trợ xã hội, điện thoại 0255.3822.579, hoặc Tổng đài quốc gia 111.

Phòng Bảo trợ xã hội - 28/10/2024
"""

Q9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q9b = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
RATE = "mức chuẩn trợ giúp xã hội"
SUP = "mức hỗ trợ mai táng"
rows = [
    ("Quảng Ngãi", "Thành phố Quảng Ngãi", "186", "1.562", "16,5"),
    ("Bình Sơn", "Huyện Bình Sơn", "154", "1.298", "13,7"),
    ("Sơn Hà", "Huyện Sơn Hà", "131", "1.089", "11,6"),
    ("Ba Tơ", "Huyện Ba Tơ", "118", "996", "10,5"),
    ("Đức Phổ", "Thị xã Đức Phổ", "97", "812", "8,6"),
    (None, "Các địa phương còn lại", "440", "3.671", "39,1"),
]

FIGS = [
    F("cho 1.126 trường hợp trong", "1.126", 1126, "count", "trường hợp", "trường hợp được hỗ trợ chi phí mai táng", Q9),
    F("bằng 20 lần", "20", 20, "multiple", "lần", "mức hỗ trợ chi phí mai táng so với mức chuẩn trợ giúp xã hội", optional=True),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng", RATE),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", RATE),
    F("từ 7,2 triệu", "7,2", 7200000, "money", "đồng", SUP),
    F("lên 10 triệu", "10", 10000000, "money", "đồng", SUP),
    F("có 27.614 đối tượng", "27.614", 27614, "count", "đối tượng", "đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng",
      P("Tính đến 30/9/2024", None, "2024-09-30")),
    F("cho 1.126 trường hợp với", "1.126", 1126, "count", "trường hợp", "trường hợp được hỗ trợ chi phí mai táng", Q9b),
    F("hơn 9,4 tỷ đồng", "9,4", 9400000000, "money", "đồng", "tổng kinh phí hỗ trợ chi phí mai táng", Q9b, approx="over",
      change=chg("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("nghèo 412 trường hợp", "412", 412, "count", "trường hợp", "người thuộc hộ nghèo được hỗ trợ chi phí mai táng", Q9b,
      total=1126, percent=36.6),
    F("nghèo 287 trường hợp", "287", 287, "count", "trường hợp", "người thuộc hộ cận nghèo được hỗ trợ chi phí mai táng", Q9b,
      total=1126),
    F("hội 427 trường hợp", "427", 427, "count", "trường hợp", "đối tượng bảo trợ xã hội được hỗ trợ chi phí mai táng", Q9b,
      total=1126),
]
for loc, label, n, money, share in rows:
    kw = {"location": loc} if loc else {}
    rowsubj = "" if loc else " các địa phương còn lại"
    FIGS += [
        F(f"{label} | {n} |", n, int(n), "count", "trường hợp", "số trường hợp" + rowsubj, Q9i, **kw),
        F(f"| {money} |", money, int(money.replace(".", "")) * 1e6, "money", "đồng", "kinh phí" + rowsubj, Q9i, **kw),
        F(f"| {share}\n", share, float(share.replace(",", ".")), "percent", "%", "tỷ trọng số trường hợp" + rowsubj, Q9i, **kw),
    ]
FIGS += [
    F("từ 1 đến 3 triệu", "1", 1000000, "money", "đồng", "mức hỗ trợ thêm của Quỹ Vì người nghèo cho mỗi gia đình hộ nghèo có người qua đời",
      value_max=3000000),
    F("khoảng 13 tỷ đồng", "13", 13000000000, "money", "đồng", "kinh phí hỗ trợ mai táng", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Quảng Ngãi (department site): funeral-cost support for poor/near-poor households and social-protection beneficiaries, 9 months 2024.",
    "No dateline at the top; the bare date at the end ('Phòng Bảo trợ xã hội - 28/10/2024') is the article's date.",
    "Distractors: Nghị định số 20/2021/NĐ-CP and 76/2024/NĐ-CP, phone 0255.3822.579, hotline 'Tổng đài quốc gia 111'.",
    "'từ 360.000 đồng lên 500.000 đồng' and 'từ 7,2 triệu đồng lên 10 triệu đồng' are old and new levels, not ranges: four figures, no value_max.",
    "'bằng 20 lần mức chuẩn' is the legal rule of the benefit (optional multiple). 412/287/427 after 'trong đó' are parts of 1.126.",
    "Flattened '|' table: subject = column label (+ row label when the row is not a place); unit from the column header; '(triệu đồng)' multiplies;",
    "  period '9 tháng năm 2024' from the text above the table (inherited). 'Các địa phương còn lại' keeps the province as location.",
]
emit("p278-6", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Quảng Ngãi")
