from lib import F, P, CH, emit

TEXT = """Thời sự › Xã hội

Kon Tum xảy ra hơn 40 trận động đất trong một tuần

Thứ bảy, 17/8/2024, 09:30 (GMT+7)

Từ ngày 28/7 đến ngày 3/8, huyện Kon Plông (Kon Tum) ghi nhận 43 trận động đất, mạnh nhất là trận 5,0 độ richter, mạnh nhất từ trước đến nay tại khu vực.

Theo Viện Vật lý địa cầu, trận 5,0 độ xảy ra lúc 8h30 ngày 28/7, ở độ sâu khoảng 8,7 km. Sau đó là chuỗi dư chấn có độ lớn từ 2,5 đến 4,0; nhiều nhất vào ngày 29/7 với 12 trận. Ba trận đáng chú ý tiếp theo lần lượt có độ lớn 3,1; 3,6 và 4,0 vào các ngày 30/7, 1/8 và 2/8.

Lãnh đạo Viện cho biết từ năm 2021 đến nay, khu vực Kon Plông đã xảy ra hơn 300 trận động đất có độ lớn từ 2,5 trở lên. Riêng 7 tháng đầu năm 2024 có 82 trận, gấp 2,3 lần cùng kỳ năm 2023. Nguyên nhân được xác định là động đất kích thích do tích nước các hồ thủy điện Thượng Kon Tum, Plei Krông, kết hợp với hoạt động của đứt gãy sẵn có.

Động đất khiến 217 ngôi nhà tại 5 xã Đăk Long, Hiếu, Măng Cành, Măng Bút, Đăk Ring bị nứt tường, bong tróc, trong đó xã Đăk Long nhiều nhất với 76 nhà. Tỉnh Kon Tum đã hỗ trợ khẩn cấp gần 1,3 tỷ đồng cho các hộ bị ảnh hưởng, mỗi hộ từ 3 đến 10 triệu đồng tùy mức độ thiệt hại.

Tại thời điểm xảy ra trận 5,0 độ, mực nước hồ Thượng Kon Tum ở cao trình 1.158,6 m, hồ Plei Krông ở 536,2 m. Các chủ hồ cho biết đập và các hạng mục công trình không bị ảnh hưởng. Bộ Công Thương đã yêu cầu các chủ đập lắp thêm 4 trạm đo gia tốc nền trong tháng 9/2024; Viện Vật lý địa cầu dự kiến bổ sung 10 trạm địa chấn, nâng tổng số trạm quanh khu vực lên 18 trạm.

Ngọc Minh
"""

WK = P("Từ ngày 28/7 đến ngày 3/8", "2024-07-28", "2024-08-03")
WKi = P("Từ ngày 28/7 đến ngày 3/8", "2024-07-28", "2024-08-03", inh=True)
D287 = P("ngày 28/7", "2024-07-28", "2024-07-28")
D287i = P("ngày 28/7", "2024-07-28", "2024-07-28", inh=True)
KP = "Kon Plông"
Q = "trận động đất"
R = "độ richter"

