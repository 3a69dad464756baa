from lib import F, P, INH, CH, TG, emit

TEXT = """Xã hội
Thứ Sáu, 15/11/2024 | 10:05

Chi trả trợ cấp xã hội qua tài khoản mới đạt 45% kế hoạch

(QNO) - Đến ngày 31/10/2024, toàn tỉnh có 18.936 đối tượng bảo trợ xã hội nhận trợ cấp hằng tháng qua tài khoản ngân hàng, chiếm 27,4% tổng số 69.112 đối tượng đang hưởng (kế hoạch năm 2024 là 42.000 người).

Một số địa phương có tỷ lệ chi trả qua tài khoản cao là TP.Tam Kỳ (61,3%), TP.Hội An (58,7%), thị xã Điện Bàn (40,2%); trong khi huyện Nam Trà My chỉ đạt 3,8% do thiếu điểm giao dịch ngân hàng, nhiều thôn nằm xa Quốc lộ 40B, cách trung tâm xã trên 20 km.

Toàn tỉnh hiện có 38.560 người cao tuổi hưởng trợ cấp hằng tháng, bình quân 250 người/vạn dân; người khuyết tật đặc biệt nặng là 7.412 người. 10 tháng năm 2024, tổng kinh phí chi trả trợ cấp xã hội hằng tháng là 278,5 tỷ đồng, tăng 19,6% so với cùng kỳ, chủ yếu do điều chỉnh mức chuẩn trợ giúp xã hội theo Nghị định 76/2024/NĐ-CP.

Theo Nghị quyết số 35/2023/NQ-HĐND, đối tượng ở vùng sâu, vùng xa được hỗ trợ phí rút tiền 5.000 đồng/giao dịch. Sở LĐ-TB&XH đặt mục tiêu đến cuối năm 2024 nâng tỷ lệ chi trả qua tài khoản lên 35-40%; phấn đấu đến năm 2025 đạt trên 60% ở khu vực đô thị.

Đại diện Bưu điện tỉnh cho biết, đơn vị đã bố trí 241 điểm chi trả tại các xã, phường, thị trấn và tổ chức chi trả tại nhà cho gần 1.500 đối tượng già yếu, khuyết tật nặng không thể đi lại.

VINH ANH
"""

FIG = [
    F("mới đạt 45% kế hoạch", "45", 45, "percent", "%", "chi trả trợ cấp xã hội qua tài khoản so với kế hoạch"),
    F("có 18.936 đối tượng", "18.936", 18936, "count", "đối tượng",
      "đối tượng bảo trợ xã hội nhận trợ cấp hằng tháng qua tài khoản ngân hàng",
      P("Đến ngày 31/10/2024", None, "2024-10-31"), total=69112, percent=27.4, target=TG(42000, "người")),
    F("Tam Kỳ (61,3%)", "61,3", 61.3, "percent", "%", "tỷ lệ chi trả qua tài khoản", location="Tam Kỳ"),
    F("Hội An (58,7%)", "58,7", 58.7, "percent", "%", "tỷ lệ chi trả qua tài khoản", location="Hội An"),
    F("Điện Bàn (40,2%)", "40,2", 40.2, "percent", "%", "tỷ lệ chi trả qua tài khoản", location="Điện Bàn"),
    F("đạt 3,8%", "3,8", 3.8, "percent", "%", "tỷ lệ chi trả qua tài khoản", location="Nam Trà My"),
    F("trên 20 km", "20", 20, "measure", "km", "khoảng cách từ thôn đến trung tâm xã", approx="over",
      location="Nam Trà My"),
    F("có 38.560 người", "38.560", 38560, "count", "người cao tuổi", "người cao tuổi hưởng trợ cấp hằng tháng"),
    F("bình quân 250 người/vạn dân", "250", 250, "measure", "người/vạn dân",
      "người cao tuổi hưởng trợ cấp hằng tháng bình quân"),
    F("là 7.412 người", "7.412", 7412, "count", "người", "người khuyết tật đặc biệt nặng"),
    F("là 278,5 tỷ đồng", "278,5", 278.5e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội hằng tháng",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), change=CH("increase", 19.6, baseline="cùng kỳ")),
    F("phí rút tiền 5.000 đồng/giao dịch", "5.000", 5000, "money", "đồng/giao dịch",
      "hỗ trợ phí rút tiền cho đối tượng ở vùng sâu, vùng xa"),
    F("lên 35-40%", "35", 35, "percent", "%", "tỷ lệ chi trả qua tài khoản",
      P("đến cuối năm 2024", None, "2024-12-31"), value_max=40, status="target"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ chi trả qua tài khoản ở khu vực đô thị",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("bố trí 241 điểm", "241", 241, "count", "điểm chi trả", "điểm chi trả tại các xã, phường, thị trấn"),
    F("gần 1.500 đối tượng", "1.500", 1500, "count", "đối tượng",
      "đối tượng già yếu, khuyết tật nặng được chi trả tại nhà", approx="nearly"),
]

COMMENTS = [
    "Báo Quảng Nam (tag '(QNO) -'), dateline 'Thứ Sáu, 15/11/2024 | 10:05', byline at the end. The province is never named: the paper's tag",
    "and its districts (Tam Kỳ, Hội An, Điện Bàn, Nam Trà My) imply Quảng Nam. District/city items go to location.",
    "18.936 'chiếm 27,4% tổng số 69.112 đối tượng' → percent 27,4 and total 69.112 (the whole is an attribute, not a figure);",
    "'(kế hoạch năm 2024 là 42.000 người)' → target 42.000. Headline 'mới đạt 45% kế hoạch' is a percent figure.",
    "'bình quân 250 người/vạn dân' is a rate (measure, denominator in the unit). '35-40%' range target; 'trên 60%' target, approx over.",
    "Distractors: Nghị định 76/2024/NĐ-CP, Nghị quyết số 35/2023/NQ-HĐND, 'Quốc lộ 40B', dateline time '10:05'.",
]

emit("p568-8", TEXT, COMMENTS, FIG, published="2024-11-15", location="Quảng Nam")
