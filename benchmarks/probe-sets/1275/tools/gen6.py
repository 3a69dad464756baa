"""p1275-6: national newspaper: working mothers and breastfeeding, a union survey, a garment company in Bình Chánh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Làm mẹ

Công nhân nữ vất vả giữ sữa cho con khi trở lại nhà máy

Thứ năm, 1/8/2024, 15:40 (GMT+7)

Hơn 60% lao động nữ được khảo sát ngừng cho con bú hoàn toàn trước khi con tròn 6 tháng, chủ yếu vì nơi làm việc không có chỗ vắt và trữ sữa.

Khảo sát của Viện Công nhân và Công đoàn công bố tuần này, thực hiện với 1.500 lao động nữ tại 5 tỉnh, thành phố, cho thấy 62,3% người được hỏi ngừng cho con bú hoàn toàn sau khi trở lại làm việc. Chỉ 18% doanh nghiệp được khảo sát có phòng vắt, trữ sữa đạt chuẩn; khoảng 40% lao động nữ phải vắt sữa trong nhà vệ sinh.

Chi phí sữa công thức cho một trẻ khoảng 1,5-2,5 triệu đồng/tháng, tương đương khoảng 25% thu nhập bình quân của một công nhân.

Theo Tổng Liên đoàn Lao động Việt Nam, cả nước có khoảng 7,5 triệu lao động nữ làm việc trong các doanh nghiệp, nhưng mới khoảng 2.600 doanh nghiệp có phòng vắt, trữ sữa.

Tại Công ty TNHH May mặc Tân Thuận Phát ở Khu công nghiệp Lê Minh Xuân, huyện Bình Chánh, TP HCM, phòng vắt sữa rộng 20 m2 với 8 ngăn riêng luôn kín chỗ vào giờ nghỉ giữa ca. Công ty có 3.400 lao động, 85% là nữ. Mỗi tháng có khoảng 120 lao động nữ sử dụng phòng. Theo đại diện công ty, tỷ lệ lao động nữ nghỉ việc sau thai sản đã giảm từ 15% năm 2021 xuống còn 6% năm 2023.

Chị Nguyễn Thị Thu Hà, công nhân tổ cắt, cho biết nhờ có phòng vắt sữa, chị duy trì cho con bú đến nay đã được 14 tháng. "Mỗi lần vắt mất khoảng 15 phút, giờ nghỉ giữa ca đủ để tôi vắt rồi cất sữa vào tủ lạnh", chị nói.

Lê Nga
"""

Y21 = per("năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
BC = "Bình Chánh"
QUIT = "tỷ lệ lao động nữ nghỉ việc sau thai sản"

FIGS = [
    fig("Hơn 60% lao động", "60", 60, "percent", "%", approx="over",
        subject="lao động nữ được khảo sát ngừng cho con bú hoàn toàn trước khi con tròn 6 tháng"),
    fig("với 1.500 lao động", "1.500", 1500, "count", "lao động nữ",
        subject="lao động nữ được khảo sát"),
    fig("tại 5 tỉnh", "5", 5, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát"),
    fig("cho thấy 62,3%", "62,3", 62.3, "percent", "%",
        subject="người được hỏi ngừng cho con bú hoàn toàn sau khi trở lại làm việc"),
    fig("Chỉ 18%", "18", 18, "percent", "%",
        subject="doanh nghiệp được khảo sát có phòng vắt, trữ sữa đạt chuẩn"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="lao động nữ phải vắt sữa trong nhà vệ sinh"),
    fig("khoảng 1,5-2,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", value_max=2.5e6, approx="about",
        percent=25, subject="chi phí sữa công thức cho một trẻ"),
    fig("khoảng 7,5 triệu", "7,5", 7.5e6, "count", "lao động nữ", approx="about",
        subject="lao động nữ làm việc trong các doanh nghiệp"),
    fig("khoảng 2.600 doanh nghiệp", "2.600", 2600, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp có phòng vắt, trữ sữa"),
    fig("rộng 20 m2", "20", 20, "measure", "m2", subject="diện tích phòng vắt sữa", location=BC),
    fig("8 ngăn", "8", 8, "count", "ngăn", subject="ngăn riêng của phòng vắt sữa", location=BC),
    fig("có 3.400 lao động", "3.400", 3400, "count", "lao động",
        subject="lao động của Công ty TNHH May mặc Tân Thuận Phát", location=BC),
    fig("85% là nữ", "85", 85, "percent", "%", subject="tỷ lệ lao động nữ của công ty", location=BC),
    fig("khoảng 120 lao động nữ", "120", 120, "measure", "lao động nữ/tháng", approx="about",
        subject="lao động nữ sử dụng phòng vắt sữa mỗi tháng", location=BC),
    fig("từ 15%", "15", 15, "percent", "%", subject=QUIT, period=Y21, location=BC),
    fig("còn 6%", "6", 6, "percent", "%", subject=QUIT, period=Y23, location=BC),
    fig("được 14 tháng", "14", 14, "measure", "tháng",
        subject="thời gian chị Hà duy trì cho con bú", location=BC),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
        subject="thời gian mỗi lần vắt sữa", location=BC),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 1/8/2024, 15:40 (GMT+7)', sapo with a figure, quote, byline at the end.",
    "Distractors: 15:40, '(GMT+7)', 'trước khi con tròn 6 tháng' (an age threshold), 'năm 2021'/'năm 2023' as periods, 'giờ nghỉ giữa ca'.",
    "Survey and union figures are national: location Việt Nam (default). The company passage is in huyện Bình Chánh: location Bình Chánh.",
    "'khoảng 1,5-2,5 triệu đồng/tháng, tương đương khoảng 25% thu nhập' → range money, approx about, percent attribute 25.",
    "'3.400 lao động, 85% là nữ' → the share of women is a percent figure of its own (not a share of 3.400).",
    "'Mỗi tháng có khoảng 120 lao động nữ' is a rate (lao động nữ/tháng). 'giảm từ 15% năm 2021 xuống còn 6% năm 2023' gives",
    "two percent levels with their own years; no change amount is stated.",
    "Durations that are the claim ('đã được 14 tháng', 'khoảng 15 phút') are measures; 'đến nay' gives no period.",
]

if __name__ == "__main__":
    write("p1275-6", TEXT, NOTES, FIGS, published="2024-08-01", location="Việt Nam")
