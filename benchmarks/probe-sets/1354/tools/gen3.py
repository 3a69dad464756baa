"""p1354-3: formal report (UBND TP Đà Nẵng): urban agriculture 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND THÀNH PHỐ ĐÀ NẴNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                 Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
                                 Đà Nẵng, ngày 25 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển nông nghiệp đô thị năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất rau an toàn
Năm 2024, sản lượng rau an toàn toàn thành phố ước đạt 26.800 tấn, vượt 3,1% kế hoạch năm; giá trị sản xuất ước đạt 268 tỷ đồng, tăng 5,1% so với năm 2023. Diện tích rau an toàn phân theo địa phương như sau:

Đơn vị tính: ha
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Huyện Hòa Vang | 612,5 | 645,0 | 670,0
Quận Cẩm Lệ | 118,2 | 121,4 | 125,0
Quận Liên Chiểu | 86,7 | 90,3 | 95,0
Quận Ngũ Hành Sơn | 41,6 | 43,3 | 45,0
Tổng cộng | 859,0 | 900,0 | 935,0

2. Mô hình rau trên sân thượng
Hội Liên hiệp Phụ nữ thành phố đã vận động 1.250 hộ trồng rau trên sân thượng, trong đó quận Hải Châu 420 hộ, quận Thanh Khê 385 hộ. Toàn thành phố có 17 chuỗi liên kết tiêu thụ rau an toàn, gồm 9 chuỗi của hợp tác xã và 8 chuỗi của doanh nghiệp.

3. Kinh phí hỗ trợ
Ngân sách thành phố bố trí 3,6 tỷ đồng; đến ngày 15/12/2024 đã giải ngân 3,24 tỷ đồng, đạt 90%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diện tích rau an toàn đạt 935 ha; tỷ lệ rau an toàn được chứng nhận VietGAP đạt trên 40%; hỗ trợ thêm 500 hộ trồng rau trên sân thượng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Thành ủy, TT HĐND TP;
- Lưu: VT, SNN.
                                 TM. ỦY BAN NHÂN DÂN
                                 KT. CHỦ TỊCH
                                 PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HEAD24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = per("đến ngày 15/12/2024", None, "2024-12-15")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Hòa Vang", "Hòa Vang", ["612,5", "645,0", "670,0"]),
        ("Quận Cẩm Lệ", "Cẩm Lệ", ["118,2", "121,4", "125,0"]),
        ("Quận Liên Chiểu", "Liên Chiểu", ["86,7", "90,3", "95,0"]),
        ("Quận Ngũ Hành Sơn", "Ngũ Hành Sơn", ["41,6", "43,3", "45,0"]),
        ("Tổng cộng", "Đà Nẵng", ["859,0", "900,0", "935,0"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = " tổng cộng" if label == "Tổng cộng" else ""
        CELLS.append(fig(f"{prev} | {n}", n, float(n.replace(",", ".")), "measure", "ha",
                         subject=f"diện tích rau an toàn{row} {col}", period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("ước đạt 26.800 tấn", "26.800", 26800, "measure", "tấn", status="estimate",
        change=chg("increase", 3.1, "%", "kế hoạch năm"),
        subject="sản lượng rau an toàn", period=Y24),
    fig("ước đạt 268 tỷ", "268", 268e9, "money", "đồng", status="estimate",
        change=chg("increase", 5.1, "%", "năm 2023"),
        subject="giá trị sản xuất rau an toàn", period=Y24),
] + CELLS + [
    fig("vận động 1.250 hộ", "1.250", 1250, "count", "hộ",
        subject="hộ trồng rau trên sân thượng", period=inh(HEAD24)),
    fig("Hải Châu 420 hộ", "420", 420, "count", "hộ", total=1250,
        subject="hộ trồng rau trên sân thượng", period=inh(HEAD24), location="Hải Châu"),
    fig("Thanh Khê 385 hộ", "385", 385, "count", "hộ", total=1250,
        subject="hộ trồng rau trên sân thượng", period=inh(HEAD24), location="Thanh Khê"),
    fig("có 17 chuỗi", "17", 17, "count", "chuỗi", subject="chuỗi liên kết tiêu thụ rau an toàn"),
    fig("gồm 9 chuỗi", "9", 9, "count", "chuỗi", total=17, subject="chuỗi của hợp tác xã"),
    fig("và 8 chuỗi", "8", 8, "count", "chuỗi", total=17, subject="chuỗi của doanh nghiệp"),
    fig("bố trí 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="ngân sách thành phố bố trí hỗ trợ",
        period=inh(HEAD24)),
    fig("giải ngân 3,24 tỷ", "3,24", 3.24e9, "money", "đồng", percent=90,
        subject="kinh phí đã giải ngân", period=ASOF),
    fig("đạt 935 ha", "935", 935, "measure", "ha", status="target",
        subject="diện tích rau an toàn", period=inh(N25)),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ rau an toàn được chứng nhận VietGAP", period=inh(N25)),
    fig("thêm 500 hộ", "500", 500, "count", "hộ", status="target",
        subject="hộ trồng rau trên sân thượng được hỗ trợ thêm", period=inh(N25)),
]

NOTES = [
    "Formal report (UBND TP Đà Nẵng): 'Số: 412/BC-UBND', 'Đà Nẵng, ngày 25 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 412/BC-UBND, the letterhead date, section numbers I., II., 1.-3., as-of date 15/12/2024, 'Lưu: VT, SNN'.",
    "'vượt 3,1% kế hoạch năm' is a gap to plan: a change (increase 3,1%) with baseline 'kế hoạch năm' (FIGURES.md, result against plan).",
    "Flattened '|' table with a place column and 'Đơn vị tính: ha': districts go to location, 'Tổng cộng' is the city (Đà Nẵng);",
    "subject = table indicator (the sentence before) + column label; period from the column header; Ước thực hiện → estimate, Kế hoạch → target.",
    "'trong đó quận Hải Châu 420 hộ, quận Thanh Khê 385 hộ' → total 1.250 and the district as location; 'gồm 9 ... và 8' → total 17.",
    "'giải ngân 3,24 tỷ đồng, đạt 90%' → percent 90 (no total cue); as-of 15/12/2024. Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target, period inherited from the heading.",
]

if __name__ == "__main__":
    write("p1354-3", TEXT, NOTES, FIGS, published="2024-12-25", location="Đà Nẵng")
