"""p1444-3: formal report (UBND tỉnh Thái Nguyên, Số: 215/BC-UBND): septic sludge 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI NGUYÊN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Nguyên, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý bùn thải bể phốt năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thu gom, vận chuyển
Năm 2024, lượng bùn thải bể phốt được thu gom trên địa bàn tỉnh ước đạt 26.300 m3, tăng 14,3% so với năm 2023, đạt 105,2% kế hoạch. Toàn tỉnh có 19 đơn vị được cấp phép, gồm 15 doanh nghiệp và 4 hợp tác xã, với tổng số 41 xe hút.

2. Lượng bùn thải bể phốt thu gom theo địa phương
Đơn vị tính: m3
STT | Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | TP Thái Nguyên | 14.250 | 16.400 | 18.000
2 | TP Sông Công | 2.870 | 3.150 | 3.500
3 | TP Phổ Yên | 3.920 | 4.480 | 5.000
4 | Các huyện còn lại | 1.960 | 2.270 | 2.800
Tổng cộng | | 23.000 | 26.300 | 29.300

3. Xử lý
Nhà máy xử lý bùn phân tại xã Tân Cương (TP Thái Nguyên) có công suất thiết kế 120 m3/ngày, hiện vận hành khoảng 75% công suất; năm 2024 sản xuất 1.150 tấn phân bón hữu cơ vi sinh từ bùn đã xử lý. Ngân sách tỉnh hỗ trợ kinh phí vận hành 3,6 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu thu gom 29.300 m3 bùn bể phốt, tăng 11,4% so với năm 2024; 100% xe hút được lắp thiết bị giám sát hành trình; hoàn thành mở rộng nhà máy lên 200 m3/ngày.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, TNMT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(".", ""))
    return fig(anchor, number, v, "measure", "m3", subject=f"lượng bùn thải bể phốt thu gom {row} {col}".replace("  ", " "),
               period=p, location=place, **kw)


ROWS = [("TP Thái Nguyên", "", "Thái Nguyên", ["14.250", "16.400", "18.000"]),
        ("TP Sông Công", "", "Sông Công", ["2.870", "3.150", "3.500"]),
        ("TP Phổ Yên", "", "Phổ Yên", ["3.920", "4.480", "5.000"]),
        ("Các huyện còn lại", "các huyện còn lại", "Thái Nguyên", ["1.960", "2.270", "2.800"]),
        ("Tổng cộng |", "tổng cộng", "Thái Nguyên", ["23.000", "26.300", "29.300"])]
CELLS = []
for label, row, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, place, col))
        prev = n

FIGS = [
    fig("ước đạt 26.300 m3", "26.300", 26300, "measure", "m3", status="estimate", percent=105.2,
        change=chg("increase", 14.3, "%", "năm 2023"),
        subject="lượng bùn thải bể phốt được thu gom", period=Y24),
    fig("có 19 đơn vị", "19", 19, "count", "đơn vị", subject="đơn vị được cấp phép"),
    fig("gồm 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=19, subject="doanh nghiệp được cấp phép"),
    fig("và 4 hợp tác xã", "4", 4, "count", "hợp tác xã", total=19, subject="hợp tác xã được cấp phép"),
    fig("tổng số 41 xe", "41", 41, "count", "xe hút", subject="tổng số xe hút"),
] + CELLS + [
    fig("thiết kế 120 m3/ngày", "120", 120, "measure", "m3/ngày",
        subject="công suất thiết kế nhà máy xử lý bùn phân"),
    fig("khoảng 75%", "75", 75, "percent", "%", approx="about", subject="công suất vận hành của nhà máy"),
    fig("sản xuất 1.150 tấn", "1.150", 1150, "measure", "tấn",
        subject="phân bón hữu cơ vi sinh sản xuất từ bùn đã xử lý", period=Y24s),
    fig("vận hành 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="kinh phí vận hành ngân sách tỉnh hỗ trợ",
        period=inh(Y24s)),
    fig("thu gom 29.300 m3", "29.300", 29300, "measure", "m3", status="target",
        change=chg("increase", 11.4, "%", "năm 2024"), subject="bùn bể phốt thu gom", period=Y25),
    fig("; 100% xe", "100", 100, "percent", "%", status="target",
        subject="xe hút được lắp thiết bị giám sát hành trình", period=Y25),
    fig("lên 200 m3/ngày", "200", 200, "measure", "m3/ngày", status="target",
        subject="công suất nhà máy sau mở rộng", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI NGUYÊN', 'Số: 215/BC-UBND', 'Thái Nguyên, ngày 12 tháng 12 năm 2024' (published), I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: m3', place column: rows TP Thái Nguyên / TP Sông Công / TP Phổ Yên go to location",
    "(TP Thái Nguyên and the province share the name); 'Các huyện còn lại' and 'Tổng cộng' → Thái Nguyên (province).",
    "Cell subject = caption indicator + row (non-place) + column; period from the column; 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target; cells get no total. STT 1-4 are row numbers, not figures.",
    "'gồm 15 doanh nghiệp và 4 hợp tác xã' → parts of 19. 'đạt 105,2% kế hoạch' → percent attribute of 26.300.",
    "'hiện vận hành khoảng 75% công suất' → its own percent figure (no đạt/chiếm/bằng cue after an amount).",
    "3,6 tỷ: no period in its sentence, section and previous sentence speak of 2024 (inherited).",
    "Section II: 'Năm 2025, phấn đấu ...; 100% ...; ... lên 200 m3/ngày' → all target, period Năm 2025 in the sentence.",
]

if __name__ == "__main__":
    write("p1444-3", TEXT, NOTES, FIGS, published="2024-12-12", location="Thái Nguyên")
