from lib import F, P, Pi, ch, tg, build

ROWS = [
    ("TP Kon Tum", "Kon Tum", "612,5", "58,3", "0,15"),
    ("Đăk Hà", "Đăk Hà", "498,7", "52,6", "0,09"),
    ("Ngọc Hồi", "Ngọc Hồi", "421,3", "47,9", "0,21"),
    ("Sa Thầy", "Sa Thầy", "402,8", "39,7", "0,12"),
    ("Kon Plông", "Kon Plông", "389,6", "44,1", "0,06"),
]
table = "\n".join(["Đơn vị", "Dư nợ đến 31/12/2024", "Tăng so với năm 2023", "Tỷ lệ nợ quá hạn (%)"]
                  + [x for r in ROWS for x in (r[0],) + r[2:]])

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM
Kon Tum: Dư nợ tín dụng chính sách năm 2024 tăng trưởng 11,2%
Ngày cập nhật: 08/01/2025

Năm 2024, tổng dư nợ tín dụng chính sách trên địa bàn tỉnh đạt 4.318 tỷ đồng, tăng 436 tỷ đồng so với cuối năm 2023, tốc độ tăng trưởng 11,2%, vượt kế hoạch Trung ương giao 1,7%. Có 68.450 hộ nghèo và đối tượng chính sách đang còn dư nợ, chiếm khoảng 42% tổng số hộ trên địa bàn. Trong năm, doanh số cho vay đạt 1.352 tỷ đồng cho 29.870 lượt khách hàng, trong đó cho vay hộ đồng bào dân tộc thiểu số theo Nghị định số 28/2022/NĐ-CP đạt 214 tỷ đồng.

Kết quả tại một số đơn vị (Đơn vị tính: tỷ đồng):
""" + table + """

Nguồn vốn ủy thác từ ngân sách địa phương đến cuối năm 2024 đạt 186,4 tỷ đồng, trong đó ngân sách tỉnh 121,2 tỷ đồng, ngân sách các huyện, thành phố 65,2 tỷ đồng. Hai huyện Đăk Glei và Tu Mơ Rông lần đầu trích ngân sách ủy thác, mỗi huyện 1,5 tỷ đồng.

