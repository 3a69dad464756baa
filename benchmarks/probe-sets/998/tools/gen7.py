"""p998-7: Sở LĐ-TB&XH Đắk Lắk department site, no dateline, footer with address, phone and counters."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chăm lo đời sống người cao tuổi năm 2023

Năm 2023, toàn tỉnh Đắk Lắk có 212.480 người cao tuổi, trong đó người cao tuổi là đồng bào dân tộc thiểu số chiếm 21,4%. Ngành Lao động - Thương binh và Xã hội đã chi trả trợ cấp xã hội hằng tháng cho 38.912 người cao tuổi với tổng kinh phí hơn 176 tỷ đồng, đạt 101,3% dự toán.

Công tác chúc thọ, mừng thọ được các cấp quan tâm thực hiện. Trong năm, toàn tỉnh tổ chức mừng thọ cho 16.540 người, trong đó có 1.215 người tuổi 90 và 97 người tròn 100 tuổi được Chủ tịch nước tặng quà. Các địa phương có số người được mừng thọ nhiều là thành phố Buôn Ma Thuột (2.874 người), huyện Krông Pắc (1.962 người) và huyện Cư M'gar (1.508 người). Kinh phí mừng thọ bình quân khoảng 320.000 đồng/người.

Tính đến hết tháng 6/2024, toàn tỉnh có 39.406 người từ 80 tuổi trở lên hưởng trợ cấp xã hội, tăng 494 người so với cuối năm 2023. Năm 2024, tỉnh phấn đấu 100% người đủ điều kiện được hưởng trợ cấp kịp thời; dự kiến mừng thọ cho khoảng 17.200 người với kinh phí 5,8 tỷ đồng.

Bên cạnh đó, toàn tỉnh đã thành lập 186 câu lạc bộ liên thế hệ tự giúp nhau, vượt 16% kế hoạch, thu hút 9.350 thành viên. So với năm 2020, số câu lạc bộ đã tăng gấp 2,5 lần.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK LẮK
Địa chỉ: Số 17 Lê Duẩn, phường Tân Tiến, TP Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.401 - Fax: 0262.3856.112
Tổng lượt truy cập: 3.261.907
Đang trực tuyến: 48
"""

Y23 = Y(2023)
Y23b = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = Y(2024, "Năm 2024")

FIGS = [
    F("có 212.480 người cao tuổi", "212.480", 212480, "count", "người cao tuổi", "người cao tuổi",
      Y(2023, "Năm 2023")),
    F("chiếm 21,4%", "21,4", 21.4, "percent", "%", "người cao tuổi là đồng bào dân tộc thiểu số",
      Y(2023, "Năm 2023")),
    F("cho 38.912 người cao tuổi", "38.912", 38912, "count", "người cao tuổi",
      "người cao tuổi được chi trả trợ cấp xã hội hằng tháng", inh(Y(2023, "Năm 2023"))),
    F("hơn 176 tỷ đồng", "176", 176e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội hằng tháng",
      inh(Y(2023, "Năm 2023")), approx="over", percent=101.3),
    F("cho 16.540 người", "16.540", 16540, "count", "người", "người được mừng thọ", Y23b),
    F("có 1.215 người", "1.215", 1215, "count", "người", "người tuổi 90 được mừng thọ", Y23b, total=16540),
    OPT_AGE("người tuổi 90", "90"),
    F("97 người tròn", "97", 97, "count", "người", "người tròn 100 tuổi được Chủ tịch nước tặng quà", Y23b,
      total=16540),
    OPT_AGE("tròn 100 tuổi được", "100"),
    F("Buôn Ma Thuột (2.874 người)", "2.874", 2874, "count", "người", "người được mừng thọ", inh(Y23b),
      location="Buôn Ma Thuột"),
    F("Krông Pắc (1.962 người)", "1.962", 1962, "count", "người", "người được mừng thọ", inh(Y23b),
      location="Krông Pắc"),
    F("Cư M'gar (1.508 người)", "1.508", 1508, "count", "người", "người được mừng thọ", inh(Y23b),
      location="Cư M'gar"),
    F("khoảng 320.000 đồng/người", "320.000", 320000, "money", "đồng/người", "kinh phí mừng thọ bình quân",
      inh(Y23b), approx="about"),
    F("có 39.406 người", "39.406", 39406, "count", "người", "người từ 80 tuổi trở lên hưởng trợ cấp xã hội",
      P("Tính đến hết tháng 6/2024", None, "2024-06-30"),
      change=CH("increase", 494, "người", "cuối năm 2023")),
    OPT_AGE("từ 80 tuổi trở lên", "80", approx="at_least"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người đủ điều kiện được hưởng trợ cấp kịp thời", Y24,
      status="target"),
    F("khoảng 17.200 người", "17.200", 17200, "count", "người", "người được mừng thọ", Y24,
      approx="about", status="forecast"),
    F("kinh phí 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "kinh phí mừng thọ", Y24, status="forecast"),
    F("thành lập 186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau",
      change=CH("increase", 16, "%", "kế hoạch")),
    F("thu hút 9.350 thành viên", "9.350", 9350, "count", "thành viên", "thành viên câu lạc bộ liên thế hệ tự giúp nhau"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số câu lạc bộ liên thế hệ tự giúp nhau so với năm 2020"),
]

NOTES = [
    "Sở LĐ-TB&XH Đắk Lắk site: người cao tuổi năm 2023 and the first half of 2024. No dateline (published absent);",
    "footer address 'Số 17 Lê Duẩn', phone/fax numbers, 'Tổng lượt truy cập: 3.261.907', 'Đang trực tuyến: 48' are page furniture.",
    "'trong đó … chiếm 21,4%' is a share of its own (not a part of 212.480). 'đạt 101,3% dự toán' → percent of 176 tỷ.",
    "'Trong năm' = 2023 (nearest earlier period). 1.215 and 97 follow 'trong đó' after 16.540: total.",
    "'vượt 16% kế hoạch' is a gap to plan: change (increase 16 %, baseline kế hoạch) of the figure before it (186 câu lạc bộ).",
    "'So với năm 2020, số câu lạc bộ đã tăng gấp 2,5 lần.' stands alone as the claim: multiple (no base amount in its sentence).",
    "'Năm 2024, tỉnh phấn đấu 100% …; dự kiến … 17.200 người với kinh phí 5,8 tỷ' → target / forecast / forecast.",
]

write("p998-7", TEXT, NOTES, FIGS, published=None, location="Đắk Lắk")
