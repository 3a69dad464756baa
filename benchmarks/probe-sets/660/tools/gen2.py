from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin tức > Lao động - Xã hội
Thứ Năm, 11/07/2024 - 15:20

Hải Hậu: Hơn 9.800 người nhận lương hưu tháng 7 theo mức mới

Ngày 30/6/2024, Chính phủ ban hành Nghị định số 75/2024/NĐ-CP điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng. Theo đó, mức hưởng được điều chỉnh tăng 15% so với mức hưởng tháng 6/2024.

Trên địa bàn huyện Hải Hậu, kỳ chi trả tháng 7/2024 có 9.836 người nhận lương hưu, trợ cấp BHXH hằng tháng với tổng số tiền 48,7 tỷ đồng, tăng khoảng 6,3 tỷ đồng so với tháng 6/2024. Trong đó, 6.112 người nhận bằng tiền mặt tại 35 điểm chi trả của Bưu điện huyện; 3.724 người nhận qua tài khoản ngân hàng, chiếm 37,9%.

Huyện có 412 người nghỉ hưu trước năm 1995 có mức hưởng thấp, được tăng thêm tối đa 300.000 đồng/người/tháng ngoài mức tăng chung.

Cũng trong tháng 7, Phòng Lao động - Thương binh và Xã hội huyện phối hợp Bưu điện chi trả trợ cấp xã hội hằng tháng cho 7.058 đối tượng, trong đó có 4.215 người cao tuổi từ đủ 80 tuổi trở lên. Mức trợ cấp mới là 500.000 đồng/tháng, tăng 140.000 đồng so với trước ngày 1/7/2024; tổng kinh phí chi trả trong tháng gần 4,1 tỷ đồng.

Để bảo đảm an toàn, các điểm chi trả bố trí lực lượng công an xã hỗ trợ; tại điểm Bưu điện văn hóa xã Hải Đông (ven Quốc lộ 21) đã chi trả tận nhà cho 57 người già yếu, ốm đau.

Mọi thông tin xin liên hệ: Bưu điện huyện Hải Hậu, Tổ dân phố số 4, thị trấn Yên Định; điện thoại 0228.3877.217.
"""

M7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
T7 = P("trong tháng 7", "2024-07-01", "2024-07-31")
HEAD = P("tháng 7", "2024-07-01", "2024-07-31")

FIGS = [
    F("Hơn 9.800 người", "9.800", 9800, "count", "người",
      "người nhận lương hưu theo mức mới", HEAD, approx="over"),
    F("tăng 15%", "15", 15, "percent", "%",
      "mức điều chỉnh lương hưu, trợ cấp BHXH và trợ cấp hằng tháng", location="Việt Nam"),
    F("có 9.836 người", "9.836", 9836, "count", "người",
      "người nhận lương hưu, trợ cấp BHXH hằng tháng", M7),
    F("số tiền 48,7 tỷ", "48,7", 48.7e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp BHXH hằng tháng", M7,
      change=CH("increase", 6.3e9, "đồng", "tháng 6/2024", approx="about")),
    F("6.112 người", "6.112", 6112, "count", "người",
      "người nhận lương hưu bằng tiền mặt", I(M7), total=9836),
    F("tại 35 điểm", "35", 35, "count", "điểm chi trả",
      "điểm chi trả của Bưu điện huyện", I(M7)),
    F("3.724 người", "3.724", 3724, "count", "người",
      "người nhận lương hưu qua tài khoản ngân hàng", I(M7), total=9836, percent=37.9),
    F("có 412 người", "412", 412, "count", "người",
      "người nghỉ hưu trước năm 1995 có mức hưởng thấp được tăng thêm"),
    F("tối đa 300.000", "300.000", 300000, "money", "đồng/người/tháng",
      "mức tăng thêm cho người nghỉ hưu trước năm 1995 có mức hưởng thấp", approx="at_most"),
    F("cho 7.058 đối tượng", "7.058", 7058, "count", "đối tượng",
      "đối tượng hưởng trợ cấp xã hội hằng tháng", T7),
    F("có 4.215 người", "4.215", 4215, "count", "người",
      "người cao tuổi từ đủ 80 tuổi trở lên hưởng trợ cấp xã hội", T7, total=7058),
    F("đủ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    F("là 500.000 đồng", "500.000", 500000, "money", "đồng/tháng",
      "mức trợ cấp xã hội mới",
      change=CH("increase", 140000, "đồng", "trước ngày 1/7/2024")),
    F("gần 4,1 tỷ", "4,1", 4.1e9, "money", "đồng",
      "tổng kinh phí chi trả trợ cấp xã hội", P("trong tháng", "2024-07-01", "2024-07-31"),
      approx="nearly"),
    F("cho 57 người", "57", 57, "count", "người",
      "người già yếu, ốm đau được chi trả tận nhà", location="Hải Hậu"),
]

COMMENTS = [
    "Hải Hậu district portal (Nam Định), dateline 'Thứ Năm, 11/07/2024 - 15:20': July 2024 pension payment after the 15% adjustment.",
    "The 15% is the national adjustment rate (Nghị định 75/2024): a percent figure with no change, location Việt Nam; no period phrase in its sentence.",
    "Cash and account receivers after 'Trong đó' are parts of 9.836; '35 điểm chi trả' counts another thing (no total). '80 tuổi' threshold optional.",
    "'tăng 140.000 đồng so với trước ngày 1/7/2024' is the change of the 500.000 đồng level. 'trong tháng' / 'trong tháng 7' take July 2024.",
    "The 57 people served at home stand in a sentence naming a commune of the district: location stays Hải Hậu (commune is not a location level).",
    "Distractors: 'Nghị định số 75/2024/NĐ-CP', 'năm 1995', 'Quốc lộ 21', 'Tổ dân phố số 4', '0228.3877.217', dates.",
]

emit("p660-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Hải Hậu")
