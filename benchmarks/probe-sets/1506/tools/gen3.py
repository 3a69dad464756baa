"""p1506-3: formal report (UBND tỉnh Hưng Yên): household cleaning products 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Hưng Yên, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất sản phẩm chất tẩy rửa gia dụng năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 23 doanh nghiệp sản xuất chất tẩy rửa gia dụng, tăng 4 doanh nghiệp so với năm 2023, tập trung tại huyện Văn Lâm, huyện Yên Mỹ và thị xã Mỹ Hào. Sản lượng nước tẩy rửa các loại ước đạt 35.270 tấn, tăng 8,6% so với năm 2023, đạt 101,4% kế hoạch. Doanh thu ước đạt 1.245 tỷ đồng, nộp ngân sách nhà nước ước 86 tỷ đồng.

2. Kết quả theo nhóm sản phẩm
Đơn vị tính: tấn
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Nước rửa chén | 18.450 | 20.120 | 109,1 | 22.000
2 | Nước lau sàn | 9.830 | 10.760 | 109,5 | 11.800
3 | Nước tẩy rửa nhà vệ sinh | 4.210 | 4.390 | 104,3 | 4.700
  | Tổng cộng | 32.490 | 35.270 | 108,6 | 38.500

3. Công tác quản lý
Trong năm 2024, lực lượng quản lý thị trường đã kiểm tra 64 cơ sở kinh doanh chất tẩy rửa, phát hiện 11 cơ sở vi phạm, xử phạt hành chính 187 triệu đồng; tiêu hủy gần 2.300 lít nước rửa chén không rõ nguồn gốc.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng chất tẩy rửa gia dụng đạt 38.500 tấn, tăng khoảng 9% so với năm 2024; thu hút thêm từ 2 đến 3 dự án sản xuất hóa mỹ phẩm thân thiện môi trường.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Văn
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TRONG = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")

ROWS = [("Nước rửa chén", ["18.450", "20.120", "109,1", "22.000"]),
        ("Nước lau sàn", ["9.830", "10.760", "109,5", "11.800"]),
        ("Nước tẩy rửa nhà vệ sinh", ["4.210", "4.390", "104,3", "4.700"]),
        ("Tổng cộng", ["32.490", "35.270", "108,6", "38.500"])]
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", inh(E24), "estimate"), ("Kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%", subject=f"{label} so với cùng kỳ",
                             period=p, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "measure", "tấn", subject=f"{label} {col}",
                             period=p, **kw))
        prev = n

FIGS = [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        change=chg("increase", 4, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất chất tẩy rửa gia dụng", period=Y24),
    fig("ước đạt 35.270 tấn", "35.270", 35270, "measure", "tấn", status="estimate", percent=101.4,
        change=chg("increase", 8.6, "%", "năm 2023"), subject="sản lượng nước tẩy rửa các loại",
        period=inh(Y24)),
    fig("ước đạt 1.245 tỷ", "1.245", 1245e9, "money", "đồng", status="estimate", subject="doanh thu",
        period=inh(Y24)),
    fig("ước 86 tỷ", "86", 86e9, "money", "đồng", status="estimate", subject="nộp ngân sách nhà nước",
        period=inh(Y24)),
] + CELLS + [
    fig("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở kinh doanh chất tẩy rửa được kiểm tra",
        period=TRONG),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=TRONG),
    fig("hành chính 187 triệu", "187", 187e6, "money", "đồng", subject="xử phạt hành chính", period=TRONG),
    fig("gần 2.300 lít", "2.300", 2300, "measure", "lít", approx="nearly",
        subject="nước rửa chén không rõ nguồn gốc bị tiêu hủy", period=TRONG),
    fig("đạt 38.500 tấn", "38.500", 38500, "measure", "tấn", status="target",
        change=chg("increase", 9, "%", "năm 2024", approx="about"),
        subject="sản lượng chất tẩy rửa gia dụng", period=inh(Y25)),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất hóa mỹ phẩm thân thiện môi trường thu hút thêm", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, Số: 27/BC-UBND, 'Hưng Yên, ngày 16 tháng 01 năm 2025'): sections I/II, 1-3, Nơi nhận.",
    "Distractors: '27/BC-UBND', the letterhead date, section numbers I./II./1./2./3., table row numbers 1-3, 'Lưu: VT, KT1', 'năm 2023/2024' as baselines.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every numeric cell is a figure; period and status from the column header (Năm 2023 actual,",
    "'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target). 'So với cùng kỳ (%)' cells are percents (2024 estimate against 2023):",
    "status estimate, period 2024 inherited (the header has no year). Cells get no total (the 'Tổng cộng' row is a figure of its own).",
    "'Năm 2024' in the first sentence of section 1 governs the next two sentences (inherited).",
    "'đạt 101,4% kế hoạch' → percent attribute. 'kiểm tra 64 ... phát hiện 11 cơ sở vi phạm' has no part-of cue: no total.",
    "Section II (NHIỆM VỤ NĂM 2025, 'Phấn đấu'): target, period from the heading (inherited). 'tăng khoảng 9%' → change, approx about.",
]

if __name__ == "__main__":
    write("p1506-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hưng Yên")
