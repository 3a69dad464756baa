"""p610-1: Hà Tĩnh province portal, rural clean water results to 31/12/2023."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 14/03/2024 08:30
Lượt xem: 1.284

Hà Tĩnh: Hơn 61% dân số nông thôn dùng nước sạch đạt quy chuẩn

(HTO) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023, tỷ lệ dân số nông thôn Hà Tĩnh sử dụng nước hợp vệ sinh đạt 98,7%, tăng 0,9 điểm phần trăm so với năm 2022. Tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn QCVN 01-1:2018/BYT đạt 61,4%, vượt kế hoạch đề ra (60%).

Toàn tỉnh hiện có 186 công trình cấp nước tập trung nông thôn, trong đó 52 công trình hoạt động bền vững, 71 công trình tương đối bền vững, 39 công trình kém bền vững và 24 công trình không hoạt động.

Năm 2023, các đơn vị cấp nước đã đấu nối mới cho 6.215 hộ gia đình, nâng tổng số hộ nông thôn sử dụng nước từ công trình tập trung lên 142.380 hộ, chiếm 54,3% tổng số hộ nông thôn. Các địa phương có tỷ lệ hộ dùng nước từ công trình tập trung cao là thị xã Kỳ Anh (86,2%), huyện Lộc Hà (78,5%), huyện Thạch Hà (71,9%); thấp nhất là huyện Vũ Quang (18,4%) và Hương Khê (21,7%).

Tổng vốn đầu tư cho lĩnh vực cấp nước sạch nông thôn năm 2023 đạt gần 214,6 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 96,2 tỷ đồng, vốn doanh nghiệp và xã hội hóa hơn 118 tỷ đồng. Giá nước sinh hoạt nông thôn bình quân là 8.900 đồng/m³, thấp hơn khoảng 1.100 đồng/m³ so với khu vực đô thị.

Phấn đấu đến năm 2025, tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn đạt 65%; giảm số công trình không hoạt động xuống dưới 10 công trình.

Thông tin chi tiết liên hệ: Trung tâm Nước sạch và Vệ sinh môi trường nông thôn, số 9 đường Hà Huy Tập, TP Hà Tĩnh; ĐT: 0239.3855.621.
"""

ASOF = P("tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 61% dân số", "61", 61, "percent", "%", "dân số nông thôn dùng nước sạch đạt quy chuẩn", I(ASOF), approx="over"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", ASOF,
      change=CH("increase", 0.9, "điểm phần trăm", "năm 2022")),
    F("đạt 61,4%", "61,4", 61.4, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn QCVN 01-1:2018/BYT", I(ASOF),
      target=T(60, "%", True)),
    F("hiện có 186 công trình", "186", 186, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
    F("52 công trình", "52", 52, "count", "công trình", "công trình cấp nước tập trung nông thôn hoạt động bền vững", total=186),
    F("71 công trình", "71", 71, "count", "công trình", "công trình cấp nước tập trung nông thôn tương đối bền vững", total=186),
    F("39 công trình", "39", 39, "count", "công trình", "công trình cấp nước tập trung nông thôn kém bền vững", total=186),
    F("24 công trình", "24", 24, "count", "công trình", "công trình cấp nước tập trung nông thôn không hoạt động", total=186),
    F("cho 6.215 hộ", "6.215", 6215, "count", "hộ gia đình", "hộ gia đình được đấu nối mới", Y23),
    F("lên 142.380 hộ", "142.380", 142380, "count", "hộ", "tổng số hộ nông thôn sử dụng nước từ công trình tập trung", Y23,
      percent=54.3),
    F("(86,2%)", "86,2", 86.2, "percent", "%", "tỷ lệ hộ dùng nước từ công trình tập trung", location="Kỳ Anh"),
    F("(78,5%)", "78,5", 78.5, "percent", "%", "tỷ lệ hộ dùng nước từ công trình tập trung", location="Lộc Hà"),
    F("(71,9%)", "71,9", 71.9, "percent", "%", "tỷ lệ hộ dùng nước từ công trình tập trung", location="Thạch Hà"),
    F("(18,4%)", "18,4", 18.4, "percent", "%", "tỷ lệ hộ dùng nước từ công trình tập trung", location="Vũ Quang"),
    F("(21,7%)", "21,7", 21.7, "percent", "%", "tỷ lệ hộ dùng nước từ công trình tập trung", location="Hương Khê"),
    F("gần 214,6 tỷ đồng", "214,6", 214.6e9, "money", "đồng", "tổng vốn đầu tư cho lĩnh vực cấp nước sạch nông thôn", Y23b,
      approx="nearly"),
    F("mới 96,2 tỷ đồng", "96,2", 96.2e9, "money", "đồng", "vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới", Y23b,
      total=214.6e9),
    F("hơn 118 tỷ đồng", "118", 118e9, "money", "đồng", "vốn doanh nghiệp và xã hội hóa", Y23b,
      approx="over", total=214.6e9),
    F("là 8.900 đồng/m³", "8.900", 8900, "money", "đồng/m³", "giá nước sinh hoạt nông thôn bình quân",
      change=CH("decrease", 1100, "đồng/m³", "khu vực đô thị", "about")),
    F("đạt 65%", "65", 65, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T25, status="target"),
    F("dưới 10 công trình", "10", 10, "count", "công trình", "số công trình không hoạt động", T25, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh: nước sạch nông thôn tính đến 31/12/2023 (hợp vệ sinh, đạt QCVN, công trình theo mức bền vững, hộ đấu nối, vốn, giá).",
    "Distractors: Lượt xem 1.284, QCVN 01-1:2018/BYT, số 9 đường Hà Huy Tập, ĐT 0239.3855.621, dates.",
    "Headline figure takes the lead's as-of period (inherited). 'vượt kế hoạch đề ra (60%)' -> target 60 met; '(86,2%)' list items: district is the location.",
    "'Toàn tỉnh hiện có' has no period (unscored). 'trong đó' parts of the 186 works and of the 214,6 tỷ investment get the whole as total.",
]

if __name__ == "__main__":
    emit("p610-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hà Tĩnh")
