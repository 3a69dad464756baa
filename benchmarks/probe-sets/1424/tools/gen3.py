"""p1424-3: formal report (UBND tỉnh Cao Bằng): tin and tungsten mining 2024 and tasks 2025; flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH CAO BẰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Cao Bằng, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình khai thác quặng thiếc, vonfram năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, trên địa bàn tỉnh có 5 doanh nghiệp khai thác quặng thiếc, vonfram hoạt động, chủ yếu tại huyện Nguyên Bình. Sản lượng quặng tinh thiếc đạt 1.236 tấn, bằng 103% kế hoạch, tăng 8,9% so với năm 2023; sản lượng quặng tinh vonfram đạt 418 tấn, bằng 95% kế hoạch.

Sản lượng quặng tinh thiếc theo doanh nghiệp
Đơn vị tính: tấn
STT | Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Công ty CP Thiếc Tĩnh Túc Phát | 612 | 668 | 700
2 | Công ty TNHH Khoáng sản Phja Oắc | 341 | 372 | 390
3 | Công ty CP Kim loại màu Bắc Sơn | 182 | 196 | 210
 | Tổng cộng | 1.135 | 1.236 | 1.300

2. Thu ngân sách
Các doanh nghiệp khai khoáng nộp ngân sách 186,5 tỷ đồng, trong đó tiền cấp quyền khai thác khoáng sản 42,3 tỷ đồng, thuế tài nguyên 61,8 tỷ đồng.

3. Bảo vệ môi trường, xử lý vi phạm
Các doanh nghiệp đã cải tạo, phục hồi môi trường 34,5 ha; số tiền ký quỹ lũy kế đến ngày 31/12/2024 là 52,7 tỷ đồng. Lực lượng chức năng phát hiện 23 vụ khai thác khoáng sản trái phép, giảm 9 vụ so với năm 2023, xử phạt 640 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng quặng tinh thiếc đạt 1.300 tấn, quặng tinh vonfram đạt 450 tấn; nộp ngân sách trên 200 tỷ đồng; hoàn nguyên ít nhất 40 ha đất sau khai thác.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TNMT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nông Văn Thạch
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ASOF = period("lũy kế đến ngày 31/12/2024", None, "2024-12-31")

COLS = [("Năm 2023", Y23, None), ("Năm 2024", Y24, None), ("Kế hoạch 2025", K25, "target")]
ROWS = [("Công ty CP Thiếc Tĩnh Túc Phát", ["612", "668", "700"]),
        ("Công ty TNHH Khoáng sản Phja Oắc", ["341", "372", "390"]),
        ("Công ty CP Kim loại màu Bắc Sơn", ["182", "196", "210"]),
        ("Tổng cộng", ["1.135", "1.236", "1.300"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", ""))
        CELLS.append(F(f"{prev} | {n}", n, v, "measure", "tấn",
                       f"sản lượng quặng tinh thiếc {label} {col}", per, **kw))
        prev = n

FIGS = [
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp khai thác quặng thiếc, vonfram hoạt động",
      Y24),
    F("đạt 1.236 tấn", "1.236", 1236, "measure", "tấn", "sản lượng quặng tinh thiếc", inherit(Y24),
      percent=103, change=change("increase", 8.9, "%", "năm 2023")),
    F("đạt 418 tấn", "418", 418, "measure", "tấn", "sản lượng quặng tinh vonfram", inherit(Y24), percent=95),
] + CELLS + [
    F("ngân sách 186,5 tỷ", "186,5", 186.5e9, "money", "đồng", "nộp ngân sách của các doanh nghiệp khai khoáng",
      inherit(Y24)),
    F("khoáng sản 42,3 tỷ", "42,3", 42.3e9, "money", "đồng", "tiền cấp quyền khai thác khoáng sản", inherit(Y24),
      total=186.5e9),
    F("thuế tài nguyên 61,8 tỷ", "61,8", 61.8e9, "money", "đồng", "thuế tài nguyên", inherit(Y24), total=186.5e9),
    F("môi trường 34,5 ha", "34,5", 34.5, "measure", "ha", "diện tích cải tạo, phục hồi môi trường", inherit(Y24)),
    F("là 52,7 tỷ", "52,7", 52.7e9, "money", "đồng", "số tiền ký quỹ lũy kế", ASOF),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ", "vụ khai thác khoáng sản trái phép", inherit(Y24),
      change=change("decrease", 9, "vụ", "năm 2023")),
    F("xử phạt 640 triệu", "640", 640e6, "money", "đồng", "xử phạt", inherit(Y24)),
    F("đạt 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng quặng tinh thiếc", Y25, status="target"),
    F("đạt 450 tấn", "450", 450, "measure", "tấn", "sản lượng quặng tinh vonfram", Y25, status="target"),
    F("trên 200 tỷ", "200", 200e9, "money", "đồng", "nộp ngân sách", Y25, approx="over", status="target"),
    F("ít nhất 40 ha", "40", 40, "measure", "ha", "diện tích đất sau khai thác hoàn nguyên", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Cao Bằng, Số: 27/BC-UBND, 'Cao Bằng, ngày 15 tháng 01 năm 2025'): sections I/II and 1-3, 'Nơi nhận', signature.",
    "Distractors: 27/BC-UBND, letterhead date, section numbers I./II./1.-3., table STT 1-3, 'năm 2024'/'năm 2025' in the title.",
    "Flattened '|' table, 'Đơn vị tính: tấn': 12 cells, subject = row + column label, period from the column, 'Kế hoạch 2025' -> target; no totals for cells.",
    "Location Cao Bằng throughout: 'chủ yếu tại huyện Nguyên Bình' does not place the provincial figures in the district.",
    "Sentence 2 of section 1 ('Sản lượng quặng tinh thiếc đạt 1.236 tấn ...') has no period: 'Năm 2024' of the previous sentence is inherited.",
    "Sections 2 and 3 sentences have no period of their own: 'NĂM 2024' from the heading, inherited. 52,7 tỷ has its own as-of date.",
    "Section II 'Phấn đấu' sentence: target for all four figures (clauses after ';' continue it); period from the heading 'NĂM 2025' (inherited).",
    "'bằng 103% kế hoạch' -> percent 103; 'giảm 9 vụ so với năm 2023' -> change in vụ.",
]

if __name__ == "__main__":
    write("p1424-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Cao Bằng")
