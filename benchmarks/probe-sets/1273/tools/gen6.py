"""p1273-6: national newspaper: iodine deficiency returns among pregnant women; history of coverage."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Dinh dưỡng
Thứ sáu, 1/11/2024, 07:00 (GMT+7)

Gần 67% thai phụ thiếu i-ốt

Khảo sát của Bệnh viện Nội tiết Trung ương tại 8 tỉnh cho thấy phần lớn phụ nữ mang thai không nhận đủ i-ốt, nguy cơ ảnh hưởng trí tuệ của trẻ.

Kết quả khảo sát năm 2023 trên 1.950 phụ nữ mang thai cho thấy mức i-ốt niệu trung vị chỉ đạt 76 µg/L, thấp hơn nhiều so với ngưỡng khuyến nghị của WHO; gần 67% thai phụ thiếu i-ốt, trong đó 14,3% thiếu ở mức nặng.

Theo PGS.TS Đỗ Thanh Bình, Phó giám đốc bệnh viện, mỗi ngày người trưởng thành cần khoảng 150 microgam i-ốt, phụ nữ mang thai và cho con bú cần 250 microgam. Thiếu i-ốt trong thai kỳ làm tăng nguy cơ sảy thai, thai chết lưu và có thể khiến chỉ số IQ của trẻ giảm 10-15 điểm.

Năm 2005, tỷ lệ hộ gia đình dùng muối i-ốt đủ tiêu chuẩn của cả nước đạt 93,2%. Từ năm 2006, khi chương trình không còn là chương trình mục tiêu quốc gia, kinh phí bị cắt giảm mạnh, tỷ lệ này giảm dần và đến năm 2020 chỉ còn 27,4%.

"Mỗi kg muối i-ốt chỉ đắt hơn muối thường khoảng 1.000-2.000 đồng, nhưng nhiều người vẫn cho rằng muối i-ốt làm mất vị món ăn", ông Bình nói. Ông khuyến cáo phụ nữ chuẩn bị mang thai nên uống bổ sung viên sắt - axit folic có i-ốt ít nhất ba tháng trước khi mang thai.

Từ đầu năm đến nay, bệnh viện đã khám và tư vấn cho hơn 4.200 thai phụ, gấp đôi cùng kỳ năm trước. Năm nay, Bộ Y tế dự kiến mở rộng chương trình bổ sung vi chất cho phụ nữ mang thai tới 15 tỉnh miền núi.

Lê Nga

Chia sẻ | Bình luận (12) | Đường dây nóng: 0969.123.456
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y05 = per("Năm 2005", "2005-01-01", "2005-12-31")
T20 = per("đến năm 2020", None, "2020-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-01")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 67%", "67", 67, "percent", "%", approx="nearly", subject="thai phụ thiếu i-ốt"),
    fig("tại 8 tỉnh", "8", 8, "count", "tỉnh", subject="tỉnh được Bệnh viện Nội tiết Trung ương khảo sát"),
    fig("trên 1.950 phụ nữ", "1.950", 1950, "count", "phụ nữ mang thai", subject="phụ nữ mang thai được khảo sát",
        period=Y23),
    fig("đạt 76 µg/L", "76", 76, "measure", "µg/L", subject="mức i-ốt niệu trung vị của phụ nữ mang thai",
        period=Y23),
    fig("gần 67% thai", "67", 67, "percent", "%", approx="nearly", subject="thai phụ thiếu i-ốt", period=Y23),
    fig("đó 14,3%", "14,3", 14.3, "percent", "%", total=67, subject="thai phụ thiếu i-ốt ở mức nặng", period=Y23),
    fig("khoảng 150 microgam", "150", 150, "measure", "microgam/ngày", approx="about",
        subject="lượng i-ốt người trưởng thành cần mỗi ngày"),
    fig("cần 250 microgam", "250", 250, "measure", "microgam/ngày",
        subject="lượng i-ốt phụ nữ mang thai và cho con bú cần mỗi ngày"),
    fig("giảm 10-15 điểm", "10", 10, "measure", "điểm", value_max=15,
        subject="chỉ số IQ của trẻ giảm do thiếu i-ốt trong thai kỳ"),
    fig("đạt 93,2%", "93,2", 93.2, "percent", "%",
        subject="tỷ lệ hộ gia đình dùng muối i-ốt đủ tiêu chuẩn của cả nước", period=Y05),
    fig("còn 27,4%", "27,4", 27.4, "percent", "%",
        subject="tỷ lệ hộ gia đình dùng muối i-ốt đủ tiêu chuẩn", period=T20),
    fig("khoảng 1.000-2.000", "1.000", 1000, "money", "đồng/kg", value_max=2000, approx="about",
        subject="mức giá muối i-ốt đắt hơn muối thường mỗi kg"),
    fig("ít nhất ba tháng", "ba", 3, "measure", "tháng", approx="at_least", optional=True),
    fig("hơn 4.200 thai phụ", "4.200", 4200, "count", "thai phụ", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="thai phụ được bệnh viện khám và tư vấn", period=YTD),
    fig("tới 15 tỉnh", "15", 15, "count", "tỉnh miền núi", status="forecast",
        subject="tỉnh miền núi được mở rộng chương trình bổ sung vi chất cho phụ nữ mang thai", period=NOW),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 1/11/2024, 07:00 (GMT+7)', headline, sapo, quote, byline, 'Bình luận (12)', hotline.",
    "All figures national (location Việt Nam): the survey covers 8 provinces, the history is national, Bộ Y tế's plan.",
    "Distractors: 07:00, '(GMT+7)', 'Bình luận (12)', phone 0969.123.456, 'Từ năm 2006' (a year), 'chỉ số IQ', 'PGS.TS', 'sắt - axit folic'.",
    "Optional: 'ít nhất ba tháng trước khi mang thai' (advice on timing, a duration rather than a statistic).",
    "'gần 67% thai phụ thiếu i-ốt, trong đó 14,3% thiếu ở mức nặng' → 14,3% is a part after 'trong đó' of the 67% whole: total 67 (as the shared gold h08 does for '7,77%' of '12,67%').",
    "Daily requirements (150, 250 microgam) are standing facts: unit microgam/ngày ('mỗi ngày' is the rate's denominator), no period.",
    "'giảm 10-15 điểm' is the claim (IQ points lost): measure range, no change object.",
    "'đến năm 2020 chỉ còn 27,4%' → period start null, end 2020-12-31 (as spec's 'đến năm 2030'); 'Năm 2005' is a year period.",
    "'Từ đầu năm đến nay' → 2024-01-01 .. 2024-11-01 (dateline); 'gấp đôi cùng kỳ năm trước' → change 2 lần. 'Năm nay' + 'dự kiến' → forecast 2024.",
]

if __name__ == "__main__":
    write("p1273-6", TEXT, NOTES, FIGS, published="2024-11-01", location="Việt Nam")
