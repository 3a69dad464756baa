"""p1408-3: formal report (Sở VHTTDL Thanh Hóa): tu bổ tượng đài, di tích 2024; flattened '|' table by place."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH THANH HÓA
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 412/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Hóa, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả tu bổ, tôn tạo tượng đài, di tích lịch sử cách mạng năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Công tác tu bổ, tôn tạo
Năm 2024, toàn tỉnh triển khai tu bổ, tôn tạo 27 công trình tượng đài, di tích lịch sử cách mạng, tăng 5 công trình so với năm 2023; đã hoàn thành, nghiệm thu 19 công trình, đạt 70,4%. Tổng kinh phí ước thực hiện 63,4 tỷ đồng, bằng 91,2% kế hoạch; trong đó nguồn xã hội hóa 17,8 tỷ đồng.

2. Kinh phí tu bổ theo địa bàn
Đơn vị tính: triệu đồng
TT | Địa bàn | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | TP Thanh Hóa | 12.450 | 15.820 | 18.000
2 | Thị xã Bỉm Sơn | 3.100 | 4.260 | 5.500
3 | Huyện Thọ Xuân | 8.740 | 10.380 | 12.000
4 | Huyện Triệu Sơn | 6.920 | 7.150 | 9.000
5 | Các địa phương khác | 19.510 | 25.790 | 27.500
 | Tổng cộng | 50.720 | 63.400 | 72.000

3. Công tác quản lý tượng đài
Đến ngày 30/11/2024, toàn tỉnh có 46 tượng đài, cụm tượng đài ngoài trời, trong đó 9 tượng đài do tỉnh trực tiếp quản lý. Trong năm, Sở đã thẩm định 6 mẫu phác thảo tượng đài, chấp thuận 4 mẫu.

II. KẾ HOẠCH NĂM 2025
Phấn đấu tu bổ, tôn tạo 30 công trình với tổng kinh phí khoảng 72 tỷ đồng; hoàn thành nâng cấp Khu tưởng niệm Đồi 82 tại huyện Thọ Xuân.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ VHTTDL (b/c);
- Lưu: VT, DSVH.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
T25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
PLAN = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [  # (row label in table, location, subject prefix, cells)
    ("TP Thanh Hóa", "TP Thanh Hóa", "kinh phí tu bổ", ("12.450", "15.820", "18.000")),
    ("Thị xã Bỉm Sơn", "Bỉm Sơn", "kinh phí tu bổ", ("3.100", "4.260", "5.500")),
    ("Huyện Thọ Xuân", "Thọ Xuân", "kinh phí tu bổ", ("8.740", "10.380", "12.000")),
    ("Huyện Triệu Sơn", "Triệu Sơn", "kinh phí tu bổ", ("6.920", "7.150", "9.000")),
    ("Các địa phương khác", None, "kinh phí tu bổ các địa phương khác", ("19.510", "25.790", "27.500")),
    ("Tổng cộng", None, "tổng cộng kinh phí tu bổ", ("50.720", "63.400", "72.000")),
]
COLS = [("năm 2023", T23, "actual"), ("ước thực hiện 2024", T24, "estimate"), ("kế hoạch 2025", T25, "target")]


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for label, loc, subj, cells in ROWS:
    for i, (cell, (cname, cper, cstat)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = f"{label} | {cell}"
        elif i == 1:
            anchor = f"| {cells[0]} | {cell}"
        else:
            anchor = f"| {cell}\n" if label != "Tổng cộng" else f"| {cell}\n\n3."
        kw = {}
        if loc:
            kw["location"] = loc
        if cstat != "actual":
            kw["status"] = cstat
        TABLE.append(fig(anchor, cell, n(cell) * 1e6, "money", "đồng",
                         subject=f"{subj} {cname}", period=cper, **kw))

FIGS = [
    fig("tôn tạo 27 công trình", "27", 27, "count", "công trình",
        change=chg("increase", 5, "công trình", "năm 2023"),
        subject="công trình tượng đài, di tích lịch sử cách mạng tu bổ, tôn tạo", period=Y24),
    fig("nghiệm thu 19 công trình", "19", 19, "count", "công trình", percent=70.4,
        subject="công trình đã hoàn thành, nghiệm thu", period=Y24),
    fig("thực hiện 63,4 tỷ", "63,4", 63.4e9, "money", "đồng", status="estimate", percent=91.2,
        subject="tổng kinh phí", period=inh(Y24)),
    fig("hóa 17,8 tỷ", "17,8", 17.8e9, "money", "đồng", status="estimate", total=63.4e9,
        subject="nguồn xã hội hóa", period=inh(Y24)),
] + TABLE + [
    fig("có 46 tượng đài", "46", 46, "count", "tượng đài",
        subject="tượng đài, cụm tượng đài ngoài trời", period=ASOF),
    fig("đó 9 tượng đài", "9", 9, "count", "tượng đài", total=46,
        subject="tượng đài do tỉnh trực tiếp quản lý", period=ASOF),
    fig("thẩm định 6 mẫu", "6", 6, "count", "mẫu phác thảo",
        subject="mẫu phác thảo tượng đài Sở đã thẩm định", period=INYEAR),
    fig("chấp thuận 4 mẫu", "4", 4, "count", "mẫu",
        subject="mẫu phác thảo tượng đài được chấp thuận", period=INYEAR),
    fig("tạo 30 công trình", "30", 30, "count", "công trình", status="target",
        subject="công trình tu bổ, tôn tạo", period=PLAN),
    fig("khoảng 72 tỷ", "72", 72e9, "money", "đồng", approx="about", status="target",
        subject="tổng kinh phí tu bổ, tôn tạo", period=PLAN),
]

NOTES = [
    "revised after the first run: subjects that had borrowed a name from another sentence now say what their own sentence names (FIGURES.md: subject as the sentence names it).",
    "Formal report (UBND TỈNH THANH HÓA / Sở VHTTDL, Số: 412/BC-SVHTTDL, 'Thanh Hóa, ngày 16 tháng 12 năm 2024'), sections I/II, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers I./II./1.-3., table row numbers 1-5, 'ngày 30/11/2024', 'Khu tưởng niệm Đồi 82', 'Lưu: VT, DSVH'.",
    "Flattened '|' table with 'Đơn vị tính: triệu đồng': every numeric cell is money ×10^6. Place rows go to location; the column header",
    "gives period and status (Ước thực hiện → estimate, Kế hoạch → target). Table cells get no total. 'Tổng cộng' and 'Các địa phương khác' keep the province.",
    "'đã hoàn thành, nghiệm thu 19 công trình, đạt 70,4%': percent attribute; no part-of cue, so no total.",
    "'Tổng kinh phí ước thực hiện 63,4 tỷ đồng, bằng 91,2% kế hoạch': estimate, percent 91,2; the 'trong đó' part takes total and status.",
    "'Trong năm' in an annual report is 2024. Section II heading 'KẾ HOẠCH NĂM 2025' gives the period of its sentence (inherited) and 'Phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1408-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Thanh Hóa")