Năm 2025, tỉnh phấn đấu bổ sung tối thiểu 30 tỷ đồng vốn ngân sách ủy thác, giữ tỷ lệ nợ quá hạn dưới 0,15%. Thực hiện Kế hoạch số 4125/KH-UBND ngày 20/11/2024 của UBND tỉnh, NHCSXH chi nhánh tỉnh (số 300 Bà Triệu, TP Kon Tum) sẽ tiếp tục phối hợp với các hội, đoàn thể nhận ủy thác.
"""

E = "2024-12-31"
PY = P("Năm 2024", "2024-01-01", E)
IY = Pi("Năm 2024", "2024-01-01", E)
C1 = Pi("Dư nợ đến 31/12/2024", end=E)
C2 = Pi("Tăng so với năm 2023", "2024-01-01", E)
C3 = Pi("đến 31/12/2024", end=E)
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def dec(s):
    return float(s.replace(",", "."))


TABLE = []
for i, (label, loc, a, b, c) in enumerate(ROWS):
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else None
    TABLE.append(F(f"{label}\n{a}", a, round(dec(a) * 1e9), "money", "đồng", "Dư nợ đến 31/12/2024", C1, location=loc))
    TABLE.append(F(f"{a}\n{b}", b, round(dec(b) * 1e9), "money", "đồng", "Tăng dư nợ so với năm 2023", C2,
                   location=loc))
    TABLE.append(F(f"{b}\n{c}", c, dec(c), "percent", "%", "Tỷ lệ nợ quá hạn", C3, location=loc))

FIGS = [
    F("tăng trưởng 11,2%\nNgày", "11,2", 11.2, "percent", "%", "tăng trưởng dư nợ tín dụng chính sách",
      P("năm 2024", "2024-01-01", E)),
    F("đạt 4.318 tỷ đồng", "4.318", 4_318_000_000_000, "money", "đồng", "tổng dư nợ tín dụng chính sách", PY,
      change=ch("increase", 436_000_000_000, "đồng", "cuối năm 2023")),
    F("tốc độ tăng trưởng 11,2%", "11,2", 11.2, "percent", "%", "tốc độ tăng trưởng dư nợ tín dụng chính sách", PY,
      change=ch("increase", 1.7, "%", "kế hoạch Trung ương giao"), optional=True),
    F("Có 68.450 hộ", "68.450", 68450, "count", "hộ", "hộ nghèo và đối tượng chính sách đang còn dư nợ", IY,
      percent=42),
    F("cho vay đạt 1.352 tỷ đồng", "1.352", 1_352_000_000_000, "money", "đồng", "doanh số cho vay",
      P("Trong năm", "2024-01-01", E)),
    F("cho 29.870 lượt", "29.870", 29870, "count", "lượt khách hàng", "lượt khách hàng vay vốn",
      P("Trong năm", "2024-01-01", E)),
    F("đạt 214 tỷ đồng", "214", 214_000_000_000, "money", "đồng",
      "cho vay hộ đồng bào dân tộc thiểu số", P("Trong năm", "2024-01-01", E), total=1_352_000_000_000),
] + TABLE + [
    F("đạt 186,4 tỷ đồng", "186,4", 186_400_000_000, "money", "đồng", "Nguồn vốn ủy thác từ ngân sách địa phương",
      P("đến cuối năm 2024", end=E)),
    F("ngân sách tỉnh 121,2 tỷ đồng", "121,2", 121_200_000_000, "money", "đồng", "ngân sách tỉnh ủy thác",
      P("đến cuối năm 2024", end=E), total=186_400_000_000),
    F("thành phố 65,2 tỷ đồng", "65,2", 65_200_000_000, "money", "đồng", "ngân sách các huyện, thành phố ủy thác",
      P("đến cuối năm 2024", end=E), total=186_400_000_000),
    F("Hai huyện", "Hai", 2, "count", "huyện", "huyện lần đầu trích ngân sách ủy thác", IY),
    F("mỗi huyện 1,5 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng", "ngân sách huyện ủy thác lần đầu", IY),
    F("tối thiểu 30 tỷ đồng", "30", 30_000_000_000, "money", "đồng", "vốn ngân sách ủy thác bổ sung", P25,
      approx="at_least", status="target"),
    F("dưới 0,15%", "0,15", 0.15, "percent", "%", "tỷ lệ nợ quá hạn", P25, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Kon Tum (province portal), 'Ngày cập nhật: 08/01/2025' (no time): policy credit 2024, table by district, entrusted capital, 2025 targets.",
    "Table written one cell per line: header 'Đơn vị | Dư nợ đến 31/12/2024 | Tăng so với năm 2023 | Tỷ lệ nợ quá hạn (%)', unit from",
    "'(Đơn vị tính: tỷ đồng)' (×10⁹) and the '(%)' column. Row labels are districts/city → location; subject = column label; period from the header (inherited).",
    "Headline 'tăng trưởng 11,2%' is a growth rate standing as the claim (percent, no change). In the body, 'tăng 436 tỷ đồng' is the",
    "change of 4.318 tỷ; 'tốc độ tăng trưởng 11,2%' is a second change stated as a rate: optional per FIGURES.md (with its gap to plan as change).",
    "'68.450 hộ ..., chiếm khoảng 42%': share as percent attribute. 'trong đó' parts 121,2 + 65,2 = 186,4 (total). 'Hai huyện' is a count (2 huyện).",
    "'Trong năm' = 2024; '214 tỷ' after 'trong đó' is part of the 1.352 tỷ lending.",
    "Distractors: 'Nghị định số 28/2022/NĐ-CP', 'Kế hoạch số 4125/KH-UBND ngày 20/11/2024', 'số 300 Bà Triệu'. 'tối thiểu 30 tỷ' at_least target; 'dưới 0,15%' under target.",
]

build(7, COMMENTS, TEXT, FIGS, published="2025-01-08", location="Kon Tum")
