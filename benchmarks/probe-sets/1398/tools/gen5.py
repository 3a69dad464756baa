"""p1398-5: national newspaper: big hospitals in TP HCM cut waiting times; national figures of the Cục Quản lý Khám, chữa bệnh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ tư, 11/9/2024, 06:00 (GMT+7)

Bệnh viện lớn ở TP HCM rút ngắn thời gian chờ khám

Đặt lịch trực tuyến, ki-ốt tự phục vụ và thanh toán không tiền mặt giúp người bệnh bớt cảnh xếp hàng từ tờ mờ sáng.

7h sáng, sảnh khám bệnh tầng 1 của Bệnh viện Đa khoa Nhân Ái Sài Gòn (quận Tân Phú) đã kín người nhưng không còn cảnh chen lấn. Người có lịch hẹn đi thẳng tới 8 quầy ưu tiên, quét mã QR rồi vào phòng khám theo khung giờ 30 phút đã chọn.

ThS Đỗ Thanh Hải, Trưởng phòng Quản lý chất lượng, cho biết bệnh viện hiện đón khoảng 5.500 lượt khám ngoại trú mỗi ngày, trong đó gần 40% đã đặt lịch trước. Tám tháng đầu năm nay, số lượt đặt lịch trực tuyến đạt hơn 286.000, tăng 65% so với cùng kỳ. Thời gian từ khi đến viện tới khi gặp bác sĩ giảm từ 2,5 giờ xuống còn khoảng 80 phút.

Ở Bệnh viện Nhi Phương Nam (TP Thủ Đức), 24 ki-ốt đăng ký tự động đưa vào hoạt động từ tháng 3 giúp giảm 6 quầy tiếp đón thủ công, tiết kiệm khoảng 1,2 tỷ đồng chi phí nhân sự mỗi năm.

Theo Cục Quản lý Khám, chữa bệnh (Bộ Y tế), đến hết tháng 6/2024, cả nước có 1.163 bệnh viện triển khai đặt lịch khám trực tuyến, chiếm khoảng 72% số bệnh viện. Tỷ lệ hài lòng chung của người bệnh ngoại trú năm 2023 đạt 82,4%, thấp hơn khu vực nội trú khoảng 4 điểm phần trăm. Cục đặt mục tiêu đến năm 2025 thời gian chờ khám tại bệnh viện hạng I không quá 2 giờ.

"Người bệnh nên đến trước giờ hẹn 15 phút để làm thủ tục", ông Hải khuyên.

Lê Phương
"""

M8 = per("Tám tháng đầu năm nay", "2024-01-01", "2024-08-31")
ASOF = per("đến hết tháng 6/2024", None, "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TP, TD, VN = "Tân Phú", "Thủ Đức", "Việt Nam"

FIGS = [
    fig("tới 8 quầy", "8", 8, "count", "quầy", subject="quầy ưu tiên", location=TP),
    fig("khung giờ 30 phút", "30", 30, "measure", "phút", subject="khung giờ khám", location=TP, optional=True),
    fig("khoảng 5.500 lượt", "5.500", 5500, "measure", "lượt/ngày", approx="about",
        subject="lượt khám ngoại trú bệnh viện đón mỗi ngày", location=TP),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="lượt khám ngoại trú đã đặt lịch trước", location=TP),
    fig("hơn 286.000", "286.000", 286000, "count", "lượt", approx="over",
        change=chg("increase", 65, "%", "cùng kỳ"), subject="số lượt đặt lịch trực tuyến", period=M8, location=TP),
    fig("từ 2,5 giờ", "2,5", 2.5, "measure", "giờ",
        subject="thời gian từ khi đến viện tới khi gặp bác sĩ", location=TP),
    fig("khoảng 80 phút", "80", 80, "measure", "phút", approx="about",
        subject="thời gian từ khi đến viện tới khi gặp bác sĩ", location=TP),
    fig("24 ki-ốt", "24", 24, "count", "ki-ốt", subject="ki-ốt đăng ký tự động", location=TD),
    fig("giảm 6 quầy", "6", 6, "count", "quầy", subject="quầy tiếp đón thủ công được giảm", location=TD),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", approx="about",
        subject="chi phí nhân sự tiết kiệm mỗi năm", location=TD),
    fig("có 1.163 bệnh viện", "1.163", 1163, "count", "bệnh viện", percent=72,
        subject="bệnh viện triển khai đặt lịch khám trực tuyến", period=ASOF, location=VN),
    fig("đạt 82,4%", "82,4", 82.4, "percent", "%",
        change=chg("decrease", 4, "điểm phần trăm", "khu vực nội trú", approx="about"),
        subject="tỷ lệ hài lòng chung của người bệnh ngoại trú", period=Y23, location=VN),
    fig("không quá 2 giờ", "2", 2, "measure", "giờ", approx="at_most", status="target",
        subject="thời gian chờ khám tại bệnh viện hạng I", period=T25, location=VN),
    fig("giờ hẹn 15 phút", "15", 15, "measure", "phút", subject="thời gian nên đến trước giờ hẹn",
        location=TP, optional=True),
]

NOTES = [
    "National newspaper: 'Thứ tư, 11/9/2024, 06:00 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 06:00, GMT+7, '7h sáng', 'tầng 1', 'mã QR', 'từ tháng 3', 'tháng 6/2024' (as-of date), 'bệnh viện hạng I'.",
    "Hospital in quận Tân Phú → location Tân Phú; hospital in TP Thủ Đức → Thủ Đức; the Cục's figures → Việt Nam.",
    "'khung giờ 30 phút' (length of a booking slot, a system setting) and the advice 'đến trước giờ hẹn 15 phút' are optional.",
    "'khoảng 5.500 lượt ... mỗi ngày' → lượt/ngày (measure); 'trong đó gần 40%' → percent figure of its own.",
    "'hơn 286.000' has no unit word: unit 'lượt' from 'số lượt'. 'Tám tháng đầu năm nay' → 2024-01..08 (year of the dateline).",
    "'giảm từ 2,5 giờ xuống còn khoảng 80 phút': both stated, two figures. 'giảm 6 quầy' is the claim itself (count, no change).",
    "'tiết kiệm khoảng 1,2 tỷ đồng ... mỗi năm' → đồng/năm. 'đến hết tháng 6/2024' → as-of 2024-06-30.",
    "'thấp hơn khu vực nội trú khoảng 4 điểm phần trăm' → change (decrease, 4 điểm phần trăm). 'đến năm 2025' target: start null.",
]

if __name__ == "__main__":
    write("p1398-5", TEXT, NOTES, FIGS, published="2024-09-11", location="TP Hồ Chí Minh")
