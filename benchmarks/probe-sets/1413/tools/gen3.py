"""p1413-3: formal report (Sở NN&PTNT Kiên Giang): planthopper on winter-spring rice, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH KIÊN GIANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Số: 86/BC-SNNPTNT
Kiên Giang, ngày 18 tháng 3 năm 2024

BÁO CÁO
Tình hình rầy nâu hại lúa vụ Đông Xuân 2023-2024 và công tác phòng trừ

I. TÌNH HÌNH GÂY HẠI
Tính đến ngày 15/3/2024, diện tích lúa nhiễm rầy nâu toàn tỉnh là 4.985 ha, tăng 1.640 ha so với cùng kỳ năm 2023; trong đó nhiễm nặng 559 ha. Mật độ rầy phổ biến 1.500-3.000 con/m2, nơi cao 6.000-8.000 con/m2. Ngoài ra, bệnh vàng lùn - lùn xoắn lá gây hại 46 ha, tỷ lệ bệnh 3-5%.

Biểu 01. Diện tích nhiễm và phòng trừ rầy nâu theo huyện
Đơn vị tính: ha
STT | Huyện, thành phố | Xuống giống | Nhiễm rầy | Nhiễm nặng | Đã phòng trừ
1 | Tân Hiệp | 26.850 | 2.140 | 310 | 1.980
2 | Giồng Riềng | 31.200 | 1.650 | 185 | 1.520
3 | Hòn Đất | 42.300 | 980 | 52 | 940
4 | Rạch Giá | 3.120 | 215 | 12 | 215
 | Tổng cộng | 103.470 | 4.985 | 559 | 4.655

II. CÔNG TÁC CHỈ ĐẠO
Thực hiện Công văn số 312/SNNPTNT-TTBVTV ngày 01/3/2024, các địa phương đã phòng trừ 4.655 ha, đạt 93,4% diện tích nhiễm; tại các ruộng đã phun, mật độ rầy giảm xuống dưới 500 con/m2. Sở đã thành lập 4 tổ công tác, hỗ trợ nông dân 2.300 lít thuốc trừ rầy, trị giá khoảng 1,2 tỷ đồng.
Dự báo từ nay đến cuối vụ, diện tích nhiễm rầy có thể tăng thêm 1.500-2.000 ha.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Cục Bảo vệ thực vật;
- UBND tỉnh;
- Lưu: VT, TTBVTV.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lâm Quốc Thịnh
"""

ASOF = per("Tính đến ngày 15/3/2024", None, "2024-03-15")
COLS = ["diện tích xuống giống", "diện tích nhiễm rầy", "diện tích nhiễm nặng", "diện tích đã phòng trừ"]
ROWS = [("Tân Hiệp", ["26.850", "2.140", "310", "1.980"]),
        ("Giồng Riềng", ["31.200", "1.650", "185", "1.520"]),
        ("Hòn Đất", ["42.300", "980", "52", "940"]),
        ("Rạch Giá", ["3.120", "215", "12", "215"]),
        ("Tổng cộng", ["103.470", "4.985", "559", "4.655"])]


def val(s):
    return float(s.replace(".", ""))


CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        if label == "Tổng cộng":
            kw = {"subject": f"tổng cộng {col}"}
        else:
            kw = {"subject": col, "location": label}
        CELLS.append(fig(f"{prev} | {n}", n, val(n), "measure", "ha", period=inh(ASOF), **kw))
        prev = n

FIGS = [
    fig("toàn tỉnh là 4.985 ha", "4.985", 4985, "measure", "ha",
        change=chg("increase", 1640, "ha", "cùng kỳ năm 2023"),
        subject="diện tích lúa nhiễm rầy nâu toàn tỉnh", period=ASOF),
    fig("nhiễm nặng 559 ha", "559", 559, "measure", "ha", total=4985,
        subject="diện tích nhiễm nặng", period=ASOF),
    fig("phổ biến 1.500-3.000", "1.500", 1500, "measure", "con/m2", value_max=3000,
        subject="mật độ rầy phổ biến", period=inh(ASOF)),
    fig("nơi cao 6.000-8.000", "6.000", 6000, "measure", "con/m2", value_max=8000,
        subject="mật độ rầy nơi cao", period=inh(ASOF)),
    fig("gây hại 46 ha", "46", 46, "measure", "ha",
        subject="diện tích bệnh vàng lùn - lùn xoắn lá gây hại", period=inh(ASOF)),
    fig("tỷ lệ bệnh 3-5%", "3", 3, "percent", "%", value_max=5,
        subject="tỷ lệ bệnh", period=inh(ASOF)),
] + CELLS + [
    fig("đã phòng trừ 4.655 ha", "4.655", 4655, "measure", "ha", percent=93.4,
        subject="diện tích các địa phương đã phòng trừ", period=inh(ASOF)),
    fig("dưới 500 con/m2", "500", 500, "measure", "con/m2", approx="under",
        subject="mật độ rầy tại các ruộng đã phun"),
    fig("thành lập 4 tổ", "4", 4, "count", "tổ công tác", subject="tổ công tác Sở thành lập"),
    fig("nông dân 2.300 lít", "2.300", 2300, "measure", "lít",
        subject="thuốc trừ rầy hỗ trợ nông dân"),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about",
        subject="trị giá thuốc trừ rầy hỗ trợ"),
    fig("tăng thêm 1.500-2.000 ha", "1.500", 1500, "measure", "ha", value_max=2000, status="forecast",
        subject="diện tích nhiễm rầy tăng thêm"),
]

NOTES = [
    "Formal report: 'UBND TỈNH KIÊN GIANG / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Số: 86/BC-SNNPTNT', 'Kiên Giang, ngày 18 tháng 3 năm 2024',",
    "sections I/II, 'Biểu 01', a '|' table with 'Đơn vị tính: ha', 'Tổng cộng' row, 'Nơi nhận', signature.",
    "Distractors: document number, letterhead date, section numbers I/II, 'Biểu 01', STT 1-4, 'Công văn số 312/SNNPTNT-TTBVTV ngày 01/3/2024',",
    "'vụ Đông Xuân 2023-2024' (season), 'Lưu: VT', '(b/c)'.",
    "Table: every numeric cell is a figure; subject = column label (area of ...), district row → location (Tân Hiệp, Giồng Riềng, Hòn Đất,",
    "Rạch Giá), 'Tổng cộng' row → province. No cell gets a total (no part-of cue in the table; 'Nhiễm nặng' is a column, not 'Trong đó').",
    "Periods of the table and of the figures after the first sentence of section I: the as-of date 15/3/2024, inherited (not scored).",
    "Text 4.985/559/4.655 repeat the Tổng cộng row: they are figures of their own. 'trong đó nhiễm nặng 559 ha' → total 4.985.",
    "'tăng thêm 1.500-2.000 ha' (forecast increase with no base figure in the sentence) is itself the claim: a range figure, no change.",
    "'đạt 93,4% diện tích nhiễm' → percent attribute of 4.655 ha. 'dưới 500 con/m2' → approx under.",
]

if __name__ == "__main__":
    write("p1413-3", TEXT, NOTES, FIGS, published="2024-03-18", location="Kiên Giang")
