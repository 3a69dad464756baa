"""p575-4: ministry site (Bộ TT&TT), national press agencies, radio/TV, grassroots radio conversion."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Báo chí - Xuất bản

Cả nước có 779 cơ quan báo chí, 49,5% đài truyền thanh cấp xã đã ứng dụng CNTT-VT

Ngày đăng: 20/06/2024 16:05

Theo Cục Báo chí, tính đến ngày 31/5/2024, cả nước có 779 cơ quan báo chí, giảm 33 cơ quan so với năm 2019, gồm 136 báo và 643 tạp chí. Về phát thanh, truyền hình, có 72 đài được cấp phép với 193 kênh truyền hình và 89 kênh phát thanh.

Đối với hệ thống thông tin cơ sở, cả nước hiện có 9.318/10.598 xã, phường, thị trấn có đài truyền thanh, trong đó 4.612 đài ứng dụng CNTT-VT, chiếm 49,5%. Các địa phương dẫn đầu về tỷ lệ chuyển đổi là Bắc Ninh (100%), Đà Nẵng (100%), Hà Nam (98,6%), Quảng Ninh (96,2%) và Thừa Thiên Huế (92,4%); trong khi đó vẫn còn 14 tỉnh có tỷ lệ dưới 20%.

Trong 5 tháng đầu năm 2024, Thanh tra Bộ và các Sở Thông tin và Truyền thông đã xử phạt vi phạm hành chính 27 cơ quan báo chí, tổng số tiền phạt hơn 415 triệu đồng; thu hồi 3 giấy phép hoạt động báo chí.

Theo Chiến lược chuyển đổi số báo chí đến năm 2025 (Quyết định số 348/QĐ-TTg), phấn đấu 100% cơ quan báo chí đưa nội dung lên môi trường số, 80% cơ quan báo chí thực hiện quy trình sản xuất nội dung theo mô hình tòa soạn hội tụ và 50% cơ quan báo chí có doanh thu từ nền tảng số.

Cổng thông tin điện tử Bộ Thông tin và Truyền thông - 18 Nguyễn Du, Hà Nội
"""

ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CONV = "tỷ lệ chuyển đổi"

FIGS = [
    F("Cả nước có 779", "779", 779, "count", "cơ quan báo chí", "cơ quan báo chí", I(ASOF)),
    F("49,5% đài", "49,5", 49.5, "percent", "%", "đài truyền thanh cấp xã đã ứng dụng CNTT-VT"),
    F("2024, cả nước có 779", "779", 779, "count", "cơ quan báo chí", "cơ quan báo chí", ASOF,
      change=CH("decrease", 33, "cơ quan", "năm 2019")),
    F("gồm 136 báo", "136", 136, "count", "báo", "báo", ASOF, total=779),
    F("và 643 tạp chí", "643", 643, "count", "tạp chí", "tạp chí", ASOF, total=779),
    F("có 72 đài", "72", 72, "count", "đài", "đài phát thanh, truyền hình được cấp phép", I(ASOF)),
    F("với 193 kênh", "193", 193, "count", "kênh truyền hình", "kênh truyền hình", I(ASOF)),
    F("và 89 kênh", "89", 89, "count", "kênh phát thanh", "kênh phát thanh", I(ASOF)),
    F("9.318/10.598", "9.318", 9318, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh",
      total=10598),
    F("đó 4.612 đài", "4.612", 4612, "count", "đài", "đài truyền thanh ứng dụng CNTT-VT", total=9318,
      percent=49.5),
    F("Bắc Ninh (100%)", "100", 100, "percent", "%", CONV, location="Bắc Ninh"),
    F("Đà Nẵng (100%)", "100", 100, "percent", "%", CONV, location="Đà Nẵng"),
    F("Hà Nam (98,6%)", "98,6", 98.6, "percent", "%", CONV, location="Hà Nam"),
    F("Quảng Ninh (96,2%)", "96,2", 96.2, "percent", "%", CONV, location="Quảng Ninh"),
    F("Thừa Thiên Huế (92,4%)", "92,4", 92.4, "percent", "%", CONV, location="Thừa Thiên Huế"),
    F("còn 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh có tỷ lệ chuyển đổi dưới 20%"),
    F("dưới 20%", "20", 20, "percent", "%", "ngưỡng tỷ lệ chuyển đổi", approx="under", optional=True),
    F("chính 27 cơ quan", "27", 27, "count", "cơ quan báo chí", "cơ quan báo chí bị xử phạt vi phạm hành chính", M5),
    F("hơn 415 triệu đồng", "415", 415e6, "money", "đồng", "tổng số tiền phạt", M5, approx="over"),
    F("thu hồi 3 giấy phép", "3", 3, "count", "giấy phép", "giấy phép hoạt động báo chí bị thu hồi", M5),
    F("phấn đấu 100% cơ quan", "100", 100, "percent", "%", "cơ quan báo chí đưa nội dung lên môi trường số", T25,
      status="target"),
    F("80% cơ quan", "80", 80, "percent", "%",
      "cơ quan báo chí thực hiện quy trình sản xuất nội dung theo mô hình tòa soạn hội tụ", T25, status="target"),
    F("50% cơ quan", "50", 50, "percent", "%", "cơ quan báo chí có doanh thu từ nền tảng số", T25, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Thông tin và Truyền thông): national counts of press agencies, broadcasters, commune radio stations; 'Ngày đăng' dateline.",
    "Location Việt Nam; the five provinces in the conversion-rate list are the items' locations (subject = the list's indicator).",
    "779 carries the decrease of 33 cơ quan vs năm 2019; 136 báo + 643 tạp chí after 'gồm' are its parts. 4.612 is part of 9.318 (not of 10.598).",
    "'dưới 20%' is a threshold inside the subject of '14 tỉnh': optional. Quyết định số 348/QĐ-TTg and the address are not figures.",
    "revised: the five list items' subject is now 'tỷ lệ chuyển đổi', the list's indicator as stated before the list",
    "  (was 'tỷ lệ chuyển đổi đài truyền thanh cấp xã ứng dụng CNTT-VT', words imported from the previous sentence).",
    "Headline figures: 779 takes the as-of date (inherited); the headline 49,5% has no period of its own.",
    "Targets of the 'Chiến lược ... đến năm 2025' end 2025-12-31 (phấn đấu: status target).",
]

if __name__ == "__main__":
    emit("p575-4", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Việt Nam")
