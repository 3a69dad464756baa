from lib import F, P, Y, write

TEXT = """Đà Nẵng nâng mức trợ cấp cho dân quân lên 250.000 đồng mỗi ngày
Thứ năm, 4/7/2024, 09:12 (GMT+7)

HĐND TP Đà Nẵng vừa thông qua nghị quyết nâng mức trợ cấp ngày công lao động cho dân quân tự vệ từ 149.000 đồng lên 250.000 đồng/người/ngày, áp dụng từ ngày 1/8/2024.

Mức mới cao gấp 1,68 lần mức tối thiểu quy định tại Nghị định 72/2020/NĐ-CP của Chính phủ. Theo nghị quyết, dân quân thường trực được hưởng thêm phụ cấp 1,2 triệu đồng/tháng; phụ cấp hằng tháng của thôn đội trưởng dao động từ 702.000 đến 936.000 đồng tùy theo loại thôn, tổ dân phố.

Thành phố hiện có khoảng 8.900 cán bộ, chiến sĩ dân quân tự vệ, trong đó quận Liên Chiểu đông nhất với 1.340 người, tiếp đến huyện Hòa Vang 1.215 người, quận Sơn Trà 960 người. Với quy mô này, dự kiến mỗi năm ngân sách thành phố chi thêm khoảng 21,4 tỷ đồng, nâng tổng kinh phí cho dân quân tự vệ lên gần 64 tỷ đồng/năm.

Theo Bộ Chỉ huy quân sự thành phố, năm 2023 lực lượng dân quân đã tham gia tuần tra, bảo vệ an ninh trật tự 6.720 lượt, phối hợp ứng phó 3 cơn bão và cứu hộ, cứu nạn 42 vụ. Tuy nhiên, mức trợ cấp cũ chỉ tương đương 37% thu nhập bình quân một ngày công của lao động phổ thông tại địa phương, khiến nhiều dân quân không mặn mà.

Hiện cả nước có 14 địa phương áp dụng mức trợ cấp ngày công lao động cho dân quân trên 200.000 đồng/ngày, chủ yếu là các thành phố trực thuộc trung ương và tỉnh có nguồn thu lớn. Ông Trần Văn Hải, 45 tuổi, thôn đội trưởng thôn 5, xã Hòa Ninh, cho biết mức mới giúp anh em yên tâm bám thôn, tổ. Nghị quyết có hiệu lực từ ngày 14/7/2024.

Nguyễn Đông
"""

Y23i = Y(2023, inherited=True)
SD = "cán bộ, chiến sĩ dân quân tự vệ"
FIGS = [
    F("lên 250.000 đồng mỗi ngày", "250.000", 250000, "money", "đồng/ngày",
      "mức trợ cấp cho dân quân"),
    F("từ 149.000 đồng", "149.000", 149000, "money", "đồng", "mức trợ cấp ngày công lao động cho dân quân tự vệ cũ"),
    F("lên 250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      "mức trợ cấp ngày công lao động cho dân quân tự vệ"),
    F("gấp 1,68 lần", "1,68", 1.68, "multiple", "lần", "mức trợ cấp mới so với mức tối thiểu"),
    F("phụ cấp 1,2 triệu đồng/tháng", "1,2", 1.2e6, "money", "đồng/tháng", "phụ cấp dân quân thường trực"),
    F("từ 702.000 đến 936.000", "702.000", 702000, "money", "đồng", "phụ cấp hằng tháng của thôn đội trưởng",
      value_max=936000),
    F("khoảng 8.900 cán bộ", "8.900", 8900, "count", "cán bộ, chiến sĩ", SD, approx="about"),
    F("với 1.340 người", "1.340", 1340, "count", "người", SD, total=8900, location="Liên Chiểu"),
    F("Hòa Vang 1.215 người", "1.215", 1215, "count", "người", SD, total=8900, location="Hòa Vang"),
    F("Sơn Trà 960 người", "960", 960, "count", "người", SD, total=8900, location="Sơn Trà"),
    F("khoảng 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "ngân sách thành phố chi thêm mỗi năm",
      approx="about", status="forecast"),
    F("gần 64 tỷ đồng/năm", "64", 64e9, "money", "đồng/năm", "tổng kinh phí cho dân quân tự vệ", approx="nearly",
      status="forecast"),
    F("trật tự 6.720 lượt", "6.720", 6720, "count", "lượt", "lượt dân quân tham gia tuần tra, bảo vệ an ninh trật tự",
      period=Y(2023)),
    F("ứng phó 3 cơn bão", "3", 3, "count", "cơn bão", "cơn bão phối hợp ứng phó", period=Y(2023)),
    F("cứu nạn 42 vụ", "42", 42, "count", "vụ", "vụ cứu hộ, cứu nạn", period=Y(2023)),
    F("tương đương 37%", "37", 37, "percent", "%", "mức trợ cấp cũ so với thu nhập bình quân một ngày công của lao động phổ thông"),
    F("có 14 địa phương", "14", 14, "count", "địa phương",
      "địa phương áp dụng mức trợ cấp ngày công lao động cho dân quân trên 200.000 đồng/ngày", location="Việt Nam"),
    F("trên 200.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày", "mức trợ cấp ngày công lao động",
      approx="over", location="Việt Nam", optional=True),
    F("Hải, 45 tuổi", "45", 45, "measure", "tuổi", "tuổi của thôn đội trưởng", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): HĐND Đà Nẵng raises militia allowances. Dateline 'Thứ năm, 4/7/2024, 09:12 (GMT+7)', byline at the end.",
    "Distractors: 'Nghị định 72/2020/NĐ-CP', 'từ ngày 1/8/2024', 'ngày 14/7/2024', '45 tuổi' (a person's age, optional), 'thôn 5' (a name), '(GMT+7)'.",
    "The headline's 250.000 đồng mỗi ngày is a figure of its own occurrence (required); unit đồng/ngày.",
    "'từ 149.000 đồng lên 250.000 đồng/người/ngày': old and new levels are each a figure; the difference is not stated, so no change.",
    "'Mức mới cao gấp 1,68 lần …' stands alone as the claim: multiple. Allowance levels are regulations (no reporting period).",
    "District items after 'trong đó' following 'khoảng 8.900 cán bộ, chiến sĩ' (same thing, same time): total 8900, location = district.",
    "'dự kiến … chi thêm khoảng 21,4 tỷ đồng, nâng tổng … lên gần 64 tỷ đồng/năm': both forecast (the cue governs the continuing clause).",
    "'cả nước có 14 địa phương' is national (Việt Nam); the threshold 'trên 200.000 đồng/ngày' in its defining clause is optional.",
    "'tương đương 37% thu nhập …' stands in its own clause about the old level (no base amount in the sentence): a percent figure.",
]

write(6, TEXT, FIGS, COMMENTS, published="2024-07-04", location="Đà Nẵng")
