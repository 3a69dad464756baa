"""p814-1: Đồng Nai province portal, provincial Book and Reading Day fair 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Ngày hội Sách Đồng Nai thu hút hơn 45 nghìn lượt khách
Cập nhật: 24/04/2024 16:45 | Lượt xem: 2.317

Ngày hội Sách và Văn hóa đọc tỉnh Đồng Nai lần thứ 3 diễn ra từ ngày 18 đến 22/4 tại Công viên Biên Hùng (TP Biên Hòa), hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4. Qua 5 ngày, ngày hội đã đón hơn 45.000 lượt khách, tăng 18% so với năm trước.

Ngày hội có 46 gian hàng của 28 nhà xuất bản, công ty phát hành và thư viện, trưng bày khoảng 32.000 tựa sách. Tổng số sách bán ra đạt 38.650 cuốn, trong đó sách thiếu nhi chiếm gần 42%. Doanh thu bán sách đạt 2,35 tỷ đồng. Con số này gấp 1,4 lần ngày hội năm 2023.

Trong khuôn khổ ngày hội, Ban tổ chức trao tặng 5.200 cuốn sách cho 26 thư viện trường học ở các huyện Tân Phú, Định Quán và Vĩnh Cửu; tổ chức 14 buổi giao lưu tác giả, tọa đàm với khoảng 3.500 học sinh tham dự.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2023 hệ thống thư viện công cộng toàn tỉnh phục vụ hơn 1,2 triệu lượt bạn đọc, luân chuyển 2,6 triệu lượt sách. Các thư viện cấp huyện có lượt bạn đọc cao nhất lần lượt là Long Khánh (86.400 lượt), Trảng Bom (71.250 lượt) và Xuân Lộc (64.800 lượt).

Thực hiện Quyết định số 329/QĐ-TTg của Thủ tướng Chính phủ về Đề án phát triển văn hóa đọc trong cộng đồng, năm 2024 tỉnh phấn đấu 100% trường phổ thông có thư viện đạt chuẩn, mỗi thư viện cấp huyện bổ sung tối thiểu 1.500 bản sách mới.

Nguồn: Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai
"""

EV = P("từ ngày 18 đến 22/4", "2024-04-18", "2024-04-22", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 45 nghìn lượt khách", "45", 45000, "count", "lượt khách",
      "lượt khách đến Ngày hội Sách Đồng Nai", EV, approx="over"),
    F("Qua 5 ngày", "5", 5, "measure", "ngày", "thời gian diễn ra ngày hội", optional=True),
    F("hơn 45.000 lượt khách", "45.000", 45000, "count", "lượt khách",
      "lượt khách đến ngày hội", EV, approx="over",
      change=C("increase", 18, "%", "năm trước")),
    F("có 46 gian hàng", "46", 46, "count", "gian hàng", "gian hàng của ngày hội", EV),
    F("của 28 nhà xuất bản", "28", 28, "count", "nhà xuất bản",
      "nhà xuất bản, công ty phát hành và thư viện tham gia ngày hội", EV),
    F("khoảng 32.000 tựa sách", "32.000", 32000, "count", "tựa sách",
      "tựa sách trưng bày tại ngày hội", EV, approx="about"),
    F("đạt 38.650 cuốn", "38.650", 38650, "count", "cuốn",
      "sách bán ra tại ngày hội", EV),
    F("chiếm gần 42%", "42", 42, "percent", "%",
      "sách thiếu nhi trong tổng số sách bán ra", EV, approx="nearly"),
    F("đạt 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng",
      "doanh thu bán sách tại ngày hội", EV),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
      "doanh thu bán sách so với ngày hội năm 2023", EV),
    F("tặng 5.200 cuốn sách", "5.200", 5200, "count", "cuốn sách",
      "sách trao tặng thư viện trường học", EV),
    F("cho 26 thư viện", "26", 26, "count", "thư viện",
      "thư viện trường học được tặng sách", EV),
    F("tổ chức 14 buổi", "14", 14, "count", "buổi",
      "buổi giao lưu tác giả, tọa đàm", EV),
    F("khoảng 3.500 học sinh", "3.500", 3500, "count", "học sinh",
      "học sinh tham dự giao lưu tác giả, tọa đàm", EV, approx="about"),
    F("hơn 1,2 triệu lượt bạn đọc", "1,2", 1200000, "count", "lượt bạn đọc",
      "lượt bạn đọc được hệ thống thư viện công cộng phục vụ", Y23, approx="over"),
    F("2,6 triệu lượt sách", "2,6", 2600000, "count", "lượt sách",
      "lượt sách luân chuyển của hệ thống thư viện công cộng", Y23),
    F("(86.400 lượt)", "86.400", 86400, "count", "lượt",
      "lượt bạn đọc của thư viện cấp huyện", I(Y23), location="Long Khánh"),
    F("(71.250 lượt)", "71.250", 71250, "count", "lượt",
      "lượt bạn đọc của thư viện cấp huyện", I(Y23), location="Trảng Bom"),
    F("(64.800 lượt)", "64.800", 64800, "count", "lượt",
      "lượt bạn đọc của thư viện cấp huyện", I(Y23), location="Xuân Lộc"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "trường phổ thông có thư viện đạt chuẩn", Y24, status="target"),
    F("tối thiểu 1.500 bản", "1.500", 1500, "count", "bản sách",
      "bản sách mới mỗi thư viện cấp huyện bổ sung", Y24, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Nai: Ngày hội Sách và Văn hóa đọc tỉnh lần thứ 3 (18-22/4/2024); thư viện công cộng năm 2023; mục tiêu 2024.",
    "Not figures: Lượt xem 2.317, 16:45, 'lần thứ 3', 'Ngày Sách ... 21/4', 'Quyết định số 329/QĐ-TTg'. 'Qua 5 ngày' (event length) optional.",
    "Event figures take the period 'từ ngày 18 đến 22/4' (2024 from the dateline) from the first sentence: inherited.",
    "'chiếm gần 42%' is the share of a part (sách thiếu nhi), not of 38.650 itself: a percent figure of its own.",
    "'Con số này gấp 1,4 lần ...' stands as its own sentence: a multiple; 'năm 2023' is its baseline, not its period.",
    "District list after 'lần lượt là' shares the indicator 'lượt bạn đọc của thư viện cấp huyện'; the place goes to location.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-04-24", location="Đồng Nai")
