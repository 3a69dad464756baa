"""p1014-7: department site (Chi cục Chăn nuôi và Thú y Hải Phòng), no dateline, 2024 inspections; one-cell-per-line table."""
from lib import F, period, inherit, change, write

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm tra hành nghề thú y và dịch vụ thú cưng năm 2024

Thực hiện Kế hoạch số 56/KH-CCCNTY, năm 2024 Chi cục đã chủ trì, phối hợp với UBND các quận, huyện kiểm tra 140 cơ sở hành nghề thú y và kinh doanh dịch vụ thú cưng, đạt 116,7% kế hoạch; phát hiện 21 cơ sở vi phạm, xử phạt 97 triệu đồng. Kết quả cụ thể như sau:

Đơn vị tính: cơ sở; tiền phạt: triệu đồng
Loại hình
Số cơ sở kiểm tra
Số cơ sở vi phạm
Tiền phạt
Phòng khám, bệnh viện thú y
48
7
42,5
Cửa hàng thuốc thú y
65
9
38
Spa, lưu trú thú cưng
27
5
16,5
Tổng số
140
21
97

Các vi phạm chủ yếu gồm: người hành nghề không có chứng chỉ (8 trường hợp), kinh doanh thuốc thú y hết hạn sử dụng (6 trường hợp), không bảo đảm điều kiện vệ sinh thú y (7 trường hợp).

Tính đến 31/12/2024, toàn thành phố có 312 cơ sở khám, chữa bệnh động vật, tăng 9,5% so với năm 2023; khoảng 74% số cơ sở tập trung tại các quận Lê Chân, Ngô Quyền, Hồng Bàng. Năm 2025, Chi cục phấn đấu kiểm tra trên 150 cơ sở, phối hợp tiêm phòng dại cho khoảng 85.000 con chó, mèo.

Chi cục Chăn nuôi và Thú y Hải Phòng
Địa chỉ: Số 5 đường Lạch Tray, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3835.426 - Fax: 0225.3835.427
Lượt truy cập: 1.204.337 | Đang online: 25
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Phòng khám, bệnh viện thú y", ["48", "7", "42,5"]),
    ("Cửa hàng thuốc thú y", ["65", "9", "38"]),
    ("Spa, lưu trú thú cưng", ["27", "5", "16,5"]),
    ("Tổng số", ["140", "21", "97"]),
]
COLS = ["Số cơ sở kiểm tra", "Số cơ sở vi phạm", "Tiền phạt"]


def val(s):
    return float(s.replace(",", "."))


TABLE = []
for label, cells in ROWS:
    for i, c in enumerate(cells):
        anchor = label + "\n" + "\n".join(cells[:i + 1])
        subj = label + " " + COLS[i]
        if i < 2:
            TABLE.append(F(anchor, c, int(c), "count", "cơ sở", subj, inherit(Y24)))
        else:
            TABLE.append(F(anchor, c, round(val(c) * 1e6), "money", "đồng", subj, inherit(Y24)))

FIGS = [
    F("kiểm tra 140 cơ sở", "140", 140, "count", "cơ sở",
      "cơ sở hành nghề thú y và kinh doanh dịch vụ thú cưng được kiểm tra", Y24, percent=116.7),
    F("phát hiện 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở vi phạm", Y24),
    F("xử phạt 97 triệu đồng", "97", 97000000, "money", "đồng", "tiền xử phạt", Y24),
] + TABLE + [
    F("chứng chỉ (8 trường hợp)", "8", 8, "count", "trường hợp", "người hành nghề không có chứng chỉ", inherit(Y24)),
    F("sử dụng (6 trường hợp)", "6", 6, "count", "trường hợp", "kinh doanh thuốc thú y hết hạn sử dụng",
      inherit(Y24)),
    F("thú y (7 trường hợp)", "7", 7, "count", "trường hợp", "không bảo đảm điều kiện vệ sinh thú y", inherit(Y24)),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở khám, chữa bệnh động vật",
      period("Tính đến 31/12/2024", None, "2024-12-31"), change=change("increase", 9.5, "%", "năm 2023")),
    F("khoảng 74% số cơ sở", "74", 74, "percent", "%",
      "cơ sở khám, chữa bệnh động vật tập trung tại các quận Lê Chân, Ngô Quyền, Hồng Bàng",
      period("Tính đến 31/12/2024", None, "2024-12-31"), approx="about"),
    F("trên 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở được kiểm tra", Y25, approx="over", status="target"),
    F("khoảng 85.000 con", "85.000", 85000, "count", "con", "chó, mèo được tiêm phòng dại", Y25, approx="about",
      status="target"),
]

NOTES = [
    "Department site, no dateline (no published). Footer address, phone/fax, 'Lượt truy cập: 1.204.337', 'Đang online: 25' are furniture.",
    "One-cell-per-line table: 'Đơn vị tính: cơ sở; tiền phạt: triệu đồng' -> count cells in cơ sở, money cells x10^6 đồng.",
    "  Subject = row label + column label; location Hải Phòng; the year stands in the sentence above the table (inherited). No totals for cells.",
    "'đạt 116,7% kế hoạch' is the percent of 140. The violation breakdown (8+6+7 = 21) counts trường hợp, not cơ sở: no total.",
    "'khoảng 74% số cơ sở tập trung ...' is a share of a part: percent figure of its own. Distractors: Kế hoạch số 56/KH-CCCNTY, address 'Số 5', phone.",
]

write("p1014-7", TEXT, FIGS, NOTES, location="Hải Phòng")
