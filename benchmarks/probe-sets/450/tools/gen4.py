from lib import F, P, CH, TG, write

TEXT = """ỦY BAN DÂN TỘC - CỔNG THÔNG TIN ĐIỆN TỬ
15:40 | 18/10/2024

Giải ngân vốn Chương trình MTQG 1719 chín tháng năm 2024 đạt gần 55%

Chương trình MTQG 1719 được Quốc hội phê duyệt chủ trương đầu tư tại Nghị quyết số 120/2020/QH14 với tổng vốn giai đoạn 2021-2025 hơn 137,6 nghìn tỷ đồng. Theo báo cáo của Ủy ban Dân tộc, vốn ngân sách trung ương năm 2024 bố trí cho Chương trình là 28.954 tỷ đồng, gồm 18.203 tỷ đồng vốn đầu tư phát triển và 10.751 tỷ đồng vốn sự nghiệp. Tính đến ngày 30/9/2024, các địa phương đã giải ngân khoảng 15.890 tỷ đồng, đạt gần 55% kế hoạch.

Có 12 địa phương đạt tỷ lệ giải ngân trên 70%, dẫn đầu là Hà Giang (84,2%), Tuyên Quang (81,7%), Trà Vinh (78,5%); trong khi 9 địa phương đạt dưới 40%, thấp nhất là Kon Tum (29,4%) và Đắk Nông (31,6%). Tỷ lệ giải ngân vốn sự nghiệp ở nhiều địa phương chỉ từ 20 đến 35%.

Lũy kế từ năm 2022 đến nay, Chương trình đã hỗ trợ nhà ở cho hơn 38.600 hộ, đất ở cho khoảng 5.700 hộ, đất sản xuất cho 8.215 hộ, chuyển đổi nghề cho trên 41 nghìn hộ và nước sinh hoạt phân tán cho gần 160 nghìn hộ; đầu tư xây dựng 1.426 công trình nước sinh hoạt tập trung. So với mục tiêu cả giai đoạn, chỉ tiêu hỗ trợ nhà ở mới hoàn thành 61,3%, nước sinh hoạt phân tán hoàn thành 74,8%.

Mục tiêu đến năm 2025 của Chương trình là giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số mỗi năm trên 3%; thu nhập bình quân của người dân tộc thiểu số tăng gấp 2 lần so với năm 2020; 100% xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông.

Tại Công văn số 1342/UBDT-VP, Ủy ban Dân tộc đề nghị các địa phương rà soát, điều chỉnh kế hoạch vốn, báo cáo kết quả trước ngày 15/11/2024.
"""

