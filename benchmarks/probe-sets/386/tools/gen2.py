from lib import F, P, CH, TG, emit

TEXT = """UBND HUYỆN THẠCH THẤT - CỔNG THÔNG TIN ĐIỆN TỬ
Giáo dục - Đào tạo

Thạch Thất tăng cường kiểm tra an toàn thực phẩm bếp ăn bán trú trường mầm non
Thứ Hai, 15/07/2024 - 10:30

Trong 6 tháng đầu năm 2024, Phòng Giáo dục và Đào tạo phối hợp Phòng Y tế huyện Thạch Thất đã kiểm tra 42 bếp ăn bán trú tại các trường mầm non công lập và tư thục, phát hiện 5 cơ sở vi phạm, xử phạt hành chính 18,5 triệu đồng.

Hiện toàn huyện có 31 trường mầm non công lập với 14.632 trẻ ăn bán trú, tăng 4,3% so với cùng kỳ năm 2023. Mức thu tiền ăn phổ biến từ 25.000 đến 30.000 đồng/trẻ/ngày; riêng các trường vùng bán sơn địa thu khoảng 22.000 đồng/trẻ/ngày. Theo khảo sát của huyện, một bữa ăn trưa cung cấp khoảng 600-650 kcal, đáp ứng 50-55% nhu cầu năng lượng cả ngày của trẻ.

Đáng chú ý, 100% bếp ăn đã thực hiện quy trình bếp một chiều, lưu mẫu thức ăn 24 giờ; 28/31 trường đã ký hợp đồng với nhà cung cấp thực phẩm có giấy chứng nhận VietGAP. Trong năm học vừa qua, trên địa bàn huyện không xảy ra vụ ngộ độc thực phẩm nào.

Huyện cũng chi hơn 1,2 tỷ đồng từ ngân sách để hỗ trợ tiền ăn trưa cho 1.245 trẻ thuộc hộ nghèo, hộ cận nghèo và trẻ khuyết tật, mức 160.000 đồng/trẻ/tháng, tối đa 9 tháng/năm học.

Phấn đấu đến hết năm 2024, 100% trường mầm non công lập trên địa bàn đạt tiêu chuẩn bếp ăn an toàn, trong đó ít nhất 15 trường được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.

Mọi phản ánh về an toàn thực phẩm trong trường học, phụ huynh liên hệ đường dây nóng 024.3367.0215 hoặc trụ sở Phòng GD&ĐT tại số 1 đường Phúc Hòa, thị trấn Liên Quan.

Nguyễn Hương - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("kiểm tra 42 bếp ăn", "42", 42, "count", "bếp ăn", "bếp ăn bán trú được kiểm tra", H),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở vi phạm", H),
    F("phạt hành chính 18,5 triệu đồng", "18,5", 18500000, "money", "đồng", "xử phạt hành chính", H),
    F("có 31 trường", "31", 31, "count", "trường", "trường mầm non công lập", Hi),
    F("với 14.632 trẻ", "14.632", 14632, "count", "trẻ", "trẻ ăn bán trú", Hi,
      change=CH("increase", 4.3, "%", "cùng kỳ năm 2023")),
    F("từ 25.000 đến", "25.000", 25000, "money", "đồng/trẻ/ngày", "mức thu tiền ăn phổ biến", Hi, value_max=30000),
    F("khoảng 22.000 đồng", "22.000", 22000, "money", "đồng/trẻ/ngày", "mức thu tiền ăn các trường vùng bán sơn địa", Hi,
      approx="about"),
    F("khoảng 600-650 kcal", "600", 600, "measure", "kcal", "năng lượng một bữa ăn trưa cung cấp", Hi,
      value_max=650, approx="about"),
    F("đáp ứng 50-55%", "50", 50, "percent", "%", "nhu cầu năng lượng cả ngày của trẻ được đáp ứng", Hi, value_max=55),
    F("Đáng chú ý, 100% bếp ăn", "100", 100, "percent", "%", "bếp ăn thực hiện quy trình bếp một chiều", Hi),
    F("thức ăn 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("28/31 trường", "28", 28, "count", "trường", "trường ký hợp đồng với nhà cung cấp thực phẩm có giấy chứng nhận VietGAP",
      Hi, total=31),
    F("chi hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "ngân sách hỗ trợ tiền ăn trưa", Hi, approx="over"),
    F("cho 1.245 trẻ", "1.245", 1245, "count", "trẻ", "trẻ thuộc hộ nghèo, hộ cận nghèo và trẻ khuyết tật được hỗ trợ tiền ăn trưa", Hi),
    F("mức 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ tiền ăn trưa"),
    F("tối đa 9 tháng", "9", 9, "measure", "tháng", approx="at_most", optional=True),
    F("2024, 100% trường", "100", 100, "percent", "%", "trường mầm non công lập đạt tiêu chuẩn bếp ăn an toàn", T,
      status="target"),
    F("ít nhất 15 trường", "15", 15, "count", "trường",
      "trường được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", T, approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Thất (district portal, Hà Nội): kiểm tra bếp ăn bán trú, mức tiền ăn, 6 tháng đầu năm 2024. Dateline 'Thứ Hai, 15/07/2024 - 10:30'.",
    "Distractors: hotline 024.3367.0215, address 'số 1 đường Phúc Hòa', 'bếp một chiều', 'Trong năm học vừa qua' (no figure).",
    "Location: the district (Thạch Thất) for every figure. 'Hiện …' paragraphs inherit '6 tháng đầu năm 2024' (inherited, unscored).",
    "Price ranges 'từ 25.000 đến 30.000 đồng/trẻ/ngày', '600-650 kcal', '50-55%' carry value_max. '24 giờ' (sample-keeping rule) and",
    "'tối đa 9 tháng/năm học' (policy cap) are optional. 160.000 đồng/trẻ/tháng is a policy rate: no period.",
    "'ít nhất 15 trường' after 'trong đó' follows a percent (100% trường), so no total. Targets 'Phấn đấu đến hết năm 2024' (end 2024-12-31).",
]

if __name__ == "__main__":
    emit("p386-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thạch Thất")
