"""p1454-3: formal report (UBND tỉnh Bình Dương) on kitchen electrical appliances 2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH BÌNH DƯƠNG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, kinh doanh sản phẩm điện gia dụng nhà bếp năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 19 doanh nghiệp sản xuất điện gia dụng nhà bếp, tăng 2 doanh nghiệp so với năm 2023. Giá trị sản xuất ước đạt 8.650 tỷ đồng, tăng 7,4% so với năm trước. Các doanh nghiệp sử dụng khoảng 6.800 lao động, thu nhập bình quân 10,5 triệu đồng/người/tháng. Sản lượng một số sản phẩm chủ yếu như sau:

Đơn vị tính: nghìn chiếc
STT | Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
1 | Nồi cơm điện | 2.850 | 3.120 | 3.400
2 | Bếp điện từ, bếp hồng ngoại | 640 | 715 | 800
3 | Nồi áp suất điện | 410 | 468 | 520
4 | Lò vi sóng, lò nướng | 185 | 172 | 180
 | Tổng cộng | 4.085 | 4.475 | 4.900

2. Tiêu thụ và quản lý thị trường
Kim ngạch xuất khẩu ước đạt 214 triệu USD, tăng 12,5% so với năm 2023; thị trường chủ yếu là Hoa Kỳ, Nhật Bản và EU. Lực lượng quản lý thị trường đã kiểm tra 56 cơ sở kinh doanh đồ điện gia dụng, xử lý 12 cơ sở vi phạm, phạt tiền 186 triệu đồng, tạm giữ 1.240 sản phẩm không rõ nguồn gốc.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu giá trị sản xuất đạt trên 9.300 tỷ đồng, tăng ít nhất 7,5%; tỷ lệ nội địa hóa bình quân đạt 40%; thu hút thêm từ 2 đến 3 dự án sản xuất linh kiện.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hoàng Phúc
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện năm 2024", E24, "estimate"), ("kế hoạch năm 2025", K25, "target")]
ROWS = [("Nồi cơm điện", ["2.850", "3.120", "3.400"]),
        ("Bếp điện từ, bếp hồng ngoại", ["640", "715", "800"]),
        ("Nồi áp suất điện", ["410", "468", "520"]),
        ("Lò vi sóng, lò nướng", ["185", "172", "180"]),
        ("Tổng cộng", ["4.085", "4.475", "4.900"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e3
        CELLS.append(fig(f"{prev} | {n}", n, v, "count", "chiếc", subject=f"sản lượng {label.lower()} {col}",
                         period=p, **kw))
        prev = n

FIGS = [
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        change=chg("increase", 2, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất điện gia dụng nhà bếp", period=Y24),
    fig("ước đạt 8.650 tỷ", "8.650", 8650e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.4, "%", "năm trước"),
        subject="giá trị sản xuất điện gia dụng nhà bếp", period=inh(Y24)),
    fig("khoảng 6.800 lao động", "6.800", 6800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng", period=inh(Y24)),
    fig("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân người lao động", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 214 triệu", "214", 214e6, "money", "USD", status="estimate",
        change=chg("increase", 12.5, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu sản phẩm điện gia dụng nhà bếp", period=inh(Y24)),
    fig("kiểm tra 56 cơ sở", "56", 56, "count", "cơ sở",
        subject="cơ sở kinh doanh đồ điện gia dụng được kiểm tra", period=inh(Y24)),
    fig("xử lý 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở vi phạm bị xử lý", period=inh(Y24)),
    fig("phạt tiền 186 triệu", "186", 186e6, "money", "đồng", subject="tiền phạt cơ sở vi phạm",
        period=inh(Y24)),
    fig("giữ 1.240 sản phẩm", "1.240", 1240, "count", "sản phẩm",
        subject="sản phẩm không rõ nguồn gốc bị tạm giữ", period=inh(Y24)),
    fig("trên 9.300 tỷ", "9.300", 9300e9, "money", "đồng", approx="over", status="target",
        change=chg("increase", 7.5, "%", approx="at_least"), subject="giá trị sản xuất", period=Y25),
    fig("đạt 40%", "40", 40, "percent", "%", status="target", subject="tỷ lệ nội địa hóa bình quân",
        period=Y25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất linh kiện thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH DƯƠNG', 'Số: 27/BC-UBND', 'Bình Dương, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận', signature.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' → cells are counts in chiếc ×10^3; subject = row label + column label; period from the column header (scored);",
    "'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target; rows are products, location Bình Dương; STT numbers 1-4 are not figures; no totals on cells.",
    "'tăng 2 doanh nghiệp so với năm 2023' is a change in doanh nghiệp. The estimate cue 'ước đạt' of 8.650 tỷ does not reach the next sentence (lao động, thu nhập: actual; their period 'Năm 2024' is inherited from the paragraph).",
    "'kiểm tra 56 cơ sở ..., xử lý 12 cơ sở vi phạm' has no part-of cue: no total. Periods of section I sentences without a year are inherited from 'Năm 2024'.",
    "Section II: 'Năm 2025, phấn đấu ...' governs the three clauses of the sentence → target; 'tăng ít nhất 7,5%' is the change of 9.300 tỷ.",
    "Distractors: Số: 27/BC-UBND, the letterhead date, section numbers I./II./1./2., STT column, 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1454-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bình Dương")
