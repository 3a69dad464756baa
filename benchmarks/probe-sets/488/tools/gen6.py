from lib import F, P, I, CH, TG, emit

TEXT = """Sức khỏe › Tin tức
Thứ ba, 12/3/2024, 06:00 (GMT+7)

Gần 40% bệnh viện công vẫn do ngân sách bảo đảm chi thường xuyên

Cả nước hiện có khoảng 1.450 bệnh viện công lập, nhưng tiến độ tự chủ tài chính còn chậm, theo báo cáo Bộ Y tế gửi Quốc hội.

Đến hết năm 2023, có 278 bệnh viện tự bảo đảm chi thường xuyên trở lên, chiếm 19,2%; 617 bệnh viện tự bảo đảm một phần chi thường xuyên; 555 bệnh viện do ngân sách nhà nước bảo đảm chi thường xuyên, chiếm gần 38,3%.

Các bệnh viện lớn có nguồn thu cao. Tại Hà Nội, Bệnh viện Bạch Mai năm 2023 có tổng thu khoảng 6.800 tỷ đồng, Bệnh viện Hữu nghị Việt Đức khoảng 4.200 tỷ đồng. Tại TP HCM, Bệnh viện Chợ Rẫy thu khoảng 7.100 tỷ đồng, tăng 8% so với năm 2022.

Theo các giám đốc bệnh viện, khó khăn lớn nhất là giá dịch vụ y tế mới tính 4/7 yếu tố chi phí, chưa gồm khấu hao tài sản, chi phí quản lý. Từ ngày 17/11/2023, giá khám bệnh tại bệnh viện hạng đặc biệt và hạng I tăng lên 50.600 đồng/lượt, từ mức 42.100 đồng.

Nguồn nhân lực cũng là bài toán. Từ năm 2021 đến tháng 6/2023, cả nước có hơn 9.400 nhân viên y tế ở các cơ sở công lập nghỉ việc, thôi việc, trong đó 4.170 bác sĩ. Nhiều bệnh viện tuyến tỉnh chỉ chi được thu nhập tăng thêm 1-2 triệu đồng/người/tháng.

Bộ Y tế cho biết sẽ trình Chính phủ sửa Nghị định 60/2021/NĐ-CP, dự kiến đến năm 2025 có khoảng 30% bệnh viện công tự bảo đảm chi thường xuyên trở lên.

Lê Nga
"""

ASOF = P("Đến hết năm 2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HR = P("Từ năm 2021 đến tháng 6/2023", "2021-01-01", "2023-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
TT = "tổng thu"

FIGS = [
    F("Gần 40%", "40", 40, "percent", "%", "bệnh viện công do ngân sách bảo đảm chi thường xuyên",
      approx="nearly"),
    F("khoảng 1.450 bệnh viện", "1.450", 1450, "count", "bệnh viện", "bệnh viện công lập", approx="about"),
    F("có 278 bệnh viện", "278", 278, "count", "bệnh viện",
      "bệnh viện tự bảo đảm chi thường xuyên trở lên", ASOF, percent=19.2),
    F("; 617 bệnh viện", "617", 617, "count", "bệnh viện",
      "bệnh viện tự bảo đảm một phần chi thường xuyên", ASOF),
    F("; 555 bệnh viện", "555", 555, "count", "bệnh viện",
      "bệnh viện do ngân sách nhà nước bảo đảm chi thường xuyên", ASOF, percent=38.3),
    F("khoảng 6.800 tỷ", "6.800", 6800000000000, "money", "đồng", "tổng thu Bệnh viện Bạch Mai", Y23,
      approx="about", location="Hà Nội"),
    F("khoảng 4.200 tỷ", "4.200", 4200000000000, "money", "đồng", "tổng thu Bệnh viện Hữu nghị Việt Đức",
      Y23, approx="about", location="Hà Nội"),
    F("khoảng 7.100 tỷ", "7.100", 7100000000000, "money", "đồng", "tổng thu Bệnh viện Chợ Rẫy",
      I(Y23), approx="about", change=CH("increase", 8, "%", "năm 2022"), location="TP. Hồ Chí Minh"),
    F("4/7 yếu tố", "4", 4, "count", "yếu tố chi phí", "yếu tố chi phí được tính trong giá dịch vụ y tế",
      total=7),
    F("lên 50.600 đồng", "50.600", 50600, "money", "đồng/lượt",
      "giá khám bệnh tại bệnh viện hạng đặc biệt và hạng I"),
    F("mức 42.100 đồng", "42.100", 42100, "money", "đồng", "giá khám bệnh mức cũ"),
    F("hơn 9.400 nhân viên", "9.400", 9400, "count", "nhân viên y tế",
      "nhân viên y tế ở các cơ sở công lập nghỉ việc, thôi việc", HR, approx="over"),
    F("đó 4.170 bác sĩ", "4.170", 4170, "count", "bác sĩ", "bác sĩ nghỉ việc, thôi việc", HR, total=9400),
    F("thêm 1-2 triệu", "1", 1000000, "money", "đồng/người/tháng",
      "thu nhập tăng thêm tại nhiều bệnh viện tuyến tỉnh", value_max=2000000),
    F("khoảng 30% bệnh viện", "30", 30, "percent", "%",
      "bệnh viện công tự bảo đảm chi thường xuyên trở lên", T25, approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ ba, 12/3/2024, 06:00 (GMT+7)', byline at the end): autonomy of public hospitals nationwide,",
    "revenue of the largest hospitals, service prices, staff leaving, reform plan. National figures: location Việt Nam.",
    "'Đến hết năm 2023' is as-of (start null). The three groups 278/617/555 add up to 1.450 but follow it across a sentence break with no",
    "cue ('trong đó', 'gồm', ':'), so no total; 'chiếm 19,2%', 'chiếm gần 38,3%' are their percents. Headline 'Gần 40%' has no period.",
    "Hospitals after 'Tại Hà Nội', 'Tại TP HCM' get those cities as location; subject = indicator (tổng thu) + hospital.",
    "'4/7 yếu tố' total 7. 'tăng lên 50.600 đồng/lượt, từ mức 42.100 đồng': new price and old price are both money figures, no change",
    "(none stated as an amount). 'trong đó 4.170 bác sĩ' part of 9.400. '1-2 triệu đồng/người/tháng' range. 'dự kiến đến năm 2025' forecast.",
    "revised: Chợ Rẫy location written as the city's name 'TP. Hồ Chí Minh' (was the abbreviation 'TP HCM', which the scorer cannot equate).",
    "Distractors: 'ngày 17/11/2023', 'hạng đặc biệt và hạng I', 'Nghị định 60/2021/NĐ-CP', 'GMT+7'.",
]

emit("p488-6", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