Y30 = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Y30i = P("Tính đến ngày 30/9/2024", end="2024-09-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ACC = P("Lũy kế từ năm 2022 đến nay", "2022-01-01", "2024-10-18")
T25 = P("đến năm 2025", end="2025-12-31")
TOT = 28954000000000
RATE = "tỷ lệ giải ngân"

figs = [
    F("đạt gần 55%\n", "55", 55, "percent", "%", "giải ngân vốn Chương trình MTQG 1719",
      P("chín tháng năm 2024", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("hơn 137,6 nghìn tỷ đồng", "137,6", 137600000000000, "money", "đồng", "tổng vốn Chương trình",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over"),
    F("là 28.954 tỷ đồng", "28.954", TOT, "money", "đồng", "vốn ngân sách trung ương bố trí cho Chương trình", Y24),
    F("gồm 18.203 tỷ đồng", "18.203", 18203000000000, "money", "đồng", "vốn đầu tư phát triển", Y24, total=TOT),
    F("và 10.751 tỷ đồng", "10.751", 10751000000000, "money", "đồng", "vốn sự nghiệp", Y24, total=TOT),
    F("khoảng 15.890 tỷ đồng", "15.890", 15890000000000, "money", "đồng", "vốn các địa phương đã giải ngân", Y30,
      approx="about", percent=55),
    F("Có 12 địa phương", "12", 12, "count", "địa phương", "địa phương đạt tỷ lệ giải ngân trên 70%", Y30i),
    F("giải ngân trên 70%", "70", 70, "percent", "%", "tỷ lệ giải ngân", approx="over", optional=True),
    F("Hà Giang (84,2%)", "84,2", 84.2, "percent", "%", RATE, Y30i, location="Hà Giang"),
    F("Tuyên Quang (81,7%)", "81,7", 81.7, "percent", "%", RATE, Y30i, location="Tuyên Quang"),
    F("Trà Vinh (78,5%)", "78,5", 78.5, "percent", "%", RATE, Y30i, location="Trà Vinh"),
    F("trong khi 9 địa phương", "9", 9, "count", "địa phương", "địa phương đạt tỷ lệ giải ngân dưới 40%", Y30i),
    F("đạt dưới 40%", "40", 40, "percent", "%", "tỷ lệ giải ngân", approx="under", optional=True),
    F("Kon Tum (29,4%)", "29,4", 29.4, "percent", "%", RATE, Y30i, location="Kon Tum"),
    F("Đắk Nông (31,6%)", "31,6", 31.6, "percent", "%", RATE, Y30i, location="Đắk Nông"),
    F("từ 20 đến 35%", "20", 20, "percent", "%", "tỷ lệ giải ngân vốn sự nghiệp ở nhiều địa phương", Y30i,
      value_max=35),
    F("hơn 38.600 hộ", "38.600", 38600, "count", "hộ", "hộ được hỗ trợ nhà ở", ACC, approx="over"),
    F("khoảng 5.700 hộ", "5.700", 5700, "count", "hộ", "hộ được hỗ trợ đất ở", ACC, approx="about"),
    F("cho 8.215 hộ", "8.215", 8215, "count", "hộ", "hộ được hỗ trợ đất sản xuất", ACC),
    F("trên 41 nghìn hộ", "41", 41000, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", ACC, approx="over"),
    F("gần 160 nghìn hộ", "160", 160000, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", ACC,
      approx="nearly"),
    F("xây dựng 1.426 công trình", "1.426", 1426, "count", "công trình",
      "công trình nước sinh hoạt tập trung đầu tư xây dựng", ACC),
    F("hoàn thành 61,3%", "61,3", 61.3, "percent", "%", "chỉ tiêu hỗ trợ nhà ở hoàn thành so với mục tiêu cả giai đoạn"),
    F("hoàn thành 74,8%", "74,8", 74.8, "percent", "%",
      "chỉ tiêu nước sinh hoạt phân tán hoàn thành so với mục tiêu cả giai đoạn"),
    F("mỗi năm trên 3%", "3", 3, "percent", "%", "giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", T25,
      approx="over", status="target"),
    F("tăng gấp 2 lần", "2", 2, "multiple", "lần", "thu nhập bình quân của người dân tộc thiểu số", T25,
      status="target"),
    F("100% xã có đường", "100", 100, "percent", "%",
      "xã có đường ô tô đến trung tâm xã được rải nhựa hoặc bê tông", T25, status="target"),
]

write("p450-4", TEXT, [
    "Cổng TTĐT Ủy ban Dân tộc (ministry site): national 1719 capital and disbursement to 30/9/2024, provinces, cumulative results, 2025 goals.",
    "Dateline '15:40 | 18/10/2024' (time before date). Distractors: 'Nghị quyết số 120/2020/QH14', 'Công văn số 1342/UBDT-VP',",
    "'giai đoạn 2021-2025' (period), '15/11/2024', 'MTQG 1719'. Location Việt Nam by default; listed provinces are the location of their own rate.",
    "'12 địa phương đạt … trên 70%' / '9 địa phương đạt dưới 40%': counts (Việt Nam); the thresholds are criteria, optional.",
    "'gồm' parts take the whole 28.954 tỷ; 'đạt gần 55% kế hoạch' is the share of 15.890 tỷ. Headline '55%' is its own figure (period 'chín tháng năm 2024').",
    "'Lũy kế từ năm 2022 đến nay' runs 2022-01-01 to the dateline; 'nghìn' multiplies. '61,3%'/'74,8%' have no clear period (omitted).",
    "Goals 'đến năm 2025': 'trên 3%' target over; 'tăng gấp 2 lần so với năm 2020' is a multiple standing as the claim (target); '100% xã' target.",
], figs, published="2024-10-18", location="Việt Nam")
