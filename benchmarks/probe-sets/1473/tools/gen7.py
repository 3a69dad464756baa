"""p1473-7: news agency (TTXVN/Vietnam+): a sewing-machine repairman for the tailor shops of Hội An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Xã hội | Kinh tế | Thế giới | Văn hóa | Du lịch

Người "bác sĩ" máy may giữa phố cổ Hội An

Thứ Năm, 07/03/2024 - 16:25

Hơn 30 năm gắn bó với nghề, ông Lê Văn Sáu ở phường Minh An, thành phố Hội An (Quảng Nam) vẫn ngày ngày sửa chữa, bảo dưỡng máy may cho các tiệm may đo trong phố cổ.

Theo Hội Doanh nghiệp thành phố, Hội An hiện có khoảng 400 tiệm may đo với tổng cộng hơn 3.000 máy may, phục vụ chủ yếu du khách nước ngoài. Năm 2023, thành phố đón 4,3 triệu lượt khách, trong đó khách quốc tế đạt 2,4 triệu lượt; ước tính khoảng 15% khách quốc tế đặt may trang phục tại đây.

Ông Sáu kể, năm 1991 ông học nghề sửa máy may ở Đà Nẵng rồi về mở xưởng nhỏ ở số 45 Trần Phú. Hiện xưởng có bốn thợ, khách hàng thường xuyên là 65 tiệm may. Năm 2023, xưởng sửa chữa, bảo dưỡng khoảng 4.000 lượt máy. Mùa cao điểm du lịch, có ngày ông nhận tới 35 máy. Tiền công sửa chữa dao động 100.000-300.000 đồng/máy tùy mức độ hỏng; riêng thay bộ ổ chao, thuyền chỉ khoảng 450.000 đồng.

"Máy may bây giờ chủ yếu là máy điện tử, người thợ phải học thêm cả phần mạch điện", ông Sáu nói. Con trai ông, anh Lê Văn Bảy, đã theo cha vào nghề được 8 năm.

Theo UBND thành phố, năm 2024 Hội An phấn đấu đón khoảng 5 triệu lượt khách; đồng thời hỗ trợ các tiệm may đo chuyển sang máy may điện tử tiết kiệm điện, mục tiêu đạt 70% số tiệm.

Đoàn Hữu Trung (TTXVN/Vietnam+)
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 30 năm", "30", 30, "measure", "năm", approx="over",
        subject="thời gian ông Lê Văn Sáu gắn bó với nghề", optional=True),
    fig("khoảng 400 tiệm", "400", 400, "count", "tiệm may đo", approx="about", subject="tiệm may đo"),
    fig("hơn 3.000 máy", "3.000", 3000, "count", "máy may", approx="over",
        subject="máy may của các tiệm may đo"),
    fig("đón 4,3 triệu", "4,3", 4.3e6, "count", "lượt khách", subject="lượt khách thành phố đón", period=Y23),
    fig("đạt 2,4 triệu", "2,4", 2.4e6, "count", "lượt", total=4.3e6, subject="khách quốc tế", period=Y23),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", status="estimate",
        subject="khách quốc tế đặt may trang phục", period=Y23),
    fig("có bốn thợ", "bốn", 4, "count", "thợ", subject="thợ của xưởng"),
    fig("là 65 tiệm", "65", 65, "count", "tiệm may", subject="khách hàng thường xuyên của xưởng"),
    fig("khoảng 4.000 lượt", "4.000", 4000, "count", "lượt máy", approx="about",
        subject="lượt máy xưởng sửa chữa, bảo dưỡng", period=Y23),
    fig("tới 35 máy", "35", 35, "count", "máy", subject="máy ông nhận trong ngày cao điểm"),
    fig("100.000-300.000", "100.000", 100000, "money", "đồng/máy", value_max=300000,
        subject="tiền công sửa chữa"),
    fig("khoảng 450.000", "450.000", 450000, "money", "đồng", approx="about",
        subject="tiền công thay bộ ổ chao, thuyền chỉ"),
    fig("được 8 năm", "8", 8, "measure", "năm", subject="thời gian anh Lê Văn Bảy theo nghề", optional=True),
    fig("khoảng 5 triệu", "5", 5e6, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách Hội An đón", period=Y24),
    fig("đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tiệm may đo chuyển sang máy may điện tử tiết kiệm điện", period=Y24),
]

NOTES = [
    "News agency (Vietnam+ / TTXVN): menu, 'Thứ Năm, 07/03/2024 - 16:25', sapo, quote, byline '(TTXVN/Vietnam+)'.",
    "Distractors: names with number words 'Lê Văn Sáu' (×3 'ông Sáu') and 'Lê Văn Bảy', 'năm 1991', 'số 45 Trần Phú', 16:25.",
    "'Hơn 30 năm gắn bó', 'được 8 năm' are career lengths (durations as the story's frame): optional.",
    "'trong đó khách quốc tế đạt 2,4 triệu lượt' takes the whole 4,3 triệu; 'ước tính khoảng 15%' → estimate, about, own percent figure.",
    "'bốn thợ' is a number word. 'có ngày ông nhận tới 35 máy' is a peak-day count in a recurring season: no period, exact.",
    "'năm 2024 Hội An phấn đấu' → target for 5 triệu and 'mục tiêu đạt 70%' (the sentence's period). All figures in Hội An.",
]

if __name__ == "__main__":
    write("p1473-7", TEXT, NOTES, FIGS, published="2024-03-07", location="Hội An")
