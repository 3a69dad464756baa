"""p1227-7: department site (Sở VH&TT Bình Định), no dateline: library service for blind readers, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thư viện | Liên hệ

Thư viện tỉnh mở rộng phục vụ bạn đọc khiếm thị

Phòng đọc dành cho người khiếm thị của Thư viện tỉnh hiện có 3.150 bản sách chữ nổi và 860 đầu sách nói, trong đó 210 đầu sách nói được số hóa trong năm 2023. Năm 2023, phòng đọc phục vụ 7.480 lượt bạn đọc, tăng 11,6% so với năm 2022; ước năm 2024 phục vụ khoảng 8.300 lượt.

Kết quả phục vụ bạn đọc khiếm thị theo hình thức:
Đơn vị tính: lượt
Hình thức
Năm 2022
Năm 2023
Ước năm 2024
Đọc tại chỗ
2.460
2.710
2.950
Mượn về nhà
1.880
2.090
2.300
Phục vụ lưu động
2.363
2.680
3.050
Tổng cộng
6.703
7.480
8.300

Tại huyện Phù Mỹ, tủ sách chữ nổi đặt tại trụ sở Hội Người mù huyện có 320 cuốn, được Thư viện tỉnh luân chuyển 4 đợt mỗi năm. Tủ sách phục vụ khoảng 90 hội viên; bình quân mỗi hội viên mượn 6 cuốn/năm. Ông Đặng Văn Bảy, 58 tuổi, hội viên ở xã Mỹ Chánh, cho biết năm qua ông đã đọc hết 11 cuốn truyện chữ nổi.

Bài viết liên quan:
- Hội sách chữ nổi lần thứ 2 tại Quy Nhơn
- Ra mắt phòng đọc đa phương tiện tầng 3

SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Địa chỉ: 15 Nguyễn Huệ, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.147 | Email: svhtt@binhdinh.gov.vn
Tổng lượt truy cập: 845.210 | Đang trực tuyến: 17
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
PM = "Phù Mỹ"


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Ước năm 2024": U24}[col]
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "count", "lượt",
             subject=f"phục vụ bạn đọc khiếm thị {row.lower()} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 3.150 bản", "3.150", 3150, "count", "bản", subject="sách chữ nổi của phòng đọc dành cho người khiếm thị"),
    F("và 860 đầu sách", "860", 860, "count", "đầu sách", subject="đầu sách nói của phòng đọc dành cho người khiếm thị"),
    F("210 đầu sách", "210", 210, "count", "đầu sách", total=860,
      subject="đầu sách nói được số hóa", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("phục vụ 7.480 lượt", "7.480", 7480, "count", "lượt", change=C("increase", 11.6, "%", "năm 2022"),
      subject="lượt bạn đọc phòng đọc phục vụ", period=Y23),
    F("khoảng 8.300 lượt", "8.300", 8300, "count", "lượt", approx="about", status="estimate",
      subject="lượt bạn đọc phòng đọc phục vụ", period=Y24),
    cell("Đọc tại chỗ\n2.460", "2.460", 2460, "Đọc tại chỗ", "Năm 2022"),
    cell("2.460\n2.710", "2.710", 2710, "Đọc tại chỗ", "Năm 2023"),
    cell("2.710\n2.950", "2.950", 2950, "Đọc tại chỗ", "Ước năm 2024"),
    cell("Mượn về nhà\n1.880", "1.880", 1880, "Mượn về nhà", "Năm 2022"),
    cell("1.880\n2.090", "2.090", 2090, "Mượn về nhà", "Năm 2023"),
    cell("2.090\n2.300", "2.300", 2300, "Mượn về nhà", "Ước năm 2024"),
    cell("Phục vụ lưu động\n2.363", "2.363", 2363, "Lưu động", "Năm 2022"),
    cell("2.363\n2.680", "2.680", 2680, "Lưu động", "Năm 2023"),
    cell("2.680\n3.050", "3.050", 3050, "Lưu động", "Ước năm 2024"),
    cell("Tổng cộng\n6.703", "6.703", 6703, "Tổng cộng", "Năm 2022"),
    cell("6.703\n7.480", "7.480", 7480, "Tổng cộng", "Năm 2023"),
    cell("7.480\n8.300", "8.300", 8300, "Tổng cộng", "Ước năm 2024"),
    F("có 320 cuốn", "320", 320, "count", "cuốn", subject="sách của tủ sách chữ nổi Hội Người mù huyện", location=PM),
    F("luân chuyển 4 đợt", "4", 4, "measure", "đợt/năm", subject="đợt luân chuyển tủ sách chữ nổi mỗi năm", location=PM),
    F("khoảng 90 hội viên", "90", 90, "count", "hội viên", approx="about",
      subject="hội viên được tủ sách chữ nổi phục vụ", location=PM),
    F("mượn 6 cuốn/năm", "6", 6, "measure", "cuốn/năm", subject="sách bình quân mỗi hội viên mượn", location=PM),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Đặng Văn Bảy", location=PM),
    F("hết 11 cuốn", "11", 11, "count", "cuốn", subject="truyện chữ nổi ông Đặng Văn Bảy đã đọc", location=PM),
]

NOTES = [
    "Department site (Sở VH&TT Bình Định) with no dateline: no published. Footer address, phone, e-mail, visit counter.",
    "One-cell-per-line table ('Đơn vị tính: lượt'), rows are forms of service: subject = indicator + row + column label; periods from",
    "the column headers (scored); 'Ước năm 2024' → estimate. Cells get no totals; 'Tổng cộng' row is its own figures.",
    "Distractors: 'lần thứ 2', 'tầng 3', '15 Nguyễn Huệ', phone 0256.3822.147, 'Tổng lượt truy cập: 845.210', 'Đang trực tuyến: 17'.",
    "210 đầu sách nói is part of 860 (trong đó). 'ước năm 2024 ... khoảng 8.300' → estimate, about.",
    "Phù Mỹ passage (3 sentences, a member in xã Mỹ Chánh): location Phù Mỹ. '4 đợt mỗi năm', '6 cuốn/năm' are rates (measure). 'hiện' holdings get no period; 'năm qua' (no date in the article) gives none; '58 tuổi' optional.",
]

if __name__ == "__main__":
    write("p1227-7", TEXT, NOTES, FIGS, published=None, location="Bình Định")
