"""p1547-3: formal report (UBND tỉnh Quảng Nam, Số: 21/BC-UBND): building glass 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 24 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất kính xây dựng năm 2024 và kế hoạch năm 2025

I. TÌNH HÌNH THỰC HIỆN NĂM 2024
1. Kết quả chung
Năm 2024, giá trị sản xuất của các doanh nghiệp kính xây dựng ước đạt 4.870 tỷ đồng, tăng 8,3% so với năm 2023, bằng 101,5% kế hoạch. Các doanh nghiệp nộp ngân sách 312 tỷ đồng; giải quyết việc làm cho 2.150 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

2. Sản lượng sản phẩm chủ yếu
Đơn vị tính: nghìn m2
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Kính nổi | 38.450 | 41.200 | 107,2 | 43.000
Kính cường lực | 2.860 | 3.140 | 109,8 | 3.400
Kính hộp, kính Low-E | 410 | 525 | 128,0 | 600
Gương | 1.730 | 1.685 | 97,4 | 1.800
Tổng cộng | 43.450 | 46.550 | 107,1 | 48.800

3. Đầu tư
Trong năm 2024, Khu kinh tế mở Chu Lai thu hút 2 dự án kính mới với tổng vốn đăng ký 2.400 tỷ đồng, nâng số dự án sản xuất kính trên địa bàn lên 7 dự án. Tuy nhiên, giá khí hóa lỏng tăng khoảng 12% làm chi phí sản xuất kính nổi tăng 150.000-180.000 đồng/tấn sản phẩm.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu giá trị sản xuất đạt 5.300 tỷ đồng, tăng 8,8% so với năm 2024; tỷ lệ kính tiết kiệm năng lượng chiếm trên 15% tổng sản lượng; thực hiện Nghị định số 09/2021/NĐ-CP về quản lý vật liệu xây dựng.

Nơi nhận:
- Bộ Xây dựng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
# column -> (period, status, kind)
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Kính nổi", ["38.450", "41.200", "107,2", "43.000"]),
        ("Kính cường lực", ["2.860", "3.140", "109,8", "3.400"]),
        ("Kính hộp, kính Low-E", ["410", "525", "128,0", "600"]),
        ("Gương", ["1.730", "1.685", "97,4", "1.800"]),
        ("Tổng cộng", ["43.450", "46.550", "107,1", "48.800"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        subj = f"sản lượng {label.lower()} {col}"
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev} | {n}", n, num(n), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, num(n) * 1e3, "measure", "m2", subject=subj, **kw))
        prev = n

FIGS = [
    fig("ước đạt 4.870 tỷ", "4.870", 4870e9, "money", "đồng", status="estimate", percent=101.5,
        change=chg("increase", 8.3, "%", "năm 2023"),
        subject="giá trị sản xuất của các doanh nghiệp kính xây dựng", period=Y24),
    fig("ngân sách 312 tỷ", "312", 312e9, "money", "đồng",
        subject="nộp ngân sách của các doanh nghiệp kính", period=inh(Y24)),
    fig("cho 2.150 lao động", "2.150", 2150, "count", "lao động",
        subject="lao động được giải quyết việc làm", period=inh(Y24)),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động", period=inh(Y24)),
] + CELLS + [
    fig("thu hút 2 dự án", "2", 2, "count", "dự án", subject="dự án kính mới thu hút", period=Y24T),
    fig("đăng ký 2.400 tỷ", "2.400", 2400e9, "money", "đồng",
        subject="tổng vốn đăng ký của dự án kính mới", period=Y24T),
    fig("lên 7 dự án", "7", 7, "count", "dự án", subject="dự án sản xuất kính trên địa bàn", period=Y24T),
    fig("tăng khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="giá khí hóa lỏng", period=inh(Y24T)),
    fig("tăng 150.000-180.000", "150.000", 150000, "money", "đồng/tấn", value_max=180000,
        subject="mức tăng chi phí sản xuất kính nổi", period=inh(Y24T)),
    fig("đạt 5.300 tỷ", "5.300", 5300e9, "money", "đồng", status="target",
        change=chg("increase", 8.8, "%", "năm 2024"), subject="giá trị sản xuất", period=Y25),
    fig("trên 15%", "15", 15, "percent", "%", approx="over", status="target",
        subject="tỷ lệ kính tiết kiệm năng lượng trong tổng sản lượng", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM', 'Số: 21/BC-UBND', 'Quảng Nam, ngày 24 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m2' → quantity cells are measure in m2 ×10^3; rows are products, so location stays Quảng Nam.",
    "Cell subject = 'sản lượng' + row + column label; period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures; their header names no period and no status cue, so they get neither (actual, no period).",
    "Cells get no total (the 'Tổng cộng' row is a figure of its own).",
    "Sentence 2 of 1. has no period phrase: 'Năm 2024' of the previous sentence is inherited; the LPG price rise inherits 'Trong năm 2024'.",
    "'làm chi phí ... tăng 150.000-180.000 đồng/tấn' is an increase stated as the claim: money figure, range, no change object.",
    "Section II 'Năm 2025, phấn đấu ...; tỷ lệ ... chiếm trên 15%' → both target (the cue continues over ';').",
    "Distractors: Số: 21/BC-UBND, Nghị định số 09/2021/NĐ-CP, section numbers, the letterhead date, 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1547-3", TEXT, NOTES, FIGS, published="2025-01-24", location="Quảng Nam")
