"""p998-8: Báo Lạng Sơn online, headline figure, '(LSO) -' tag; mừng thọ 5 tháng đầu năm 2025."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """Báo Lạng Sơn điện tử › Xã hội

Hơn 10.600 người cao tuổi được mừng thọ trong 5 tháng đầu năm

Cập nhật: 16:40, 05/06/2025

(LSO) - Từ đầu năm đến nay, Hội Người cao tuổi các cấp trong tỉnh đã phối hợp tổ chức mừng thọ cho 10.628 người, đạt 91,2% kế hoạch năm 2025, tăng 5,4% so với cùng kỳ năm 2024. Tổng kinh phí chúc thọ, mừng thọ đạt 4,27 tỷ đồng, trong đó ngân sách nhà nước 3,15 tỷ đồng, còn lại là nguồn xã hội hóa.

Theo Nghị quyết số 09/2024/NQ-HĐND, từ năm 2025 người thọ 70, 75 tuổi được tặng 300.000 đồng; thọ 80, 85 tuổi 400.000 đồng; thọ 90, 95 tuổi 600.000 đồng; từ 100 tuổi trở lên 1,2 triệu đồng. Nhờ nâng mức quà, tổng kinh phí mừng thọ năm 2025 gấp 1,8 lần năm 2023.

Các huyện có số người được mừng thọ nhiều là Hữu Lũng, Cao Lộc và Lộc Bình với lần lượt 1.642, 1.318 và 1.205 người. Toàn tỉnh hiện có 146 cụ từ 100 tuổi trở lên, nhiều nhất là huyện Bắc Sơn với 23 cụ. Cụ cao tuổi nhất tỉnh là cụ Hoàng Thị Nhì ở xã Chí Minh (huyện Tràng Định), năm nay 112 tuổi.

Tại huyện Văn Quan, Hội Người cao tuổi huyện đã trao 214 suất quà mừng thọ, mỗi suất trị giá 500.000 đồng, từ nguồn vận động các doanh nghiệp trên Quốc lộ 1B.

Phấn đấu đến cuối năm 2025, 100% người cao tuổi đến tuổi mừng thọ được tổ chức mừng thọ; dự kiến trong 7 tháng còn lại, toàn tỉnh tổ chức mừng thọ thêm khoảng 1.030 người.

Hoàng Minh
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-05")
M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")
S = "người được mừng thọ"

FIGS = [
    F("Hơn 10.600 người cao tuổi", "10.600", 10600, "count", "người cao tuổi", "người cao tuổi được mừng thọ", M5,
      approx="over"),
    F("cho 10.628 người", "10.628", 10628, "count", "người", S, YTD, percent=91.2,
      change=CH("increase", 5.4, "%", "cùng kỳ năm 2024")),
    F("đạt 4,27 tỷ đồng", "4,27", 4.27e9, "money", "đồng", "tổng kinh phí chúc thọ, mừng thọ", inh(YTD)),
    F("ngân sách nhà nước 3,15 tỷ đồng", "3,15", 3.15e9, "money", "đồng",
      "kinh phí chúc thọ, mừng thọ từ ngân sách nhà nước", inh(YTD), total=4.27e9),
    OPT_AGE("thọ 70, 75", "70"),
    OPT_AGE("70, 75 tuổi", "75"),
    F("tặng 300.000 đồng", "300.000", 300000, "money", "đồng", "quà mừng thọ người thọ 70, 75 tuổi"),
    OPT_AGE("thọ 80, 85", "80"),
    OPT_AGE("80, 85 tuổi", "85"),
    F("tuổi 400.000 đồng", "400.000", 400000, "money", "đồng", "quà mừng thọ người thọ 80, 85 tuổi"),
    OPT_AGE("thọ 90, 95", "90"),
    OPT_AGE("90, 95 tuổi", "95"),
    F("tuổi 600.000 đồng", "600.000", 600000, "money", "đồng", "quà mừng thọ người thọ 90, 95 tuổi"),
    OPT_AGE("từ 100 tuổi trở lên 1,2", "100", approx="at_least"),
    F("1,2 triệu đồng", "1,2", 1.2e6, "money", "đồng", "quà mừng thọ người từ 100 tuổi trở lên"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "tổng kinh phí mừng thọ năm 2025 so với năm 2023", Y(2025)),
    F("lần lượt 1.642", "1.642", 1642, "count", "người", S, inh(YTD), location="Hữu Lũng"),
    F("1.642, 1.318", "1.318", 1318, "count", "người", S, inh(YTD), location="Cao Lộc"),
    F("và 1.205 người", "1.205", 1205, "count", "người", S, inh(YTD), location="Lộc Bình"),
    F("có 146 cụ", "146", 146, "count", "cụ", "cụ từ 100 tuổi trở lên"),
    OPT_AGE("146 cụ từ 100 tuổi", "100", approx="at_least"),
    F("với 23 cụ", "23", 23, "count", "cụ", "cụ từ 100 tuổi trở lên", location="Bắc Sơn"),
    F("112 tuổi", "112", 112, "measure", "tuổi", "tuổi của cụ cao tuổi nhất tỉnh"),
    F("trao 214 suất quà", "214", 214, "count", "suất quà", "suất quà mừng thọ Hội Người cao tuổi huyện trao",
      location="Văn Quan"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "giá trị mỗi suất quà mừng thọ",
      location="Văn Quan"),
    F("100% người cao tuổi", "100", 100, "percent", "%", "người cao tuổi đến tuổi mừng thọ được tổ chức mừng thọ",
      P("đến cuối năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 1.030 người", "1.030", 1030, "count", "người", "người được mừng thọ thêm",
      P("7 tháng còn lại", "2025-06-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Lạng Sơn online: headline 'Hơn 10.600 người cao tuổi được mừng thọ trong 5 tháng đầu năm', 'Cập nhật: 16:40, 05/06/2025',",
    "tag '(LSO) -' implies Lạng Sơn. 'Từ đầu năm đến nay' ends at the dateline; headline '5 tháng đầu năm' takes 2025.",
    "10.628: percent 91,2 (đạt … kế hoạch năm 2025) and change 5,4 % (cùng kỳ năm 2024). 3,15 tỷ after 'trong đó' → total 4,27 tỷ.",
    "'tổng kinh phí mừng thọ năm 2025 gấp 1,8 lần năm 2023' stands as the claim (no amount): multiple.",
    "'lần lượt 1.642, 1.318 và 1.205 người' share the indicator; districts are locations. 'nhiều nhất là huyện Bắc Sơn với 23 cụ'",
    "has no part-of cue: no total. The oldest person of the province is located in the province. Văn Quan figures are Văn Quan.",
    "'7 tháng còn lại' is a period (June-December 2025), not a figure. Distractors: Nghị quyết số 09/2024/NQ-HĐND, Quốc lộ 1B,",
    "'Hoàng Thị Nhì', 'xã Chí Minh', dateline time 16:40, 'từ năm 2025' (a date).",
]

write("p998-8", TEXT, NOTES, FIGS, published="2025-06-05", location="Lạng Sơn")
