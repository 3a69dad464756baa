from lib import F, P, C, T, inh, emit

TEXT = """Thời sự  |  Xã hội
Thứ tư, 5/3/2025, 14:20 (GMT+7)

Nghệ An còn thiếu gần 260 tỷ đồng để xóa hơn 12.000 nhà tạm

Tỉnh có số hộ cần hỗ trợ nhà ở nhiều nhất cả nước, song đến nay mới bố trí được khoảng 62% kinh phí.

Nghệ An có 12.416 hộ cần hỗ trợ nhà ở, gồm 9.738 hộ cần xây mới và 2.678 hộ cần sửa chữa. Theo Sở Lao động - Thương binh và Xã hội, tổng nhu cầu kinh phí để xóa nhà tạm, nhà dột nát trên địa bàn là 684,5 tỷ đồng. Đến cuối tháng 2, tỉnh mới huy động được khoảng 425 tỷ đồng.

Mức hỗ trợ từ nguồn vận động là 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa; ngoài ra mỗi hộ được tỉnh hỗ trợ thêm từ 10 đến 20 triệu đồng tùy địa bàn. Tuy vậy, để có căn nhà diện tích tối thiểu 30 m2, đạt tiêu chuẩn "3 cứng", nhiều hộ phải bỏ thêm 40-70 triệu đồng.

Riêng huyện Kỳ Sơn có 2.130 hộ cần hỗ trợ, chiếm 17,2% toàn tỉnh; tiếp đến là Tương Dương 1.684 hộ, Quế Phong 1.372 hộ. Ông Lô Văn Thắm ở bản Piêng Phô, xã Tri Lễ (Quế Phong) cho biết căn nhà gỗ 25 m2 của gia đình đã mục nát, mái thủng nhiều chỗ, mùa mưa phải lấy bạt che.

Đến nay, toàn tỉnh đã khởi công 8.905 căn, hoàn thành 5.217 căn. Tỉnh ước đến hết tháng 3 hoàn thành khoảng 7.000 căn và phấn đấu hoàn thành toàn bộ trước ngày 31/8, sớm hơn hai tháng so với yêu cầu của Thủ tướng.

Theo Bộ Lao động - Thương binh và Xã hội, cả nước hiện còn khoảng 190.000 căn nhà tạm, nhà dột nát cần hỗ trợ. Chính phủ đặt mục tiêu hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/10/2025.

Hải Bình
"""

FEB = P("Đến cuối tháng 2", None, "2025-02-28")
NOW = P("Đến nay", None, "2025-03-05")
MAR = P("đến hết tháng 3", None, "2025-03-31")

FIGS = [
    F("thiếu gần 260 tỷ đồng", "260", 260e9, "money", "đồng", "kinh phí còn thiếu để xóa nhà tạm",
      approx="nearly"),
    F("xóa hơn 12.000 nhà tạm", "12.000", 12000, "count", "nhà tạm", "nhà tạm cần xóa", approx="over"),
    F("khoảng 62% kinh phí", "62", 62, "percent", "%", "kinh phí bố trí được",
      P("đến nay", None, "2025-03-05"), approx="about"),
    F("có 12.416 hộ", "12.416", 12416, "count", "hộ", "hộ cần hỗ trợ nhà ở"),
    F("gồm 9.738 hộ", "9.738", 9738, "count", "hộ", "hộ cần xây mới", total=12416),
    F("và 2.678 hộ", "2.678", 2678, "count", "hộ", "hộ cần sửa chữa", total=12416),
    F("là 684,5 tỷ đồng", "684,5", 684.5e9, "money", "đồng", "tổng nhu cầu kinh phí để xóa nhà tạm, nhà dột nát"),
    F("khoảng 425 tỷ đồng", "425", 425e9, "money", "đồng", "kinh phí huy động", FEB, approx="about"),
    F("là 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ từ nguồn vận động xây mới"),
    F("30 triệu đồng/căn sửa chữa", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ từ nguồn vận động sửa chữa"),
    F("từ 10 đến 20 triệu đồng", "10", 10e6, "money", "đồng", "tỉnh hỗ trợ thêm mỗi hộ", value_max=20e6),
    F("tối thiểu 30 m2", "30", 30, "measure", "m2", "diện tích căn nhà", approx="at_least", optional=True),
    F("thêm 40-70 triệu đồng", "40", 40e6, "money", "đồng", "hộ phải bỏ thêm", value_max=70e6),
    F("có 2.130 hộ", "2.130", 2130, "count", "hộ", "hộ cần hỗ trợ", percent=17.2, location="Kỳ Sơn"),
    F("Tương Dương 1.684 hộ", "1.684", 1684, "count", "hộ", "hộ cần hỗ trợ", location="Tương Dương"),
    F("Quế Phong 1.372 hộ", "1.372", 1372, "count", "hộ", "hộ cần hỗ trợ", location="Quế Phong"),
    F("gỗ 25 m2", "25", 25, "measure", "m2", "diện tích căn nhà gỗ", location="Quế Phong"),
    F("khởi công 8.905 căn", "8.905", 8905, "count", "căn", "căn khởi công", NOW),
    F("hoàn thành 5.217 căn", "5.217", 5217, "count", "căn", "căn hoàn thành", NOW),
    F("khoảng 7.000 căn", "7.000", 7000, "count", "căn", "căn hoàn thành", MAR, approx="about", status="estimate"),
    F("sớm hơn hai tháng", "hai", 2, "measure", "tháng", optional=True),
    F("khoảng 190.000 căn", "190.000", 190000, "count", "căn", "căn nhà tạm, nhà dột nát cần hỗ trợ",
      approx="about", location="Việt Nam"),
]

COMMENTS = [
    "National online newspaper style (VnExpress-like): Nghệ An's funding gap for eliminating temporary houses.",
    "Dateline 'Thứ tư, 5/3/2025, 14:20 (GMT+7)' under a section menu; byline at the end. Year-less 'cuối tháng 2', 'hết tháng 3'",
    "take 2025 from the dateline; 'Đến nay' ends at the dateline. 'gồm' right after 12.416 gives the parts their total.",
    "'chiếm 17,2% toàn tỉnh' is the percent of 2.130 (no whole number stated). Ranges: 'từ 10 đến 20 triệu đồng', '40-70 triệu",
    "đồng' (value_max). 'ước đến hết tháng 3 ... khoảng 7.000 căn' = estimate. The last paragraph is national (Việt Nam).",
    "Not figures: '3 cứng' (a standard's name), dates '31/8', '31/10/2025', '(GMT+7)'. Optional: the size threshold",
    "'tối thiểu 30 m2' and 'sớm hơn hai tháng'. The family's house '25 m2' is a measure located in Quế Phong.",
]

if __name__ == "__main__":
    emit("p332-6", TEXT, COMMENTS, FIGS, published="2025-03-05", location="Nghệ An")
