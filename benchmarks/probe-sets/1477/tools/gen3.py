"""p1477-3: formal report (Sở Công Thương Hải Dương, Số: 215/BC-SCT), flattened '|' table by company."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HẢI DƯƠNG
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, kinh doanh bàn là, máy sấy tóc năm 2024 và nhiệm vụ năm 2025

Thực hiện Quyết định số 1563/QĐ-UBND ngày 20/6/2023 của UBND tỉnh, Sở Công Thương báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Toàn tỉnh có 3 doanh nghiệp sản xuất bàn là, máy sấy tóc, sử dụng 2.140 lao động. Sản lượng năm 2024 đạt 2,78 triệu chiếc, tăng 6,4% so với năm 2023, đạt 96,3% kế hoạch.

Sản lượng theo doanh nghiệp
Đơn vị tính: nghìn chiếc
STT | Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Công ty TNHH Điện máy Nam Sách | 1.245 | 1.382 | 1.500
2 | Công ty CP Gia dụng Thành Đông | 860 | 934 | 1.000
3 | Công ty TNHH Kỹ thuật điện Phú Thái | 512 | 468 | 520
 | Tổng cộng | 2.617 | 2.784 | 3.020

2. Tiêu thụ
Năm 2024, doanh thu ước đạt 1.935 tỷ đồng, tăng 7,2% so với năm 2023. Kim ngạch xuất khẩu đạt 64,8 triệu USD, tăng 9,7%.

3. Quản lý thị trường
Lực lượng quản lý thị trường kiểm tra 27 cơ sở kinh doanh đồ điện gia dụng, phát hiện 5 cơ sở vi phạm, xử phạt 38,5 triệu đồng, tịch thu 416 sản phẩm không rõ nguồn gốc.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu sản lượng đạt 3,02 triệu chiếc, tăng khoảng 8,5% so với năm 2024; kim ngạch xuất khẩu trên 70 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Phạm Quang Hiển
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
y24 = period("năm 2024", "2024-01-01", "2024-12-31")
H24 = period("KẾT QUẢ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [
    ("1 | Công ty TNHH Điện máy Nam Sách", "Công ty TNHH Điện máy Nam Sách", ["1.245", "1.382", "1.500"]),
    ("2 | Công ty CP Gia dụng Thành Đông", "Công ty CP Gia dụng Thành Đông", ["860", "934", "1.000"]),
    ("3 | Công ty TNHH Kỹ thuật điện Phú Thái", "Công ty TNHH Kỹ thuật điện Phú Thái", ["512", "468", "520"]),
    (" | Tổng cộng", "tổng cộng", ["2.617", "2.784", "3.020"]),
]
CELLS = []
for prefix, label, nums in ROWS:
    prev = prefix
    for (col, per_, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")) * 1e3, "count", "chiếc",
                       subject=f"sản lượng {label} {col}", period=per_, **kw))
        prev = n

FIGS = [
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bàn là, máy sấy tóc",
      period=H24),
    F("sử dụng 2.140 lao động", "2.140", 2140, "count", "lao động", subject="lao động các doanh nghiệp sử dụng",
      period=H24),
    F("đạt 2,78 triệu", "2,78", 2.78e6, "count", "chiếc", percent=96.3,
      change=change("increase", 6.4, "%", "năm 2023"), subject="sản lượng", period=y24),
] + CELLS + [
    F("ước đạt 1.935 tỷ", "1.935", 1.935e12, "money", "đồng", status="estimate",
      change=change("increase", 7.2, "%", "năm 2023"), subject="doanh thu", period=Y24),
    F("đạt 64,8 triệu", "64,8", 64.8e6, "money", "USD", change=change("increase", 9.7, "%"),
      subject="kim ngạch xuất khẩu", period=inherit(Y24)),
    F("kiểm tra 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở kinh doanh đồ điện gia dụng được kiểm tra",
      period=H24),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=H24),
    F("xử phạt 38,5 triệu", "38,5", 38.5e6, "money", "đồng", subject="tiền xử phạt", period=H24),
    F("tịch thu 416 sản phẩm", "416", 416, "count", "sản phẩm", subject="sản phẩm không rõ nguồn gốc bị tịch thu",
      period=H24),
    F("đạt 3,02 triệu", "3,02", 3.02e6, "count", "chiếc", status="target",
      change=change("increase", 8.5, "%", "năm 2024", approx="about"), subject="sản lượng", period=Y25),
    F("trên 70 triệu", "70", 70e6, "money", "USD", approx="over", status="target", subject="kim ngạch xuất khẩu",
      period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG / SỞ CÔNG THƯƠNG', 'Số: 215/BC-SCT', 'Hải Dương, ngày 15 tháng 01 năm 2025', sections I/II and 1-3,",
    "'Nơi nhận', signature. Distractors: document numbers 215/BC-SCT and 1563/QĐ-UBND ngày 20/6/2023, section and row numbers (STT 1-3),",
    "'Lưu: VT, QLCN', year headings, baselines 'năm 2023'/'năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc' → values ×1000, unit chiếc; subject = caption indicator + row label + column label;",
    "period from column headers (scored); 'Kế hoạch 2025' → target. Table cells get no total (the Tổng cộng row is a figure of its own).",
    "Section I figures without a period phrase in their sentence inherit 'KẾT QUẢ NĂM 2024' (not scored). 'đạt 96,3% kế hoạch' → percent attribute.",
    "'Năm 2024, doanh thu ước đạt ... so với năm 2023' → period 2024, not the baseline year. The export sentence has its own verb 'đạt':",
    "actual, period inherited. 'phát hiện 5 cơ sở vi phạm' after 'kiểm tra 27 cơ sở': no cue, no total.",
]

if __name__ == "__main__":
    write("p1477-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Hải Dương")
