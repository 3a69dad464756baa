from lib import F, P, CH, inh, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Sơn La: Tổng đàn bò sữa đạt trên 32.000 con

Cập nhật: 16/07/2024 08:42
Lượt xem: 1.287

(sonla.gov.vn) - Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng đàn bò sữa toàn tỉnh đạt 32.185 con, tăng 6,2% so với cùng kỳ năm 2023; trong đó, số bò đang vắt sữa là 17.640 con, chiếm 54,8% tổng đàn.

Đàn bò sữa tập trung chủ yếu tại các huyện: Mộc Châu (24.310 con), Vân Hồ (5.126 con), Yên Châu (1.485 con), số còn lại nuôi rải rác ở thành phố Sơn La và huyện Mai Sơn.

Sản lượng sữa tươi 6 tháng đầu năm ước đạt 68.450 tấn, tăng 8,4% so với cùng kỳ, đạt 51,3% kế hoạch năm. Năng suất sữa bình quân đạt 18,6 kg/con/ngày, cao hơn 0,9 kg so với năm 2023.

Giá thu mua sữa tươi của các doanh nghiệp dao động từ 13.800 đến 14.500 đồng/kg, ổn định so với cuối năm trước. Toàn tỉnh hiện có 2 nhà máy chế biến sữa với tổng công suất 500 tấn/ngày và 16 hợp tác xã chăn nuôi bò sữa, thu hút 612 hộ thành viên. Năm 2023, ngành nông nghiệp đã hỗ trợ người dân 1.250 liều tinh bò sữa cao sản và trồng mới 350 ha cỏ thâm canh dọc Quốc lộ 6.

Theo Quyết định số 1538/QĐ-UBND ngày 12/7/2023 của UBND tỉnh, Sơn La phấn đấu đến năm 2025 tổng đàn bò sữa đạt 40.000 con, sản lượng sữa tươi đạt 160.000 tấn/năm; tỷ lệ bò sữa nuôi theo hình thức trang trại, gia trại đạt từ 70 đến 75%.

Mọi thông tin chi tiết xin liên hệ Chi cục Chăn nuôi, Thủy sản và Thú y tỉnh, số 8 đường Tô Hiệu, điện thoại 0212.3852.146.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt trên 32.000 con", "32.000", 32000, "count", "con", "tổng đàn bò sữa", inh(ASOF), approx="over"),
    F("đạt 32.185 con", "32.185", 32185, "count", "con", "tổng đàn bò sữa toàn tỉnh", ASOF,
      change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("là 17.640 con", "17.640", 17640, "count", "con", "số bò đang vắt sữa", ASOF, total=32185, percent=54.8),
    F("Mộc Châu (24.310 con)", "24.310", 24310, "count", "con", "đàn bò sữa", inh(ASOF), location="Mộc Châu"),
    F("Vân Hồ (5.126 con)", "5.126", 5126, "count", "con", "đàn bò sữa", inh(ASOF), location="Vân Hồ"),
    F("Yên Châu (1.485 con)", "1.485", 1485, "count", "con", "đàn bò sữa", inh(ASOF), location="Yên Châu"),
    F("ước đạt 68.450 tấn", "68.450", 68450, "measure", "tấn", "sản lượng sữa tươi", H1,
      percent=51.3, change=CH("increase", 8.4, "%", "cùng kỳ"), status="estimate"),
    F("đạt 18,6 kg/con/ngày", "18,6", 18.6, "measure", "kg/con/ngày", "năng suất sữa bình quân", inh(H1),
      change=CH("increase", 0.9, "kg", "năm 2023")),
    F("từ 13.800 đến 14.500 đồng/kg", "13.800", 13800, "money", "đồng/kg",
      "giá thu mua sữa tươi của các doanh nghiệp", value_max=14500),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy chế biến sữa"),
    F("công suất 500 tấn/ngày", "500", 500, "measure", "tấn/ngày", "tổng công suất nhà máy chế biến sữa"),
    F("và 16 hợp tác xã", "16", 16, "count", "hợp tác xã", "hợp tác xã chăn nuôi bò sữa"),
    F("thu hút 612 hộ", "612", 612, "count", "hộ", "hộ thành viên hợp tác xã chăn nuôi bò sữa"),
    F("người dân 1.250 liều", "1.250", 1250, "count", "liều tinh", "liều tinh bò sữa cao sản hỗ trợ người dân", Y23),
    F("trồng mới 350 ha", "350", 350, "measure", "ha", "diện tích cỏ thâm canh trồng mới", Y23),
    F("đạt 40.000 con", "40.000", 40000, "count", "con", "tổng đàn bò sữa", T25, status="target"),
    F("đạt 160.000 tấn/năm", "160.000", 160000, "measure", "tấn/năm", "sản lượng sữa tươi", T25, status="target"),
    F("từ 70 đến 75%", "70", 70, "percent", "%", "tỷ lệ bò sữa nuôi theo hình thức trang trại, gia trại", T25,
      value_max=75, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Sơn La: đàn bò sữa, sản lượng sữa 6 tháng đầu năm 2024, giá thu mua, nhà máy, HTX, mục tiêu 2025.",
    "Province portal: breadcrumb, 'Cập nhật: 16/07/2024 08:42' dateline, 'Lượt xem: 1.287' counter (not a figure).",
    "District list after 'tập trung chủ yếu tại các huyện:' follows no figure and does not add up: no total; districts are locations.",
    "Headline and district items inherit the as-of date of the lead (not scored). 'Quốc lộ 6', 'số 8 đường Tô Hiệu',",
    "'Quyết định số 1538/QĐ-UBND ngày 12/7/2023', phone '0212.3852.146' are distractors.",
]

emit("p625-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Sơn La")
