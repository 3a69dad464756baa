from lib import F, P, build

TEXT = """Thanh Hóa: Chi trả trợ cấp cho gần 97 nghìn người cao tuổi trong 9 tháng năm 2024
Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.317

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, tính đến ngày 30/9/2024, toàn tỉnh có 498.620 người cao tuổi, chiếm 13,4% dân số; trong đó có 112.350 người từ 80 tuổi trở lên.

9 tháng năm 2024, các địa phương đã chi trả trợ cấp xã hội hàng tháng cho 96.780 người cao tuổi với tổng kinh phí hơn 438,5 tỷ đồng, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, người cao tuổi không có lương hưu, trợ cấp bảo hiểm xã hội là 71.405 người; người cao tuổi thuộc hộ nghèo không có người phụng dưỡng là 6.912 người.

Các địa phương có số người hưởng trợ cấp lớn nhất là TP Thanh Hóa (6.215 người), huyện Hoằng Hóa (5.870 người) và huyện Quảng Xương (4.932 người); thấp nhất là huyện Mường Lát với 1.046 người.

Thực hiện Nghị định số 76/2024/NĐ-CP của Chính phủ có hiệu lực từ ngày 01/7/2024, mức chuẩn trợ giúp xã hội được nâng lên 500.000 đồng/tháng (trước đây là 360.000 đồng/tháng); người cao tuổi thuộc diện hưởng hệ số 1,5 được nhận 750.000 đồng/tháng.

Đến nay, 100% người hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí; tỷ lệ chi trả qua tài khoản ngân hàng đạt 41,7%. Tỉnh phấn đấu đến cuối năm 2024 nâng tỷ lệ này lên 60%.

Để bảo đảm chi trả đúng, đủ, kịp thời, Sở đề nghị UBND các huyện, thị xã, thành phố chỉ đạo rà soát, cập nhật danh sách đối tượng hằng tháng, kiên quyết cắt giảm các trường hợp không đủ điều kiện hưởng.

Mọi thắc mắc liên hệ Phòng Bảo trợ xã hội, số 25 Đại lộ Lê Lợi, phường Lam Sơn, điện thoại 0237.3852.418.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NOW = P("Đến nay", None, "2024-10-14")

FIGS = [
    F("gần 97 nghìn người", "97", 97000, "count", "người cao tuổi", "người cao tuổi được chi trả trợ cấp",
      approx="nearly", period=P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("có 498.620 người", "498.620", 498620, "count", "người cao tuổi", "người cao tuổi", percent=13.4, period=ASOF),
    F("có 112.350 người", "112.350", 112350, "count", "người", "người từ 80 tuổi trở lên", total=498620, period=ASOF),
    F("từ 80 tuổi trở lên", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("cho 96.780 người", "96.780", 96780, "count", "người cao tuổi",
      "người cao tuổi được chi trả trợ cấp xã hội hàng tháng", period=Y9),
    F("hơn 438,5 tỷ đồng", "438,5", 438.5e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội hàng tháng",
      approx="over", change={"direction": "increase", "value": 18.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=Y9),
    F("là 71.405 người", "71.405", 71405, "count", "người",
      "người cao tuổi không có lương hưu, trợ cấp bảo hiểm xã hội", total=96780, period=Y9i),
    F("là 6.912 người", "6.912", 6912, "count", "người",
      "người cao tuổi thuộc hộ nghèo không có người phụng dưỡng", total=96780, period=Y9i),
    F("(6.215 người)", "6.215", 6215, "count", "người", "số người hưởng trợ cấp", period=Y9i, location="Thanh Hóa"),
    F("(5.870 người)", "5.870", 5870, "count", "người", "số người hưởng trợ cấp", period=Y9i, location="Hoằng Hóa"),
    F("(4.932 người)", "4.932", 4932, "count", "người", "số người hưởng trợ cấp", period=Y9i, location="Quảng Xương"),
    F("với 1.046 người", "1.046", 1046, "count", "người", "số người hưởng trợ cấp", period=Y9i, location="Mường Lát"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội"),
    F("là 360.000 đồng/tháng", "360.000", 360000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội trước đây"),
    F("hệ số 1,5", "1,5", 1.5, "measure", "hệ số", "hệ số hưởng của người cao tuổi", optional=True),
    F("nhận 750.000 đồng/tháng", "750.000", 750000, "money", "đồng/tháng",
      "mức trợ cấp người cao tuổi thuộc diện hưởng hệ số 1,5"),
    F("nay, 100% người", "100", 100, "percent", "%",
      "người hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí", period=NOW),
    F("đạt 41,7%", "41,7", 41.7, "percent", "%", "tỷ lệ chi trả qua tài khoản ngân hàng", period=NOW),
    F("lên 60%", "60", 60, "percent", "%", "tỷ lệ chi trả qua tài khoản ngân hàng", status="target",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): trợ cấp xã hội hàng tháng cho người cao tuổi, 9 tháng năm 2024. Dateline 'Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.317'.",
    "Distractors: view counter 2.317, 'Nghị định số 76/2024/NĐ-CP', 'ngày 01/7/2024', address 'số 25 Đại lộ Lê Lợi', phone 0237.3852.418.",
    "Title figure 'gần 97 nghìn' (nghìn multiplier, nearly) has its period in the title. 'Trong đó' parts after the 96.780 count take it as total.",
    "District list: subject is the list indicator, the district is the location ('TP Thanh Hóa' -> Thanh Hóa). 'Đến nay' ends at the dateline.",
    "Ages ('từ 80 tuổi trở lên') and the coefficient 'hệ số 1,5' are optional. 'Tỉnh phấn đấu … lên 60%' stands in its own sentence: a target figure, not 41,7%'s target.",
]

if __name__ == "__main__":
    build("p375-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
