"""p905-4: Cục Thủy sản (ministry site), national count of yards by hull material, new builds, 2030 targets."""
from lib import F, P, I, CH, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC THỦY SẢN
Trang chủ » Tin tức » Khai thác và bảo vệ nguồn lợi thủy sản
Cả nước có hơn 1.000 cơ sở đóng mới, cải hoán tàu cá
Ngày đăng: 24/11/2023 | Lượt xem: 1.137

Theo báo cáo tổng hợp của Cục Thủy sản, tính đến hết tháng 10/2023, cả nước có 1.046 cơ sở đóng mới, cải hoán tàu cá tại 28 tỉnh, thành phố ven biển, gồm 712 cơ sở đóng tàu vỏ gỗ, 198 cơ sở đóng tàu vỏ thép và 136 cơ sở đóng tàu vỏ composite, vật liệu mới. Trong số này, 639 cơ sở đã được cấp Giấy chứng nhận đủ điều kiện theo Thông tư số 23/2018/TT-BNNPTNT, chiếm 61,1%.

Dẫn đầu về số cơ sở lần lượt là Bình Định (97 cơ sở), Quảng Ngãi (74 cơ sở), Kiên Giang (69 cơ sở) và Bà Rịa - Vũng Tàu (58 cơ sở).

Năm 2022, các cơ sở trên cả nước đóng mới 1.418 tàu cá, trong đó tàu vỏ thép, vỏ composite chiếm 23,7%. Riêng 10 tháng năm 2023 mới đóng mới 1.052 tàu, giảm 9,4% so với cùng kỳ do giá nhiên liệu tăng cao, ngư dân hạn chế đầu tư.

Đánh giá của Cục Thủy sản cho thấy trên 67% số cơ sở có quy mô nhỏ, nhà xưởng tạm, đà tàu chỉ đủ tiếp nhận tàu dưới 15 m; hơn 300 cơ sở nằm xen trong khu dân cư, gây ô nhiễm tiếng ồn, bụi sơn.

Tại hội nghị trực tuyến lần thứ 2 với các địa phương ven biển ngày 22/11/2023, lãnh đạo Cục Thủy sản cho biết, theo Đề án phát triển hạ tầng nghề cá, đến năm 2030 cả nước phấn đấu chỉ còn khoảng 800 cơ sở đóng sửa tàu cá, 100% cơ sở đáp ứng điều kiện theo quy định; tỷ lệ tàu vỏ thép, vật liệu mới đạt trên 40% trong nhóm tàu dài từ 15 m trở lên.

Cục Thủy sản - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3771.0295
"""

ASOF = P("tính đến hết tháng 10/2023", None, "2023-10-31")
Y2030 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở đóng mới, cải hoán tàu cá"
FIGS = [
    F("hơn 1.000 cơ sở", "1.000", "count", "cơ sở", SUBJ, approx="over"),
    F("có 1.046 cơ sở", "1.046", "count", "cơ sở", SUBJ, period=ASOF),
    F("tại 28 tỉnh", "28", "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có cơ sở đóng mới, cải hoán tàu cá",
      period=ASOF),
    F("gồm 712 cơ sở", "712", "count", "cơ sở", "cơ sở đóng tàu vỏ gỗ", total=1046, period=ASOF),
    F("198 cơ sở", "198", "count", "cơ sở", "cơ sở đóng tàu vỏ thép", total=1046, period=ASOF),
    F("136 cơ sở", "136", "count", "cơ sở", "cơ sở đóng tàu vỏ composite, vật liệu mới", total=1046, period=ASOF),
    F("639 cơ sở", "639", "count", "cơ sở", "cơ sở được cấp Giấy chứng nhận đủ điều kiện",
      total=1046, percent=61.1, period=I(ASOF)),
    F("Bình Định (97 cơ sở)", "97", "count", "cơ sở", SUBJ, location="Bình Định", period=I(ASOF)),
    F("Quảng Ngãi (74 cơ sở)", "74", "count", "cơ sở", SUBJ, location="Quảng Ngãi", period=I(ASOF)),
    F("Kiên Giang (69 cơ sở)", "69", "count", "cơ sở", SUBJ, location="Kiên Giang", period=I(ASOF)),
    F("Vũng Tàu (58 cơ sở)", "58", "count", "cơ sở", SUBJ, location="Bà Rịa - Vũng Tàu", period=I(ASOF)),
    F("đóng mới 1.418 tàu cá", "1.418", "count", "tàu cá", "tàu cá đóng mới",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("chiếm 23,7%", "23,7", "percent", "%", "tỷ lệ tàu vỏ thép, vỏ composite trong số tàu đóng mới",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("đóng mới 1.052 tàu", "1.052", "count", "tàu", "tàu cá đóng mới",
      change=CH("decrease", 9.4, "%", "cùng kỳ"), period=P("10 tháng năm 2023", "2023-01-01", "2023-10-31")),
    F("trên 67% số cơ sở", "67", "percent", "%", "cơ sở có quy mô nhỏ, nhà xưởng tạm", approx="over"),
    F("tàu dưới 15 m", "15", "measure", "m", "chiều dài tàu", approx="under", optional=True),
    F("hơn 300 cơ sở", "300", "count", "cơ sở", "cơ sở nằm xen trong khu dân cư", approx="over"),
    F("khoảng 800 cơ sở", "800", "count", "cơ sở", "cơ sở đóng sửa tàu cá",
      approx="about", status="target", period=Y2030),
    F("100% cơ sở", "100", "percent", "%", "cơ sở đáp ứng điều kiện theo quy định", status="target", period=Y2030),
    F("trên 40%", "40", "percent", "%", "tỷ lệ tàu vỏ thép, vật liệu mới trong nhóm tàu dài từ 15 m trở lên",
      approx="over", status="target", period=Y2030),
    F("từ 15 m trở lên", "15", "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
]

write("p905-4", TEXT, FIGS, published="2023-11-24", location="Việt Nam", comments=[
    "Cục Thủy sản (ministry site): national yards by hull material as of end-10/2023, leading provinces, new builds 2022 and 10 months 2023, 2030 targets.",
    "'gồm' parts follow the 1.046 (same unit, they add up to it): total 1046; 'Trong số này, 639' -> total 1046 with its share 61,1%.",
    "'28 tỉnh, thành phố' is a count of provinces (Việt Nam). '23,7%' is a share of a part of 1.418, so a percent figure of its own.",
    "Distractors: Lượt xem 1.137, Thông tư số 23/2018/TT-BNNPTNT, 'lần thứ 2', ngày 22/11/2023, Số 2 Ngọc Hà, phone. Length bounds (15 m) optional.",
])
