from lib import F, P, I, C, T, build

TEXT = """
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn
Thứ Ba, 10/12/2024 - 07:45

Làng rượu Phú Lễ thu hơn 60 tỷ đồng mỗi năm

(BĐK) - Làng nghề rượu Phú Lễ (huyện Ba Tri) hiện có 158 hộ sản xuất, giải quyết việc làm cho trên 450 lao động. 11 tháng năm 2024, làng nghề sản xuất được 1,1 triệu lít rượu, doanh thu đạt 56,8 tỷ đồng, tăng 7,4% so với cùng kỳ; cả năm ước đạt 62 tỷ đồng.

Theo ông Huỳnh Văn Năm, Chủ tịch UBND xã Phú Lễ, rượu Phú Lễ được nấu bằng nước giếng trong ấp Phú Khương, ủ trong khạp da bò ít nhất 3 tháng. Hiện làng nghề có 4 sản phẩm đạt OCOP 3 sao và 1 sản phẩm đạt OCOP 4 sao; 32 hộ đã được cấp giấy phép sản xuất rượu thủ công, chiếm 20,3% tổng số hộ.

Giá rượu Phú Lễ từ 40.000 đồng/lít đến 65.000 đồng/lít tùy loại, thu nhập bình quân người lao động khoảng 7 triệu đồng/tháng. Riêng quý III/2024, làng nghề đón gần 2.500 lượt khách tham quan, gấp đôi cùng kỳ năm 2023.

Năm 2025, xã phấn đấu nâng số hộ có giấy phép lên 50 hộ, xây dựng thêm 2 sản phẩm OCOP; dự kiến đầu tư 4,5 tỷ đồng nâng cấp hạ tầng làng nghề, trong đó ngân sách tỉnh hỗ trợ 3 tỷ đồng. Làng nghề nằm trên tuyến ĐT.885, cách trung tâm thành phố Bến Tre khoảng 35 km, thuận lợi kết hợp du lịch.

Trần Quang
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 60 tỷ đồng", "60", 60e9, "money", "đồng", "doanh thu làng rượu Phú Lễ mỗi năm", approx="over"),
    F("có 158 hộ", "158", 158, "count", "hộ", "hộ sản xuất rượu"),
    F("trên 450 lao động", "450", 450, "count", "lao động", "lao động có việc làm", approx="over"),
    F("1,1 triệu lít", "1,1", 1.1e6, "measure", "lít", "rượu sản xuất", M11),
    F("đạt 56,8 tỷ đồng", "56,8", 56.8e9, "money", "đồng", "doanh thu", M11,
      change=C("increase", 7.4, "%", "cùng kỳ")),
    F("ước đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", "doanh thu cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="estimate"),
    F("ít nhất 3 tháng", "3", 3, "measure", "tháng", "thời gian ủ rượu", approx="at_least", optional=True),
    F("có 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("32 hộ", "32", 32, "count", "hộ", "hộ được cấp giấy phép sản xuất rượu thủ công", percent=20.3),
    F("từ 40.000 đồng/lít", "40.000", 40000, "money", "đồng/lít", "giá rượu Phú Lễ", value_max=65000),
    F("khoảng 7 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "thu nhập bình quân người lao động",
      approx="about"),
    F("gần 2.500 lượt khách", "2.500", 2500, "count", "lượt khách", "lượt khách tham quan làng nghề",
      P("quý III/2024", "2024-07-01", "2024-09-30"), approx="nearly",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023")),
    F("lên 50 hộ", "50", 50, "count", "hộ", "hộ có giấy phép", Y25, status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP xây dựng thêm", Y25, status="target"),
    F("đầu tư 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "đầu tư nâng cấp hạ tầng làng nghề", Y25,
      status="forecast"),
    F("hỗ trợ 3 tỷ đồng", "3", 3e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", Y25, total=4.5e9, status="forecast"),
    F("khoảng 35 km", "35", 35, "measure", "km", "khoảng cách đến trung tâm thành phố Bến Tre", approx="about",
      optional=True),
]

NOTES = [
    "Báo Đồng Khởi (Bến Tre) online: làng rượu Phú Lễ, huyện Ba Tri, 11 tháng 2024; headline figure; '(BĐK) -' tag; dateline 'Thứ Ba, 10/12/2024 - 07:45'.",
    "Location Ba Tri (xã Phú Lễ lies in it). 'cả năm' (2024) in the same sentence as '11 tháng năm 2024' → 2024; headline 'mỗi năm' gives no period.",
    "'từ 40.000 đồng/lít đến 65.000 đồng/lít' is one range (the repeated unit does not make two figures).",
    "'gấp đôi cùng kỳ năm 2023' is the change of 2.500 lượt khách: 2 lần (đôi = 2 as a number word).",
    "'4 sản phẩm … 3 sao và 1 sản phẩm … 4 sao' are siblings with no whole stated: no total. 32/158 = 20,3% (percent attribute, no total cue).",
    "Optional: OCOP stars, the aging time 'ít nhất 3 tháng' (a product spec), the distance 'khoảng 35 km'.",
    "Distractors: ông Huỳnh Văn Năm, ấp Phú Khương, ĐT.885, 07:45, BĐK tag.",
]

build("p867-8", TEXT, FIGS, NOTES, published="2024-12-10", location="Ba Tri")
