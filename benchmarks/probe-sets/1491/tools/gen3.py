"""p1491-3: formal report (Sở Công Thương An Giang), võng 2024 and plan 2025, flattened '|' table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH AN GIANG
SỞ CÔNG THƯƠNG
Số: 1847/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Giang, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ võng năm 2024 và kế hoạch năm 2025

Thực hiện Kế hoạch số 412/KH-UBND ngày 15/3/2024 của UBND tỉnh, Sở Công Thương báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Toàn tỉnh có 3 làng nghề dệt, đan võng được công nhận với 1.264 hộ và 3.870 lao động. Sản lượng võng năm 2024 ước đạt hơn 1,04 triệu chiếc, tăng 4,9% so với năm 2023, đạt 98,7% kế hoạch; giá trị sản xuất ước đạt 215 tỷ đồng, chiếm 3,4% giá trị sản xuất công nghiệp nông thôn của tỉnh.

Sản lượng võng phân theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
Thị xã Tân Châu | 512,4 | 536,0 | 560,0
Huyện Phú Tân | 318,7 | 331,5 | 345,0
Huyện Chợ Mới | 166,1 | 178,5 | 195,0
Tổng cộng | 997,2 | 1.046,0 | 1.100,0

2. Hỗ trợ phát triển
Từ nguồn kinh phí khuyến công theo Nghị định số 45/2012/NĐ-CP, năm 2024 tỉnh hỗ trợ 576 triệu đồng đào tạo nghề cho 240 lao động và hỗ trợ 15 cơ sở đổi mới máy dệt.

II. NHIỆM VỤ NĂM 2025
Phấn đấu trong năm 2025 sản lượng võng toàn tỉnh đạt 1,1 triệu chiếc, giá trị sản xuất trên 230 tỷ đồng; đào tạo nghề cho ít nhất 300 lao động; có thêm 2 sản phẩm võng đạt OCOP 4 sao.

Nơi nhận:
- Bộ Công Thương;
- UBND tỉnh;
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("trong năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Thị xã Tân Châu", "Tân Châu", ["512,4", "536,0", "560,0"]),
        ("Huyện Phú Tân", "Phú Tân", ["318,7", "331,5", "345,0"]),
        ("Huyện Chợ Mới", "Chợ Mới", ["166,1", "178,5", "195,0"]),
        ("Tổng cộng", "An Giang", ["997,2", "1.046,0", "1.100,0"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            v = float(n.replace(".", "").replace(",", ".")) * 1000
            subj = f"sản lượng võng {col}" if place != "An Giang" else f"tổng cộng sản lượng võng {col}"
            kw = {"status": status} if status else {}
            out.append(F(f"{prev} | {n}", n, v, "count", "chiếc", subject=subj, per=per, location=place, **kw))
            prev = n
    return out


FIGS = [
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề dệt, đan võng được công nhận"),
    F("với 1.264 hộ", "1.264", 1264, "count", "hộ", subject="hộ của các làng nghề dệt, đan võng"),
    F("3.870 lao động", "3.870", 3870, "count", "lao động", subject="lao động của các làng nghề dệt, đan võng"),
    F("hơn 1,04 triệu", "1,04", 1040000, "count", "chiếc", approx="over", status="estimate", percent=98.7,
      change=change("increase", 4.9, "%", "năm 2023"), subject="sản lượng võng", per=Y24),
    F("ước đạt 215 tỷ", "215", 215000000000, "money", "đồng", status="estimate", percent=3.4,
      subject="giá trị sản xuất", per=Y24),
] + cells() + [
    F("hỗ trợ 576 triệu", "576", 576000000, "money", "đồng", subject="kinh phí hỗ trợ đào tạo nghề",
      per=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 240 lao động", "240", 240, "count", "lao động", subject="lao động được đào tạo nghề",
      per=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("15 cơ sở", "15", 15, "count", "cơ sở", subject="cơ sở được hỗ trợ đổi mới máy dệt",
      per=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 1,1 triệu", "1,1", 1100000, "count", "chiếc", status="target", subject="sản lượng võng toàn tỉnh", per=Y25),
    F("trên 230 tỷ", "230", 230000000000, "money", "đồng", approx="over", status="target",
      subject="giá trị sản xuất", per=Y25),
    F("ít nhất 300 lao động", "300", 300, "count", "lao động", approx="at_least", status="target",
      subject="lao động được đào tạo nghề", per=Y25),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", status="target", subject="sản phẩm võng đạt OCOP 4 sao", per=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH AN GIANG / SỞ CÔNG THƯƠNG', 'Số: 1847/BC-SCT', 'An Giang, ngày 18 tháng 12 năm 2024' (published),",
    "sections I/II and 1/2, 'Nơi nhận', signature block.",
    "Distractors: 'Số: 1847/BC-SCT', 'Kế hoạch số 412/KH-UBND ngày 15/3/2024', 'Nghị định số 45/2012/NĐ-CP', section numbers",
    "I., II., 1., 2., 'OCOP 4 sao', the letterhead date.",
    "Flattened '|' table with 'Đơn vị tính: nghìn chiếc': each numeric cell is a count in chiếc (×1000); the row label is a place",
    "and goes to location (Tổng cộng → An Giang); subject = caption indicator + column; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. '1.046,0' = 1 046 thousand. Cells get no total.",
    "'đạt 98,7% kế hoạch' is the percent attribute of 'hơn 1,04 triệu chiếc'; 'chiếm 3,4% ...' that of 215 tỷ đồng.",
    "Section I stock counts (3 làng nghề, 1.264 hộ, 3.870 lao động) have no period of their own in their sentence: none given.",
    "Section II: 'Phấn đấu trong năm 2025 ...' governs all its ';' clauses → target, period 2025.",
]

if __name__ == "__main__":
    write("p1491-3", TEXT, NOTES, FIGS, published="2024-12-18", location="An Giang")
