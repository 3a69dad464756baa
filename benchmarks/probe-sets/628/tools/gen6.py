"""p628-6: national press (VnExpress style) — heat wave, fire-danger level V, national fire counts 2024 and 2023."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự

Thứ hai, 13/5/2024, 07:15 (GMT+7)

Hơn 20 tỉnh có nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm

Đợt nắng nóng thứ ba kể từ đầu năm với nhiệt độ 38-40 độ C khiến cấp dự báo cháy rừng tại 23 tỉnh từ Thanh Hóa đến Bình Thuận lên cấp V, mức cực kỳ nguy hiểm.

Theo Cục Kiểm lâm, từ đầu năm đến ngày 12/5, cả nước xảy ra 178 vụ cháy rừng, thiệt hại 742 ha, tăng 41 vụ so với cùng kỳ năm ngoái, trong đó riêng Nghệ An 21 vụ.

Tại Hà Tĩnh, vụ cháy rừng thông ở huyện Can Lộc hôm 9/5 đã thiêu rụi khoảng 15 ha; hơn 500 người gồm kiểm lâm, công an, quân đội và dân quân được huy động dập lửa trong gần 10 giờ.

Ông Trần Văn Phúc, Phó cục trưởng Cục Kiểm lâm, cho biết khoảng 70% diện tích rừng trồng cả nước là keo, thông - những loài cây dễ cháy. Mỗi ha rừng keo 5 năm tuổi cho thu nhập 80-100 triệu đồng, nên mỗi vụ cháy gây thiệt hại rất lớn cho người trồng rừng.

Năm 2023, cả nước xảy ra 412 vụ cháy rừng, thiệt hại 1.520 ha, tăng 2,1 lần so với năm 2022. Lực lượng kiểm lâm cả nước hiện có khoảng 11.500 người, bình quân mỗi kiểm lâm viên phụ trách hơn 1.000 ha rừng.

Cục Kiểm lâm dự báo từ nay đến cuối tháng 6, nắng nóng tiếp tục kéo dài. Cục yêu cầu các địa phương tổ chức trực canh lửa 24/24 giờ tại các vùng trọng điểm, huy động tối đa lực lượng tại chỗ khi có cháy.

Đức Hùng"""

YTD = P("từ đầu năm đến ngày 12/5", "2024-01-01", "2024-05-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 20 tỉnh", "20", 20, "count", "tỉnh", "tỉnh có nguy cơ cháy rừng ở cấp cực kỳ nguy hiểm", approx="over"),
    F("nhiệt độ 38-40 độ C", "38", 38, "measure", "độ C", "nhiệt độ đợt nắng nóng", value_max=40),
    F("tại 23 tỉnh", "23", 23, "count", "tỉnh", "tỉnh có cấp dự báo cháy rừng lên cấp V"),
    F("xảy ra 178 vụ", "178", 178, "count", "vụ", "vụ cháy rừng", YTD, change=CH("increase", 41, "vụ", "cùng kỳ năm ngoái")),
    F("thiệt hại 742 ha", "742", 742, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", YTD),
    F("Nghệ An 21 vụ", "21", 21, "count", "vụ", "vụ cháy rừng", YTD, total=178, location="Nghệ An"),
    F("khoảng 15 ha", "15", 15, "measure", "ha", "rừng thông bị cháy", approx="about", location="Can Lộc"),
    F("hơn 500 người", "500", 500, "count", "người", "người được huy động dập lửa", approx="over", location="Can Lộc"),
    F("gần 10 giờ", "10", 10, "measure", "giờ", "thời gian dập lửa", approx="nearly", location="Can Lộc"),
    F("khoảng 70%", "70", 70, "percent", "%", "diện tích rừng trồng cả nước là keo, thông", approx="about"),
    F("keo 5 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi rừng keo", optional=True,
      note="stand age in the rate's description: optional"),
    F("thu nhập 80-100 triệu đồng", "80", 80e6, "money", "đồng/ha", "thu nhập mỗi ha rừng keo 5 năm tuổi",
      value_max=100e6),
    F("xảy ra 412 vụ", "412", 412, "count", "vụ", "vụ cháy rừng", Y23),
    F("thiệt hại 1.520 ha", "1.520", 1520, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", Y23,
      change=CH("increase", 2.1, "lần", "năm 2022")),
    F("khoảng 11.500 người", "11.500", 11500, "count", "người", "lực lượng kiểm lâm cả nước", approx="about"),
    F("hơn 1.000 ha", "1.000", 1000, "measure", "ha/kiểm lâm viên", "diện tích rừng bình quân mỗi kiểm lâm viên phụ trách",
      approx="over"),
]

COMMENTS = [
    "National press (VnExpress style, invented): 'Thứ hai, 13/5/2024, 07:15 (GMT+7)' is the dateline; byline at the end.",
    "National figures: location Việt Nam; '23 tỉnh từ Thanh Hóa đến Bình Thuận' is a count of provinces (Việt Nam);",
    "the temperature of the heat wave is stated for those provinces together (no one province): Việt Nam.",
    "Not figures: 'Đợt nắng nóng thứ ba' (ordinal), 'cấp V', 'hôm 9/5', 'cuối tháng 6', 'trực canh lửa 24/24 giờ' (around the clock).",
    "'từ đầu năm đến ngày 12/5' takes 2024 from the dateline. 'trong đó riêng Nghệ An 21 vụ' is a part of 178 vụ (Nghệ An).",
    "The Can Lộc fire: 15 ha, 500 người, 'trong gần 10 giờ' (a duration of the fire-fighting, measure) → location Can Lộc;",
    "it is dated by a single day ('hôm 9/5'), which the period table does not cover: no period given (unscored).",
    "'Mỗi ha … 80-100 triệu đồng' is a rate: unit đồng/ha; 'mỗi kiểm lâm viên phụ trách hơn 1.000 ha' likewise ha/kiểm lâm viên.",
    "'tăng 2,1 lần so với năm 2022' after 1.520 ha is its change (lần).",
]

if __name__ == "__main__":
    emit("p628-6", TEXT, COMMENTS, FIGS, published="2024-05-13", location="Việt Nam")
