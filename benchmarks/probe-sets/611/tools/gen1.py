from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 05/07/2024 15:42
Lượt xem: 3.582

Quần thể di tích Cố đô Huế đón hơn 1,6 triệu lượt khách trong 6 tháng đầu năm

Theo Trung tâm Bảo tồn Di tích Cố đô Huế, 6 tháng đầu năm 2024, các điểm di tích do Trung tâm quản lý đã đón 1.617.800 lượt khách tham quan, tăng 28,5% so với cùng kỳ năm 2023; trong đó khách quốc tế đạt 912.450 lượt, chiếm 56,4%. Doanh thu bán vé ước đạt 224,6 tỷ đồng, tăng 31,2% so với cùng kỳ, đạt 58,3% kế hoạch năm.

Trong tháng 6, Đại Nội đón 142.300 lượt khách; các lăng Tự Đức, Minh Mạng, Khải Định lần lượt đón 61.200, 48.750 và 55.900 lượt. Riêng chương trình Đêm Hoàng cung thu hút khoảng 23.000 lượt khách, góp phần kéo dài thời gian lưu trú của du khách trong dịp Tuần lễ Festival Huế lần thứ 2.

Từ ngày 1/7/2024, giá vé tham quan Đại Nội đối với người lớn là 200.000 đồng/lượt; trẻ em từ 7 đến 12 tuổi là 40.000 đồng/lượt. Đường dây nóng hỗ trợ du khách: 0234.3501.143.

Về công tác tu bổ, năm 2024 tỉnh bố trí 185 tỷ đồng cho 12 dự án bảo tồn, tu bổ di tích, gồm 7 dự án chuyển tiếp và 5 dự án khởi công mới. Dự án tu bổ điện Thái Hòa đã hoàn thành với tổng kinh phí gần 128 tỷ đồng. Hiện Trung tâm đang lưu giữ, bảo quản hơn 7.800 hiện vật, trong đó có 9 bảo vật quốc gia.

Năm 2024, Trung tâm phấn đấu đón 3,5 triệu lượt khách, doanh thu bán vé đạt 385 tỷ đồng.

Minh Tâm (Trung tâm Thông tin tỉnh)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T6 = P("Trong tháng 6", "2024-06-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,6 triệu lượt khách trong", "1,6", 1600000, "count", "lượt khách", approx="over",
      subject="lượt khách Quần thể di tích Cố đô Huế đón",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đã đón 1.617.800 lượt khách", "1.617.800", 1617800, "count", "lượt khách",
      change=CH("increase", 28.5, baseline="cùng kỳ năm 2023"),
      subject="lượt khách tham quan các điểm di tích do Trung tâm quản lý", period=H1),
    F("đạt 912.450 lượt", "912.450", 912450, "count", "lượt", total=1617800, percent=56.4,
      subject="khách quốc tế", period=H1),
    F("ước đạt 224,6 tỷ đồng", "224,6", 224600000000, "money", "đồng", percent=58.3,
      change=CH("increase", 31.2, baseline="cùng kỳ"), status="estimate",
      subject="doanh thu bán vé", period=I(H1)),
    F("Đại Nội đón 142.300 lượt", "142.300", 142300, "count", "lượt khách",
      subject="lượt khách Đại Nội đón", period=T6),
    F("đón 61.200,", "61.200", 61200, "count", "lượt", subject="lượt khách lăng Tự Đức đón", period=T6),
    F(" 48.750 và", "48.750", 48750, "count", "lượt", subject="lượt khách lăng Minh Mạng đón", period=T6),
    F("và 55.900 lượt", "55.900", 55900, "count", "lượt", subject="lượt khách lăng Khải Định đón", period=T6),
    F("khoảng 23.000 lượt khách", "23.000", 23000, "count", "lượt khách", approx="about",
      subject="lượt khách chương trình Đêm Hoàng cung thu hút", period=I(T6)),
    F("người lớn là 200.000 đồng/lượt", "200.000", 200000, "money", "đồng/lượt",
      subject="giá vé tham quan Đại Nội đối với người lớn"),
    F("từ 7 đến 12 tuổi", "7", 7, "measure", "tuổi", value_max=12, subject="độ tuổi trẻ em", optional=True),
    F("tuổi là 40.000 đồng/lượt", "40.000", 40000, "money", "đồng/lượt",
      subject="giá vé tham quan Đại Nội đối với trẻ em"),
    F("bố trí 185 tỷ đồng", "185", 185000000000, "money", "đồng",
      subject="kinh phí bảo tồn, tu bổ di tích tỉnh bố trí", period=Y24),
    F("cho 12 dự án", "12", 12, "count", "dự án", subject="dự án bảo tồn, tu bổ di tích", period=Y24),
    F("gồm 7 dự án", "7", 7, "count", "dự án", total=12, subject="dự án chuyển tiếp", period=Y24),
    F("và 5 dự án", "5", 5, "count", "dự án", total=12, subject="dự án khởi công mới", period=Y24),
    F("gần 128 tỷ đồng", "128", 128000000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí dự án tu bổ điện Thái Hòa"),
    F("hơn 7.800 hiện vật", "7.800", 7800, "count", "hiện vật", approx="over",
      subject="hiện vật Trung tâm đang lưu giữ, bảo quản"),
    F("có 9 bảo vật quốc gia", "9", 9, "count", "bảo vật quốc gia", total=7800, subject="bảo vật quốc gia"),
    F("đón 3,5 triệu lượt khách", "3,5", 3500000, "count", "lượt khách", status="target",
      subject="lượt khách Trung tâm phấn đấu đón", period=Y24),
    F("đạt 385 tỷ đồng", "385", 385000000000, "money", "đồng", status="target",
      subject="doanh thu bán vé", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thừa Thiên Huế: khách và doanh thu bán vé tại Quần thể di tích Cố đô Huế 6 tháng đầu năm 2024; giá vé; dự án tu bổ; hiện vật.",
    "Distractors: breadcrumb, 'Cập nhật: 05/07/2024 15:42', 'Lượt xem: 3.582', 'Festival Huế lần thứ 2' (ordinal), 'Từ ngày 1/7/2024', hotline 0234.3501.143.",
    "Headline period '6 tháng đầu năm' takes 2024 from the dateline. 912.450 is a trong đó part of 1.617.800 (its share 56,4%).",
    "Age range 'từ 7 đến 12 tuổi' is optional (cf. 'dưới 1 tuổi' in shared h24). Ticket prices from 1/7/2024 have no period (a start date only).",
    "Location: the province (portal of Thừa Thiên Huế; the Centre is a provincial unit).",
]

emit("p611-1", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Thừa Thiên Huế")
