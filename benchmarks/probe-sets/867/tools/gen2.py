from lib import F, P, I, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VIỆT YÊN
Trang chủ » Tin tức » Kinh tế

Xã Vân Hà: rượu làng Vân thu trên 100 tỷ đồng
14/09/2023 | 15:32

Những năm gần đây, nghề nấu rượu truyền thống làng Vân (xã Vân Hà) tiếp tục phát triển ổn định. Toàn xã hiện có 285 hộ nấu rượu với khoảng 1.100 lao động, tập trung ở thôn Yên Viên và thôn Việt Hưng.

Tính đến hết tháng 8/2023, các hộ đã sản xuất và tiêu thụ khoảng 2,3 triệu lít rượu các loại, đạt 68% kế hoạch năm, tăng 9,5% so với cùng kỳ; doanh thu từ rượu đạt 104 tỷ đồng. Giá bán rượu nếp cái hoa vàng bình quân từ 80.000 đến 120.000 đồng/lít. Giá rượu nếp gấp khoảng 1,5 lần rượu gạo tẻ.

Xã có 1 hợp tác xã và 3 tổ hợp tác sản xuất rượu với 64 thành viên; 2 sản phẩm "Rượu làng Vân" được công nhận OCOP 3 sao. Nhiều hộ như gia đình ông Nguyễn Văn Tư (thôn Yên Viên) mỗi năm bán ra trên 20.000 lít rượu, lãi khoảng 350 triệu đồng.

Để kiểm soát chất lượng, từ đầu năm đến nay UBND xã phối hợp Đội Quản lý thị trường số 4 kiểm tra 37 lượt hộ sản xuất, lấy 12 mẫu rượu để kiểm nghiệm, 100% mẫu đạt chỉ tiêu methanol theo QCVN 6-3:2010/BYT. Đã có 46 hộ được cấp giấy phép sản xuất rượu thủ công, chiếm 16,1% số hộ nấu rượu.

Năm 2023, xã phấn đấu sản lượng rượu đạt 3,4 triệu lít, doanh thu trên 150 tỷ đồng; đến năm 2025 có ít nhất 50% số hộ nấu rượu được cấp giấy phép. Huyện dự kiến hỗ trợ 300 triệu đồng để xã xây dựng khu xử lý nước thải tập trung cho làng nghề.

Thu Hà - Trung tâm VH-TT&TT huyện Việt Yên
"""

AUG = P("Tính đến hết tháng 8/2023", None, "2023-08-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-09-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", "doanh thu rượu làng Vân", approx="over"),
    F("có 285 hộ nấu rượu", "285", 285, "count", "hộ", "hộ nấu rượu"),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động nấu rượu", approx="about"),
    F("khoảng 2,3 triệu lít", "2,3", 2.3e6, "measure", "lít", "rượu các loại sản xuất và tiêu thụ", AUG,
      approx="about", percent=68, change=C("increase", 9.5, "%", "cùng kỳ")),
    F("đạt 104 tỷ đồng", "104", 104e9, "money", "đồng", "doanh thu từ rượu", AUG),
    F("từ 80.000 đến 120.000 đồng/lít", "80.000", 80000, "money", "đồng/lít", "giá bán rượu nếp cái hoa vàng bình quân",
      value_max=120000),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá rượu nếp so với rượu gạo tẻ", approx="about"),
    F("có 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã sản xuất rượu"),
    F("và 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác sản xuất rượu"),
    F("với 64 thành viên", "64", 64, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác sản xuất rượu"),
    F("2 sản phẩm \"Rượu", "2", 2, "count", "sản phẩm", "sản phẩm Rượu làng Vân được công nhận OCOP"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("trên 20.000 lít rượu", "20.000", 20000, "measure", "lít", "rượu một hộ bán ra mỗi năm", approx="over"),
    F("khoảng 350 triệu đồng", "350", 350e6, "money", "đồng", "lãi mỗi năm của hộ", approx="about"),
    F("kiểm tra 37 lượt hộ", "37", 37, "count", "lượt hộ", "lượt hộ sản xuất được kiểm tra", YTD),
    F("lấy 12 mẫu rượu", "12", 12, "count", "mẫu", "mẫu rượu lấy để kiểm nghiệm", YTD),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu đạt chỉ tiêu methanol", YTD),
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ được cấp giấy phép sản xuất rượu thủ công", percent=16.1),
    F("đạt 3,4 triệu lít", "3,4", 3.4e6, "measure", "lít", "sản lượng rượu", Y23, status="target"),
    F("trên 150 tỷ đồng", "150", 150e9, "money", "đồng", "doanh thu", Y23, approx="over", status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "số hộ nấu rượu được cấp giấy phép",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("hỗ trợ 300 triệu đồng", "300", 300e6, "money", "đồng", "hỗ trợ xây dựng khu xử lý nước thải tập trung cho làng nghề",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Việt Yên (Bắc Giang): rượu làng Vân, xã Vân Hà, 8 tháng 2023. Dateline '14/09/2023 | 15:32' under the headline.",
    "Location Việt Yên throughout (xã Vân Hà lies in it). 'Giá rượu nếp gấp khoảng 1,5 lần rượu gạo tẻ' stands as its own sentence: a multiple.",
    "'Tính đến hết tháng 8/2023' is an as-of phrase (end only). 'từ đầu năm đến nay' ends at the dateline.",
    "Distractors: Đội Quản lý thị trường số 4, QCVN 6-3:2010/BYT, ông Nguyễn Văn Tư, thôn names; 'OCOP 3 sao' optional.",
    "'Năm 2023, xã phấn đấu …' targets; 'đến năm 2025' target 50%; 'Huyện dự kiến hỗ trợ' forecast.",
]

build("p867-2", TEXT, FIGS, NOTES, published="2023-09-14", location="Việt Yên")
