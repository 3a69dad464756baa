from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Tin địa phương

An Giang: 9 tháng năm 2024, hơn 11.400 trẻ em được học bơi

Theo báo cáo của Sở Lao động - Thương binh và Xã hội tại Công văn số 2156/SLĐTBXH-BVCSTE, tính đến 30/9/2024, toàn tỉnh đã tổ chức 412 lớp dạy bơi cho 11.460 trẻ em, đạt 95,5% kế hoạch năm (12.000 em). Riêng quý III/2024, các địa phương mở 236 lớp với 6.820 trẻ em, chiếm 59,5% số trẻ được học bơi từ đầu năm.

Kết quả dạy bơi tại một số địa phương như sau:
Đơn vị tính: trẻ em
Địa phương
9 tháng năm 2023
9 tháng năm 2024
Tỷ lệ biết bơi (%)
TP Long Xuyên
1.245
1.512
84,3
TP Châu Đốc
860
1.034
81,7
Huyện An Phú
702
955
76,2
Huyện Chợ Mới
1.318
1.621
79,5
Toàn tỉnh
9.870
11.460
78,4

Từ đầu năm đến nay, toàn tỉnh xảy ra 14 vụ đuối nước làm 16 người chết, trong đó có 12 trẻ em, giảm 4 em so với cùng kỳ năm 2023. Kinh phí hỗ trợ dạy bơi từ ngân sách tỉnh năm 2024 là 3,6 tỷ đồng; Quỹ Bảo trợ trẻ em tỉnh vận động thêm trên 850 triệu đồng. Toàn tỉnh hiện có 73 bể bơi, trong đó 28 bể bơi lắp ghép đặt tại các trường học ở các huyện đầu nguồn như An Phú, Tân Châu.

Quý IV/2024, tỉnh phấn đấu mở thêm từ 40 đến 50 lớp, nâng tỷ lệ trẻ em biết bơi an toàn lên 82%. Phụ huynh cần hỗ trợ thông tin về lớp học có thể liên hệ đường dây nóng 0296.3852.157.

BBT Cổng TTĐT tỉnh
08/10/2024
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M24_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 11.400 trẻ em", "11.400", 11400, "count", "trẻ em", "trẻ em được học bơi", approx="over", period=M24),
    F("tổ chức 412 lớp", "412", 412, "count", "lớp", "lớp dạy bơi", period=ASOF),
    F("cho 11.460 trẻ em", "11.460", 11460, "count", "trẻ em", "trẻ em được dạy bơi", percent=95.5,
      target={"value": 12000, "unit": "em"}, period=ASOF),
    F("mở 236 lớp", "236", 236, "count", "lớp", "lớp dạy bơi", period=Q3),
    F("với 6.820 trẻ em", "6.820", 6820, "count", "trẻ em", "trẻ em được học bơi", percent=59.5, period=Q3),
]

ROWS = [("TP Long Xuyên", "Long Xuyên", ["1.245", "1.512", "84,3"]),
        ("TP Châu Đốc", "Châu Đốc", ["860", "1.034", "81,7"]),
        ("Huyện An Phú", "An Phú", ["702", "955", "76,2"]),
        ("Huyện Chợ Mới", "Chợ Mới", ["1.318", "1.621", "79,5"]),
        ("Toàn tỉnh", "An Giang", ["9.870", "11.460", "78,4"])]
COLS = [("trẻ em", "count", "trẻ em được học bơi 9 tháng năm 2023", M23),
        ("trẻ em", "count", "trẻ em được học bơi 9 tháng năm 2024", M24),
        ("%", "percent", "tỷ lệ biết bơi", M24_I)]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


for label, loc, cells in ROWS:
    prev = label
    for (unit, kind, subj, per), cell in zip(COLS, cells):
        FIGS.append(F(f"{prev}\n{cell}\n", cell, num(cell), kind, unit, subj, location=loc, period=per))
        prev = cell

FIGS += [
    F("xảy ra 14 vụ", "14", 14, "count", "vụ", "vụ đuối nước", period=YTD),
    F("làm 16 người", "16", 16, "count", "người", "người chết do đuối nước", period=YTD),
    F("có 12 trẻ em", "12", 12, "count", "trẻ em", "trẻ em chết do đuối nước", total=16,
      change={"direction": "decrease", "value": 4, "unit": "em", "baseline": "cùng kỳ năm 2023"}, period=YTD),
    F("là 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí hỗ trợ dạy bơi từ ngân sách tỉnh",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 850 triệu đồng", "850", 8.5e8, "money", "đồng", "Quỹ Bảo trợ trẻ em tỉnh vận động", approx="over",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 73 bể bơi", "73", 73, "count", "bể bơi", "bể bơi"),
    F("28 bể bơi lắp ghép", "28", 28, "count", "bể bơi", "bể bơi lắp ghép đặt tại các trường học", total=73),
    F("từ 40 đến 50 lớp", "40", 40, "count", "lớp", "lớp dạy bơi mở thêm", value_max=50, status="target", period=Q4),
    F("lên 82%", "82", 82, "percent", "%", "tỷ lệ trẻ em biết bơi an toàn", status="target", period=Q4),
]

COMMENTS = [
    "Cổng TTĐT tỉnh An Giang: phổ cập bơi 9 tháng năm 2024. No dateline at the top; the bare date '08/10/2024' after the byline at the end is the article's date.",
    "Distractors: 'Công văn số 2156/SLĐTBXH-BVCSTE', hotline '0296.3852.157', 'tính đến 30/9/2024' (as-of date), row/column labels '9 tháng năm 2023/2024'.",
    "'11.460 trẻ em, đạt 95,5% kế hoạch năm (12.000 em)': percent 95.5 and the bracketed plan as target 12000 (FIGURES.md: result against plan).",
    "'Riêng quý III/2024 ... 6.820 trẻ em, chiếm 59,5% ... từ đầu năm': percent 59.5; 'Riêng' gives no total.",
    "One-cell-per-line table with 'Đơn vị tính: trẻ em'; the '(%)' column overrides the unit. Row labels are places (location); 'Toàn tỉnh' = An Giang.",
    "Period from the column headers '9 tháng năm 2023'/'9 tháng năm 2024'; the rate column has no period in its header (inherited 9 tháng năm 2024).",
    "'16 người chết, trong đó có 12 trẻ em, giảm 4 em ...': total 16 (same deaths, children a part), change on 12. 'Từ đầu năm đến nay' ends at 2024-10-08.",
    "'73 bể bơi, trong đó 28 bể bơi lắp ghép ... như An Phú, Tân Châu': total 73; the districts only say where the pools stand, location stays An Giang.",
    "'Quý IV/2024, tỉnh phấn đấu ... từ 40 đến 50 lớp, ... lên 82%': targets for quý IV/2024.",
]

if __name__ == "__main__":
    write("p326-8", TEXT, FIGS, COMMENTS, published="2024-10-08", location="An Giang")
