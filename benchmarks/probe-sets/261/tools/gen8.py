from lib import F, P, C, T, build

text = """
ĐẢNG CỘNG SẢN VIỆT NAM - BÁO ĐIỆN TỬ
Thời sự | Pháp luật

Hơn 1,6 triệu thẻ căn cước được cấp sau ba tháng thi hành Luật Căn cước
Thứ Bảy, 05/10/2024 - 14:05 | Lượt xem: 12.406

(ĐCSVN) - Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), Bộ Công an, từ 1/7 đến 30/9/2024, lực lượng Công an cả nước đã thu nhận hơn 6,2 triệu hồ sơ cấp căn cước, trong đó khoảng 1,05 triệu hồ sơ của trẻ em dưới 14 tuổi; đã cấp, trả hơn 1,6 triệu thẻ căn cước.

Tính đến ngày 30/9/2024, cả nước đã cấp hơn 87,9 triệu thẻ căn cước công dân và căn cước; 57,6 triệu tài khoản định danh điện tử được kích hoạt, tăng 3,8 triệu tài khoản so với thời điểm 30/6/2024. Đã có 63/63 địa phương triển khai cấp căn cước cho người dưới 6 tuổi qua ứng dụng VNeID.

Các địa phương có tỷ lệ kích hoạt tài khoản định danh điện tử cao nhất là Bắc Ninh (91,7%), Đà Nẵng (89,3%) và Vĩnh Phúc (88,8%); một số địa phương vẫn dưới 60% như Hà Giang, Lai Châu.

Ứng dụng VNeID phiên bản 2.1.9 đã tích hợp 42 tiện ích; từ đầu năm đến nay ghi nhận hơn 1,2 tỷ lượt truy cập, tăng gấp 2,5 lần so với cùng kỳ năm 2023.

Theo Đề án 06, giai đoạn 2022-2025, tầm nhìn đến năm 2030, Bộ Công an phấn đấu đến hết năm 2024 có 100% công dân đủ điều kiện được cấp căn cước, trên 70 triệu tài khoản định danh điện tử được kích hoạt. Dự kiến trong giai đoạn 2021-2025, kinh phí đầu tư cho hệ thống định danh và xác thực điện tử khoảng 2.650 tỷ đồng.

Người dân cần hỗ trợ liên hệ tổng đài 1900.0368.
"""

Q3 = P("từ 1/7 đến 30/9/2024", "2024-07-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
RATE = "tỷ lệ kích hoạt tài khoản định danh điện tử"
E24 = P("đến hết năm 2024", None, "2024-12-31")

figs = [
    F("Hơn 1,6 triệu thẻ", "1,6", 1600000, "count", "thẻ căn cước", "thẻ căn cước được cấp", approx="over"),
    F("hơn 6,2 triệu hồ sơ", "6,2", 6200000, "count", "hồ sơ", "hồ sơ cấp căn cước thu nhận", approx="over", period=Q3),
    F("khoảng 1,05 triệu hồ sơ", "1,05", 1050000, "count", "hồ sơ", "hồ sơ cấp căn cước của trẻ em dưới 14 tuổi",
      approx="about", total=6200000, period=Q3),
    F("em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("trả hơn 1,6 triệu thẻ", "1,6", 1600000, "count", "thẻ căn cước", "thẻ căn cước đã cấp, trả", approx="over", period=Q3),
    F("hơn 87,9 triệu thẻ", "87,9", 87900000, "count", "thẻ căn cước", "thẻ căn cước công dân và căn cước đã cấp",
      approx="over", period=AS),
    F("57,6 triệu tài khoản", "57,6", 57600000, "count", "tài khoản", "tài khoản định danh điện tử được kích hoạt",
      change=C("increase", 3800000, "tài khoản", "thời điểm 30/6/2024"), period=AS),
    F("63/63 địa phương", "63", 63, "count", "địa phương", "địa phương triển khai cấp căn cước cho người dưới 6 tuổi qua VNeID",
      total=63, period=ASi),
    F("người dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("Bắc Ninh (91,7%)", "91,7", 91.7, "percent", "%", RATE, location="Bắc Ninh", period=ASi),
    F("Đà Nẵng (89,3%)", "89,3", 89.3, "percent", "%", RATE, location="Đà Nẵng", period=ASi),
    F("Vĩnh Phúc (88,8%)", "88,8", 88.8, "percent", "%", RATE, location="Vĩnh Phúc", period=ASi),
    F("dưới 60%", "60", 60, "percent", "%", RATE, approx="under", optional=True),
    F("tích hợp 42 tiện ích", "42", 42, "count", "tiện ích", "tiện ích tích hợp trên ứng dụng VNeID"),
    F("hơn 1,2 tỷ lượt", "1,2", 1200000000, "count", "lượt truy cập", "lượt truy cập ứng dụng VNeID", approx="over",
      change=C("increase", 2.5, "lần", "cùng kỳ năm 2023"), period=P("từ đầu năm đến nay", "2024-01-01", "2024-10-05")),
    F("có 100% công dân", "100", 100, "percent", "%", "công dân đủ điều kiện được cấp căn cước", status="target", period=E24),
    F("trên 70 triệu", "70", 70000000, "count", "tài khoản định danh điện tử", "tài khoản định danh điện tử được kích hoạt",
      approx="over", status="target", period=E24),
    F("khoảng 2.650 tỷ đồng", "2.650", 2650000000000, "money", "đồng",
      "kinh phí đầu tư cho hệ thống định danh và xác thực điện tử", approx="about", status="forecast",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

comments = [
    "Báo điện tử Đảng Cộng sản Việt Nam (national Party newspaper): căn cước and VNeID after three months of the Luật Căn cước (to 30/9/2024).",
    "Dateline 'Thứ Bảy, 05/10/2024 - 14:05 | Lượt xem: 12.406'. Distractors: view counter, '(ĐCSVN)', 'C06', 'Đề án 06', 'giai đoạn 2022-2025,",
    "tầm nhìn đến năm 2030' (the plan's name), 'VNeID phiên bản 2.1.9', 'thời điểm 30/6/2024' (baseline), tổng đài 1900.0368, 'sau ba tháng' (duration).",
    "National figures: location Việt Nam. '1,05 triệu hồ sơ' after 'trong đó' is part of 6,2 triệu. 'tăng 3,8 triệu tài khoản so với ...' is the change",
    "of 57,6 triệu (absolute, unit tài khoản). 'tăng gấp 2,5 lần so với cùng kỳ năm 2023' is the change of 1,2 tỷ lượt. Ages are optional criteria.",
    "'vẫn dưới 60% như Hà Giang, Lai Châu' (a threshold for a group of two provinces) is optional. 'Dự kiến ... khoảng 2.650 tỷ đồng' is a forecast.",
    "Headline 'Hơn 1,6 triệu thẻ' has no period in its line ('sau ba tháng thi hành' is a duration).",
]
build(8, text, comments, "2024-10-05", "Việt Nam", figs)
