"""p816-4: ministry site (Bộ NN&PTNT / Cục Thủy sản): coastal fishing boats converted to tourism, national, 9 months 2024."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Ngày đăng: 05/11/2024 | Lượt xem: 1.126

Gần 1.900 tàu cá ven bờ chuyển sang phục vụ du lịch

Theo Cục Thủy sản, tính đến ngày 30/9/2024, cả nước có 1.874 tàu cá khai thác ven bờ đã chuyển đổi sang làm dịch vụ du lịch, câu cá giải trí, tăng 312 tàu so với cuối năm 2023. Tàu có chiều dài dưới 12 m chiếm 78,5%. Các địa phương có nhiều tàu chuyển đổi nhất lần lượt là Khánh Hòa (296 tàu), Quảng Ninh (241 tàu), Kiên Giang (218 tàu) và Bình Định (187 tàu).

Thống kê tại 28 tỉnh, thành phố ven biển cho thấy, 9 tháng năm 2024, hoạt động du lịch gắn với nghề cá (câu cá, kéo lưới, tham quan làng chài, chợ cá) thu hút khoảng 6,8 triệu lượt khách, doanh thu ước đạt 4.350 tỷ đồng, tạo việc làm cho hơn 21.000 lao động nghề cá. Thu nhập của ngư dân tham gia các mô hình này bình quân 6-8 triệu đồng/người/tháng, cao hơn khoảng 30% so với khai thác ven bờ.

Phát biểu tại Hội nghị toàn quốc về chuyển đổi nghề khai thác ven bờ lần thứ 2, Phó Cục trưởng Cục Thủy sản cho biết việc chuyển đổi góp phần giảm áp lực khai thác nguồn lợi vùng biển ven bờ. Mục tiêu đến năm 2030, cả nước chuyển đổi 5.000 tàu cá khai thác ven bờ sang nghề khác, trong đó ít nhất 2.000 tàu sang du lịch, dịch vụ nghề cá giải trí, theo Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045.

Cục Thủy sản đề nghị các địa phương rà soát, ban hành quy định về điều kiện an toàn đối với tàu cá chở khách, bảo đảm 100% tàu chuyển đổi có đủ áo phao, phao cứu sinh cho khách.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3724.5370
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "tàu cá khai thác ven bờ chuyển đổi sang làm dịch vụ du lịch, câu cá giải trí"

FIGS = [
    F("Gần 1.900 tàu", "1.900", 1900, "count", "tàu cá", SUBJ, I(ASOF), approx="nearly"),
    F("có 1.874 tàu", "1.874", 1874, "count", "tàu cá", SUBJ, ASOF,
      change=C("increase", 312, unit="tàu", baseline="cuối năm 2023")),
    F("dưới 12 m", "12", 12, "measure", "m", "chiều dài tàu", approx="under", optional=True),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", "tàu có chiều dài dưới 12 m trong số tàu chuyển đổi", I(ASOF)),
    F("Khánh Hòa (296 tàu)", "296", 296, "count", "tàu", "tàu chuyển đổi", I(ASOF), location="Khánh Hòa"),
    F("Quảng Ninh (241 tàu)", "241", 241, "count", "tàu", "tàu chuyển đổi", I(ASOF), location="Quảng Ninh"),
    F("Kiên Giang (218 tàu)", "218", 218, "count", "tàu", "tàu chuyển đổi", I(ASOF), location="Kiên Giang"),
    F("Bình Định (187 tàu)", "187", 187, "count", "tàu", "tàu chuyển đổi", I(ASOF), location="Bình Định"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển được thống kê"),  # static coverage: no period
    F("khoảng 6,8 triệu", "6,8", 6.8e6, "count", "lượt khách", "khách của hoạt động du lịch gắn với nghề cá", M9,
      approx="about"),
    F("ước đạt 4.350 tỷ", "4.350", 4350e9, "money", "đồng", "doanh thu du lịch gắn với nghề cá", M9,
      status="estimate"),
    F("hơn 21.000 lao động", "21.000", 21000, "count", "lao động", "lao động nghề cá có việc làm từ du lịch", M9,
      approx="over"),
    F("bình quân 6-8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của ngư dân tham gia các mô hình", I(M9),
      value_max=8e6, change=C("increase", 30, baseline="khai thác ven bờ", approx="about")),
    F("chuyển đổi 5.000 tàu", "5.000", 5000, "count", "tàu cá", "tàu cá khai thác ven bờ chuyển đổi sang nghề khác",
      T30, status="target"),
    F("ít nhất 2.000 tàu", "2.000", 2000, "count", "tàu", "tàu chuyển sang du lịch, dịch vụ nghề cá giải trí", T30,
      approx="at_least", total=5000, status="target"),
    F("bảo đảm 100% tàu", "100", 100, "percent", "%", "tỷ lệ tàu chuyển đổi có đủ áo phao, phao cứu sinh",
      status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy sản), national (Việt Nam): boats converted from coastal fishing to tourism, 9 months 2024.",
    "Headline 'Gần 1.900 tàu' restates 1.874 (kept as a figure; its as-of date stands in the body: inherited). 'dưới 12 m' is a size class (optional).",
    "'chiếm 78,5%' has no base count in its sentence: a percent figure of its own. Ranking list does not add up: no total.",
    "Distractors: 'Lượt xem: 1.126', 'lần thứ 2', 'Quyết định số 339/QĐ-TTg ngày 11/3/2021', 'năm 2045', address, phone.",
    "'tạo việc làm cho hơn 21.000 lao động' has its own verb after 'doanh thu ước đạt ...': actual, not estimate.",
    "'bảo đảm 100% tàu ...' after 'đề nghị' is a required target for the localities: status target.",
]

build("p816-4", TEXT, FIGS, NOTES, published="2024-11-05", location="Việt Nam")
