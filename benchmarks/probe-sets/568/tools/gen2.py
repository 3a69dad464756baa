from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ - TỈNH HÀ TĨNH
Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Năm, 25/07/2024 - 15:20

Hương Khê: Nâng mức trợ cấp cho 5.126 đối tượng bảo trợ xã hội

Thực hiện Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ, từ tháng 7/2024 mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng. Phòng Lao động - Thương binh và Xã hội huyện đã phối hợp với 21 xã, thị trấn rà soát, điều chỉnh mức hưởng cho 5.126 đối tượng đang hưởng trợ cấp xã hội hằng tháng.

Trong đó, người cao tuổi 2.984 người, người khuyết tật 1.857 người, trẻ em mồ côi 96 em, người đơn thân nghèo đang nuôi con nhỏ 189 người. Với mức chuẩn mới, trợ cấp thấp nhất là 500.000 đồng/người/tháng, cao nhất là 1.250.000 đồng/người/tháng, áp dụng cho trẻ em dưới 4 tuổi là người khuyết tật đặc biệt nặng (hệ số 2,5).

Tổng kinh phí chi trả trợ cấp tháng 7/2024 là 3,84 tỷ đồng, tăng 1,06 tỷ đồng so với tháng 6/2024. Dự kiến cả năm 2024, kinh phí chi trả trợ cấp hằng tháng trên địa bàn huyện khoảng 39,5 tỷ đồng.

Bên cạnh đó, huyện hiện có 38 đối tượng đang được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh và 17 hộ gia đình nhận chăm sóc người cao tuổi, trẻ em mồ côi tại cộng đồng. Riêng xã Phúc Trạch có 412 đối tượng, xã Hương Trạch có 389 đối tượng hưởng trợ cấp, nhiều nhất huyện.

Việc chi trả được thực hiện tại các điểm bưu điện văn hóa xã và tại nhà đối với người già yếu, ốm đau. Người dân cần hỗ trợ liên hệ Phòng LĐ-TB&XH huyện, số 126 đường Hàm Nghi, tổ dân phố 10, thị trấn Hương Khê, điện thoại 0239.3871.234.

Thu Hà (Phòng LĐ-TB&XH)
"""

FIG = [
    F("cho 5.126 đối tượng bảo trợ", "5.126", 5126, "count", "đối tượng",
      "đối tượng bảo trợ xã hội được nâng mức trợ cấp"),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng", "mức chuẩn trợ giúp xã hội"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("với 21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn phối hợp rà soát, điều chỉnh mức hưởng"),
    F("cho 5.126 đối tượng đang", "5.126", 5126, "count", "đối tượng",
      "đối tượng đang hưởng trợ cấp xã hội hằng tháng được điều chỉnh mức hưởng"),
    F("người cao tuổi 2.984 người", "2.984", 2984, "count", "người", "người cao tuổi", total=5126),
    F("người khuyết tật 1.857 người", "1.857", 1857, "count", "người", "người khuyết tật", total=5126),
    F("trẻ em mồ côi 96 em", "96", 96, "count", "em", "trẻ em mồ côi", total=5126),
    F("con nhỏ 189 người", "189", 189, "count", "người", "người đơn thân nghèo đang nuôi con nhỏ", total=5126),
    F("thấp nhất là 500.000", "500.000", 500000, "money", "đồng/người/tháng", "trợ cấp thấp nhất"),
    F("cao nhất là 1.250.000", "1.250.000", 1250000, "money", "đồng/người/tháng", "trợ cấp cao nhất"),
    F("dưới 4 tuổi", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("hệ số 2,5", "2,5", 2.5, "measure", "hệ số", "hệ số trợ cấp", optional=True),
    F("là 3,84 tỷ đồng", "3,84", 3.84e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp",
      P("tháng 7/2024", "2024-07-01", "2024-07-31"),
      change=CH("increase", 1.06e9, unit="đồng", baseline="tháng 6/2024")),
    F("khoảng 39,5 tỷ đồng", "39,5", 39.5e9, "money", "đồng", "kinh phí chi trả trợ cấp hằng tháng",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 38 đối tượng", "38", 38, "count", "đối tượng",
      "đối tượng đang được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh"),
    F("17 hộ gia đình", "17", 17, "count", "hộ gia đình",
      "hộ gia đình nhận chăm sóc người cao tuổi, trẻ em mồ côi tại cộng đồng"),
    F("có 412 đối tượng", "412", 412, "count", "đối tượng", "đối tượng hưởng trợ cấp xã Phúc Trạch"),
    F("có 389 đối tượng", "389", 389, "count", "đối tượng", "đối tượng hưởng trợ cấp xã Hương Trạch"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hương Khê (Hà Tĩnh), dateline 'Thứ Năm, 25/07/2024 - 15:20', byline at the end: mức chuẩn trợ giúp xã hội raised by Nghị định 76/2024/NĐ-CP.",
    "'nâng từ 360.000 đồng lên 500.000 đồng/tháng': both levels are figures (old and new); no change attribute (the text states no amount of change).",
    "'từ tháng 7/2024' (a start of validity) is left without a period. Four groups after 'Trong đó' add up to 5.126.",
    "Commune items (xã Phúc Trạch, xã Hương Trạch) are not districts: location stays Hương Khê, the commune is kept in the subject.",
    "Optional: age threshold 'dưới 4 tuổi', coefficient 'hệ số 2,5'. Distractors: Nghị định số 76/2024/NĐ-CP ngày 01/7/2024, 'số 126 đường Hàm Nghi', 'tổ dân phố 10', phone 0239.3871.234.",
]

emit("p568-2", TEXT, COMMENTS, FIG, published="2024-07-25", location="Hương Khê")
