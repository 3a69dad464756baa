"""p1398-4: provincial newspaper (Báo Bình Định, tag (BĐO)): online booking at a hospital in TP Quy Nhơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bình Định điện tử > Xã hội > Y tế

Đặt lịch khám trực tuyến: Người bệnh bớt cảnh chờ đợi

Thứ Ba, 21/05/2024 | 07:45

(BĐO) - Không còn phải xếp hàng từ 5 giờ sáng để lấy số, nhiều người bệnh ở TP Quy Nhơn giờ chỉ cần vài thao tác trên điện thoại là có lịch khám đúng giờ.

Bà Trần Thị Lệ (62 tuổi, ở phường Nhơn Bình) kể, trước đây mỗi lần tái khám tiểu đường, bà phải đi từ 5 giờ 30, có hôm chờ gần 3 tiếng mới đến lượt. "Giờ tôi đặt lịch qua ứng dụng, 8 giờ đến là vào khám, chỉ mất chừng 20 phút", bà nói.

Theo Bệnh viện Đa khoa Phú An (số 215 đường Hùng Vương, TP Quy Nhơn), từ đầu năm đến nay, bệnh viện tiếp nhận 18.740 lượt đặt lịch khám trực tuyến, gấp 2,4 lần cùng kỳ năm 2023, chiếm khoảng 27% tổng lượt khám. Bệnh viện đã tăng số quầy tiếp đón từ 6 lên 10 quầy, mở thêm 8 phòng khám, nâng tổng số lên 34 phòng; nhờ đó thời gian chờ khám trung bình giảm còn 25-30 phút.

Bác sĩ CKII Nguyễn Minh Tâm, Phó Giám đốc bệnh viện, cho biết mỗi ngày bệnh viện khám cho 1.100-1.200 lượt người bệnh ngoại trú. Khảo sát tháng 4 vừa qua với 450 người bệnh cho thấy tỷ lệ hài lòng đạt 94,2%, trong đó hài lòng về thời gian chờ đạt 89,6%. Dự kiến trong quý III, bệnh viện sẽ đưa vào sử dụng thêm hai ki-ốt đăng ký khám tự động.

HOÀNG NHƯ
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-05-21")
M4 = per("tháng 4", "2024-04-01", "2024-04-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("(62 tuổi", "62", 62, "measure", "tuổi", subject="tuổi của bà Trần Thị Lệ", optional=True),
    fig("gần 3 tiếng", "3", 3, "measure", "tiếng", approx="nearly",
        subject="thời gian chờ đến lượt khám trước đây"),
    fig("chừng 20 phút", "20", 20, "measure", "phút", approx="about",
        subject="thời gian khám khi đặt lịch qua ứng dụng"),
    fig("tiếp nhận 18.740", "18.740", 18740, "count", "lượt", percent=27,
        change=chg("increase", 2.4, "lần", "cùng kỳ năm 2023"),
        subject="lượt đặt lịch khám trực tuyến", period=YTD),
    fig("từ 6 lên", "6", 6, "count", "quầy", subject="số quầy tiếp đón"),
    fig("lên 10 quầy", "10", 10, "count", "quầy", subject="số quầy tiếp đón"),
    fig("thêm 8 phòng", "8", 8, "count", "phòng khám", subject="phòng khám mở thêm"),
    fig("lên 34 phòng", "34", 34, "count", "phòng", subject="tổng số phòng khám"),
    fig("còn 25-30 phút", "25", 25, "measure", "phút", value_max=30,
        subject="thời gian chờ khám trung bình"),
    fig("cho 1.100-1.200", "1.100", 1100, "measure", "lượt/ngày", value_max=1200,
        subject="lượt người bệnh ngoại trú bệnh viện khám mỗi ngày"),
    fig("với 450 người", "450", 450, "count", "người bệnh", subject="người bệnh được khảo sát", period=M4),
    fig("đạt 94,2%", "94,2", 94.2, "percent", "%", subject="tỷ lệ hài lòng", period=M4),
    fig("đạt 89,6%", "89,6", 89.6, "percent", "%", subject="tỷ lệ hài lòng về thời gian chờ", period=M4),
    fig("thêm hai ki-ốt", "hai", 2, "count", "ki-ốt", status="forecast",
        subject="ki-ốt đăng ký khám tự động đưa vào sử dụng thêm", period=Q3),
]

NOTES = [
    "Provincial newspaper (Báo Bình Định): breadcrumb, 'Thứ Ba, 21/05/2024 | 07:45', tag '(BĐO) -', sapo, byline at the end.",
    "Distractors: times of day '5 giờ sáng', '5 giờ 30', '8 giờ', 07:45; address 'số 215 đường Hùng Vương'; 'CKII'; 'vài thao tác' (no number).",
    "All figures are in TP Quy Nhơn (the patient in phường Nhơn Bình, the hospital in TP Quy Nhơn): default location Quy Nhơn.",
    "'(62 tuổi' is the patient's age: optional (as ages in the shared gold).",
    "'gấp 2,4 lần cùng kỳ năm 2023' → change (increase, 2,4 lần); 'chiếm khoảng 27%' → percent attribute 27.",
    "'từ đầu năm đến nay' ends at the dateline 2024-05-21. 'tăng số quầy ... từ 6 lên 10 quầy': both stated (before/now), two figures.",
    "'mỗi ngày ... 1.100-1.200 lượt' → rate lượt/ngày (measure). 'tháng 4' → 2024 (dateline). 'trong đó ... 89,6%' is a percent",
    "figure of its own (a share of a share, no total). 'Dự kiến trong quý III' → forecast, 2024-Q3.",
]

if __name__ == "__main__":
    write("p1398-4", TEXT, NOTES, FIGS, published="2024-05-21", location="Quy Nhơn")
