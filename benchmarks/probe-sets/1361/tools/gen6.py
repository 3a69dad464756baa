"""p1361-6: national newspaper (TP HCM): landlords pay for a second escape route; city checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh

Chủ nhà trọ chi hàng chục triệu đồng làm lối thoát nạn thứ hai

Thứ ba, 12/3/2024, 06:00 (GMT+7)

TP HCM có khoảng 46.000 nhà trọ, chung cư mini với gần 600.000 người thuê, nhiều nơi chưa có lối thoát nạn thứ hai.

Căn nhà 4 tầng của bà Lê Thị Hạnh ở phường Tân Thới Nhất, quận 12, có 18 phòng cho thuê. Tuần trước, bà thuê thợ đục tường, làm cầu thang sắt từ tầng 2 lên sân thượng, hết khoảng 35 triệu đồng. "Số tiền này bằng tiền lời cả năm", bà nói. Mỗi phòng ở đây có giá 2,8 triệu đồng một tháng.

Dãy trọ ba chục phòng của ông Võ Minh Tâm ở quận Bình Tân cũng vừa lắp thêm 8 đèn chiếu sáng sự cố và 6 bình chữa cháy.

Theo Phòng Cảnh sát PCCC và CNCH Công an TP HCM, từ tháng 10/2023 đến nay, lực lượng chức năng đã kiểm tra hơn 21.000 nhà trọ, chung cư mini, phát hiện khoảng 11.500 cơ sở chưa có lối thoát nạn thứ hai, chiếm 54%. Đến nay, 4.760 cơ sở đã cải tạo xong. Năm 2023, thành phố xảy ra 53 vụ cháy nhà trọ, làm 9 người chết.

Thượng tá Phạm Quang Vinh, Phó trưởng phòng, cho biết chi phí làm lối thoát nạn thứ hai thường từ 15 đến 60 triệu đồng tùy kết cấu nhà. Thành phố đặt mục tiêu đến cuối năm 2024 ít nhất 80% nhà trọ từ 10 phòng trở lên có lối thoát nạn thứ hai.

Khảo sát của phóng viên tại 30 khu trọ ở các quận Bình Tân, Gò Vấp và TP Thủ Đức cho thấy khoảng 7/10 khu để xe ngay lối ra vào duy nhất.

Lê Tuyết
"""

SINCE = per("từ tháng 10/2023 đến nay", "2023-10-01", "2024-03-12")
NOW = per("Đến nay", None, "2024-03-12")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
END24 = per("đến cuối năm 2024", None, "2024-12-31")
Q12, BT = "quận 12", "Bình Tân"

FIGS = [
    fig("hàng chục triệu", "chục", 10e6, "money", "đồng", approx="about", optional=True),
    fig("khoảng 46.000 nhà trọ", "46.000", 46000, "count", "nhà trọ", approx="about",
        subject="nhà trọ, chung cư mini"),
    fig("gần 600.000 người", "600.000", 600000, "count", "người thuê", approx="nearly", subject="người thuê"),
    fig("Căn nhà 4 tầng", "4", 4, "count", "tầng", subject="tầng của căn nhà bà Lê Thị Hạnh", location=Q12),
    fig("có 18 phòng", "18", 18, "count", "phòng", subject="phòng cho thuê", location=Q12),
    fig("khoảng 35 triệu", "35", 35e6, "money", "đồng", approx="about",
        subject="chi phí làm cầu thang sắt", location=Q12),
    fig("giá 2,8 triệu", "2,8", 2.8e6, "money", "đồng/phòng/tháng", subject="giá mỗi phòng", location=Q12),
    fig("ba chục phòng", "ba chục", 30, "count", "phòng", subject="phòng của dãy trọ ông Võ Minh Tâm",
        location=BT),
    fig("thêm 8 đèn", "8", 8, "count", "đèn chiếu sáng sự cố", subject="đèn chiếu sáng sự cố lắp thêm",
        location=BT),
    fig("và 6 bình", "6", 6, "count", "bình chữa cháy", subject="bình chữa cháy lắp thêm", location=BT),
    fig("hơn 21.000 nhà trọ", "21.000", 21000, "count", "nhà trọ", approx="over",
        subject="nhà trọ, chung cư mini được kiểm tra", period=SINCE),
    fig("khoảng 11.500 cơ sở", "11.500", 11500, "count", "cơ sở", approx="about", percent=54,
        subject="cơ sở chưa có lối thoát nạn thứ hai", period=SINCE),
    fig("4.760 cơ sở", "4.760", 4760, "count", "cơ sở", subject="cơ sở đã cải tạo xong", period=NOW),
    fig("xảy ra 53 vụ", "53", 53, "count", "vụ cháy", subject="vụ cháy nhà trọ", period=Y23),
    fig("làm 9 người", "9", 9, "count", "người", subject="người chết", period=Y23),
    fig("từ 15 đến 60 triệu", "15", 15e6, "money", "đồng", value_max=60e6,
        subject="chi phí làm lối thoát nạn thứ hai"),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="nhà trọ từ 10 phòng trở lên có lối thoát nạn thứ hai", period=END24),
    fig("từ 10 phòng", "10", 10, "count", "phòng", approx="at_least", status="target", optional=True),
    fig("tại 30 khu trọ", "30", 30, "count", "khu trọ", subject="khu trọ phóng viên khảo sát"),
    fig("khoảng 7/10", "7", 7, "count", "khu", approx="about", total=10,
        subject="khu để xe ngay lối ra vào duy nhất"),
]

NOTES = [
    "National newspaper (Thời sự > Dân sinh): TP HCM landlords and the second escape route; 'Thứ ba, 12/3/2024, 06:00 (GMT+7)', byline at the end.",
    "Distractors: 06:00, (GMT+7), 'quận 12' (a district name), 'tầng 2' (a floor's name), 'lối thoát nạn thứ hai' (ordinal), 'TP Thủ Đức'.",
    "Headline 'hàng chục triệu đồng' (tens of millions) is vague: optional, value 10 triệu, about.",
    "The two landlords' figures get their district as location (quận 12, Bình Tân); city figures TP Hồ Chí Minh. 'ba chục phòng' = 30.",
    "'Mỗi phòng … 2,8 triệu đồng một tháng': unit 'đồng/phòng/tháng'. 'từ tháng 10/2023 đến nay' ends at the dateline 2024-03-12; 'Đến nay' likewise (as-of).",
    "11.500 'chiếm 54%' is a percent attribute (no total: no part-of cue). 'khoảng 7/10 khu' → 7 with total 10 (a/b).",
    "'mục tiêu đến cuối năm 2024 ít nhất 80%' → target, at_least, end 2024-12-31; 'từ 10 phòng trở lên' is a threshold (optional).",
]

if __name__ == "__main__":
    write("p1361-6", TEXT, NOTES, FIGS, published="2024-03-12", location="TP Hồ Chí Minh")
