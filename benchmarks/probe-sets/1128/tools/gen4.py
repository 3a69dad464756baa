"""p1128-4: ministry site (Bộ NN&PTNT): national drought/salinity water shortage, central budget support, wells, tanks."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi - Phòng chống thiên tai

Hơn 150 tỷ đồng hỗ trợ các tỉnh khoan giếng, cấp nước sinh hoạt mùa khô

Ngày đăng: 09/04/2024 | Lượt xem: 1.102

Theo báo cáo của Cục Thủy lợi, tính đến ngày 5/4/2024, cả nước có khoảng 58.000 hộ dân thiếu nước sinh hoạt do hạn hán, xâm nhập mặn, giảm khoảng 30% so với cùng thời điểm năm 2020. Trong đó, vùng Đồng bằng sông Cửu Long có hơn 42.000 hộ, khu vực Tây Nguyên và Nam Trung Bộ khoảng 16.000 hộ.

Các địa phương có số hộ thiếu nước lớn nhất lần lượt là Tiền Giang (9.800 hộ), Bến Tre (8.600 hộ), Sóc Trăng (7.200 hộ) và Kiên Giang (6.500 hộ).

Ngày 2/4, Thủ tướng Chính phủ đã ký Quyết định số 286/QĐ-TTg hỗ trợ 152 tỷ đồng từ nguồn dự phòng ngân sách Trung ương cho 5 tỉnh để khoan giếng, mua bồn chứa và chở nước cấp cho người dân. Trong đó, Tiền Giang được hỗ trợ 40 tỷ đồng, Bến Tre 38 tỷ đồng, Sóc Trăng 30 tỷ đồng, Kiên Giang 24 tỷ đồng và Long An 20 tỷ đồng.

Bộ NN&PTNT cho biết, các địa phương đã khoan 1.215 giếng, cấp 24.600 bồn chứa nước và vận chuyển ước khoảng 185.000 m3 nước ngọt đến người dân vùng hạn mặn. Riêng lực lượng quân đội đã huy động 320 xe bồn và 45 tàu, xuồng chở nước.

Bộ đặt mục tiêu đến năm 2025 có 65% dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn, trên 98% sử dụng nước hợp vệ sinh.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến ngày 5/4/2024", None, "2024-04-05")
Y25 = P("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"
SHORT = "hộ thiếu nước sinh hoạt"
FUND = "kinh phí hỗ trợ từ nguồn dự phòng ngân sách Trung ương"

FIGS = [
    F("Hơn 150 tỷ", "150", 150000000000, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ các tỉnh khoan giếng, cấp nước sinh hoạt mùa khô"),
    F("khoảng 58.000 hộ", "58.000", 58000, "count", "hộ dân", approx="about",
      change=C("decrease", 30, "%", "cùng thời điểm năm 2020", approx="about"),
      subject="hộ dân thiếu nước sinh hoạt do hạn hán, xâm nhập mặn", period=ASOF),
    F("hơn 42.000 hộ", "42.000", 42000, "count", "hộ", approx="over", total=58000,
      subject="hộ thiếu nước sinh hoạt vùng Đồng bằng sông Cửu Long", period=I(ASOF)),
    F("khoảng 16.000 hộ", "16.000", 16000, "count", "hộ", approx="about", total=58000,
      subject="hộ thiếu nước sinh hoạt khu vực Tây Nguyên và Nam Trung Bộ", period=I(ASOF)),
    F("Tiền Giang (9.800 hộ)", "9.800", 9800, "count", "hộ", subject=SHORT, period=I(ASOF), location="Tiền Giang"),
    F("Bến Tre (8.600 hộ)", "8.600", 8600, "count", "hộ", subject=SHORT, period=I(ASOF), location="Bến Tre"),
    F("Sóc Trăng (7.200 hộ)", "7.200", 7200, "count", "hộ", subject=SHORT, period=I(ASOF), location="Sóc Trăng"),
    F("Kiên Giang (6.500 hộ)", "6.500", 6500, "count", "hộ", subject=SHORT, period=I(ASOF), location="Kiên Giang"),
    F("hỗ trợ 152 tỷ", "152", 152000000000, "money", "đồng", subject=FUND),
    F("cho 5 tỉnh", "5", 5, "count", "tỉnh", subject="tỉnh được hỗ trợ từ nguồn dự phòng ngân sách Trung ương"),
    F("hỗ trợ 40 tỷ", "40", 40000000000, "money", "đồng", total=152000000000, subject=FUND, location="Tiền Giang"),
    F("Bến Tre 38 tỷ", "38", 38000000000, "money", "đồng", total=152000000000, subject=FUND, location="Bến Tre"),
    F("Sóc Trăng 30 tỷ", "30", 30000000000, "money", "đồng", total=152000000000, subject=FUND, location="Sóc Trăng"),
    F("Kiên Giang 24 tỷ", "24", 24000000000, "money", "đồng", total=152000000000, subject=FUND,
      location="Kiên Giang"),
    F("Long An 20 tỷ", "20", 20000000000, "money", "đồng", total=152000000000, subject=FUND, location="Long An"),
    F("khoan 1.215 giếng", "1.215", 1215, "count", "giếng", subject="giếng các địa phương đã khoan", period=I(ASOF)),
    F("cấp 24.600 bồn", "24.600", 24600, "count", "bồn", subject="bồn chứa nước đã cấp", period=I(ASOF)),
    F("khoảng 185.000 m3", "185.000", 185000, "measure", "m3", approx="about", status="estimate",
      subject="nước ngọt vận chuyển đến người dân vùng hạn mặn", period=I(ASOF)),
    F("huy động 320 xe", "320", 320, "count", "xe bồn", subject="xe bồn quân đội huy động chở nước",
      period=I(ASOF)),
    F("45 tàu", "45", 45, "count", "tàu, xuồng", subject="tàu, xuồng quân đội huy động chở nước", period=I(ASOF)),
    F("có 65%", "65", 65, "percent", "%", status="target",
      subject="dân số nông thôn được sử dụng nước sạch đáp ứng quy chuẩn", period=Y25),
    F("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
      subject="dân số nông thôn sử dụng nước hợp vệ sinh", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national figures, default location Việt Nam; 'Ngày đăng: 09/04/2024 | Lượt xem: 1.102'.",
    "Distractors: 'Lượt xem: 1.102', 'Quyết định số 286/QĐ-TTg', 'Ngày 2/4' (date of the decision), 'năm 2020' (baseline),",
    "address 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "The 'lần lượt' list items are provinces -> location, subject = the list's indicator; no total (a ranking, not a breakdown).",
    "The 5 provincial grants after 'Trong đó' add up to 152 tỷ -> total; location each province. '5 tỉnh' is a national count (Việt Nam).",
    "Funding sentence has no period of its own (the decision date only dates the act): no period. Wells/tanks/trucked water inherit the",
    "as-of date of the first paragraph. 'ước khoảng 185.000 m3' -> estimate, about. 'Bộ đặt mục tiêu đến năm 2025' -> target for 65% and 98%.",
    "'xe bồn' and 'tàu, xuồng' are the units as written; the headline 'Hơn 150 tỷ đồng' has no period.",
]

if __name__ == "__main__":
    write("p1128-4", TEXT, NOTES, FIGS, published="2024-04-09", location="Việt Nam")
