"""p1306-5: provincial Party newspaper (Báo Gia Lai, tag '(GLO) -'): private ambulances, inspections, prices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Gia Lai điện tử
Xã hội - Y tế

Chấn chỉnh hoạt động xe cứu thương tư nhân

(GLO) - Xe cứu thương tư nhân góp phần chia sẻ gánh nặng vận chuyển người bệnh với các bệnh viện công lập. Tuy nhiên, không ít xe hoạt động "chui", thu giá cao gấp 2-3 lần giá niêm yết.

HOÀNG NGỌC 07:45, 18/07/2024

Theo Sở Y tế, toàn tỉnh hiện có 34 xe cứu thương của các bệnh viện công lập và 19 xe của 6 doanh nghiệp, phòng khám tư nhân được cấp phép. Riêng TP. Pleiku tập trung 15 xe tư nhân, chiếm gần 80% số xe tư nhân toàn tỉnh. Ngoài ra, ước tính còn gần ba chục xe gắn mác "cứu thương" hoạt động không phép.

Từ đầu năm đến nay, Thanh tra Sở Y tế phối hợp với Công an tỉnh kiểm tra 27 lượt phương tiện, phát hiện 9 xe vi phạm, trong đó 4 xe không có giấy phép hoạt động, 5 xe không đủ trang thiết bị tối thiểu; xử phạt tổng cộng 126,5 triệu đồng.

Anh Rơ Châm H., một người dân ở xã vùng sâu, kể tháng 5 vừa qua gia đình thuê xe chở mẹ từ Bệnh viện Đa khoa tỉnh về nhà, quãng đường khoảng 40 km nhưng bị tài xế đòi 2,5 triệu đồng. "Trong khi xe của bệnh viện chỉ tính khoảng 900 nghìn đồng", anh nói.

Theo ông Trần Văn Lợi, Chánh Thanh tra Sở Y tế, giá vận chuyển người bệnh bằng xe cứu thương công lập trên địa bàn tỉnh hiện từ 18.000 đến 22.000 đồng/km tùy loại xe. Đường dây nóng 0269.3824.115 của Sở đã nhận 42 phản ánh về giá cước và thái độ phục vụ trong 6 tháng đầu năm, tăng 15 phản ánh so với cùng kỳ năm 2023.

Trong quý III, Sở Y tế dự kiến kiểm tra 100% cơ sở có xe cứu thương tư nhân; phấn đấu đến cuối năm đưa vào hoạt động thêm 2 trạm cấp cứu vệ tinh tại thị xã An Khê và huyện Chư Sê.
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
MAY = per("tháng 5 vừa qua", "2024-05-01", "2024-05-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
EOY = per("đến cuối năm", None, "2024-12-31")

FIGS = [
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá thu của xe cứu thương hoạt động chui so với giá niêm yết"),
    fig("có 34 xe", "34", 34, "count", "xe cứu thương", subject="xe cứu thương của các bệnh viện công lập"),
    fig("và 19 xe", "19", 19, "count", "xe", subject="xe cứu thương của doanh nghiệp, phòng khám tư nhân được cấp phép"),
    fig("của 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp, phòng khám",
        subject="doanh nghiệp, phòng khám tư nhân được cấp phép có xe cứu thương"),
    fig("tập trung 15 xe", "15", 15, "count", "xe", percent=80, location="Pleiku",
        subject="xe cứu thương tư nhân"),
    fig("gần ba chục xe", "ba chục", 30, "count", "xe", approx="nearly", status="estimate",
        subject="xe gắn mác cứu thương hoạt động không phép"),
    fig("kiểm tra 27 lượt", "27", 27, "count", "lượt phương tiện", period=YTD,
        subject="lượt phương tiện được kiểm tra"),
    fig("phát hiện 9 xe", "9", 9, "count", "xe", period=YTD, subject="xe vi phạm"),
    fig("trong đó 4 xe", "4", 4, "count", "xe", total=9, period=YTD,
        subject="xe không có giấy phép hoạt động"),
    fig("5 xe không đủ", "5", 5, "count", "xe", total=9, period=YTD,
        subject="xe không đủ trang thiết bị tối thiểu"),
    fig("126,5 triệu", "126,5", 126.5e6, "money", "đồng", period=YTD, subject="tổng tiền xử phạt"),
    fig("khoảng 40 km", "40", 40, "measure", "km", approx="about", period=MAY,
        subject="quãng đường chở người bệnh từ bệnh viện về nhà"),
    fig("đòi 2,5 triệu", "2,5", 2.5e6, "money", "đồng", period=MAY, subject="giá tài xế xe tư nhân đòi"),
    fig("khoảng 900 nghìn", "900", 900e3, "money", "đồng", approx="about",
        subject="giá xe của bệnh viện"),
    fig("từ 18.000 đến 22.000", "18.000", 18000, "money", "đồng/km", value_max=22000,
        subject="giá vận chuyển người bệnh bằng xe cứu thương công lập"),
    fig("nhận 42 phản ánh", "42", 42, "count", "phản ánh", period=H1,
        change=chg("increase", 15, "phản ánh", "cùng kỳ năm 2023"),
        subject="phản ánh về giá cước và thái độ phục vụ đường dây nóng của Sở nhận"),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="forecast", period=Q3,
        subject="cơ sở có xe cứu thương tư nhân được kiểm tra"),
    fig("thêm 2 trạm", "2", 2, "count", "trạm", status="target", period=EOY,
        subject="trạm cấp cứu vệ tinh đưa vào hoạt động thêm"),
]

NOTES = [
    "Provincial Party newspaper (Báo Gia Lai): sapo with '(GLO) -', byline 'HOÀNG NGỌC 07:45, 18/07/2024' after the sapo.",
    "Distractors: 0269.3824.115, 07:45, 'xe cứu thương' names, 'trang thiết bị tối thiểu' (no number after 'tối thiểu'), 'Bệnh viện Đa khoa tỉnh'.",
    "'gấp 2-3 lần giá niêm yết' stands alone as the claim: multiple, range 2-3.",
    "'Riêng TP. Pleiku ... 15 xe ..., chiếm gần 80%' → location Pleiku, percent 80; 'Riêng' is no part-of cue: no total.",
    "'gần ba chục xe' = nearly 30, 'ước tính' → estimate.",
    "'phát hiện 9 xe vi phạm' follows 'kiểm tra 27 lượt phương tiện' with no cue: no total; '4 xe', '5 xe' after 'trong đó' → total 9.",
    "Year-less periods take 2024 (published): 'tháng 5 vừa qua', '6 tháng đầu năm', 'quý III', 'đến cuối năm' (as-of end 2024-12-31).",
    "The quoted hospital price 'khoảng 900 nghìn đồng' is a standing price: no period. '42 phản ánh, tăng 15 phản ánh' → change in phản ánh.",
    "'dự kiến kiểm tra 100%' → forecast; 'phấn đấu ... thêm 2 trạm' (two places) → target, location Gia Lai.",
]

if __name__ == "__main__":
    write("p1306-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Gia Lai")
