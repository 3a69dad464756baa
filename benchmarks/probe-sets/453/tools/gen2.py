from lib import Doc, P

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")

text = """Đông Anh: Cấp 1.356 giấy phép xây dựng trong 9 tháng năm 2024
Thứ Hai, 07/10/2024 - 15:42

(DongAnh.HaNoi.gov.vn) - Theo báo cáo của Phòng Quản lý đô thị huyện, 9 tháng năm 2024, UBND huyện đã tiếp nhận 1.412 hồ sơ đề nghị cấp giấy phép xây dựng, tăng 18,6% so với cùng kỳ năm 2023. Đã cấp 1.356 giấy phép, trong đó 1.298 giấy phép xây dựng nhà ở riêng lẻ, 41 giấy phép công trình dịch vụ, thương mại và 17 giấy phép công trình hạ tầng kỹ thuật.

Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 99,2%; thời gian giải quyết bình quân 11,5 ngày, giảm 2,5 ngày so với năm 2023. Số hồ sơ nộp trực tuyến là 1.087 hồ sơ, chiếm 77% tổng số hồ sơ tiếp nhận.

Riêng trong quý III/2024, huyện cấp 512 giấy phép (tháng 7: 168, tháng 8: 171, tháng 9: 173), cao nhất từ đầu năm.

Công tác kiểm tra trật tự xây dựng tiếp tục được tăng cường. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 1.840 lượt công trình, phát hiện 63 trường hợp vi phạm, giảm 21 trường hợp so với cùng kỳ; xử phạt vi phạm hành chính 55 trường hợp với tổng số tiền gần 1,9 tỷ đồng, cưỡng chế tháo dỡ 14 công trình.

Quý IV, huyện phấn đấu 100% hồ sơ cấp phép được giải quyết đúng hạn, không để phát sinh công trình vi phạm mới trên đất nông nghiệp. Mọi phản ánh về vi phạm trật tự xây dựng xin gọi đường dây nóng 024.3883.2113 hoặc gửi về Phòng Quản lý đô thị, tầng 3 trụ sở UBND huyện.

Minh Hà
"""

d = Doc("p453-2", """
Cổng TTĐT huyện Đông Anh, Hà Nội (district portal): construction permits and building-order inspections, 9 months of 2024.
Dateline 'Thứ Hai, 07/10/2024 - 15:42'; site tag '(DongAnh.HaNoi.gov.vn)'; byline at the end. Location: the district for every figure.
Distractors: hotline 024.3883.2113, 'tầng 3', the dateline.
'Đã cấp 1.356 giấy phép, trong đó 1.298 …, 41 … và 17 …' -> parts with total 1356 (1298+41+17). 1.356 is in a new sentence, so its
'9 tháng năm 2024' is inherited. 1.087 hồ sơ 'chiếm 77% tổng số hồ sơ tiếp nhận': percent 77, no total (no part-of cue, whole not restated).
'512 giấy phép (tháng 7: 168, tháng 8: 171, tháng 9: 173)': bracketed breakdown adding up to the whole -> total 512; each month its own period.
'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. '11,5 ngày' is a measured processing time (measure/ngày) with change -2,5 ngày.
'Quý IV' takes the year 2024 (nearest earlier period); 'phấn đấu' -> target.
""", text, published="2024-10-07", location="Đông Anh")

d.f("Cấp 1.356 giấy phép", "1.356", 1356, "count", "giấy phép", "giấy phép xây dựng được cấp", M9)
d.f("tiếp nhận 1.412 hồ sơ", "1.412", 1412, "count", "hồ sơ", "hồ sơ đề nghị cấp giấy phép xây dựng", M9,
    change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"})
d.f("Đã cấp 1.356 giấy phép", "1.356", 1356, "count", "giấy phép", "giấy phép xây dựng được cấp", M9i)
d.f("1.298 giấy phép", "1.298", 1298, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", M9i, total=1356)
d.f("41 giấy phép", "41", 41, "count", "giấy phép", "giấy phép công trình dịch vụ, thương mại", M9i, total=1356)
d.f("và 17 giấy phép", "17", 17, "count", "giấy phép", "giấy phép công trình hạ tầng kỹ thuật", M9i, total=1356)
d.f("đạt 99,2%", "99,2", 99.2, "percent", "%", "Tỷ lệ hồ sơ được giải quyết đúng hạn", M9i)
d.f("bình quân 11,5 ngày", "11,5", 11.5, "measure", "ngày", "thời gian giải quyết bình quân", M9i,
    change={"direction": "decrease", "value": 2.5, "unit": "ngày", "baseline": "năm 2023"})
d.f("là 1.087 hồ sơ", "1.087", 1087, "count", "hồ sơ", "hồ sơ nộp trực tuyến", M9i, percent=77)
d.f("cấp 512 giấy phép", "512", 512, "count", "giấy phép", "giấy phép xây dựng được cấp", Q3)
d.f("tháng 7: 168", "168", 168, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("tháng 7", "2024-07-01", "2024-07-31"), total=512)
d.f("tháng 8: 171", "171", 171, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("tháng 8", "2024-08-01", "2024-08-31"), total=512)
d.f("tháng 9: 173", "173", 173, "count", "giấy phép", "giấy phép xây dựng được cấp",
    P("tháng 9", "2024-09-01", "2024-09-30"), total=512)
d.f("kiểm tra 1.840 lượt", "1.840", 1840, "count", "lượt công trình", "công trình được kiểm tra trật tự xây dựng", YTD)
d.f("phát hiện 63 trường hợp", "63", 63, "count", "trường hợp", "trường hợp vi phạm trật tự xây dựng phát hiện", YTD,
    change={"direction": "decrease", "value": 21, "unit": "trường hợp", "baseline": "cùng kỳ"})
d.f("chính 55 trường hợp", "55", 55, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", YTD)
d.f("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", YTD, mult=1e9,
    approx="nearly")
d.f("dỡ 14 công trình", "14", 14, "count", "công trình", "công trình bị cưỡng chế tháo dỡ", YTD)
d.f("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ cấp phép được giải quyết đúng hạn",
    P("Quý IV", "2024-10-01", "2024-12-31"), status="target")
d.write()
