"""p1064-2: district portal (huyện Đức Hòa, Long An) - boarding houses for industrial-zone workers."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin hoạt động / Kinh tế - Xã hội
Thứ Năm, 19/10/2023 - 14:05

Rà soát hơn 2.100 cơ sở nhà trọ công nhân

9 tháng đầu năm, Phòng Kinh tế và Hạ tầng phối hợp Công an huyện và UBND các xã, thị trấn rà soát 2.136 cơ sở nhà trọ với tổng số 31.580 phòng, tăng 1.240 phòng so với cuối năm 2022. Các khu trọ tập trung quanh các khu công nghiệp Tân Đức, Hải Sơn, Xuyên Á và dọc Tỉnh lộ 824, là chỗ ở của khoảng 68.000 công nhân, lao động ngoại tỉnh.

Trong số cơ sở được rà soát, có 1.872 cơ sở bảo đảm yêu cầu về phòng cháy, chữa cháy, chiếm 87,6%; 264 cơ sở còn thiếu bình chữa cháy hoặc chưa có lối thoát nạn thứ 2, đã được nhắc nhở khắc phục. Đoàn kiểm tra đã lập biên bản xử phạt 37 trường hợp với tổng số tiền 412,5 triệu đồng.

Giá thuê phòng trọ trên địa bàn dao động từ 1,2 đến 1,6 triệu đồng/phòng/tháng đối với phòng 12-16 m2. Giá điện do chủ trọ thu phổ biến 3.500 đồng/kWh, cao hơn giá bán lẻ bình quân của ngành điện; giá nước khoảng 15.000 đồng/m3. Thị trấn Hậu Nghĩa, xã Đức Hòa Hạ và xã Hựu Thạnh là 3 địa phương có nhiều phòng trọ nhất, lần lượt có 4.920 phòng, 4.315 phòng và 3.870 phòng.

Thời gian tới, huyện phấn đấu đến cuối năm 2023 có 95% cơ sở nhà trọ đạt chuẩn an toàn phòng cháy, chữa cháy; đồng thời vận động chủ trọ giữ ổn định giá thuê, mức tăng không quá 5%.

Người viết: Minh Tâm - Phòng Văn hóa và Thông tin huyện
"""

m9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
to23 = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("hơn 2.100 cơ sở", "2.100", 2100, "count", "cơ sở", "cơ sở nhà trọ công nhân được rà soát",
      approx="over"),
    F("rà soát 2.136 cơ sở", "2.136", 2136, "count", "cơ sở", "cơ sở nhà trọ được rà soát", m9),
    F("tổng số 31.580 phòng", "31.580", 31580, "count", "phòng", "phòng trọ", m9,
      change=C("increase", 1240, "phòng", baseline="cuối năm 2022")),
    F("khoảng 68.000 công nhân", "68.000", 68000, "count", "công nhân", "công nhân, lao động ngoại tỉnh ở trọ",
      I(m9), approx="about"),
    F("có 1.872 cơ sở", "1.872", 1872, "count", "cơ sở", "cơ sở bảo đảm yêu cầu về phòng cháy, chữa cháy",
      I(m9), total=2136, percent=87.6),
    F("264 cơ sở", "264", 264, "count", "cơ sở", "cơ sở còn thiếu bình chữa cháy hoặc lối thoát nạn",
      I(m9), total=2136),
    F("xử phạt 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp bị xử phạt", I(m9)),
    F("tiền 412,5 triệu đồng", "412,5", 412500000, "money", "đồng", "tổng số tiền xử phạt", I(m9)),
    F("từ 1,2 đến 1,6 triệu", "1,2", 1200000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ",
      value_max=1600000),
    F("phòng 12-16 m2", "12", 12, "measure", "m2", "diện tích phòng trọ", value_max=16, optional=True),
    F("phổ biến 3.500 đồng/kWh", "3.500", 3500, "money", "đồng/kWh", "giá điện do chủ trọ thu"),
    F("khoảng 15.000 đồng/m3", "15.000", 15000, "money", "đồng/m3", "giá nước", approx="about"),
    F("là 3 địa phương", "3", 3, "count", "địa phương", "địa phương có nhiều phòng trọ nhất", optional=True),
    F("có 4.920 phòng", "4.920", 4920, "count", "phòng", "phòng trọ"),
    F("4.315 phòng", "4.315", 4315, "count", "phòng", "phòng trọ"),
    F("3.870 phòng", "3.870", 3870, "count", "phòng", "phòng trọ"),
    F("có 95% cơ sở", "95", 95, "percent", "%", "cơ sở nhà trọ đạt chuẩn an toàn phòng cháy, chữa cháy", to23,
      status="target"),
    F("không quá 5%", "5", 5, "percent", "%", "mức tăng giá thuê", to23, approx="at_most", status="target"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): rà soát nhà trọ công nhân, PCCC, giá thuê, giá điện nước, phòng trọ by commune.",
    "Location = the district Đức Hòa throughout (communes/thị trấn of the list lie in it; spec locates province, city or district).",
    "'9 tháng đầu năm' has no year: 2023 from the dateline. The paragraph after it inherits it (unscored); price paragraph has no period.",
    "'Trong số cơ sở được rà soát' -> total 2.136 for 1.872 and 264 (1.872 + 264 = 2.136). 'tăng 1.240 phòng so với cuối năm 2022' is the change of 31.580.",
    "Distractors: 14:05, Tỉnh lộ 824, 'lối thoát nạn thứ 2', 'là 3 địa phương' (optional: a count that only frames the list).",
    "'mức tăng không quá 5%' continues the 'phấn đấu' sentence: target, at_most.",
]

write("p1064-2", TEXT, FIGS, NOTES, published="2023-10-19", location="Đức Hòa")