FIGS = [
    F("hơn 40 trận", "40", 40, "count", Q, "trận động đất trong một tuần", approx="over"),
    F("ghi nhận 43 trận", "43", 43, "count", Q, "trận động đất ghi nhận", WK, location=KP),
    F("trận 5,0 độ richter", "5,0", 5.0, "measure", R, "độ lớn trận động đất mạnh nhất", WK, location=KP),
    F("trận 5,0 độ xảy ra", "5,0", 5.0, "measure", R, "độ lớn trận động đất", D287, location=KP),
    F("khoảng 8,7 km", "8,7", 8.7, "measure", "km", "độ sâu chấn tiêu", D287, approx="about", location=KP),
    F("từ 2,5 đến 4,0;", "2,5", 2.5, "measure", R, "độ lớn chuỗi dư chấn", D287i, value_max=4.0, location=KP),
    F("với 12 trận", "12", 12, "count", "trận", "dư chấn", P("ngày 29/7", "2024-07-29", "2024-07-29"), location=KP),
    F("Ba trận đáng", "Ba", 3, "count", "trận", "trận dư chấn đáng chú ý", optional=True, location=KP),
    F("độ lớn 3,1;", "3,1", 3.1, "measure", R, "độ lớn dư chấn", P("ngày 30/7", "2024-07-30", "2024-07-30"), location=KP),
    F("3,6 và 4,0 vào", "3,6", 3.6, "measure", R, "độ lớn dư chấn", P("ngày 1/8", "2024-08-01", "2024-08-01"), location=KP),
    F("và 4,0 vào", "4,0", 4.0, "measure", R, "độ lớn dư chấn", P("ngày 2/8", "2024-08-02", "2024-08-02"), location=KP),
    F("hơn 300 trận", "300", 300, "count", Q, "trận động đất có độ lớn từ 2,5 trở lên",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-08-17"), approx="over", location=KP),
    F("từ 2,5 trở lên", "2,5", 2.5, "measure", R, approx="at_least", optional=True),
    F("có 82 trận", "82", 82, "count", "trận", "trận động đất", P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31"),
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023"), location=KP),
    F("khiến 217 ngôi nhà", "217", 217, "count", "ngôi nhà", "ngôi nhà bị nứt tường, bong tróc", WKi, location=KP),
    F("tại 5 xã", "5", 5, "count", "xã", "xã có nhà bị nứt tường, bong tróc", WKi, location=KP),
    F("với 76 nhà", "76", 76, "count", "nhà", "nhà bị nứt tường, bong tróc tại xã Đăk Long", WKi, total=217, location=KP),
    F("gần 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "hỗ trợ khẩn cấp cho các hộ bị ảnh hưởng", WKi, approx="nearly"),
    F("từ 3 đến 10 triệu đồng", "3", 3000000, "money", "đồng", "mức hỗ trợ mỗi hộ", WKi, value_max=10000000),
    F("xảy ra trận 5,0 độ,", "5,0", 5.0, "measure", R, "độ lớn trận động đất", D287, optional=True, location=KP),
    F("cao trình 1.158,6 m", "1.158,6", 1158.6, "measure", "m", "mực nước hồ Thượng Kon Tum", D287i, location=KP),
    F("ở 536,2 m", "536,2", 536.2, "measure", "m", "mực nước hồ Plei Krông", D287i),
    F("thêm 4 trạm", "4", 4, "count", "trạm đo gia tốc nền", "trạm đo gia tốc nền lắp thêm",
      P("trong tháng 9/2024", "2024-09-01", "2024-09-30"), status="target"),
    F("bổ sung 10 trạm", "10", 10, "count", "trạm địa chấn", "trạm địa chấn bổ sung", status="forecast"),
    F("lên 18 trạm", "18", 18, "count", "trạm", "tổng số trạm quanh khu vực", status="forecast"),
]

COMMENTS = [
    "National online press (VnExpress style): earthquake swarm in huyện Kon Plông (Kon Tum) near the Thượng Kon Tum / Plei Krông reservoirs.",
    "Dateline 'Thứ bảy, 17/8/2024, 09:30 (GMT+7)'; year-less dates take 2024 from it. '8h30', 'ngày 28/7', '(GMT+7)' are distractors;",
    "'Thượng Kon Tum' is a reservoir name. District figures -> location Kon Plông; province support and Plei Krông (not in Kon Plông) -> Kon Tum (default).",
    "Headline 'hơn 40 trận … trong một tuần': count, over, period not resolvable (none). 'lần lượt 3,1; 3,6 và 4,0 vào các ngày 30/7, 1/8 và 2/8':",
    "each magnitude takes its own day. 'gấp 2,3 lần cùng kỳ năm 2023' is the change of 82 trận (unit lần). '76 nhà' after 'trong đó' total 217.",
    "'từ 2,5 trở lên' threshold and the list head 'Ba trận' optional. 'yêu cầu … lắp thêm 4 trạm trong tháng 9/2024' = target; 'dự kiến' = forecast.",
    "Unitless 'độ lớn từ 2,5 đến 4,0' takes the article's magnitude unit 'độ richter'. 'Tại thời điểm xảy ra trận 5,0 độ' = 28/7 (inherited).",
    "'5,0 độ' is stated three times: the lead and 'trận 5,0 độ xảy ra' are figures; the third ('Tại thời điểm xảy ra trận 5,0 độ') only names the event: optional.",
]

emit("p419-3", TEXT, COMMENTS, FIGS, published="2024-08-17", location="Kon Tum")
