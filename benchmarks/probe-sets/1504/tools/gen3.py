"""p1504-3: formal report (UBND tỉnh Thanh Hóa, Số: 287/BC-UBND): door output 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THANH HÓA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh cửa nhôm, cửa nhựa lõi thép, cửa cuốn năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Toàn tỉnh có 418 cơ sở sản xuất, lắp đặt cửa nhôm, cửa nhựa lõi thép và cửa cuốn, tăng 27 cơ sở so với năm 2023, sử dụng khoảng 3.900 lao động. Sản lượng năm 2024 ước đạt 1.872 nghìn m2, tăng 6,1% so với năm 2023 và vượt 4% kế hoạch; giá trị sản xuất ước 1.640 tỷ đồng.

2. Sản lượng theo địa bàn
Đơn vị tính: nghìn m2
Địa bàn | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
TP Thanh Hóa | 742 | 786 | 820
Thị xã Nghi Sơn | 315 | 341 | 360
TP Sầm Sơn | 168 | 179 | 190
Huyện Hoằng Hóa | 236 | 252 | 265
Các huyện còn lại | 303 | 314 | 335
Tổng cộng | 1.764 | 1.872 | 1.970

3. Công tác quản lý chất lượng
Năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 64 cơ sở, phát hiện 11 cơ sở vi phạm về nhãn hàng hóa, tiêu chuẩn công bố, xử phạt vi phạm hành chính 137,5 triệu đồng; tịch thu 2.350 kg thanh nhôm không rõ nguồn gốc.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng năm 2025 đạt khoảng 1,97 triệu m2, tăng 5,2% so với năm 2024; thu hút thêm từ 5 đến 7 doanh nghiệp đầu tư dây chuyền sản xuất cửa nhựa lõi thép, cửa nhôm hệ theo Quyết định số 1214/QĐ-UBND ngày 05/4/2023 của UBND tỉnh.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTC.
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}

ROWS = [("TP Thanh Hóa", "Thanh Hóa", None, ["742", "786", "820"]),
        ("Thị xã Nghi Sơn", "Nghi Sơn", None, ["315", "341", "360"]),
        ("TP Sầm Sơn", "Sầm Sơn", None, ["168", "179", "190"]),
        ("Huyện Hoằng Hóa", "Hoằng Hóa", None, ["236", "252", "265"]),
        ("Các huyện còn lại", "Thanh Hóa", "các huyện còn lại", ["303", "314", "335"]),
        ("Tổng cộng", "Thanh Hóa", "tổng cộng", ["1.764", "1.872", "1.970"])]
CELLS = []
for label, loc, rowsubj, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        subj = "sản lượng cửa " + (rowsubj + " " if rowsubj else "") + col
        v = float(n.replace(".", "")) * 1e3
        CELLS.append(fig(f"{prev} | {n}", n, v, "measure", "m2", subject=subj, period=p, location=loc, **kw))
        prev = n

FIGS = [
    fig("có 418 cơ sở", "418", 418, "count", "cơ sở", change=chg("increase", 27, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất, lắp đặt cửa nhôm, cửa nhựa lõi thép và cửa cuốn"),
    fig("khoảng 3.900 lao động", "3.900", 3900, "count", "lao động", approx="about",
        subject="lao động các cơ sở sử dụng"),
    fig("ước đạt 1.872 nghìn", "1.872", 1.872e6, "measure", "m2", status="estimate",
        change=chg("increase", 6.1, "%", "năm 2023"), subject="sản lượng", period=Y24),
    fig("vượt 4% kế hoạch", "4", 4, "percent", "%", status="estimate",
        subject="sản lượng vượt kế hoạch", period=Y24, optional=True),
    fig("ước 1.640 tỷ", "1.640", 1640e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở được các đoàn kiểm tra liên ngành kiểm tra",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở vi phạm về nhãn hàng hóa, tiêu chuẩn công bố",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("chính 137,5 triệu", "137,5", 137.5e6, "money", "đồng", subject="tiền xử phạt vi phạm hành chính",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("thu 2.350 kg", "2.350", 2350, "measure", "kg", subject="thanh nhôm không rõ nguồn gốc bị tịch thu",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 1,97 triệu", "1,97", 1.97e6, "measure", "m2", approx="about", status="target",
        change=chg("increase", 5.2, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("từ 5 đến 7 doanh nghiệp", "5", 5, "count", "doanh nghiệp", value_max=7, status="target",
        subject="doanh nghiệp đầu tư dây chuyền sản xuất cửa nhựa lõi thép, cửa nhôm hệ thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 287/BC-UBND', 'Thanh Hóa, ngày 18 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 287/BC-UBND, 'Quyết định số 1214/QĐ-UBND ngày 05/4/2023', section numbers, 'Lưu: VT, KTTC', the letterhead date.",
    "'tăng 27 cơ sở so với năm 2023' is the change of 418 cơ sở; the stock counts of section 1.1 state no period in their sentence.",
    "'ước đạt 1.872 nghìn m2, tăng 6,1% … và vượt 4% kế hoạch': the first change is the attribute; the plan gap is a second change,",
    "so 4% is a percent figure of its own, optional by FIGURES.md ('One of each attribute per figure').",
    "Flattened '|' table, 'Đơn vị tính: nghìn m2' → measure in m2 ×10^3. Rows are places → location (TP Thanh Hóa = city Thanh Hóa);",
    "'Các huyện còn lại' and 'Tổng cộng' are not one place: location Thanh Hóa (province), the row label goes to the subject.",
    "Period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "Section II: 'Phấn đấu …; thu hút thêm …' → target for both clauses, period 'năm 2025' stated in the sentence.",
]

if __name__ == "__main__":
    write("p1504-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Thanh Hóa")
