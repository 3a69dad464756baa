from lib import *
T = """UBND HUYỆN YÊN THẾ - TỈNH BẮC GIANG
Trang thông tin điện tử huyện

Yên Thế đẩy mạnh đào tạo nghề cho lao động nông thôn

Từ đầu năm đến hết tháng 8/2024, Phòng Lao động - Thương binh và Xã hội phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 27 lớp đào tạo nghề trình độ sơ cấp và đào tạo thường xuyên cho 945 học viên, đạt 78,8% kế hoạch năm (1.200 học viên).

Trong đó, nhóm nghề nông nghiệp 19 lớp với 665 học viên; nhóm nghề phi nông nghiệp 8 lớp với 280 học viên. Số học viên đông nhất thuộc các nghề chăn nuôi gà đồi (245 người), trồng và chế biến chè (180 người), may công nghiệp (160 người). Học viên là người dân tộc thiểu số 312 người, chiếm 33%; thuộc hộ nghèo, hộ cận nghèo 148 người.

Kinh phí thực hiện 8 tháng là 1,35 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, bằng 64,3% dự toán giao. Mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày thực học và tiền đi lại tối đa 200.000 đồng/khóa.

Qua khảo sát, 837/945 học viên sau khi học có việc làm (đạt 88,6%), trong đó 612 người tự tạo việc làm tại gia đình. Nhiều mô hình chăn nuôi gà đồi quy mô từ 2.000 đến 5.000 con/lứa cho thu nhập 150-200 triệu đồng/năm.

Dự kiến 4 tháng cuối năm, huyện mở thêm 8 lớp cho khoảng 255 học viên, tập trung tại các xã Đồng Tâm, Tam Tiến, Canh Nậu. Người dân có nhu cầu học nghề liên hệ Phòng Lao động - Thương binh và Xã hội huyện, tầng 2 trụ sở UBND huyện, thị trấn Phồn Xương; điện thoại 0204.3876.125.

Nguyễn Thị Hoa - Phòng LĐ-TB&XH
12/9/2024
"""
P8 = lambda inh=True: P("Từ đầu năm đến hết tháng 8/2024", "2024-01-01", "2024-08-31", inh)
figs = [
 F("mở 27 lớp", "27", 27, "count", "lớp", "lớp đào tạo nghề trình độ sơ cấp và đào tạo thường xuyên", period=P8(False)),
 F("cho 945 học viên", "945", 945, "count", "học viên", "học viên đào tạo nghề", percent=78.8,
   target={"value": 1200, "unit": "học viên", "met": None}, period=P8(False)),
 F("nghiệp 19 lớp", "19", 19, "count", "lớp", "lớp nhóm nghề nông nghiệp", total=27, period=P8()),
 F("với 665 học viên", "665", 665, "count", "học viên", "học viên nhóm nghề nông nghiệp", total=945, period=P8()),
 F("nghiệp 8 lớp", "8", 8, "count", "lớp", "lớp nhóm nghề phi nông nghiệp", total=27, period=P8()),
 F("với 280 học viên", "280", 280, "count", "học viên", "học viên nhóm nghề phi nông nghiệp", total=945, period=P8()),
 F("gà đồi (245 người)", "245", 245, "count", "người", "số học viên", period=P8()),
 F("chè (180 người)", "180", 180, "count", "người", "số học viên", period=P8()),
 F("công nghiệp (160 người)", "160", 160, "count", "người", "số học viên", period=P8()),
 F("thiểu số 312 người", "312", 312, "count", "người", "học viên là người dân tộc thiểu số", percent=33, period=P8()),
 F("nghèo 148 người", "148", 148, "count", "người", "học viên thuộc hộ nghèo, hộ cận nghèo", period=P8()),
 F("là 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "kinh phí thực hiện", percent=64.3, period=P("8 tháng", "2024-01-01", "2024-08-31")),
 F("ăn 30.000 đồng", "30.000", 30000, "money", "đồng/ngày thực học", "hỗ trợ tiền ăn mỗi học viên"),
 F("tối đa 200.000 đồng", "200.000", 200000, "money", "đồng/khóa", "hỗ trợ tiền đi lại mỗi học viên", approx="at_most"),
 F("837/945 học viên", "837", 837, "count", "học viên", "học viên sau khi học có việc làm", total=945, percent=88.6, period=P8()),
 F("đó 612 người", "612", 612, "count", "người", "người tự tạo việc làm tại gia đình", total=837, period=P8()),
 F("từ 2.000 đến 5.000 con", "2.000", 2000, "count", "con/lứa", "quy mô mô hình chăn nuôi gà đồi", value_max=5000, optional=True),
 F("thu nhập 150-200 triệu", "150", 150000000, "money", "đồng/năm", "thu nhập mô hình chăn nuôi gà đồi", value_max=200000000),
 F("thêm 8 lớp", "8", 8, "count", "lớp", "lớp đào tạo nghề mở thêm", status="forecast", period=P("4 tháng cuối năm", "2024-09-01", "2024-12-31")),
 F("khoảng 255 học viên", "255", 255, "count", "học viên", "học viên", approx="about", status="forecast", period=P("4 tháng cuối năm", "2024-09-01", "2024-12-31")),
]
write(5, T, figs, [
 "District portal (huyện Yên Thế, Bắc Giang); no dateline at the top, bare date '12/9/2024' at the end after the byline -> published.",
 "'Từ đầu năm đến hết tháng 8/2024' = 2024-01-01..2024-08-31; later paragraphs inherit it. '8 tháng' (same sentence as 1,35 tỷ) -> 2024.",
 "945 học viên: 'đạt 78,8% kế hoạch năm (1.200 học viên)' -> percent 78.8 and the bracketed plan as target 1200 (result against plan).",
 "trong đó parts: lớp total 27, học viên total 945. Occupation list: items are not places; subject = list indicator 'số học viên' (as h01 ministries).",
 "312 người 'chiếm 33%' (no part-of cue, so no total). '837/945' total 945 with 'đạt 88,6%'; '612' after trong đó total 837.",
 "Support norms '30.000 đồng/ngày thực học', 'tối đa 200.000 đồng/khóa' are money rates (no period). Model farm size 'từ 2.000 đến 5.000 con/lứa' optional.",
 "'Dự kiến 4 tháng cuối năm' -> forecast, period 2024-09-01..2024-12-31. Commune names, 'tầng 2', phone 0204.3876.125 are distractors.",
], published="2024-09-12", location="Yên Thế")
