from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN CHƯƠNG MỸ - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn
Thứ Ba, 16/07/2024 - 15:20

Chương Mỹ: Giá trị sản xuất mây tre đan 6 tháng ước đạt 1.120 tỷ đồng

Toàn huyện hiện có 174 làng nghề và làng có nghề, trong đó 38 làng được UBND Thành phố công nhận danh hiệu làng nghề truyền thống. Nghề mây tre giang đan tập trung tại các xã Phú Nghĩa, Trường Yên, Phụng Châu, Thụy Hương với khoảng 9.800 hộ tham gia sản xuất.

6 tháng đầu năm 2024, giá trị sản xuất hàng mây tre đan trên địa bàn huyện ước đạt 1.120 tỷ đồng, tăng 8,7% so với cùng kỳ năm 2023, bằng 52,1% kế hoạch năm. Kim ngạch xuất khẩu đạt gần 38 triệu USD, tăng 12% so với cùng kỳ; thị trường chính là Nhật Bản, Hàn Quốc, Mỹ và các nước EU.

Làng nghề mây tre đan Phú Vinh (xã Phú Nghĩa) hiện có 1.250 hộ, trong đó hơn 300 hộ chuyên làm hàng xuất khẩu. Thu nhập bình quân của lao động làng nghề khoảng 6,5 triệu đồng/người/tháng; riêng thợ có tay nghề cao đạt 10-12 triệu đồng/người/tháng.

Từ đầu năm đến nay, huyện đã phối hợp với Trung tâm Khuyến công Hà Nội mở 24 lớp truyền nghề cho 720 lao động với kinh phí hơn 1,4 tỷ đồng. Năm 2024, huyện phấn đấu giá trị sản xuất mây tre đan đạt 2.150 tỷ đồng, có thêm 2 làng được công nhận làng nghề. Cụm công nghiệp làng nghề Phú Nghĩa (giai đoạn 2) bên Quốc lộ 6 đã thu hút 27 doanh nghiệp thuê đất.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Thị trấn Chúc Sơn, Chương Mỹ, Hà Nội. ĐT: 024.3386.6120
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("6 tháng ước đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "giá trị sản xuất mây tre đan", H1,
      status="estimate"),
    F("có 174 làng nghề", "174", 174, "count", "làng nghề", "làng nghề và làng có nghề"),
    F("trong đó 38 làng", "38", 38, "count", "làng", "làng được công nhận danh hiệu làng nghề truyền thống", total=174),
    F("khoảng 9.800 hộ", "9.800", 9800, "count", "hộ", "hộ tham gia sản xuất mây tre giang đan", approx="about"),
    F("huyện ước đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "giá trị sản xuất hàng mây tre đan", H1b,
      percent=52.1, change=CH("increase", 8.7, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("gần 38 triệu USD", "38", 38e6, "money", "USD", "kim ngạch xuất khẩu", I(H1b),
      approx="nearly", change=CH("increase", 12, baseline="cùng kỳ")),
    F("có 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ làng nghề mây tre đan Phú Vinh"),
    F("hơn 300 hộ", "300", 300, "count", "hộ", "hộ chuyên làm hàng xuất khẩu", approx="over", total=1250),
    F("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      approx="about"),
    F("đạt 10-12 triệu", "10", 10e6, "money", "đồng/người/tháng", "thu nhập của thợ có tay nghề cao", value_max=12e6),
    F("mở 24 lớp", "24", 24, "count", "lớp", "lớp truyền nghề", YTD),
    F("cho 720 lao động", "720", 720, "count", "lao động", "lao động được truyền nghề", YTD),
    F("hơn 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "kinh phí mở lớp truyền nghề", YTD, approx="over"),
    F("đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "giá trị sản xuất mây tre đan", Y24, status="target"),
    F("thêm 2 làng", "2", 2, "count", "làng", "làng được công nhận làng nghề thêm", Y24, status="target"),
    F("thu hút 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp thuê đất tại Cụm công nghiệp làng nghề Phú Nghĩa"),
]

COMMENTS = [
    "District portal (Chương Mỹ, Hà Nội): rattan and bamboo craft villages, H1/2024 output value and exports, Phú Vinh village, training, 2024 targets.",
    "Headline '6 tháng' is dated by the dateline before it (2024). 'Từ đầu năm đến nay' ends at the dateline 16/07/2024.",
    "Communes (Phú Nghĩa …) are not districts: location stays Chương Mỹ. 'giai đoạn 2', 'Quốc lộ 6', phone are distractors.",
    "The 27 enterprises stand in their own sentence after the target sentence: actual.",
]

emit("p541-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Chương Mỹ")
