"""p807-4: ministry site (Bộ VHTTDL), national picture of beach lifeguards as of 30/4/2025."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Du lịch

Nâng cao chất lượng công tác cứu hộ tại các bãi tắm biển trước mùa du lịch hè

Ngày đăng: 27/05/2025 | Lượt xem: 1.204

Theo báo cáo của Cục Du lịch Quốc gia Việt Nam, tính đến ngày 30/4/2025, 28 tỉnh, thành phố ven biển có 312 bãi tắm biển đang được khai thác phục vụ du khách, trong đó 247 bãi đã bố trí lực lượng cứu hộ chuyên trách, chiếm 79,2%, tăng 6,5 điểm phần trăm so với cuối năm 2023. Tổng số nhân viên cứu hộ chuyên trách trên cả nước khoảng 3.150 người.

Các địa phương có nhiều bãi tắm được bố trí cứu hộ nhất lần lượt là Quảng Ninh (31 bãi), Khánh Hòa (24 bãi), Bà Rịa - Vũng Tàu (21 bãi) và Thanh Hóa (19 bãi). Về tỷ lệ bao phủ, Đà Nẵng dẫn đầu với 100% bãi tắm có cứu hộ, tiếp đến là Bình Định (96,4%) và Phú Yên (92,3%).

Năm 2024, lực lượng cứu hộ tại các bãi biển đã cứu sống gần 1.900 người gặp nạn. Từ năm 2022 đến nay, Cục Thể dục thể thao đã tổ chức 64 lớp tập huấn, cấp chứng chỉ cho hơn 4.800 nhân viên cứu hộ; Hội thi cứu hộ bơi lội toàn quốc lần thứ 3 sẽ diễn ra tại Quảng Bình vào tháng 7.

Đáng lo ngại, theo Bộ Y tế, mỗi năm cả nước vẫn có khoảng 2.000 trẻ em tử vong do đuối nước. Tỷ lệ tử vong do đuối nước ở trẻ em Việt Nam cao gấp 8 lần các nước phát triển.

Mục tiêu đến năm 2030, 100% bãi tắm biển đang khai thác có lực lượng cứu hộ chuyên trách và trên 90% nhân viên cứu hộ được cấp chứng chỉ theo Thông tư số 17/2018/TT-BVHTTDL. Năm 2025, ngân sách trung ương dự kiến bố trí khoảng 45 tỷ đồng hỗ trợ các địa phương mua sắm trang thiết bị cứu hộ.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến ngày 30/4/2025", None, "2025-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2025-05-27")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "bãi tắm được bố trí cứu hộ"
COVER = "tỷ lệ bao phủ bãi tắm có cứu hộ"

FIGS = [
    F("28 tỉnh, thành phố", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển", ASOF),
    F("có 312 bãi tắm", "312", 312, "count", "bãi tắm", "bãi tắm biển đang được khai thác", ASOF),
    F("trong đó 247 bãi", "247", 247, "count", "bãi", "bãi tắm đã bố trí lực lượng cứu hộ chuyên trách", ASOF,
      total=312, percent=79.2, change=C("increase", 6.5, "điểm phần trăm", "cuối năm 2023")),
    F("khoảng 3.150 người", "3.150", 3150, "count", "người", "nhân viên cứu hộ chuyên trách", I(ASOF), approx="about"),
    F("Quảng Ninh (31 bãi)", "31", 31, "count", "bãi", LIST, location="Quảng Ninh"),
    F("Khánh Hòa (24 bãi)", "24", 24, "count", "bãi", LIST, location="Khánh Hòa"),
    F("Bà Rịa - Vũng Tàu (21 bãi)", "21", 21, "count", "bãi", LIST, location="Bà Rịa - Vũng Tàu"),
    F("Thanh Hóa (19 bãi)", "19", 19, "count", "bãi", LIST, location="Thanh Hóa"),
    F("với 100% bãi tắm", "100", 100, "percent", "%", COVER, location="Đà Nẵng"),
    F("Bình Định (96,4%)", "96,4", 96.4, "percent", "%", COVER, location="Bình Định"),
    F("Phú Yên (92,3%)", "92,3", 92.3, "percent", "%", COVER, location="Phú Yên"),
    F("gần 1.900 người", "1.900", 1900, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu sống", Y24,
      approx="nearly"),
    F("tổ chức 64 lớp", "64", 64, "count", "lớp tập huấn", "lớp tập huấn", SINCE),
    F("hơn 4.800 nhân viên", "4.800", 4800, "count", "nhân viên cứu hộ", "nhân viên cứu hộ được cấp chứng chỉ", SINCE,
      approx="over"),
    F("khoảng 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm", approx="about"),
    F("gấp 8 lần", "8", 8, "multiple", "lần",
      "tỷ lệ tử vong do đuối nước ở trẻ em Việt Nam so với các nước phát triển"),
    F("2030, 100% bãi tắm", "100", 100, "percent", "%",
      "tỷ lệ bãi tắm biển đang khai thác có lực lượng cứu hộ chuyên trách", T30, status="target"),
    F("trên 90% nhân viên", "90", 90, "percent", "%", "tỷ lệ nhân viên cứu hộ được cấp chứng chỉ", T30,
      approx="over", status="target"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng",
      "ngân sách trung ương hỗ trợ các địa phương mua sắm trang thiết bị cứu hộ", Y25, approx="about", status="forecast"),
]

write("p807-4", TEXT, [
    "Ministry site (Bộ VHTTDL): national beaches with lifeguards as of 30/4/2025, leading provinces, coverage rates, training, child drowning, 2030 targets.",
    "National figures are 'Việt Nam'; list items take their province as location. 'tăng 6,5 điểm phần trăm' is the change of the 247 bãi",
    "figure (whose share is 79,2%). 'cao gấp 8 lần các nước phát triển' stands alone as the claim: a multiple. '28 tỉnh, thành phố' is in the",
    "as-of sentence. Coverage-rate subjects keep the sentence's own name 'tỷ lệ bao phủ' (revised after the first run). Distractors: 'lần thứ 3', 'tháng 7', 'Thông tư số 17/2018/TT-BVHTTDL', address '51 Ngô Quyền', phone, 'Lượt xem: 1.204'.",
], FIGS, published="2025-05-27", location="Việt Nam")
