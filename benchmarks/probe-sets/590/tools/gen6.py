"""p590-6: national press — người ra tù, việc làm, tái phạm, vốn vay (Việt Nam)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật
Thứ năm, 12/9/2024, 06:30 (GMT+7)

Mỗi năm khoảng 30.000 người ra tù, hơn 60% chưa có việc làm ổn định

Theo Bộ Công an, từ năm 2019 đến hết tháng 6/2024, cả nước có hơn 152.000 người chấp hành xong án phạt tù trở về nơi cư trú, bình quân khoảng 30.000 người/năm.

Khảo sát của Bộ Lao động - Thương binh và Xã hội tại 12 tỉnh, thành phố với 2.400 người ra tù cho thấy chỉ 37,5% có việc làm ổn định sau 12 tháng trở về; 45,2% làm việc tự do, thu nhập bấp bênh; số còn lại chưa có việc làm.

Tỷ lệ tái phạm tội trong 3 năm đầu sau khi ra tù năm 2023 ở mức 4,8%, giảm so với mức 6,1% của giai đoạn 2016-2018. Theo các chuyên gia, thiếu việc làm là nguyên nhân chính dẫn đến tái phạm.

Theo Quyết định số 22/2023/QĐ-TTg, người chấp hành xong án phạt tù được vay tối đa 100 triệu đồng/người với lãi suất 3,3%/năm, thời hạn vay tối đa 120 tháng. Đến ngày 31/8/2024, Ngân hàng Chính sách xã hội đã giải ngân 1.215,6 tỷ đồng cho 14.310 khách hàng, dư nợ bình quân 84,9 triệu đồng/khách hàng. Trong đó, Hà Nội, Thanh Hóa và Nghệ An là ba địa phương giải ngân nhiều nhất, lần lượt 96,4 tỷ, 71,2 tỷ và 68,5 tỷ đồng.

Theo dự thảo Đề án hỗ trợ tái hòa nhập cộng đồng giai đoạn 2025-2030, phấn đấu đến năm 2025 có ít nhất 70% người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, giới thiệu việc làm; đến năm 2030 đạt 90%.

Hoàng Minh
"""

SPAN = P("từ năm 2019 đến hết tháng 6/2024", "2019-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
P1618 = P("giai đoạn 2016-2018", "2016-01-01", "2018-12-31")
ASOF = P("Đến ngày 31/8/2024", None, "2024-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
DISB = "vốn vay giải ngân cho người chấp hành xong án phạt tù"

FIGS = [
    F("Mỗi năm khoảng 30.000", "30.000", 30000, "count", "người", "người ra tù mỗi năm", approx="about"),
    F("hơn 60%", "60", 60, "percent", "%", "người ra tù chưa có việc làm ổn định", approx="over"),
    F("hơn 152.000 người", "152.000", 152000, "count", "người",
      "người chấp hành xong án phạt tù trở về nơi cư trú", SPAN, approx="over"),
    F("khoảng 30.000 người/năm", "30.000", 30000, "measure", "người/năm",
      "người chấp hành xong án phạt tù trở về bình quân mỗi năm", SPAN, approx="about"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("với 2.400 người", "2.400", 2400, "count", "người", "người ra tù được khảo sát"),
    F("chỉ 37,5%", "37,5", 37.5, "percent", "%", "người ra tù có việc làm ổn định sau 12 tháng trở về"),
    F("; 45,2%", "45,2", 45.2, "percent", "%", "người ra tù làm việc tự do"),
    F("ở mức 4,8%", "4,8", 4.8, "percent", "%", "tỷ lệ tái phạm tội trong 3 năm đầu sau khi ra tù", Y23),
    F("mức 6,1%", "6,1", 6.1, "percent", "%", "tỷ lệ tái phạm tội trong 3 năm đầu sau khi ra tù", P1618),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/người", "mức vay của người chấp hành xong án phạt tù",
      approx="at_most"),
    F("lãi suất 3,3%", "3,3", 3.3, "percent", "%", "lãi suất cho vay"),
    F("tối đa 120 tháng", "120", 120, "measure", "tháng", "thời hạn vay", approx="at_most", optional=True),
    F("giải ngân 1.215,6 tỷ", "1.215,6", 1215.6e9, "money", "đồng", DISB, ASOF),
    F("cho 14.310 khách hàng", "14.310", 14310, "count", "khách hàng", "khách hàng vay vốn", ASOF),
    F("bình quân 84,9 triệu", "84,9", 84.9e6, "money", "đồng/khách hàng", "dư nợ bình quân", ASOF),
    F("là ba địa phương", "ba", 3, "count", "địa phương", "địa phương giải ngân nhiều nhất", I(ASOF), optional=True),
    F("lần lượt 96,4 tỷ", "96,4", 96.4e9, "money", "đồng", DISB, I(ASOF), total=1215.6e9, location="Hà Nội"),
    F("71,2 tỷ", "71,2", 71.2e9, "money", "đồng", DISB, I(ASOF), total=1215.6e9, location="Thanh Hóa"),
    F("68,5 tỷ", "68,5", 68.5e9, "money", "đồng", DISB, I(ASOF), total=1215.6e9, location="Nghệ An"),
    F("ít nhất 70%", "70", 70, "percent", "%",
      "người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, giới thiệu việc làm", T25,
      approx="at_least", status="target"),
    F("đạt 90%", "90", 90, "percent", "%",
      "người chấp hành xong án phạt tù có nhu cầu được hỗ trợ học nghề, giới thiệu việc làm", T30,
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ năm, 12/9/2024, 06:30 (GMT+7)', byline at the end. National figures: location Việt Nam.",
    "Headline 'Mỗi năm khoảng 30.000 người' is a count; 'bình quân khoảng 30.000 người/năm' is a rate (measure, người/năm).",
    "'sau 12 tháng trở về', 'trong 3 năm đầu' are durations, not figures. 'giảm so với mức 6,1%': the 6,1% is the earlier level,",
    "a percent figure of its own (period giai đoạn 2016-2018), not a change of 4,8%.",
    "Loan terms: 'tối đa 100 triệu đồng/người' (money, at_most), '3,3%/năm' (percent, unit %), 'tối đa 120 tháng' optional.",
    "'Trong đó, Hà Nội, Thanh Hóa và Nghệ An … lần lượt 96,4 tỷ, 71,2 tỷ và 68,5 tỷ đồng' are parts of the 1.215,6 tỷ (after 'Trong đó');",
    "each province is the item's location; 'ba địa phương' optional. Targets 'đến năm 2025/2030' end that year.",
    "Distractors: Quyết định số 22/2023/QĐ-TTg, giai đoạn 2025-2030, (GMT+7), dates.",
]

if __name__ == "__main__":
    emit("p590-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Việt Nam")
