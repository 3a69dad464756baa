"""p1176-8: provincial newspaper online (Báo Quảng Bình, '(QBĐT) -'): car plate auctions in Q3 2024, Bố Trạch registrations."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | An ninh - Quốc phòng

Hơn 320 biển số ô tô trúng đấu giá trong quý III

Cập nhật lúc 16:05, Thứ Hai, 07/10/2024

(QBĐT) - Trong quý III, Công an tỉnh phối hợp với Công ty đấu giá hợp danh Việt Nam đưa ra đấu giá 508 biển số xe ô tô của tỉnh, trong đó 326 biển số trúng đấu giá, tăng 42 biển so với quý II.

Tổng số tiền trúng đấu giá đạt 17,9 tỷ đồng. Biển số 73A-399.99 có giá trúng cao nhất 1,06 tỷ đồng, tiếp đến là biển 73A-388.88 với 865 triệu đồng. Hai biển số này đều thuộc về một doanh nghiệp ở TP Đồng Hới.

Tính từ khi triển khai đấu giá đến ngày 30/9/2024, Quảng Bình có 1.017 biển số trúng đấu giá với tổng số tiền 52,6 tỷ đồng, đã nộp ngân sách 48,3 tỷ đồng, đạt 91,8%. Giá khởi điểm mỗi biển số ô tô là 40 triệu đồng, bước giá 10 triệu đồng.

Tại huyện Bố Trạch, Công an 28 xã, thị trấn đã đăng ký mới 3.615 xe mô tô trong 9 tháng, bình quân mỗi tháng hơn 400 xe. Đại úy Lê Văn Quân, Trưởng Công an thị trấn Hoàn Lão cho biết, người dân chỉ cần mang xe đến trụ sở, sau khoảng 1 giờ là nhận được biển số.

Dự kiến quý IV, khoảng 200 biển số ô tô tiếp tục được đưa ra đấu giá; Công an tỉnh phấn đấu tỷ lệ trúng đấu giá đạt trên 65%.

Phan Phương
"""

Q3H = per("trong quý III", "2024-07-01", "2024-09-30")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
ASOF = per("đến ngày 30/9/2024", None, "2024-09-30")
M9 = per("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
BT = "Bố Trạch"

FIGS = [
    fig("Hơn 320 biển số", "320", 320, "count", "biển số", approx="over",
        subject="biển số ô tô trúng đấu giá", period=Q3H),
    fig("đấu giá 508 biển số", "508", 508, "count", "biển số",
        subject="biển số xe ô tô đưa ra đấu giá", period=Q3),
    fig("trong đó 326 biển số", "326", 326, "count", "biển số", total=508,
        change=chg("increase", 42, "biển", "quý II"),
        subject="biển số trúng đấu giá", period=Q3),
    fig("đạt 17,9 tỷ", "17,9", 17900000000, "money", "đồng",
        subject="tổng số tiền trúng đấu giá", period=inh(Q3)),
    fig("nhất 1,06 tỷ", "1,06", 1060000000, "money", "đồng",
        subject="giá trúng cao nhất", period=inh(Q3)),
    fig("với 865 triệu", "865", 865000000, "money", "đồng",
        subject="giá trúng biển số xếp sau", period=inh(Q3)),
    fig("Hai biển số", "Hai", 2, "count", "biển số",
        subject="biển số thuộc về một doanh nghiệp", location="Đồng Hới", optional=True),
    fig("có 1.017 biển số", "1.017", 1017, "count", "biển số",
        subject="biển số trúng đấu giá", period=ASOF),
    fig("tiền 52,6 tỷ", "52,6", 52600000000, "money", "đồng",
        subject="tổng số tiền trúng đấu giá", period=ASOF),
    fig("ngân sách 48,3 tỷ", "48,3", 48300000000, "money", "đồng", percent=91.8,
        subject="tiền trúng đấu giá đã nộp ngân sách", period=ASOF),
    fig("là 40 triệu", "40", 40000000, "money", "đồng",
        subject="giá khởi điểm mỗi biển số ô tô"),
    fig("giá 10 triệu", "10", 10000000, "money", "đồng",
        subject="bước giá"),
    fig("Công an 28 xã", "28", 28, "count", "xã, thị trấn",
        subject="Công an xã, thị trấn đăng ký xe mô tô", location=BT),
    fig("mới 3.615 xe", "3.615", 3615, "count", "xe mô tô",
        subject="xe mô tô đăng ký mới", period=M9, location=BT),
    fig("hơn 400 xe", "400", 400, "measure", "xe/tháng", approx="over",
        subject="xe mô tô đăng ký mới bình quân mỗi tháng", period=M9, location=BT),
    fig("khoảng 1 giờ", "1", 1, "measure", "giờ", approx="about",
        subject="thời gian nhận biển số", location=BT),
    fig("khoảng 200 biển số", "200", 200, "count", "biển số", approx="about", status="forecast",
        subject="biển số ô tô đưa ra đấu giá", period=Q4),
    fig("trên 65%", "65", 65, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trúng đấu giá", period=Q4),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật lúc 16:05, Thứ Hai, 07/10/2024' (published 2024-10-07), tag '(QBĐT) -'.",
    "'quý III', 'quý IV', 'quý II', '9 tháng' are year-less: 2024 from the dateline. 'trong đó 326 biển số ... tăng 42 biển so với quý II': total 508, change in biển.",
    "'Tính từ khi triển khai đấu giá đến ngày 30/9/2024' is an as-of end (start not stated). 'đạt 91,8%' after 48,3 tỷ is its percent.",
    "Plate prices after 'Tổng số tiền ... đạt 17,9 tỷ đồng' inherit quý III. 'Hai biển số này' refers back to plates already given: optional.",
    "Bố Trạch passage (communes, 3.615 xe, 'bình quân mỗi tháng hơn 400 xe' as a rate xe/tháng, 'khoảng 1 giờ'): location Bố Trạch.",
    "'Dự kiến quý IV, khoảng 200' forecast; '; Công an tỉnh phấn đấu ... trên 65%' target (own cue), period quý IV in the same sentence.",
    "Distractors: 73A-399.99, 73A-388.88, 16:05, 'một doanh nghiệp' (article, not a count), 'Đại úy', byline.",
]

if __name__ == "__main__":
    write("p1176-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Bình")
