"""p1364-3: formal report (UBND tỉnh Quảng Trị, Số: 215/BC-UBND): ancient-tree inventory 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả điều tra, kiểm kê cây cổ thụ và đề nghị công nhận Cây Di sản Việt Nam năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Điều tra, kiểm kê
Thực hiện Kế hoạch số 87/KH-UBND ngày 10/3/2023, năm 2023 các địa phương đã kiểm kê được 1.684 cây cổ thụ, tăng 8,7% so với kết quả kiểm kê năm 2019; trong đó 212 cây có tuổi trên 300 năm.

2. Kết quả theo địa bàn
Đơn vị tính: cây
STT | Địa phương | Kiểm kê năm 2023 | Đã công nhận đến 30/11/2023 | Kế hoạch năm 2024
1 | Huyện Vĩnh Linh | 326 | 41 | 12
2 | Huyện Gio Linh | 287 | 35 | 8
3 | Huyện Hải Lăng | 245 | 22 | 10
4 | TP Đông Hà | 58 | 6 | 2
5 | Các địa phương khác | 768 | 58 | 18
Tổng cộng | 1.684 | 162 | 50

3. Công nhận Cây Di sản Việt Nam
Đến ngày 30/11/2023, toàn tỉnh có 162 cây được công nhận, bằng 9,6% số cây đã kiểm kê, gồm 147 cây đơn lẻ và 15 cây thuộc 2 quần thể. Kinh phí hỗ trợ lập hồ sơ, gắn biển năm 2023 là 486 triệu đồng, đạt 97,2% dự toán.

II. NHIỆM VỤ NĂM 2024
Phấn đấu hoàn thành hồ sơ đề nghị công nhận 50 cây, hỗ trợ mỗi cây tối đa 8 triệu đồng để làm rào bảo vệ, biển thông tin. Các huyện hoàn thành số hóa dữ liệu cây cổ thụ trước ngày 30/6/2024.

Nơi nhận:
- Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam;
- Thường trực Tỉnh ủy;
- Lưu: VT, NN.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
C1 = per("Kiểm kê năm 2023", "2023-01-01", "2023-12-31")
C2 = per("Đã công nhận đến 30/11/2023", None, "2023-11-30")
C3 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 30/11/2023", None, "2023-11-30")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [("cây cổ thụ kiểm kê năm 2023", C1, None), ("cây đã công nhận Cây Di sản đến 30/11/2023", C2, None),
        ("cây kế hoạch đề nghị công nhận năm 2024", C3, "target")]
ROWS = [("Huyện Vĩnh Linh", "Vĩnh Linh", ["326", "41", "12"]),
        ("Huyện Gio Linh", "Gio Linh", ["287", "35", "8"]),
        ("Huyện Hải Lăng", "Hải Lăng", ["245", "22", "10"]),
        ("TP Đông Hà", "Đông Hà", ["58", "6", "2"]),
        ("Các địa phương khác", None, ["768", "58", "18"]),
        ("Tổng cộng", None, ["1.684", "162", "50"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (subj, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        s = subj if place else (f"{subj} các địa phương khác" if label.startswith("Các") else f"tổng {subj}")
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "cây", subject=s, period=p, **kw))
        prev = n

FIGS = [
    fig("được 1.684 cây", "1.684", 1684, "count", "cây", change=chg("increase", 8.7, "%", "kết quả kiểm kê năm 2019"),
        subject="cây cổ thụ kiểm kê được", period=Y23),
    fig("trong đó 212 cây", "212", 212, "count", "cây", total=1684, subject="cây có tuổi trên 300 năm", period=Y23),
    fig("tuổi trên 300 năm", "300", 300, "measure", "năm", approx="over", optional=True),
] + CELLS + [
    fig("có 162 cây", "162", 162, "count", "cây", percent=9.6, subject="cây được công nhận", period=ASOF),
    fig("gồm 147 cây", "147", 147, "count", "cây", total=162, subject="cây đơn lẻ được công nhận", period=ASOF),
    fig("và 15 cây", "15", 15, "count", "cây", total=162, subject="cây thuộc quần thể được công nhận", period=ASOF),
    fig("thuộc 2 quần thể", "2", 2, "count", "quần thể", subject="quần thể cây được công nhận", period=ASOF),
    fig("là 486 triệu", "486", 486e6, "money", "đồng", percent=97.2, subject="kinh phí hỗ trợ lập hồ sơ, gắn biển",
        period=Y23),
    fig("công nhận 50 cây", "50", 50, "count", "cây", status="target", subject="cây hoàn thành hồ sơ đề nghị công nhận",
        period=inh(Y24)),
    fig("tối đa 8 triệu", "8", 8e6, "money", "đồng/cây", approx="at_most", status="target",
        subject="hỗ trợ làm rào bảo vệ, biển thông tin", period=inh(Y24)),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG TRỊ', 'Số: 215/BC-UBND', 'Quảng Trị, ngày 18 tháng 12 năm 2023' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 87/KH-UBND ngày 10/3/2023', 'trước ngày 30/6/2024', STT 1-5, sections I./II./1.-3.",
    "Flattened '|' table, 'Đơn vị tính: cây', a place column → location per row; 'Các địa phương khác' and 'Tổng cộng' → Quảng Trị;",
    "subject = column label (+ row label when it is not a place); periods from the column headers (scored): 'Kiểm kê năm 2023' = 2023,",
    "'Đã công nhận đến 30/11/2023' = as of 2023-11-30, 'Kế hoạch năm 2024' = 2024 and status target. Cells get no total.",
    "'trong đó 212 cây có tuổi trên 300 năm' → part of 1.684 (total); the age threshold itself is optional.",
    "'162 cây ..., bằng 9,6% số cây đã kiểm kê, gồm 147 ... và 15 cây' → percent 9.6 on 162; parts total 162. '486 triệu đồng, đạt 97,2% dự toán' → percent.",
    "Section II 'NHIỆM VỤ NĂM 2024 / Phấn đấu ..., hỗ trợ mỗi cây tối đa 8 triệu đồng' → both target, period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1364-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Quảng Trị")
