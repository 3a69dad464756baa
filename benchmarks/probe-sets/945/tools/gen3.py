"""p945-3: formal report UBND tỉnh Phú Thọ, 6 months 2023, flattened '|' table of forest area by district."""
from lib import F, build, period, year, asof, inh, up

TEXT = """UBND TỈNH PHÚ THỌ
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 20 tháng 6 năm 2023

BÁO CÁO
Kết quả phát triển rừng trồng gỗ lớn, cấp chứng chỉ rừng 6 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Trồng rừng
Thực hiện Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh, 6 tháng đầu năm 2023 toàn tỉnh trồng được 6.850 ha rừng tập trung, đạt 76,1% kế hoạch; trồng 1,6 triệu cây phân tán. Diện tích trồng rừng gỗ lớn (chu kỳ trên 10 năm) đạt 2.145 ha, tăng 12,5% so với cùng kỳ.

2. Cấp chứng chỉ rừng
Tính đến 31/5/2023, toàn tỉnh có 20.415 ha rừng trồng được cấp chứng chỉ FSC, chiếm 16,4% diện tích rừng trồng sản xuất của 4 huyện có rừng đạt chứng chỉ, cụ thể như sau:

Đơn vị tính: ha
Địa phương | Rừng trồng sản xuất | Rừng gỗ lớn | Rừng có chứng chỉ FSC
Yên Lập | 38.460 | 4.215 | 6.830
Thanh Sơn | 41.720 | 5.360 | 7.245
Đoan Hùng | 19.850 | 2.940 | 3.910
Hạ Hòa | 24.380 | 1.780 | 2.430
Tổng cộng | 124.410 | 14.295 | 20.415

3. Khai thác, chế biến gỗ
6 tháng đầu năm, sản lượng gỗ rừng trồng khai thác ước đạt 585.000 m3, tăng 6,8% so với cùng kỳ; trong đó gỗ có chứng chỉ FSC khoảng 96.000 m3. Toàn tỉnh có 412 cơ sở chế biến gỗ, trong đó 9 cơ sở sản xuất ván MDF, ván ghép thanh xuất khẩu.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm trồng 9.000 ha rừng tập trung; đến năm 2025, diện tích rừng có chứng chỉ FSC đạt 30.000 ha, tỷ lệ che phủ rừng ổn định ở mức 40,5%.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1b = period("6 tháng đầu năm", "2023-01-01", "2023-06-30")
ASOF = asof("Tính đến 31/5/2023", "2023-05-31")
T2025 = asof("đến năm 2025", "2025-12-31")

COLS = ["Rừng trồng sản xuất", "Rừng gỗ lớn", "Rừng có chứng chỉ FSC"]
ROWS = [
    ("Yên Lập", ["38.460", "4.215", "6.830"]),
    ("Thanh Sơn", ["41.720", "5.360", "7.245"]),
    ("Đoan Hùng", ["19.850", "2.940", "3.910"]),
    ("Hạ Hòa", ["24.380", "1.780", "2.430"]),
    ("Tổng cộng", ["124.410", "14.295", "20.415"]),
]


def table_figs():
    out = []
    for label, cells in ROWS:
        for i, (col, cell) in enumerate(zip(COLS, cells)):
            if i == 0:
                anchor = f"{label} | {cell}"
            else:
                anchor = f"{cells[i - 1]} | {cell}"
            value = float(cell.replace(".", ""))
            if label == "Tổng cộng":
                out.append(F(anchor, cell, value, "measure", "ha", f"Tổng cộng {col.lower()}", period=inh(ASOF)))
            else:
                out.append(F(anchor, cell, value, "measure", "ha", col, location=label, period=inh(ASOF)))
    return out


FIGS = [
    F("được 6.850 ha", "6.850", 6850, "measure", "ha", "rừng tập trung trồng được", percent=76.1, period=H1),
    F("trồng 1,6 triệu cây", "1,6", 1600000, "count", "cây", "cây phân tán trồng", period=H1),
    F("chu kỳ trên 10 năm", "10", 10, "measure", "năm", "chu kỳ rừng gỗ lớn", approx="over", optional=True),
    F("đạt 2.145 ha", "2.145", 2145, "measure", "ha", "diện tích trồng rừng gỗ lớn",
      change=up(12.5, baseline="cùng kỳ"), period=inh(H1)),
    F("có 20.415 ha", "20.415", 20415, "measure", "ha", "rừng trồng được cấp chứng chỉ FSC", percent=16.4, period=ASOF),
    F("của 4 huyện", "4", 4, "count", "huyện", "huyện có rừng đạt chứng chỉ", optional=True),
] + table_figs() + [
    F("ước đạt 585.000 m3", "585.000", 585000, "measure", "m3", "sản lượng gỗ rừng trồng khai thác",
      change=up(6.8, baseline="cùng kỳ"), status="estimate", period=H1b),
    F("khoảng 96.000 m3", "96.000", 96000, "measure", "m3", "gỗ có chứng chỉ FSC khai thác",
      approx="about", total=585000, status="estimate", period=H1b),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở chế biến gỗ"),
    F("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất ván MDF, ván ghép thanh xuất khẩu", total=412),
    F("trồng 9.000 ha", "9.000", 9000, "measure", "ha", "rừng tập trung trồng", status="target",
      period=year("cả năm", 2023)),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", status="target", period=T2025),
    F("ở mức 40,5%", "40,5", 40.5, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=T2025),
]

NOTES = [
    "Formal report of UBND tỉnh Phú Thọ (Số: 215/BC-UBND, 20/6/2023): 6 months 2023 planting, FSC area, flattened '|' table by district.",
    "Table: every numeric cell is a figure; subject = column label, district row label -> location; the 'Tổng cộng' row is Phú Thọ.",
    "Table period is the as-of date in the sentence above the table (inherited). Table cells get no totals (the Tổng cộng row is its own figure).",
    "'trong đó ... khoảng 96.000 m3' continues the 'ước đạt' clause: estimate, total 585.000. 'cả năm' in the tasks section = 2023.",
    "'chu kỳ trên 10 năm' (category) and '4 huyện' (denominator qualifier) optional.",
    "Distractors: 'Số: 215/BC-UBND', 'Nghị quyết số 05/2021/NQ-HĐND', report date, section numbers I., II., 1.-3.",
]

build(3, TEXT, FIGS, NOTES, published="2023-06-20", location="Phú Thọ")
