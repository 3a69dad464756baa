"""p863-7: Bình Phước Department of Information and Communications site, no dateline; one-cell-per-line table."""
from lib import F, write, period, inherit, change

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH PHƯỚC
Trang chủ > Báo chí - Xuất bản > Tin hoạt động

Hoạt động báo chí trên địa bàn tỉnh 11 tháng năm 2024

Trong 11 tháng năm 2024, các cơ quan báo chí của tỉnh đã xuất bản, phát sóng 14.326 tin, bài, phóng sự, đạt 91,5% kế hoạch năm. Báo Bình Phước điện tử đạt 27,8 triệu lượt truy cập, tăng 22% so với cùng kỳ năm 2023.

Từ đầu năm đến nay, Sở đã cấp 9 giấy phép xuất bản bản tin, thẩm định 36 ấn phẩm, lưu chiểu 1.250 số báo, tạp chí; xử phạt 2 trường hợp vi phạm với tổng số tiền 35 triệu đồng. Toàn tỉnh có 111/111 xã, phường, thị trấn có đài truyền thanh cơ sở, trong đó 86 đài ứng dụng công nghệ thông tin - viễn thông, chiếm 77,5%.

Đội ngũ phóng viên, biên tập viên của các cơ quan báo chí tỉnh và văn phòng đại diện như sau:

Bảng: Phóng viên, biên tập viên tính đến 30/11/2024
Đơn vị tính: người
Cơ quan
Phóng viên, biên tập viên
Có thẻ nhà báo
Báo Bình Phước
62
41
Đài Phát thanh - Truyền hình tỉnh
88
53
Văn phòng đại diện, phóng viên thường trú
27
27
Tổng cộng
177
121

Năm 2025, Sở phấn đấu 100% đài truyền thanh cơ sở ứng dụng công nghệ thông tin - viễn thông; mỗi cơ quan báo chí có ít nhất 2 sản phẩm báo chí số thu phí.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH PHƯỚC
Địa chỉ: Số 678 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước
Điện thoại: 0271.3879.345 | Email: stttt@binhphuoc.gov.vn
Lượt truy cập: 1.864.207
"""

M11 = period("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", None)
ASOF = period("tính đến 30/11/2024", None, "2024-11-30", inherited=True)
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
PV, CARD = "phóng viên, biên tập viên", "phóng viên, biên tập viên có thẻ nhà báo"

FIGS = [
    F("phát sóng 14.326 tin, bài", "14.326", 14326, "count", "tin, bài",
      "tin, bài, phóng sự các cơ quan báo chí của tỉnh xuất bản, phát sóng", M11, percent=91.5),
    F("27,8 triệu lượt truy cập", "27,8", 27.8e6, "count", "lượt truy cập",
      "lượt truy cập Báo Bình Phước điện tử", inherit(M11),
      change=change("increase", 22, "%", "cùng kỳ năm 2023")),
    F("cấp 9 giấy phép", "9", 9, "count", "giấy phép", "giấy phép xuất bản bản tin được cấp", YTD),
    F("thẩm định 36 ấn phẩm", "36", 36, "count", "ấn phẩm", "ấn phẩm được thẩm định", YTD),
    F("lưu chiểu 1.250 số báo", "1.250", 1250, "count", "số báo, tạp chí", "số báo, tạp chí lưu chiểu",
      YTD),
    F("xử phạt 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", YTD),
    F("tổng số tiền 35 triệu đồng", "35", 35e6, "money", "đồng", "tổng số tiền xử phạt vi phạm", YTD),
    F("có 111/111 xã", "111", 111, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn có đài truyền thanh cơ sở", total=111),
    F("trong đó 86 đài", "86", 86, "count", "đài",
      "đài truyền thanh ứng dụng công nghệ thông tin - viễn thông", total=111, percent=77.5),
    # one cell per line; unit from 'Đơn vị tính', as-of date from the table title (another line)
    F("Báo Bình Phước\n62", "62", 62, "count", "người", f"{PV} Báo Bình Phước", ASOF),
    F("62\n41", "41", 41, "count", "người", f"{CARD} Báo Bình Phước", ASOF),
    F("tỉnh\n88", "88", 88, "count", "người", f"{PV} Đài Phát thanh - Truyền hình tỉnh", ASOF),
    F("88\n53", "53", 53, "count", "người", f"{CARD} Đài Phát thanh - Truyền hình tỉnh", ASOF),
    F("thường trú\n27", "27", 27, "count", "người",
      f"{PV} văn phòng đại diện, phóng viên thường trú", ASOF),
    F("27\nTổng cộng", "27", 27, "count", "người",
      f"{CARD} văn phòng đại diện, phóng viên thường trú", ASOF),
    F("Tổng cộng\n177", "177", 177, "count", "người", f"tổng cộng {PV}", ASOF),
    F("177\n121", "121", 121, "count", "người", f"tổng cộng {CARD}", ASOF),
    F("phấn đấu 100% đài", "100", 100, "percent", "%",
      "đài truyền thanh cơ sở ứng dụng công nghệ thông tin - viễn thông", Y25, status="target"),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm báo chí số",
      "sản phẩm báo chí số thu phí của mỗi cơ quan báo chí", Y25, approx="at_least",
      status="target"),
]

NOTES = [
    "Department site (Sở TT&TT Bình Phước) without a dateline; footer with address, phone and a visit counter.",
    "Not figures: 'Lượt truy cập: 1.864.207', 'Số 678 Quốc lộ 14', phone '0271.3879.345', the footer's",
    "'thành phố Đồng Xoài' (the department's address does not place the figures: location Bình Phước).",
    "'Từ đầu năm đến nay' with no dateline: start 2024-01-01 (year of '11 tháng năm 2024'), end null.",
    "Table written one cell per line: unit 'người' from 'Đơn vị tính', subject row + column label, as-of",
    "30/11/2024 from the table title (another line: inherited); cells carry no totals.",
    "'ít nhất 2 sản phẩm báo chí số' per agency is a target count (not a category threshold).",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, published=None, location="Bình Phước", notes=NOTES)
