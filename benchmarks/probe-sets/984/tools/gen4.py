"""p984-4: ministry site (Bộ NN&PTNT), national VMS installation, lost connections, detained boats, certificates (Việt Nam)."""
from lib import F, asof, change, inh, months, period, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Cả nước còn 289 tàu cá chưa lắp thiết bị giám sát hành trình
Ngày đăng: 28/10/2024 | Lượt xem: 1.137

Theo Cục Thủy sản, tính đến ngày 20/10/2024, cả nước có 86.820 tàu cá đăng ký, trong đó 29.814 tàu có chiều dài từ 15 m trở lên. Số tàu đã lắp đặt thiết bị giám sát hành trình (GSHT) là 29.525 tàu, đạt 99,03%; còn 289 tàu chưa lắp, chủ yếu là tàu nằm bờ dài ngày. Các địa phương còn nhiều tàu chưa lắp gồm Kiên Giang (67 tàu), Cà Mau (48 tàu), Bến Tre (31 tàu) và Bình Định (22 tàu).

Từ đầu năm đến nay, hệ thống giám sát tàu cá ghi nhận 27.640 lượt tàu mất kết nối quá 6 giờ, giảm 31% so với cùng kỳ năm 2023; số tàu mất kết nối trên 10 ngày là 412 tàu, giảm 96 tàu. Số tàu cá vi phạm vùng biển nước ngoài bị bắt giữ trong 9 tháng năm 2024 là 8 tàu/53 ngư dân, giảm 5 tàu so với cùng kỳ.

Về xác nhận, chứng nhận nguồn gốc, 9 tháng qua các địa phương đã cấp 11.356 giấy xác nhận nguyên liệu thủy sản khai thác và 3.872 giấy chứng nhận thủy sản khai thác, tăng lần lượt 14,5% và 9,2% so với cùng kỳ. Sản lượng thủy sản bốc dỡ qua 89 cảng cá chỉ định ước đạt 1,52 triệu tấn, chiếm khoảng 48% tổng sản lượng khai thác.

Bộ đang khẩn trương chuẩn bị cho đợt kiểm tra lần thứ 5 của Ủy ban châu Âu (EC) về chống khai thác IUU, đặt mục tiêu đến hết năm 2024 không còn tàu cá vi phạm vùng biển nước ngoài và 100% sản lượng qua cảng được giám sát, truy xuất theo quy định.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

D = asof("2024-10-20", "tính đến ngày 20/10/2024")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-28")
M9 = months(2024, 1, 9, "9 tháng năm 2024")
M9q = months(2024, 1, 9, "9 tháng qua")
NOT = "tàu chưa lắp thiết bị GSHT"

FIGS = [
    F("còn 289 tàu cá", "289", 289, "count", "tàu cá", "tàu cá chưa lắp thiết bị giám sát hành trình"),
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đăng ký", D),
    F("29.814 tàu", "29.814", 29814, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", D, total=86820),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("là 29.525 tàu", "29.525", 29525, "count", "tàu", "tàu đã lắp đặt thiết bị giám sát hành trình", inh(D), percent=99.03),
    F("còn 289 tàu chưa", "289", 289, "count", "tàu", NOT, inh(D)),
    F("(67 tàu)", "67", 67, "count", "tàu", NOT, inh(D), location="Kiên Giang"),
    F("(48 tàu)", "48", 48, "count", "tàu", NOT, inh(D), location="Cà Mau"),
    F("(31 tàu)", "31", 31, "count", "tàu", NOT, inh(D), location="Bến Tre"),
    F("(22 tàu)", "22", 22, "count", "tàu", NOT, inh(D), location="Bình Định"),
    F("ghi nhận 27.640 lượt", "27.640", 27640, "count", "lượt tàu", "lượt tàu mất kết nối quá 6 giờ", YTD,
      change=change("decrease", 31, baseline="cùng kỳ năm 2023")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("là 412 tàu", "412", 412, "count", "tàu", "tàu mất kết nối trên 10 ngày", YTD, change=change("decrease", 96, "tàu")),
    F("trên 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("là 8 tàu", "8", 8, "count", "tàu", "tàu cá vi phạm vùng biển nước ngoài bị bắt giữ", M9,
      change=change("decrease", 5, "tàu", "cùng kỳ")),
    F("tàu/53 ngư dân", "53", 53, "count", "ngư dân", "ngư dân trên tàu cá vi phạm vùng biển nước ngoài bị bắt giữ", M9),
    F("cấp 11.356 giấy", "11.356", 11356, "count", "giấy", "giấy xác nhận nguyên liệu thủy sản khai thác", M9q,
      change=change("increase", 14.5, baseline="cùng kỳ")),
    F("và 3.872 giấy", "3.872", 3872, "count", "giấy", "giấy chứng nhận thủy sản khai thác", M9q,
      change=change("increase", 9.2, baseline="cùng kỳ")),
    F("qua 89 cảng cá", "89", 89, "count", "cảng cá", "cảng cá chỉ định"),
    F("ước đạt 1,52 triệu tấn", "1,52", 1.52e6, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng cá chỉ định", inh(M9q),
      percent=48, status="estimate"),
    F("và 100% sản lượng", "100", 100, "percent", "%", "sản lượng qua cảng được giám sát, truy xuất theo quy định",
      asof("2024-12-31", "đến hết năm 2024"), status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national VMS installation, lost connections, detained boats, certificates, landings (Việt Nam).",
    "Provinces in the bracketed list after 'Các địa phương ... gồm' carry their own location; the cue follows no figure, so no total.",
    "'8 tàu/53 ngư dân': the number after '/' counts something else (fishermen), so it is a figure of its own, not a total.",
    "'tăng lần lượt 14,5% và 9,2%' distributes the changes over the two certificate counts. '89 cảng cá' is a fact (actual), not the estimate.",
    "'Lượt xem: 1.137', 'lần thứ 5', the address and phone are not figures.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-10-28", location="Việt Nam")
