from lib import F, P, I, C, T, write

TEXT = """
Thời sự › Dân sinh
Thứ năm, 16/5/2024, 10:40 (GMT+7)

Tổng đài 115 Hà Nội mỗi ngày nhận hơn 3.000 cuộc gọi

Phần lớn cuộc gọi đến tổng đài cấp cứu là gọi nhầm, hỏi thông tin hoặc quấy rối, khiến người bệnh thật sự cần xe có lúc phải chờ máy.

Theo Trung tâm Cấp cứu 115 Hà Nội, 4 tháng đầu năm, tổng đài nhận 392.000 cuộc gọi, nhưng chỉ khoảng 9.800 cuộc có yêu cầu cấp cứu thực sự, chiếm 2,5%. Có ngày cuộc gọi quấy rối lên tới 600 cuộc.

Ông Lê Văn Chín, Giám đốc trung tâm, cho biết đơn vị hiện có 52 xe cứu thương và 12 trạm vệ tinh, phục vụ dân số hơn 8,5 triệu người, tương đương khoảng 1 xe/163.000 dân. Thời gian tiếp cận hiện trường trung bình ở nội thành là 18 phút, ngoại thành 25-40 phút, trong khi các thành phố lớn trên thế giới chỉ ở mức 8-10 phút.

Nhu cầu ngày càng tăng. Số ca cấp cứu đột quỵ mà trung tâm tiếp nhận năm 2023 gấp 1,5 lần năm 2020.

Bên cạnh hệ thống công lập, thành phố có hơn 200 xe cứu thương tư nhân thuộc 67 đơn vị được cấp phép, giá dao động từ 20.000 đến 35.000 đồng/km.

Năm 2023, UBND thành phố đã phê duyệt 145 tỷ đồng cho dự án nâng cấp hệ thống điều hành cấp cứu thông minh tại số 5 Trần Phú, quận Ba Đình. Theo kế hoạch đến năm 2025, trung tâm sẽ được bổ sung 30 xe và nâng số trạm vệ tinh lên 20 trạm.

Người dân chỉ nên gọi 115 khi có người cần cấp cứu, mô tả chính xác địa điểm để kíp trực đến nhanh nhất.

Thanh Lam
"""

M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 3.000 cuộc gọi", "3.000", 3000, "measure", "cuộc gọi/ngày",
      "cuộc gọi tổng đài 115 nhận mỗi ngày", approx="over"),
    F("nhận 392.000 cuộc gọi", "392.000", 392000, "count", "cuộc gọi",
      "cuộc gọi tổng đài nhận", M4),
    F("khoảng 9.800 cuộc", "9.800", 9800, "count", "cuộc",
      "cuộc gọi có yêu cầu cấp cứu thực sự", M4, approx="about", percent=2.5),
    F("lên tới 600 cuộc", "600", 600, "count", "cuộc", "cuộc gọi quấy rối trong một ngày", I(M4)),
    F("có 52 xe", "52", 52, "count", "xe cứu thương", "xe cứu thương của trung tâm"),
    F("12 trạm", "12", 12, "count", "trạm vệ tinh", "trạm vệ tinh của trung tâm"),
    F("hơn 8,5 triệu người", "8,5", 8.5e6, "count", "người", "dân số Hà Nội", approx="over"),
    F("khoảng 1 xe/163.000 dân", "1", 1, "measure", "xe/163.000 dân",
      "xe cứu thương trên dân số", approx="about"),
    F("là 18 phút", "18", 18, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình ở nội thành"),
    F("ngoại thành 25-40 phút", "25", 25, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình ở ngoại thành", value_max=40),
    F("mức 8-10 phút", "8", 8, "measure", "phút",
      "thời gian tiếp cận hiện trường ở các thành phố lớn trên thế giới", value_max=10, location=""),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
      "số ca cấp cứu đột quỵ trung tâm tiếp nhận so với năm 2020", Y23),
    F("hơn 200 xe", "200", 200, "count", "xe cứu thương tư nhân", "xe cứu thương tư nhân",
      approx="over"),
    F("thuộc 67 đơn vị", "67", 67, "count", "đơn vị", "đơn vị xe cứu thương tư nhân được cấp phép"),
    F("từ 20.000 đến 35.000 đồng/km", "20.000", 20000, "money", "đồng/km",
      "giá xe cứu thương tư nhân", value_max=35000),
    F("phê duyệt 145 tỷ đồng", "145", 145e9, "money", "đồng",
      "kinh phí dự án nâng cấp hệ thống điều hành cấp cứu thông minh", Y23b),
    F("bổ sung 30 xe", "30", 30, "count", "xe", "xe cứu thương bổ sung cho trung tâm", T25,
      status="target"),
    F("lên 20 trạm", "20", 20, "count", "trạm", "trạm vệ tinh", T25, status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ năm, 16/5/2024, 10:40 (GMT+7)'), Hà Nội's 115 centre.",
    "Distractors: 10:40, GMT+7, 'Tổng đài 115', 'gọi 115', 'Ông Lê Văn Chín' (name with a number word),",
    "'số 5 Trần Phú, quận Ba Đình', 'năm 2020' (baseline of the multiple).",
    "'4 tháng đầu năm' takes 2024 from the dateline. The '9.800 cuộc ... chiếm 2,5%' is a part of 392.000 but no",
    "part-of cue (trong đó/gồm/trong số) stands before it: percent 2,5, no total. The headline 'mỗi ngày ... hơn 3.000",
    "cuộc gọi' is a rate (cuộc gọi/ngày). 'có ngày ... lên tới 600 cuộc' is a one-day count. Sentences with 'hiện'",
    "and the response-time sentence carry no period phrase: none. 'gấp 1,5 lần năm 2020' stands alone as the claim",
    "(multiple, period năm 2023). The world cities' '8-10 phút' is a figure with no Vietnamese location (null).",
]

write("p850-6", TEXT, FIGS, NOTES, published="2024-05-16", location="Hà Nội")
