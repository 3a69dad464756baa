"""p1263-5: Party newspaper (Báo Đắk Lắk): a commune model 'Buôn không có chó thả rông' in xã Ea Kly, huyện Krông Pắc."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK
Xã hội | Thứ Tư, 10/07/2024 - 07:15

Buôn không có chó thả rông

Sau hai năm thực hiện mô hình "Buôn không có chó thả rông", xã Ea Kly (huyện Krông Pắc) không còn ghi nhận người bị chó dại cắn; 96% hộ nuôi chó đã ký cam kết nuôi nhốt.

(BĐL) - Trước đây, chó thả rông là cảnh thường thấy ở các buôn của xã Ea Kly. Năm 2021, xã có 2 người tử vong do bệnh dại. Năm 2022, xã chọn 4 buôn làm điểm, thành lập 4 tổ tuần tra với 20 thành viên, tuần tra 2 buổi/tuần.

Ông Y Thuôn Niê, Chủ tịch UBND xã Ea Kly cho biết, toàn xã có 3.120 hộ, trong đó 1.870 hộ nuôi chó với khoảng 2.650 con. Đến nay, 1.795 hộ đã ký cam kết, đạt 96%; đàn chó được tiêm phòng dại 6 tháng đầu năm 2024 là 2.270 con, chiếm gần 86% tổng đàn. "Mỗi con chó tiêm phòng, xã hỗ trợ 50% tiền vắc xin, người dân chỉ phải trả 15.000 đồng", ông Y Thuôn nói.

Nhờ làm tốt công tác tuyên truyền, năm 2023 các tổ tuần tra chỉ phát hiện 17 trường hợp thả rông, giảm gần ba chục trường hợp so với năm 2022. Mô hình đã được nhân rộng ra 11/15 buôn của xã.

Theo Chi cục Chăn nuôi và Thú y Đắk Lắk, 6 tháng đầu năm 2024, toàn tỉnh có 4 người tử vong do bệnh dại, bằng cùng kỳ năm 2023; tỷ lệ tiêm phòng dại cho đàn chó mới đạt khoảng 45%. Tỉnh đặt mục tiêu năm 2025 có ít nhất 50 xã triển khai mô hình tương tự.

HOÀNG VY

Tin liên quan:
- Krông Pắc: Ra quân Tháng hành động vì môi trường
- Ea Kly đón Bằng công nhận xã đạt chuẩn nông thôn mới
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Đến nay", None, "2024-07-10")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
KP = "Krông Pắc"

FIGS = [
    fig("96% hộ", "96", 96, "percent", "%", subject="hộ nuôi chó đã ký cam kết nuôi nhốt", location=KP),
    fig("có 2 người", "2", 2, "count", "người", subject="người tử vong do bệnh dại", period=Y21, location=KP),
    fig("chọn 4 buôn", "4", 4, "count", "buôn", subject="buôn làm điểm", period=Y22, location=KP),
    fig("thành lập 4 tổ", "4", 4, "count", "tổ", subject="tổ tuần tra", period=Y22, location=KP),
    fig("với 20 thành viên", "20", 20, "count", "thành viên", subject="thành viên tổ tuần tra",
        period=Y22, location=KP),
    fig("tuần tra 2 buổi/tuần", "2", 2, "measure", "buổi/tuần", subject="buổi tuần tra", period=Y22, location=KP),
    fig("có 3.120 hộ", "3.120", 3120, "count", "hộ", subject="hộ", location=KP),
    fig("1.870 hộ", "1.870", 1870, "count", "hộ", total=3120, subject="hộ nuôi chó", location=KP),
    fig("khoảng 2.650 con", "2.650", 2650, "count", "con", approx="about", subject="chó các hộ nuôi",
        location=KP),
    fig("1.795 hộ", "1.795", 1795, "count", "hộ", percent=96, subject="hộ đã ký cam kết",
        period=NOW, location=KP),
    fig("là 2.270 con", "2.270", 2270, "count", "con", percent=86,
        subject="đàn chó được tiêm phòng dại", period=H1, location=KP),
    fig("hỗ trợ 50% tiền", "50", 50, "percent", "%", subject="tiền vắc xin xã hỗ trợ mỗi con chó tiêm phòng",
        location=KP),
    fig("trả 15.000 đồng", "15.000", 15000, "money", "đồng/con", subject="tiền người dân phải trả",
        location=KP),
    fig("phát hiện 17 trường hợp", "17", 17, "count", "trường hợp",
        change=chg("decrease", 30, "trường hợp", "năm 2022", approx="nearly"),
        subject="trường hợp thả rông các tổ tuần tra phát hiện", period=Y23, location=KP),
    fig("11/15 buôn", "11", 11, "count", "buôn", total=15, subject="buôn được nhân rộng mô hình", location=KP),
    fig("có 4 người", "4", 4, "count", "người", subject="người tử vong do bệnh dại", period=H1),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ lệ tiêm phòng dại cho đàn chó", period=H1),
    fig("ít nhất 50 xã", "50", 50, "count", "xã", approx="at_least", status="target",
        subject="xã triển khai mô hình tương tự", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Đắk Lắk): masthead, 'Xã hội | Thứ Tư, 10/07/2024 - 07:15', sapo, tag '(BĐL) -', byline HOÀNG VY, related links.",
    "Distractors: 07:15, 'Sau hai năm thực hiện' (a duration locating the story), years 2021/2022 as baselines.",
    "Xã Ea Kly figures → location Krông Pắc (its district); provincial figures of Chi cục → Đắk Lắk.",
    "'tuần tra 2 buổi/tuần' is a rate: measure, unit 'buổi/tuần'. 'Mỗi con chó ... trả 15.000 đồng' → unit 'đồng/con'.",
    "'toàn xã có 3.120 hộ, trong đó 1.870 hộ nuôi chó' → total 3120; '1.795 hộ ..., đạt 96%' → percent 96 (no stated whole).",
    "'Đến nay' is an as-of date: end = dateline 2024-07-10. '2.270 con, chiếm gần 86%' → percent 86 (the 'gần' is on the share).",
    "'giảm gần ba chục trường hợp so với năm 2022' → change decrease 30, approx nearly (number word 'ba chục').",
    "'11/15 buôn' → total 15. 'mục tiêu năm 2025' → target for the year 2025.",
    "The sapo '96% hộ' and '50% tiền vắc xin' have no period in their sentences.",
]

if __name__ == "__main__":
    write("p1263-5", TEXT, NOTES, FIGS, published="2024-07-10", location="Đắk Lắk")
