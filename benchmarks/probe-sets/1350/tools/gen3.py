"""p1350-3: formal report (UBND tỉnh Quảng Ngãi, Số: 09/BC-UBND): road maintenance 2023, flattened '|' table by road."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả bảo trì, sửa chữa đường tỉnh năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Bảo dưỡng thường xuyên
Toàn tỉnh quản lý 19 tuyến đường tỉnh, tổng chiều dài 612,4 km, trong đó mặt đường bê tông nhựa 428,7 km (chiếm 70%), mặt đường láng nhựa 183,7 km. Năm 2023, các đơn vị đã vá ổ gà, xử lý cao su mặt đường khoảng 14.500 m2, láng nhựa lại 36 km; kinh phí bảo dưỡng thường xuyên 32,6 tỷ đồng, bằng 101,9% kế hoạch.

2. Sửa chữa định kỳ
Đơn vị tính: triệu đồng
Tuyến đường | Kế hoạch năm 2023 | Thực hiện năm 2023 | Tỷ lệ (%)
ĐT.622B | 8.500 | 8.120 | 95,5
ĐT.623C | 6.200 | 6.200 | 100
ĐT.624 | 11.300 | 10.450 | 92,5
Tổng cộng | 26.000 | 24.770 | 95,3

3. Khắc phục hậu quả mưa lũ
Đợt mưa lũ tháng 11/2023 làm hư hỏng 47 vị trí trên 8 tuyến đường tỉnh, thiệt hại ước khoảng 12 tỷ đồng. Đến ngày 31/12/2023 đã khắc phục xong 39/47 vị trí.

II. KẾ HOẠCH NĂM 2024
Năm 2024, tỉnh dự kiến bố trí 41,8 tỷ đồng cho bảo dưỡng thường xuyên, tăng 28,2% so với năm 2023. Phấn đấu sửa chữa định kỳ 45 km mặt đường, đưa tỷ lệ mặt đường đạt loại tốt lên ít nhất 75%.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Phước
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH23 = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
TH23 = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
T11 = P("tháng 11/2023", "2023-11-01", "2023-11-30")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cells(row, anchors, nums):
    kh, th, tl = anchors
    nk, nt, nl = nums
    rl = row if row != "Tổng cộng" else "tổng cộng"
    return [
        F(kh, nk, float(nk.replace(".", "")) * 1e6, "money", "đồng",
          f"kinh phí sửa chữa định kỳ {rl} kế hoạch năm 2023", KH23, status="target"),
        F(th, nt, float(nt.replace(".", "")) * 1e6, "money", "đồng",
          f"kinh phí sửa chữa định kỳ {rl} thực hiện năm 2023", TH23),
        F(tl, nl, float(nl.replace(",", ".")), "percent", "%",
          f"tỷ lệ thực hiện kinh phí sửa chữa định kỳ {rl}", I(Y23)),
    ]


FIGS = [
    F("quản lý 19 tuyến", "19", 19, "count", "tuyến", "tuyến đường tỉnh"),
    F("dài 612,4 km", "612,4", 612.4, "measure", "km", "tổng chiều dài đường tỉnh"),
    F("nhựa 428,7 km", "428,7", 428.7, "measure", "km", "mặt đường bê tông nhựa", total=612.4, percent=70),
    F("nhựa 183,7 km", "183,7", 183.7, "measure", "km", "mặt đường láng nhựa", total=612.4),
    F("khoảng 14.500 m2", "14.500", 14500, "measure", "m2", "diện tích vá ổ gà, xử lý cao su mặt đường", Y23,
      approx="about"),
    F("lại 36 km", "36", 36, "measure", "km", "mặt đường láng nhựa lại", Y23),
    F("xuyên 32,6 tỷ", "32,6", 32.6e9, "money", "đồng", "kinh phí bảo dưỡng thường xuyên", Y23, percent=101.9),
] + cells("ĐT.622B", ("622B | 8.500", "8.500 | 8.120", "8.120 | 95,5"), ("8.500", "8.120", "95,5")) \
  + cells("ĐT.623C", ("623C | 6.200", "6.200 | 100", "100\nĐT"), ("6.200", "6.200", "100")) \
  + cells("ĐT.624", ("624 | 11.300", "11.300 | 10.450", "10.450 | 92,5"), ("11.300", "10.450", "92,5")) \
  + cells("Tổng cộng", ("Tổng cộng | 26.000", "26.000 | 24.770", "24.770 | 95,3"), ("26.000", "24.770", "95,3")) + [
    F("hỏng 47 vị trí", "47", 47, "count", "vị trí", "vị trí hư hỏng do mưa lũ", T11),
    F("trên 8 tuyến", "8", 8, "count", "tuyến", "tuyến đường tỉnh bị hư hỏng do mưa lũ", T11),
    F("khoảng 12 tỷ", "12", 12e9, "money", "đồng", "thiệt hại do mưa lũ", T11, approx="about", status="estimate"),
    F("xong 39/47", "39", 39, "count", "vị trí", "vị trí hư hỏng đã khắc phục xong", ASOF, total=47),
    F("trí 41,8 tỷ", "41,8", 41.8e9, "money", "đồng", "kinh phí bảo dưỡng thường xuyên", Y24, status="forecast",
      change=C("increase", 28.2, "%", "năm 2023")),
    F("định kỳ 45 km", "45", 45, "measure", "km", "mặt đường sửa chữa định kỳ", I(Y24), status="target"),
    F("ít nhất 75%", "75", 75, "percent", "%", "tỷ lệ mặt đường đạt loại tốt", I(Y24), approx="at_least",
      status="target"),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NGÃI', 'Số: 09/BC-UBND', 'Quảng Ngãi, ngày 15 tháng 01 năm 2024' (published),",
    "sections I/II and 1-3, 'Nơi nhận', signature block. Distractors: 09/BC-UBND, section numbers, the letterhead date,",
    "road names ĐT.622B, ĐT.623C, ĐT.624 (row labels with digits), 'Đến ngày 31/12/2023', 'Lưu: VT, KTN'.",
    "'trong đó ... 428,7 km (chiếm 70%), ... 183,7 km' → parts with total 612,4; the bracketed 70% is the percent attribute.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': money cells ×10^6; rows are roads (not places): subject = table topic + row +",
    "column; 'Kế hoạch năm 2023' → target; 'Thực hiện năm 2023' → actual; 'Tỷ lệ (%)' cells are percent figures of their own",
    "(header gives '%', no year: period năm 2023 only from the section, inherited). Result cells carry no target/percent attribute.",
    "'47 vị trí trên 8 tuyến đường tỉnh': 'trên' = 'on' → exact. '39/47' → total 47, as-of 31/12/2023.",
    "Section II: 'dự kiến bố trí' → forecast; the next sentence 'Phấn đấu' → target, its year from the previous sentence (inherited).",
]

if __name__ == "__main__":
    write("p1350-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Quảng Ngãi")
