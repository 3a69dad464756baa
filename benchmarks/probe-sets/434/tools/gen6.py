from lib import F, P, C, T, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Chuyển đổi số

Tổ công nghệ số cộng đồng: "cánh tay nối dài" đưa chuyển đổi số đến từng hộ gia đình

Sau hơn 18 tháng triển khai theo Quyết định số 1978/QĐ-BTTTT, tính đến ngày 30/11/2023, cả nước đã thành lập hơn 80.000 tổ công nghệ số cộng đồng với trên 375.000 thành viên, có mặt tại 63/63 tỉnh, thành phố. Trong đó, gần 60.000 tổ hoạt động ở cấp thôn, bản, ấp, chiếm khoảng 75%.

Năm 2023, các tổ đã hướng dẫn người dân cài đặt khoảng 38,2 triệu lượt ứng dụng, hỗ trợ thực hiện 12,6 triệu giao dịch dịch vụ công trực tuyến, tăng 2,4 lần so với năm 2022.

Một số địa phương có số thành viên đông là Thanh Hóa (21.450 người), Nghệ An (19.870 người), Hà Nội (17.320 người); tính bình quân mỗi tổ có từ 4 đến 6 thành viên. Theo đánh giá của Bộ, Thanh Hóa xếp thứ nhất, Quảng Ninh xếp thứ 2 về hiệu quả hoạt động của tổ công nghệ số cộng đồng.

Thứ trưởng Nguyễn Huy Dũng cho biết, giai đoạn 2024-2025, Bộ đặt mục tiêu mỗi năm bồi dưỡng kỹ năng số cho tối thiểu 100.000 thành viên tổ công nghệ số cộng đồng thông qua nền tảng học trực tuyến mở đại trà (MOOCs); kinh phí dự kiến khoảng 1,2 nghìn tỷ đồng, chủ yếu từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

Để được hỗ trợ, người dân có thể gọi tổng đài 18008198 hoặc liên hệ Cục Chuyển đổi số quốc gia, 18 Nguyễn Du, Hà Nội.
"""

ASOF = P("tính đến ngày 30/11/2023", None, "2023-11-30")
ASOF_I = P("tính đến ngày 30/11/2023", None, "2023-11-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PLAN = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
MEM = "thành viên tổ công nghệ số cộng đồng"

FIGS = [
    F("hơn 18 tháng", "18", 18, "measure", "tháng", approx="over", optional=True),
    F("hơn 80.000 tổ", "80.000", 80000, "count", "tổ công nghệ số cộng đồng", "tổ công nghệ số cộng đồng được thành lập",
      ASOF, approx="over"),
    F("trên 375.000 thành viên", "375.000", 375000, "count", "thành viên", MEM, ASOF, approx="over"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có tổ công nghệ số cộng đồng", ASOF, total=63),
    F("gần 60.000 tổ", "60.000", 60000, "count", "tổ", "tổ hoạt động ở cấp thôn, bản, ấp", ASOF_I, approx="nearly",
      total=80000, percent=75),
    F("khoảng 38,2 triệu", "38,2", 38200000, "count", "lượt ứng dụng", "lượt ứng dụng được hướng dẫn cài đặt", Y23,
      approx="about"),
    F("12,6 triệu giao dịch", "12,6", 12600000, "count", "giao dịch", "giao dịch dịch vụ công trực tuyến được hỗ trợ thực hiện",
      Y23, change=C("increase", 2.4, "lần", "năm 2022")),
    F("Thanh Hóa (21.450 người)", "21.450", 21450, "count", "người", MEM, ASOF_I, location="Thanh Hóa"),
    F("Nghệ An (19.870 người)", "19.870", 19870, "count", "người", MEM, ASOF_I, location="Nghệ An"),
    F("Hà Nội (17.320 người)", "17.320", 17320, "count", "người", MEM, ASOF_I, location="Hà Nội"),
    F("từ 4 đến 6 thành viên", "4", 4, "count", "thành viên", "thành viên bình quân mỗi tổ", ASOF_I, value_max=6),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "hiệu quả hoạt động của tổ công nghệ số cộng đồng", location="Thanh Hóa"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "hiệu quả hoạt động của tổ công nghệ số cộng đồng", location="Quảng Ninh"),
    F("tối thiểu 100.000 thành viên", "100.000", 100000, "count", "thành viên",
      "thành viên tổ công nghệ số cộng đồng được bồi dưỡng kỹ năng số mỗi năm", PLAN, approx="at_least", status="target"),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "kinh phí bồi dưỡng kỹ năng số", PLAN,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ TT&TT), national figures on community digital technology teams. No dateline at all: no `published`.",
    "Breadcrumb 'Trang chủ > Tin tức > …' is page furniture. Distractors: 'Quyết định số 1978/QĐ-BTTTT', 'ngày 30/11/2023',",
    "'năm 2022' (baseline), MOOCs, hotline '18008198', address '18 Nguyễn Du'. 'hơn 18 tháng' (duration) optional.",
    "'63/63 tỉnh, thành phố' total 63. 'Trong đó, gần 60.000 tổ … chiếm khoảng 75%' is part of 'hơn 80.000 tổ' (total 80000, percent 75).",
    "'tăng 2,4 lần so với năm 2022' is the change of 12,6 triệu giao dịch. Province list items take the province as location.",
    "'từ 4 đến 6 thành viên' a range (national). 'xếp thứ nhất' (number word) and 'xếp thứ 2' are ranks located in Thanh Hóa, Quảng Ninh.",
    "'giai đoạn 2024-2025, Bộ đặt mục tiêu … tối thiểu 100.000' is a target; 'kinh phí dự kiến khoảng 1,2 nghìn tỷ đồng' (×10^12) a forecast;",
    "the clause after ';' continues the sentence, so the period giai đoạn 2024-2025 stands in the same sentence.",
]

emit("p434-6", TEXT, COMMENTS, FIGS, location="Việt Nam")
