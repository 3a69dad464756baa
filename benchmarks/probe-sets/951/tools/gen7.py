"""p951-7: department site (Sở Văn hóa và Thể thao Bình Định), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản

Thư viện tỉnh đẩy mạnh phục vụ bạn đọc, phát triển văn hóa đọc

Năm 2023, Thư viện tỉnh Bình Định phục vụ 436.200 lượt bạn đọc, tăng 9,5% so với năm 2022; cấp mới 4.560 thẻ bạn đọc, trong đó thẻ thiếu nhi 2.870 thẻ. Trang thông tin điện tử của thư viện đạt gần 1,3 triệu lượt truy cập.

Trong 9 tháng đầu năm 2024, thư viện phục vụ 352.800 lượt bạn đọc, đạt 76,7% kế hoạch năm. Chương trình "Giờ đọc sách vui" vào sáng thứ 7 hằng tuần thu hút từ 80 đến 100 em thiếu nhi mỗi buổi. Thư viện hiện có 5 phòng đọc với tổng cộng 420 chỗ ngồi và 2 xe thư viện lưu động.

Một số chỉ tiêu hoạt động của Thư viện tỉnh:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Lượt bạn đọc (lượt)
398.500
436.200
460.000
Bản sách bổ sung (bản)
11.850
13.400
15.000
Thẻ bạn đọc cấp mới (thẻ)
4.120
4.560
5.000
Lượt sách luân chuyển cơ sở (lượt)
52.300
61.700
65.000

Thư viện cũng phối hợp với 11 phòng văn hóa cấp huyện duy trì 156 tủ sách cơ sở, luân chuyển bình quân 400 bản/tủ sách/năm.

Địa chỉ: 172 Lê Hồng Phong, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.640 - Email: thuvien@binhdinh.gov.vn
Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 58
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("phục vụ 436.200 lượt bạn đọc", "436.200", 436200, "count", "lượt bạn đọc",
      "lượt bạn đọc Thư viện tỉnh phục vụ", change=C("increase", 9.5, baseline="năm 2022"), period=Y23),
    F("cấp mới 4.560 thẻ bạn đọc", "4.560", 4560, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", period=Y23),
    F("thiếu nhi 2.870 thẻ", "2.870", 2870, "count", "thẻ", "thẻ thiếu nhi", total=4560, period=Y23),
    F("gần 1,3 triệu lượt truy cập", "1,3", 1.3e6, "count", "lượt truy cập",
      "lượt truy cập trang thông tin điện tử của thư viện", approx="nearly", period=I(Y23)),
    F("phục vụ 352.800 lượt bạn đọc", "352.800", 352800, "count", "lượt bạn đọc",
      "lượt bạn đọc thư viện phục vụ", percent=76.7, period=M9),
    F("từ 80 đến 100 em thiếu nhi", "80", 80, "count", "em thiếu nhi",
      "thiếu nhi tham gia chương trình \"Giờ đọc sách vui\" mỗi buổi", value_max=100),
    F("có 5 phòng đọc", "5", 5, "count", "phòng đọc", "phòng đọc của thư viện"),
    F("tổng cộng 420 chỗ ngồi", "420", 420, "count", "chỗ ngồi", "chỗ ngồi tại các phòng đọc"),
    F("và 2 xe thư viện", "2", 2, "count", "xe thư viện lưu động", "xe thư viện lưu động"),
]
ROWS = [("Lượt bạn đọc (lượt)", "lượt", "lượt bạn đọc", ["398.500", "436.200", "460.000"]),
        ("Bản sách bổ sung (bản)", "bản", "bản sách bổ sung", ["11.850", "13.400", "15.000"]),
        ("Thẻ bạn đọc cấp mới (thẻ)", "thẻ", "thẻ bạn đọc cấp mới", ["4.120", "4.560", "5.000"]),
        ("Lượt sách luân chuyển cơ sở (lượt)", "lượt", "lượt sách luân chuyển cơ sở", ["52.300", "61.700", "65.000"])]
COLS = [(Y22, None), (Y23, None), (K24, "target")]
for label, unit, subj, cells in ROWS:
    prev = label
    for j, cell in enumerate(cells):
        per, st = COLS[j]
        kw = {"period": per}
        if st:
            kw["status"] = st
        col = ["năm 2022", "năm 2023", "kế hoạch 2024"][j]
        FIGS.append(F(prev + "\n" + cell, cell, float(cell.replace(".", "")), "count", unit, subj + " " + col, **kw))
        prev = cell
FIGS += [
    F("với 11 phòng văn hóa", "11", 11, "count", "phòng văn hóa", "phòng văn hóa cấp huyện phối hợp"),
    F("duy trì 156 tủ sách cơ sở", "156", 156, "count", "tủ sách cơ sở", "tủ sách cơ sở"),
    F("bình quân 400 bản/tủ sách/năm", "400", 400, "measure", "bản/tủ sách/năm",
      "bản sách luân chuyển bình quân mỗi tủ sách mỗi năm"),
]

NOTES = [
    "Department site (Sở Văn hóa và Thể thao Bình Định) with no dateline: no published date. Footer address, phone, e-mail,",
    "  'Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 58' are page furniture, not figures.",
    "'gần 1,3 triệu lượt truy cập' in the body is the library website's own traffic in 2023: a real figure.",
    "'trong đó thẻ thiếu nhi 2.870 thẻ' -> total 4.560. '352.800 lượt, đạt 76,7% kế hoạch năm' -> percent 76.7 (no plan number given).",
    "'sáng thứ 7 hằng tuần' is a weekday, not a figure.",
    "One-cell-per-line table: header cells 'Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024', then label + 3 cells per row.",
    "  Unit from the row label's bracket; subject = row label + column label; period from the column; 'Kế hoạch 2024' -> target.",
    "revised after the first run: table subjects gained the column label (§3 Tables: row label and column label; cf. h24).",
    "'400 bản/tủ sách/năm' is a rate (measure, unit with both denominators).",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Bình Định")
