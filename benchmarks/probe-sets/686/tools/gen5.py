from lib import F, P, I, CH, emit

TEXT = """Kiên quyết xử lý vi phạm nồng độ cồn

(Báo Quảng Ngãi)- Tháng 5/2024, lực lượng Cảnh sát giao thông Công an tỉnh và công an các địa phương đã phát hiện, xử lý 1.046 trường hợp vi phạm nồng độ cồn, trong đó Phòng CSGT xử lý 318 trường hợp. Tính từ đầu năm đến ngày 31/5/2024, toàn tỉnh xử lý 5.472 trường hợp, tăng 21% so với cùng kỳ năm 2023, phạt tiền hơn 24,3 tỷ đồng.

Khoảng 22 giờ ngày 18/5, tại ngã ba Thạch Bích (TP. Quảng Ngãi), tổ công tác dừng ô tô biển kiểm soát 76A-123.45 do anh N.V.T. (SN 1985, trú xã Tịnh Ấn Tây) điều khiển. Kết quả đo nồng độ cồn của anh T. là 0,754 miligam/lít khí thở. Anh T. bị xử phạt 40 triệu đồng, tước giấy phép lái xe 23 tháng.

Theo Thượng tá Nguyễn Văn Hùng, Trưởng phòng CSGT Công an tỉnh, khoảng 70% số vụ tai nạn giao thông nghiêm trọng xảy ra vào ban đêm trên địa bàn tỉnh có liên quan đến rượu, bia. Không ít người vi phạm đã tái phạm đến lần thứ hai, thứ ba.

Tính đến ngày 31/5/2024, toàn tỉnh có 14 tổ công tác chuyên kiểm tra nồng độ cồn vào ban đêm, gồm 4 tổ của Phòng CSGT và 10 tổ của công an cấp huyện. Từ nay đến cuối năm, Phòng CSGT phấn đấu mỗi tháng xử lý không dưới 1.000 trường hợp vi phạm nồng độ cồn trên toàn tỉnh.

"Chúng tôi kiểm tra vào mọi khung giờ, đặc biệt trên Quốc lộ 1 và Quốc lộ 24B, nơi có nhiều quán nhậu hoạt động đến khuya", Thượng tá Nguyễn Văn Hùng cho biết.

THANH PHƯƠNG

03/06/2024
"""

M5 = P("Tháng 5/2024", "2024-05-01", "2024-05-31")
YTD = P("Tính từ đầu năm đến ngày 31/5/2024", "2024-01-01", "2024-05-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
D = I(P("ngày 18/5", "2024-05-18", "2024-05-18"))

FIGS = [
    F("xử lý 1.046 trường hợp", "1.046", 1046, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", M5),
    F("xử lý 318 trường hợp", "318", 318, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn Phòng CSGT xử lý",
      M5, total=1046),
    F("xử lý 5.472 trường hợp", "5.472", 5472, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", YTD,
      change=CH("increase", 21, "%", "cùng kỳ năm 2023")),
    F("hơn 24,3 tỷ đồng", "24,3", 24300000000, "money", "đồng", "tiền phạt vi phạm nồng độ cồn", YTD, approx="over"),
    F("là 0,754", "0,754", 0.754, "measure", "miligam/lít khí thở", "nồng độ cồn của anh T.", D),
    F("xử phạt 40 triệu đồng", "40", 40000000, "money", "đồng", "tiền xử phạt anh T.", D),
    F("lái xe 23 tháng", "23", 23, "measure", "tháng", "thời hạn tước giấy phép lái xe của anh T.", optional=True),
    F("khoảng 70% số vụ", "70", 70, "percent", "%",
      "số vụ tai nạn giao thông nghiêm trọng xảy ra vào ban đêm có liên quan đến rượu, bia", approx="about"),
    F("có 14 tổ công tác", "14", 14, "count", "tổ công tác", "tổ công tác chuyên kiểm tra nồng độ cồn vào ban đêm", ASOF),
    F("gồm 4 tổ", "4", 4, "count", "tổ", "tổ công tác của Phòng CSGT", ASOF, total=14),
    F("và 10 tổ", "10", 10, "count", "tổ", "tổ công tác của công an cấp huyện", ASOF, total=14),
    F("không dưới 1.000 trường hợp", "1.000", 1000, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn Phòng CSGT xử lý mỗi tháng",
      I(P("Từ nay đến cuối năm", "2024-06-03", "2024-12-31")), approx="at_least", status="target"),
]

COMMENTS = [
    "p686-5 — Party newspaper (Báo Quảng Ngãi): monthly and year-to-date drink-driving results, a roadside case, night patrol teams.",
    "Byline 'THANH PHƯƠNG' and a bare date '03/06/2024' at the end -> published.",
    "Distractors: 'Khoảng 22 giờ' (time of day after an approx word), 'ngày 18/5', plate '76A-123.45', 'SN 1985', 'lần thứ hai, thứ ba' (ordinals),",
    "'Quốc lộ 1', 'Quốc lộ 24B', 'cùng kỳ năm 2023' (baseline).",
    "318 after 'trong đó' is a part of 1.046. 'Tính từ đầu năm đến ngày 31/5/2024' -> 2024-01-01..2024-05-31; 'Tính đến ngày 31/5/2024' -> as-of.",
    "The driver's reading 0,754 is a measure with the rate in its unit (miligam/lít khí thở); his fine 40 triệu đồng is a money figure;",
    "'tước giấy phép lái xe 23 tháng' (a penalty term) is optional. 'gồm 4 tổ … và 10 tổ' are parts of 14.",
    "'phấn đấu … không dưới 1.000' -> target, at_least; 'Từ nay đến cuối năm' is left inherited (not scored): the spec gives no rule for 'từ nay'.",
    "The interview share '70%' has no period phrase. Location: Quảng Ngãi (TP. Quảng Ngãi in the case normalises to the same name).",
]

if __name__ == "__main__":
    emit("p686-5", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Quảng Ngãi")
