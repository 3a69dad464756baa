"""p863-1: Thanh Hóa province portal, half-year review of the local press (2024-07-12)."""
from lib import F, write, period, inherit, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Báo chí địa phương 6 tháng đầu năm: đăng, phát hơn 21 nghìn tin, bài
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Chiều 11/7, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông tổ chức hội nghị sơ kết công tác báo chí 6 tháng đầu năm 2024.

Theo báo cáo, hiện trên địa bàn tỉnh Thanh Hóa có 4 cơ quan báo chí địa phương, 23 văn phòng đại diện và 31 phóng viên thường trú của các cơ quan báo chí Trung ương. Toàn tỉnh có 312 người được cấp thẻ nhà báo, tăng 9 người so với cuối năm 2023.

Trong 6 tháng đầu năm 2024, các cơ quan báo chí của tỉnh đã đăng, phát 21.486 tin, bài, phóng sự, tăng 7,2% so với cùng kỳ; trong đó Báo Thanh Hóa đăng 9.350 tin, bài trên báo in và báo điện tử, Đài Phát thanh và Truyền hình tỉnh phát sóng 10.724 tin, phóng sự. Báo Thanh Hóa điện tử thu hút khoảng 48 triệu lượt truy cập, bình quân hơn 260 nghìn lượt/ngày; các trang mạng xã hội của báo có gần 1,2 triệu người theo dõi.

Cũng trong 6 tháng, Sở Thông tin và Truyền thông đã tiếp nhận và chỉ đạo xử lý 143 vụ việc do báo chí phản ánh, kiến nghị, trong đó 131 vụ việc đã được trả lời, đạt 91,6%; phối hợp tổ chức 6 cuộc họp báo định kỳ. Kinh phí tỉnh đặt hàng các cơ quan báo chí tuyên truyền 6 tháng ước đạt 18,5 tỷ đồng, bằng 52% dự toán năm.

Năm 2024, ngành phấn đấu các cơ quan báo chí địa phương đăng, phát trên 42.000 tin, bài; 100% cơ quan báo chí ứng dụng nền tảng số trong sản xuất nội dung. Tại hội nghị, Ban Tổ chức phát động Giải Báo chí về xây dựng Đảng tỉnh Thanh Hóa lần thứ 8, năm 2024.
"""

H1 = ("2024-01-01", "2024-06-30")
HEAD = period("6 tháng đầu năm", *H1)
P6 = period("Trong 6 tháng đầu năm 2024", *H1)
C6 = period("trong 6 tháng", *H1)
K6 = period("6 tháng", *H1)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 21 nghìn tin, bài", "21", 21000, "count", "tin, bài",
      "tin, bài báo chí địa phương đăng, phát", HEAD, approx="over"),
    F("có 4 cơ quan báo chí", "4", 4, "count", "cơ quan báo chí", "cơ quan báo chí địa phương"),
    F("23 văn phòng đại diện", "23", 23, "count", "văn phòng đại diện",
      "văn phòng đại diện của các cơ quan báo chí Trung ương"),
    F("31 phóng viên thường trú", "31", 31, "count", "phóng viên thường trú",
      "phóng viên thường trú của các cơ quan báo chí Trung ương"),
    F("có 312 người", "312", 312, "count", "người", "người được cấp thẻ nhà báo",
      change=change("increase", 9, "người", "cuối năm 2023")),
    F("phát 21.486 tin, bài", "21.486", 21486, "count", "tin, bài",
      "tin, bài, phóng sự các cơ quan báo chí của tỉnh đăng, phát", P6,
      change=change("increase", 7.2, "%", "cùng kỳ")),
    F("đăng 9.350 tin, bài", "9.350", 9350, "count", "tin, bài",
      "tin, bài Báo Thanh Hóa đăng trên báo in và báo điện tử", P6, total=21486),
    F("10.724 tin, phóng sự", "10.724", 10724, "count", "tin, phóng sự",
      "tin, phóng sự Đài Phát thanh và Truyền hình tỉnh phát sóng", P6, total=21486),
    F("khoảng 48 triệu lượt truy cập", "48", 48e6, "count", "lượt truy cập",
      "lượt truy cập Báo Thanh Hóa điện tử", inherit(P6), approx="about"),
    F("hơn 260 nghìn lượt/ngày", "260", 260e3, "measure", "lượt/ngày",
      "lượt truy cập bình quân mỗi ngày", inherit(P6), approx="over"),
    F("gần 1,2 triệu người theo dõi", "1,2", 1.2e6, "count", "người theo dõi",
      "người theo dõi các trang mạng xã hội của báo", approx="nearly"),
    F("xử lý 143 vụ việc", "143", 143, "count", "vụ việc",
      "vụ việc do báo chí phản ánh, kiến nghị được tiếp nhận, chỉ đạo xử lý", C6),
    F("trong đó 131 vụ việc", "131", 131, "count", "vụ việc", "vụ việc đã được trả lời", C6,
      total=143, percent=91.6),
    F("tổ chức 6 cuộc họp báo", "6", 6, "count", "cuộc họp báo", "cuộc họp báo định kỳ", C6),
    F("ước đạt 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng",
      "kinh phí tỉnh đặt hàng các cơ quan báo chí tuyên truyền", K6, percent=52, status="estimate"),
    F("trên 42.000 tin, bài", "42.000", 42000, "count", "tin, bài",
      "tin, bài các cơ quan báo chí địa phương đăng, phát", Y24, approx="over", status="target"),
    F("100% cơ quan báo chí", "100", 100, "percent", "%",
      "cơ quan báo chí ứng dụng nền tảng số trong sản xuất nội dung", Y24, status="target"),
]

NOTES = [
    "Thanh Hóa province portal: half-year review of the local press, 2024.",
    "Not figures: Lượt xem 1.236, Cập nhật time, 'Chiều 11/7', 'lần thứ 8', 'năm 2024' of the prize.",
    "Headline '6 tháng đầu năm' has no year; nothing dated stands before it, so it takes published 2024.",
    "'Cũng trong 6 tháng' and '6 tháng' take 2024 from '6 tháng đầu năm 2024'.",
    "Stocks with 'hiện' or without a period phrase (agencies, card holders, followers) get no period.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, published="2024-07-12", location="Thanh Hóa", notes=NOTES)
