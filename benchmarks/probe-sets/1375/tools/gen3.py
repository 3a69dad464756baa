"""p1375-3: formal report (Sở Văn hóa và Thể thao Quảng Ninh): performing-arts programmes 9 months 2024, '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
SỞ VĂN HÓA VÀ THỂ THAO
Số: 1865/BC-SVHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả tổ chức các chương trình nghệ thuật biểu diễn 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
9 tháng đầu năm 2024, toàn tỉnh tổ chức 186 chương trình nghệ thuật biểu diễn phục vụ nhân dân và du khách, đạt 77,5% kế hoạch năm, tăng 14 chương trình so với cùng kỳ, gồm 112 chương trình của các đơn vị nghệ thuật chuyên nghiệp và 74 chương trình do các địa phương tổ chức. Các chương trình thu hút khoảng 1,24 triệu lượt người xem; riêng 7 đêm nhạc quy mô lớn tại TP Hạ Long thu hút 285.000 lượt khán giả, chiếm 23% tổng lượt người xem.

2. Số chương trình nghệ thuật biểu diễn theo địa bàn
Đơn vị tính: chương trình
Địa bàn | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024 | So với cùng kỳ (%)
TP Hạ Long | 64 | 71 | 90 | 110,9
TP Cẩm Phả | 22 | 25 | 32 | 113,6
TP Móng Cái | 18 | 20 | 26 | 111,1
Huyện Vân Đồn | 15 | 16 | 24 | 106,7
Các địa phương khác | 53 | 54 | 68 | 101,9
Tổng cộng | 172 | 186 | 240 | 108,1

3. Doanh thu bán vé
Doanh thu bán vé các chương trình có thu ước đạt 96,4 tỷ đồng, bằng 131% cùng kỳ; giá vé bình quân khoảng 450.000 đồng/vé. Lễ hội âm nhạc "Sóng Hạ Long" tổ chức tại TP Hạ Long tháng 5/2024 bán hết 24.000 vé trong vòng 2 giờ sau khi mở bán.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tổ chức thêm 54 chương trình, nâng tổng số cả năm lên 240 chương trình, trong đó có 2 đêm nhạc chào năm mới tại TP Hạ Long và TP Móng Cái. Dự kiến lượng khán giả cả năm đạt 1,6-1,7 triệu lượt.

Nơi nhận:
- Bộ VHTTDL (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVVH.
"""

N24 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M5 = per("tháng 5/2024", "2024-05-01", "2024-05-31")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
COLS = {
    "9 tháng 2023": (per("9 tháng 2023", "2023-01-01", "2023-09-30"), None),
    "9 tháng 2024": (per("9 tháng 2024", "2024-01-01", "2024-09-30"), None),
    "kế hoạch năm 2024": (per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
    "so với cùng kỳ (%)": (None, None),
}
ROWS = [("TP Hạ Long", "Hạ Long", ["64", "71", "90", "110,9"]),
        ("TP Cẩm Phả", "Cẩm Phả", ["22", "25", "32", "113,6"]),
        ("TP Móng Cái", "Móng Cái", ["18", "20", "26", "111,1"]),
        ("Huyện Vân Đồn", "Vân Đồn", ["15", "16", "24", "106,7"]),
        ("Các địa phương khác", None, ["53", "54", "68", "101,9"]),
        ("Tổng cộng", None, ["172", "186", "240", "108,1"])]
IND = "số chương trình nghệ thuật biểu diễn"
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if place:
            kw["location"] = place
        subj = IND + ("" if place else " " + label.lower()) + " " + col.replace(" (%)", "")
        if col.startswith("so với"):
            CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "chương trình", subject=subj, **kw))
        prev = n

