"""p1567-6: department site (Sở Công Thương Nam Định), no dateline; one-cell-per-line table by district."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Xúc tiến thương mại | Văn bản | Liên hệ

Khuyến công tiếp sức làng nghề guốc gỗ, dép mây tre đan

Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh hỗ trợ 7 cơ sở sản xuất guốc gỗ, dép mây tre đan đầu tư máy tiện, máy chà nhám tự động với tổng kinh phí 1,35 tỷ đồng, vượt 12,5% kế hoạch; trong đó kinh phí khuyến công địa phương 820 triệu đồng. Sau đầu tư, năng suất lao động của các cơ sở tăng bình quân 30-35%, giá thành sản phẩm giảm khoảng 8%.

Sản lượng guốc gỗ, dép mây tre đan theo địa phương
Đơn vị tính: nghìn đôi
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Ý Yên
412
455
500
Huyện Nghĩa Hưng
186
204
220
Huyện Vụ Bản
97
103
110
Tổng số
695
762
830

Toàn tỉnh có 5 làng nghề guốc gỗ, dép mây tre đan được công nhận theo Quyết định số 2468/QĐ-UBND, thu hút gần 2.900 lao động, thu nhập bình quân 5,8 triệu đồng/người/tháng. Năm 2025, Sở phấn đấu hỗ trợ thêm từ 8 đến 10 cơ sở, ưu tiên cơ sở có sản phẩm OCOP 4 sao.

Liên kết: Bộ Công Thương | UBND tỉnh Nam Định
SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH
Địa chỉ: Số 4 đường Trần Thánh Tông, TP Nam Định
Điện thoại: 0228.3649.025 | Email: soct@namdinh.gov.vn
Lượt truy cập: 1.204.377
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("Kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Huyện Ý Yên", "Ý Yên", ["412", "455", "500"]),
        ("Huyện Nghĩa Hưng", "Nghĩa Hưng", ["186", "204", "220"]),
        ("Huyện Vụ Bản", "Vụ Bản", ["97", "103", "110"]),
        ("Tổng số", "Nam Định", ["695", "762", "830"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            subj = f"sản lượng guốc gỗ, dép mây tre đan {col.lower()}"
            if label == "Tổng số":
                subj = "tổng số " + subj
            out.append(F(f"{prev}\n{n}", n, float(n) * 1e3, "count", "đôi", subject=subj, period=p,
                         location=place, **kw))
            prev = n
    return out


FIGS = [
    F("hỗ trợ 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở sản xuất guốc gỗ, dép mây tre đan được hỗ trợ", period=Y24),
    F("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
      change=change("increase", 12.5, "%", "kế hoạch"), subject="tổng kinh phí hỗ trợ", period=Y24),
    F("phương 820 triệu", "820", 820e6, "money", "đồng", total=1.35e9,
      subject="kinh phí khuyến công địa phương", period=Y24),
    F("bình quân 30-35%", "30", 30, "percent", "%", value_max=35,
      subject="năng suất lao động của các cơ sở", period=inherit(Y24)),
    F("giảm khoảng 8%", "8", 8, "percent", "%", approx="about",
      subject="giá thành sản phẩm", period=inherit(Y24)),
] + cells() + [
    F("có 5 làng nghề", "5", 5, "count", "làng nghề",
      subject="làng nghề guốc gỗ, dép mây tre đan được công nhận"),
    F("gần 2.900 lao động", "2.900", 2900, "count", "lao động", approx="nearly",
      subject="lao động làng nghề guốc gỗ, dép mây tre đan"),
    F("bình quân 5,8 triệu", "5,8", 5.8e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động làng nghề"),
    F("từ 8 đến 10 cơ sở", "8", 8, "count", "cơ sở", value_max=10, status="target",
      subject="cơ sở được hỗ trợ thêm", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Nam Định), no dateline (published null): menu, links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: Quyết định số 2468/QĐ-UBND, 'OCOP 4 sao', 'Số 4 đường Trần Thánh Tông', phone 0228.3649.025, counter 1.204.377.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn đôi' → count cells in đôi ×10^3. Rows are districts → location of the cell",
    "(Ý Yên, Nghĩa Hưng, Vụ Bản); the 'Tổng số' row → Nam Định. Subject = the table's caption indicator + column label.",
    "Period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'tổng kinh phí 1,35 tỷ đồng, vượt 12,5% kế hoạch' → change (increase 12,5%, baseline kế hoạch), as FIGURES.md's 'vượt 5% kế hoạch';",
    "'; trong đó kinh phí khuyến công địa phương 820 triệu đồng' → total 1,35 tỷ.",
    "'năng suất ... tăng bình quân 30-35%, giá thành ... giảm khoảng 8%' → growth rates as the claim (percent, no change); period",
    "'Năm 2024' of the previous sentence (inherited). 'Năm 2025, Sở phấn đấu ... từ 8 đến 10 cơ sở' → target, range.",
    "Text figures with no place of their own → Nam Định.",
]

if __name__ == "__main__":
    write("p1567-6", TEXT, NOTES, FIGS, location="Nam Định")
