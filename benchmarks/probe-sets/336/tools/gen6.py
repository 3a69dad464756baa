from lib import F, P, emit
text = """Giáo dục › Tin tức
Thứ hai, 9/9/2024, 14:20 (GMT+7)

Gần 1,9 triệu người Việt từ 15 tuổi trở lên chưa biết chữ

Tỷ lệ biết chữ của người từ 15 tuổi trở lên ở Việt Nam năm 2023 đạt 96,1%, song tỷ lệ này ở một số dân tộc thiểu số vẫn dưới 70%.

Số liệu được Bộ Giáo dục và Đào tạo đưa ra nhân Ngày Quốc tế xóa mù chữ 8/9 và kỷ niệm 79 năm Ngày truyền thống Bình dân học vụ. Theo đó, cả nước hiện còn gần 1,9 triệu người từ 15 tuổi trở lên chưa biết chữ, trong đó khoảng 1,2 triệu người là đồng bào dân tộc thiểu số, chiếm 63%. Tỷ lệ nữ mù chữ cao gấp 1,8 lần nam.

Ở nhóm dân tộc thiểu số, tỷ lệ biết chữ chung đạt 89,2%, thấp hơn 7,9 điểm phần trăm so với dân tộc Kinh. Một số dân tộc có tỷ lệ biết chữ thấp là Mông (68,4%), La Hủ (61,7%), Lự (64,9%); ngược lại, dân tộc Hoa, Tày, Mường có tỷ lệ từ 95 đến 98%.

Trong giai đoạn 2021-2023, các địa phương đã mở hơn 7.200 lớp xóa mù chữ, thu hút khoảng 158.000 học viên, với tổng kinh phí trên 420 tỷ đồng. Riêng năm 2023 có 2.611 lớp, tăng 6,5% so với năm 2022.

Ông Thái Văn Tài, Vụ trưởng Vụ Giáo dục phổ thông, cho biết xóa mù chữ cho người lớn tuổi rất khó vì học viên phần lớn ngoài 40 tuổi, nhiều người học xong 2-3 năm thì tái mù chữ. Bộ đang xây dựng chương trình xóa mù chữ gắn với kỹ năng số, dự kiến thí điểm tại 10 tỉnh miền núi phía Bắc từ năm 2025.

Theo Sắc lệnh số 17/SL ngày 8/9/1945, Nha Bình dân học vụ được thành lập; sau 1 năm, hơn 2,5 triệu người đã biết đọc, biết viết.

Thanh Hằng
"""
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
figs = [
    F("Gần 1,9 triệu người Việt", "1,9", 1.9e6, "count", "người", "người từ 15 tuổi trở lên chưa biết chữ", approx="nearly", period=Y23i),
    F("Việt từ 15 tuổi", "15", 15, "measure", "tuổi", optional=True),
    F("người từ 15 tuổi trở lên ở Việt Nam", "15", 15, "measure", "tuổi", optional=True),
    F("đạt 96,1%", "96,1", 96.1, "percent", "%", "tỷ lệ biết chữ của người từ 15 tuổi trở lên", period=Y23),
    F("vẫn dưới 70%", "70", 70, "percent", "%", "tỷ lệ biết chữ ở một số dân tộc thiểu số", approx="under", period=Y23),
    F("kỷ niệm 79 năm", "79", 79, "measure", "năm", optional=True),
    F("còn gần 1,9 triệu người", "1,9", 1.9e6, "count", "người", "người từ 15 tuổi trở lên chưa biết chữ", approx="nearly", period=Y23i),
    F("còn gần 1,9 triệu người từ 15 tuổi", "15", 15, "measure", "tuổi", optional=True),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "người", "người chưa biết chữ là đồng bào dân tộc thiểu số", approx="about", total=1.9e6, percent=63, period=Y23i),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "tỷ lệ nữ mù chữ so với nam", period=Y23i),
    F("chung đạt 89,2%", "89,2", 89.2, "percent", "%", "tỷ lệ biết chữ của nhóm dân tộc thiểu số", period=Y23i,
      change={"direction": "decrease", "value": 7.9, "unit": "điểm phần trăm", "baseline": "dân tộc Kinh"}),
    F("Mông (68,4%)", "68,4", 68.4, "percent", "%", "tỷ lệ biết chữ dân tộc Mông", period=Y23i),
    F("La Hủ (61,7%)", "61,7", 61.7, "percent", "%", "tỷ lệ biết chữ dân tộc La Hủ", period=Y23i),
    F("Lự (64,9%)", "64,9", 64.9, "percent", "%", "tỷ lệ biết chữ dân tộc Lự", period=Y23i),
    F("từ 95 đến 98%", "95", 95, "percent", "%", "tỷ lệ biết chữ dân tộc Hoa, Tày, Mường", value_max=98, period=Y23i),
    F("hơn 7.200 lớp", "7.200", 7200, "count", "lớp", "lớp xóa mù chữ", approx="over", period=GD),
    F("khoảng 158.000 học viên", "158.000", 158000, "count", "học viên", "học viên lớp xóa mù chữ", approx="about", period=GD),
    F("trên 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng kinh phí xóa mù chữ", approx="over", period=GD),
    F("có 2.611 lớp", "2.611", 2611, "count", "lớp", "lớp xóa mù chữ", period=Y23,
      change={"direction": "increase", "value": 6.5, "unit": "%", "baseline": "năm 2022"}),
    F("ngoài 40 tuổi", "40", 40, "measure", "tuổi", approx="over", optional=True),
    F("2-3 năm", "2", 2, "measure", "năm", value_max=3, optional=True),
    F("tại 10 tỉnh", "10", 10, "count", "tỉnh", "tỉnh miền núi phía Bắc thí điểm chương trình xóa mù chữ gắn với kỹ năng số", status="forecast",
      period=P("từ năm 2025", "2025-01-01", None)),
    F("sau 1 năm", "1", 1, "measure", "năm", optional=True),
    F("hơn 2,5 triệu người", "2,5", 2.5e6, "count", "người", "người biết đọc, biết viết sau 1 năm Bình dân học vụ", approx="over",
      period=P("sau 1 năm", "1945-09-08", "1946-09-08", inh=True)),
]
emit("p336-6", text, [
    "National online newspaper (VnExpress style): Ngày Quốc tế xóa mù chữ 2024 — literacy of people aged 15+, ethnic minorities, literacy classes 2021-2023.",
    "Dateline 'Thứ hai, 9/9/2024, 14:20 (GMT+7)' before the title; byline at the end. Location Việt Nam throughout (no province).",
    "Headline and body both give 'gần 1,9 triệu người': two figures. 'trong đó khoảng 1,2 triệu …, chiếm 63%': part of 1,9 triệu (total) with percent 63.",
    "'Tỷ lệ nữ mù chữ cao gấp 1,8 lần nam' is a multiple standing alone. 'thấp hơn 7,9 điểm phần trăm so với dân tộc Kinh' is the change of 89,2% (unit điểm phần trăm).",
    "Ethnic groups are not places: they go to the subject. 'từ 95 đến 98%' is a range (value 95, value_max 98). 'giai đoạn 2021-2023' gives 2021-01-01 .. 2023-12-31.",
    "'dự kiến thí điểm tại 10 tỉnh … từ năm 2025' is a forecast; period starts 2025-01-01 with no end. Historical '2,5 triệu người' (1945-46): period only implied, marked inherited (not scored).",
    "Optional: age bounds ('15 tuổi', 'ngoài 40 tuổi'), anniversary '79 năm', '2-3 năm', 'sau 1 năm'. Not figures: 'Ngày Quốc tế xóa mù chữ 8/9', 'Sắc lệnh số 17/SL ngày 8/9/1945', '(GMT+7)'.",
], figs, published="2024-09-09", location="Việt Nam")
