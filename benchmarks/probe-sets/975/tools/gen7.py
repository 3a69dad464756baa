"""p975-7: department site (Trung tâm Khuyến công, Sở Công Thương Quảng Ngãi), no dateline, footer."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI
Trung tâm Khuyến công và Tư vấn phát triển công nghiệp
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khuyến công hỗ trợ cơ sở sơ chế xơ dừa đổi mới thiết bị

Giai đoạn 2021-2023, Trung tâm Khuyến công đã hỗ trợ 14 cơ sở sơ chế xơ dừa ứng dụng máy móc tiên tiến với tổng kinh phí khuyến công 2,1 tỷ đồng, chiếm 17,5% tổng vốn đầu tư của các cơ sở. Riêng năm 2023 hỗ trợ 6 cơ sở, kinh phí 980 triệu đồng.

Toàn tỉnh hiện có 63 cơ sở sơ chế xơ dừa (huyện Bình Sơn 27 cơ sở, thị xã Đức Phổ 19 cơ sở, huyện Mộ Đức 17 cơ sở). Năm 2023, các cơ sở sản xuất 9.600 tấn chỉ xơ dừa và 14.200 tấn mụn dừa, giá trị sản xuất đạt 152 tỷ đồng, tăng 11,3% so với năm 2022.

Nhờ thay máy đánh tơ cũ bằng máy tách xơ liên hoàn, năng suất của cơ sở tăng từ 1,5 tấn lên 4 tấn xơ/ca, tỷ lệ xơ gãy giảm còn dưới 8%. Một máy tách xơ công suất 3 tấn/giờ có giá khoảng 450-600 triệu đồng. Ông Phạm Văn Mười, chủ cơ sở ở thôn 2, xã Bình Dương (huyện Bình Sơn) cho biết, sau khi được hỗ trợ 150 triệu đồng, cơ sở giảm được 6 lao động thủ công mỗi ca.

Năm 2024, Trung tâm dự kiến hỗ trợ thêm 5 cơ sở với kinh phí 850 triệu đồng theo Chương trình khuyến công địa phương; mục tiêu đến năm 2025 có 30 cơ sở sơ chế xơ dừa sử dụng máy tách xơ liên hoàn.

TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP QUẢNG NGÃI
Địa chỉ: 96 Nguyễn Nghiêm, TP Quảng Ngãi, tỉnh Quảng Ngãi
Điện thoại: 0255.3822.641 - Fax: 0255.3822.642
Số lượt truy cập: 318.452
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
R23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hỗ trợ 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sơ chế xơ dừa được hỗ trợ ứng dụng máy móc tiên tiến", G),
    F("khuyến công 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí khuyến công hỗ trợ", G, percent=17.5),
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở được hỗ trợ", R23),
    F("kinh phí 980 triệu đồng", "980", 980e6, "money", "đồng", "kinh phí hỗ trợ", R23),
    F("có 63 cơ sở", "63", 63, "count", "cơ sở", "cơ sở sơ chế xơ dừa"),
    F("Bình Sơn 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sơ chế xơ dừa", total=63, location="Bình Sơn"),
    F("Đức Phổ 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở sơ chế xơ dừa", total=63, location="Đức Phổ"),
    F("Mộ Đức 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở sơ chế xơ dừa", total=63, location="Mộ Đức"),
    F("sản xuất 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng chỉ xơ dừa", Y23),
    F("và 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng mụn dừa", Y23),
    F("đạt 152 tỷ đồng", "152", 152e9, "money", "đồng", "giá trị sản xuất", Y23,
      change=C("increase", 11.3, baseline="năm 2022")),
    F("từ 1,5 tấn", "1,5", 1.5, "measure", "tấn/ca", "năng suất của cơ sở trước khi thay máy"),
    F("lên 4 tấn", "4", 4, "measure", "tấn/ca", "năng suất của cơ sở sau khi thay máy"),
    F("dưới 8%", "8", 8, "percent", "%", "tỷ lệ xơ gãy", approx="under"),
    F("công suất 3 tấn/giờ", "3", 3, "measure", "tấn/giờ", "công suất máy tách xơ", optional=True),
    F("khoảng 450-600 triệu đồng", "450", 450e6, "money", "đồng", "giá máy tách xơ", approx="about",
      value_max=600e6),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí hỗ trợ cơ sở", location="Bình Sơn"),
    F("được 6 lao động", "6", 6, "count", "lao động", "lao động thủ công giảm mỗi ca", location="Bình Sơn"),
    F("thêm 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được hỗ trợ thêm", Y24, status="forecast"),
    F("kinh phí 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí hỗ trợ", Y24, status="forecast"),
    F("có 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở sơ chế xơ dừa sử dụng máy tách xơ liên hoàn", TO25,
      status="target"),
]

NOTES = [
    "Trung tâm Khuyến công (Sở Công Thương Quảng Ngãi): hỗ trợ cơ sở sơ chế xơ dừa đổi mới thiết bị. No dateline: published absent.",
    "The bracketed district breakdown adds up (27+19+17 = 63): each part takes total 63, its district as location.",
    "'tăng từ 1,5 tấn lên 4 tấn xơ/ca': both ends are figures (before/after), unit tấn/ca from the shared 'xơ/ca', no change object.",
    "'công suất 3 tấn/giờ' is the machine's specification (optional). 'chiếm 17,5% tổng vốn đầu tư' is the 2,1 tỷ's share (percent).",
    "Distractors: thôn 2, ông Phạm Văn Mười, xã Bình Dương, 96 Nguyễn Nghiêm, phone/fax 0255.3822.641/642, Số lượt truy cập: 318.452.",
]

write(7, TEXT, FIGS, NOTES, location="Quảng Ngãi")