FIGS = [
    fig("tổ chức 186 chương trình", "186", 186, "count", "chương trình", percent=77.5, period=N24,
        change=chg("increase", 14, "chương trình", "cùng kỳ"),
        subject="chương trình nghệ thuật biểu diễn phục vụ nhân dân và du khách"),
    fig("gồm 112 chương trình", "112", 112, "count", "chương trình", total=186, period=N24,
        subject="chương trình của các đơn vị nghệ thuật chuyên nghiệp"),
    fig("và 74 chương trình", "74", 74, "count", "chương trình", total=186, period=N24,
        subject="chương trình do các địa phương tổ chức"),
    fig("khoảng 1,24 triệu", "1,24", 1.24e6, "count", "lượt người xem", approx="about", period=inh(N24),
        subject="lượt người xem các chương trình thu hút"),
    fig("riêng 7 đêm nhạc", "7", 7, "count", "đêm nhạc", period=inh(N24), location="Hạ Long",
        subject="đêm nhạc quy mô lớn tại TP Hạ Long"),
    fig("thu hút 285.000", "285.000", 285000, "count", "lượt khán giả", percent=23, period=inh(N24),
        location="Hạ Long", subject="lượt khán giả 7 đêm nhạc quy mô lớn thu hút"),
] + CELLS + [
    fig("ước đạt 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", status="estimate", percent=131, period=inh(N24),
        subject="doanh thu bán vé các chương trình có thu"),
    fig("khoảng 450.000 đồng/vé", "450.000", 450000, "money", "đồng/vé", approx="about", period=inh(N24),
        subject="giá vé bình quân"),
    fig("hết 24.000 vé", "24.000", 24000, "count", "vé", period=M5, location="Hạ Long",
        subject='vé Lễ hội âm nhạc "Sóng Hạ Long" bán hết'),
    fig("trong vòng 2 giờ", "2", 2, "measure", "giờ", location="Hạ Long",
        subject="thời gian bán hết vé sau khi mở bán", optional=True),
    fig("thêm 54 chương trình", "54", 54, "count", "chương trình", status="target", period=inh(Q4),
        subject="chương trình tổ chức thêm"),
    fig("lên 240 chương trình", "240", 240, "count", "chương trình", status="target", period=YEAR,
        subject="tổng số chương trình cả năm"),
    fig("có 2 đêm nhạc", "2", 2, "count", "đêm nhạc", status="target", total=240, period=YEAR,
        subject="đêm nhạc chào năm mới"),
    fig("đạt 1,6-1,7 triệu", "1,6", 1.6e6, "count", "lượt", value_max=1.7e6, status="forecast", period=YEAR,
        subject="lượng khán giả cả năm"),
]

NOTES = [
    "Formal report (Sở Văn hóa và Thể thao Quảng Ninh, Số: 1865/BC-SVHTT, 'Quảng Ninh, ngày 15 tháng 10 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'QUÝ IV/2024', '9 tháng' in the title, '(b/c)', 'Lưu: VT, NVVH'.",
    "'đạt 77,5% kế hoạch năm' → percent attribute; 'tăng 14 chương trình so với cùng kỳ' → change in chương trình; 'gồm 112 ... và 74' → total 186.",
    "'riêng 7 đêm nhạc ... tại TP Hạ Long ... 285.000 lượt khán giả, chiếm 23%' → Hạ Long, percent 23; 'riêng' is not a total cue.",
    "Flattened '|' table, 'Đơn vị tính: chương trình': place column → location; 'Các địa phương khác' and 'Tổng cộng' stay Quảng Ninh with",
    "the row label in the subject; 'Kế hoạch năm 2024' → target; 'So với cùng kỳ (%)' cells are percent figures without period; cells get no total.",
    "'bằng 131% cùng kỳ' → percent attribute of 96,4 tỷ. 'trong vòng 2 giờ' (time to sell out) is optional: a duration, doubtful as a figure.",
    "Section II: 'Phấn đấu' governs the sentence (target), 'trong đó có 2 đêm nhạc' → total 240 (two cities → Quảng Ninh); 'Dự kiến' → forecast.",
    "'QUÝ IV/2024' stands in the heading (inherited for 54); 'cả năm' in the sentence → 2024.",
]

if __name__ == "__main__":
    write("p1375-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Ninh")
