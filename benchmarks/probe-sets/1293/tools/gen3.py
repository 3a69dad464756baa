"""p1293-3: formal report (Sở Công Thương Tây Ninh, 47/BC-SCT): 2024 results, flattened '|' table by district, 2025 plan."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH TÂY NINH
SỞ CÔNG THƯƠNG
Số: 47/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ muối tôm, muối ớt năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 318 cơ sở sản xuất muối tôm, muối ớt, tăng 6 cơ sở so với năm 2023. Sản lượng đạt 6.340 tấn, tăng 10,6% so với năm 2023, vượt 2,3% kế hoạch.

Bảng 1. Sản lượng muối tôm, muối ớt phân theo địa bàn
Đơn vị tính: tấn
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TX Trảng Bàng | 2.015 | 2.240 | 2.400
Huyện Gò Dầu | 1.150 | 1.310 | 1.400
TX Hòa Thành | 1.020 | 1.135 | 1.200
Các địa bàn khác | 1.547 | 1.655 | 1.750
Tổng cộng | 5.732 | 6.340 | 6.750

2. Tiêu thụ
Doanh thu toàn ngành ước đạt 742 tỷ đồng, tăng 12,4% so với năm 2023. Xuất khẩu đạt 248 tấn, chiếm 3,9% sản lượng, kim ngạch khoảng 1,6 triệu USD.

3. Bảo đảm an toàn thực phẩm
Trong năm, đoàn kiểm tra liên ngành đã kiểm tra 96 cơ sở, phát hiện 11 cơ sở vi phạm (7 cơ sở vi phạm về ghi nhãn, 4 cơ sở vi phạm điều kiện vệ sinh), xử phạt 68,5 triệu đồng; tiêu hủy 420 kg muối tôm không rõ nguồn gốc.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng đạt 6.750 tấn, tăng 6,5% so với năm 2024; có thêm từ 4 đến 6 sản phẩm đạt chuẩn OCOP; 100% cơ sở được tập huấn về an toàn thực phẩm.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở NN&PTNT;
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("năm 2024", C24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [
    ("TX Trảng Bàng", "Trảng Bàng", None, ["2.015", "2.240", "2.400"]),
    ("Huyện Gò Dầu", "Gò Dầu", None, ["1.150", "1.310", "1.400"]),
    ("TX Hòa Thành", "Hòa Thành", None, ["1.020", "1.135", "1.200"]),
    ("Các địa bàn khác", None, "các địa bàn khác", ["1.547", "1.655", "1.750"]),
    ("Tổng cộng", None, "tổng cộng", ["5.732", "6.340", "6.750"]),
]
CELLS = []
for label, place, rowsubj, nums in ROWS:
    prev = label + " |"
    for (col, p, st), n in zip(COLS, nums):
        subj = "sản lượng muối tôm, muối ớt " + (rowsubj + " " if rowsubj else "") + col
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        CELLS.append(fig(f"{prev} {n}", n, float(n.replace(".", "")), "measure", "tấn",
                         subject=subj, period=p, **kw))
        prev = n + " |"

FIGS = [
    fig("có 318 cơ sở", "318", 318, "count", "cơ sở", change=chg("increase", 6, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất muối tôm, muối ớt", period=Y24),
    fig("đạt 6.340 tấn", "6.340", 6340, "measure", "tấn", change=chg("increase", 10.6, "%", "năm 2023"),
        subject="sản lượng", period=inh(Y24)),
    fig("vượt 2,3%", "2,3", 2.3, "percent", "%", subject="sản lượng vượt kế hoạch", period=inh(Y24),
        optional=True),
] + CELLS + [
    fig("ước đạt 742 tỷ", "742", 742e9, "money", "đồng", status="estimate",
        change=chg("increase", 12.4, "%", "năm 2023"), subject="doanh thu toàn ngành",
        period=per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("đạt 248 tấn", "248", 248, "measure", "tấn", percent=3.9, subject="xuất khẩu",
        period=per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "money", "USD", approx="about", subject="kim ngạch xuất khẩu",
        period=per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    fig("kiểm tra 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở được đoàn kiểm tra liên ngành kiểm tra",
        period=IN_YEAR),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=IN_YEAR),
    fig("(7 cơ sở", "7", 7, "count", "cơ sở", total=11, subject="cơ sở vi phạm về ghi nhãn", period=IN_YEAR),
    fig("4 cơ sở vi phạm", "4", 4, "count", "cơ sở", total=11, subject="cơ sở vi phạm điều kiện vệ sinh",
        period=IN_YEAR),
    fig("xử phạt 68,5 triệu", "68,5", 68.5e6, "money", "đồng", subject="tiền xử phạt", period=IN_YEAR),
    fig("tiêu hủy 420 kg", "420", 420, "measure", "kg", subject="muối tôm không rõ nguồn gốc bị tiêu hủy",
        period=IN_YEAR),
    fig("đạt 6.750 tấn", "6.750", 6750, "measure", "tấn", status="target",
        change=chg("increase", 6.5, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("từ 4 đến 6 sản phẩm", "4", 4, "count", "sản phẩm", value_max=6, status="target",
        subject="sản phẩm đạt chuẩn OCOP có thêm", period=Y25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở được tập huấn về an toàn thực phẩm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH TÂY NINH / SỞ CÔNG THƯƠNG', 'Số: 47/BC-SCT', 'Tây Ninh, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 47/BC-SCT, the letterhead date, section numbers I., II., 1.-3., 'Bảng 1.', years in the title and headings, 'Lưu: VT, QLCN'.",
    "Flattened '|' table with 'Đơn vị tính: tấn': each cell a figure in tấn; place rows go to location (Trảng Bàng, Gò Dầu, Hòa Thành);",
    "'Các địa bàn khác' and 'Tổng cộng' stay in Tây Ninh with the row label in the subject; 'Kế hoạch 2025' column = target; no totals for cells.",
    "6.340 tấn has two gaps: 'tăng 10,6% so với năm 2023' is its change; 'vượt 2,3% kế hoạch' (second change) is an optional percent figure.",
    "Section 2 has no period phrase: 'năm 2024' of the report is inherited (not scored). 'Trong năm' (annual report) = 2024.",
    "'11 cơ sở vi phạm (7 ..., 4 ...)': a bracketed breakdown that adds up: total 11. '96 cơ sở' checked -> 11 found: no cue, no total.",
    "Section II: 'Năm 2025, phấn đấu' governs the three ';' clauses (target).",
]

if __name__ == "__main__":
    write("p1293-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Tây Ninh")
