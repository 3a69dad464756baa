from lib import F, P, C, T, inh, emit

TEXT = """Krông Pắc: Chi trả trợ cấp xã hội theo mức chuẩn mới cho gần 8.000 đối tượng
Thứ Ba, 16/07/2024 - 15:20

Từ ngày 1/7/2024, Nghị định số 76/2024/NĐ-CP của Chính phủ có hiệu lực, mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng. Theo Phòng Lao động - Thương binh và Xã hội huyện, trong tháng 7/2024, toàn huyện có 7.942 đối tượng bảo trợ xã hội được chi trả trợ cấp hằng tháng với tổng kinh phí gần 4,96 tỷ đồng, tăng khoảng 38% so với tháng trước.

Trong số 7.942 đối tượng, người cao tuổi là 4.518 người (chiếm 56,9%), người khuyết tật 2.963 người, trẻ em mồ côi và đối tượng khác 461 người. Mức trợ cấp hằng tháng dao động từ 500.000 đến 1.250.000 đồng tùy hệ số; cụ thể, người khuyết tật đặc biệt nặng được hưởng 1.000.000 đồng/tháng, người khuyết tật nặng 750.000 đồng/tháng, trẻ em mồ côi dưới 4 tuổi 1.250.000 đồng/tháng. Người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu được hưởng mức 500.000 đồng.

Việc chi trả được thực hiện qua Bưu điện huyện tại 16 điểm chi trả đặt ở trụ sở UBND các xã, thị trấn; 1.126 người, chiếm 14,2%, đã nhận qua tài khoản ngân hàng. Riêng tháng 7, huyện cũng chi truy lĩnh cho 213 đối tượng mới được phê duyệt.

Đến hết năm 2024, huyện phấn đấu 100% đối tượng đủ điều kiện được xét duyệt, chi trả kịp thời; tỷ lệ chi trả không dùng tiền mặt đạt khoảng 20-25%. Mọi thắc mắc về chế độ xin liên hệ Phòng LĐ-TB&XH huyện, số 05 đường Giải Phóng, thị trấn Phước An, điện thoại 0262.3521.247.

Hoài Thu - Trung tâm VH-TT&TT huyện
"""

T7 = P("trong tháng 7/2024", "2024-07-01", "2024-07-31")
T7i = inh(T7)
Y24 = P("Đến hết năm 2024", None, "2024-12-31")
SUBJ_LV = "mức trợ cấp hằng tháng"

FIGS = [
    F("gần 8.000 đối tượng", "8.000", 8000, "count", "đối tượng",
      "đối tượng được chi trả trợ cấp xã hội theo mức chuẩn mới", approx="nearly"),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng", "mức chuẩn trợ giúp xã hội", location="Việt Nam"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      location="Việt Nam"),
    F("có 7.942 đối tượng", "7.942", 7942, "count", "đối tượng",
      "đối tượng bảo trợ xã hội được chi trả trợ cấp hằng tháng", T7),
    F("gần 4,96 tỷ đồng", "4,96", 4960000000, "money", "đồng", "tổng kinh phí chi trả trợ cấp hằng tháng", T7,
      approx="nearly", change=C("increase", 38, baseline="tháng trước", approx="about")),
    F("Trong số 7.942 đối tượng", "7.942", 7942, "count", "đối tượng", "đối tượng bảo trợ xã hội", T7i,
      optional=True),
    F("là 4.518 người", "4.518", 4518, "count", "người", "người cao tuổi", T7i, total=7942, percent=56.9),
    F("tật 2.963 người", "2.963", 2963, "count", "người", "người khuyết tật", T7i, total=7942),
    F("khác 461 người", "461", 461, "count", "người", "trẻ em mồ côi và đối tượng khác", T7i, total=7942),
    F("từ 500.000 đến 1.250.000 đồng tùy", "500.000", 500000, "money", "đồng", SUBJ_LV, T7i,
      value_max=1250000),
    F("hưởng 1.000.000 đồng/tháng", "1.000.000", 1000000, "money", "đồng/tháng",
      "mức trợ cấp hằng tháng người khuyết tật đặc biệt nặng", T7i),
    F("nặng 750.000 đồng/tháng", "750.000", 750000, "money", "đồng/tháng",
      "mức trợ cấp hằng tháng người khuyết tật nặng", T7i),
    F("dưới 4 tuổi", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("tuổi 1.250.000 đồng/tháng", "1.250.000", 1250000, "money", "đồng/tháng",
      "mức trợ cấp hằng tháng trẻ em mồ côi dưới 4 tuổi", T7i),
    F("đủ 80 tuổi trở lên", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("mức 500.000 đồng.", "500.000", 500000, "money", "đồng",
      "mức hưởng của người cao tuổi từ đủ 80 tuổi trở lên không có lương hưu", T7i),
    F("tại 16 điểm", "16", 16, "count", "điểm chi trả", "điểm chi trả đặt ở trụ sở UBND các xã, thị trấn", T7i),
    F("; 1.126 người", "1.126", 1126, "count", "người", "người nhận trợ cấp qua tài khoản ngân hàng", T7i,
      percent=14.2),
    F("cho 213 đối tượng", "213", 213, "count", "đối tượng", "đối tượng mới được phê duyệt được chi truy lĩnh",
      P("tháng 7", "2024-07-01", "2024-07-31")),
    F("phấn đấu 100% đối tượng", "100", 100, "percent", "%",
      "đối tượng đủ điều kiện được xét duyệt, chi trả kịp thời", Y24, status="target"),
    F("khoảng 20-25%", "20", 20, "percent", "%", "tỷ lệ chi trả không dùng tiền mặt", Y24,
      value_max=25, approx="about", status="target"),
]

emit("p410-2", TEXT, [
    "District portal (Cổng TTĐT huyện Krông Pắc, Đắk Lắk): trợ cấp xã hội hằng tháng tháng 7/2024 after the new mức chuẩn (NĐ 76/2024).",
    "Dateline 'Thứ Ba, 16/07/2024 - 15:20'; byline at the end. Distractors: 'Nghị định số 76/2024/NĐ-CP', '1/7/2024', address 'số 05',",
    "phone '0262.3521.247', 'Trung tâm VH-TT&TT'. The national mức chuẩn (360.000 → 500.000, set by decree) is located in Việt Nam;",
    "its effective date 'Từ ngày 1/7/2024' is not given as a period (open-ended start; the spec has no rule) — left null, so unscored.",
    "'tăng từ … lên …' states two levels and no change. 'Trong số 7.942 đối tượng' restates the whole (optional) and gives the three",
    "groups total 7.942 (they add up). Ages 'dưới 4 tuổi', 'từ đủ 80 tuổi trở lên' are criteria (optional).",
    "'1.126 người, chiếm 14,2%': percent, no total (the whole is not named as a number). Targets 'Đến hết năm 2024' (end only).",
    "revised after the first run: '16 điểm chi trả' subject as the sentence names it (I had added 'của Bưu điện huyện').",
], FIGS, published="2024-07-16", location="Krông Pắc")
