"""p1305-5: national newspaper (VnExpress-like): mai vàng and cúc vạn thọ prices fall on 28 Tết in TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 27/1/2025, 16:20 (GMT+7)

Mai vàng, cúc vạn thọ đồng loạt giảm giá chiều 28 Tết

Nhiều nhà vườn ở các chợ hoa Tết TP HCM giảm giá 30-50% để bán hết hàng, song sức mua vẫn thấp hơn năm trước.

Tại chợ hoa công viên Lê Thị Riêng (quận 10), chị Nguyễn Thị Hồng, một tiểu thương bán mai, cho biết mang lên 120 chậu mai ghép nhưng đến trưa nay mới bán được 75 chậu. Chậu mai cao 1,5 m trước đây chị bán 1,8 triệu đồng, nay hạ còn 1,2 triệu đồng.

Theo Sở Công Thương TP HCM, dịp Tết Ất Tỵ thành phố có 155 điểm chợ hoa, tăng 12 điểm so với Tết Giáp Thìn; lượng hoa kiểng đưa về ước khoảng 4,5 triệu chậu, trong đó mai vàng chiếm khoảng 35%. Riêng chợ đầu mối Bình Điền (huyện Bình Chánh) tiếp nhận hơn 1,2 triệu chậu hoa các loại.

Ông Đặng Văn Khoa, Chủ tịch Hội Sinh vật cảnh huyện Củ Chi, ước tính khoảng 20% lượng mai vàng đưa về chợ không bán được. "Cúc vạn thọ chiều nay chỉ còn 15.000-20.000 đồng một chậu, giảm khoảng 50% so với ngày 25 tháng Chạp", ông nói.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 45.000 ha hoa, cây cảnh; năm 2024 giá trị sản xuất ước đạt hơn 21.000 tỷ đồng. Việt Nam đứng thứ 3 Đông Nam Á về diện tích hoa, sau Thái Lan và Philippines.

Thu Hằng

Xem thêm:
- Giá vé xe Tết tăng mạnh trên các tuyến miền Tây
- Đường hoa Nguyễn Huệ mở cửa đến 22h mùng 5 Tết
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
Q10 = "Quận 10"

FIGS = [
    fig("giảm giá 30-50%", "30", 30, "percent", "%", value_max=50,
        subject="mức giảm giá của nhà vườn ở các chợ hoa Tết"),
    fig("lên 120 chậu", "120", 120, "count", "chậu", subject="chậu mai ghép chị Hồng mang lên chợ", location=Q10),
    fig("được 75 chậu", "75", 75, "count", "chậu", subject="chậu mai chị Hồng bán được", location=Q10),
    fig("cao 1,5 m", "1,5", 1.5, "measure", "m", subject="chiều cao chậu mai", location=Q10, optional=True),
    fig("bán 1,8 triệu", "1,8", 1.8e6, "money", "đồng", subject="giá chậu mai cao 1,5 m trước đây", location=Q10),
    fig("còn 1,2 triệu", "1,2", 1.2e6, "money", "đồng", subject="giá chậu mai cao 1,5 m sau khi hạ", location=Q10),
    fig("có 155 điểm", "155", 155, "count", "điểm", change=chg("increase", 12, "điểm", "Tết Giáp Thìn"),
        subject="điểm chợ hoa dịp Tết Ất Tỵ"),
    fig("ước khoảng 4,5 triệu", "4,5", 4.5e6, "count", "chậu", approx="about", status="estimate",
        subject="lượng hoa kiểng đưa về"),
    fig("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng mai vàng trong lượng hoa kiểng đưa về"),
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "chậu", approx="over",
        subject="chậu hoa các loại chợ đầu mối Bình Điền tiếp nhận", location="Bình Chánh"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", status="estimate",
        subject="lượng mai vàng đưa về chợ không bán được"),
    fig("15.000-20.000", "15.000", 15000, "money", "đồng/chậu", value_max=20000,
        change=chg("decrease", 50, "%", "ngày 25 tháng Chạp", approx="about"), subject="giá cúc vạn thọ"),
    fig("khoảng 45.000 ha", "45.000", 45000, "measure", "ha", approx="about",
        subject="diện tích hoa, cây cảnh cả nước", location=VN),
    fig("hơn 21.000 tỷ", "21.000", 21000e9, "money", "đồng", approx="over", status="estimate",
        subject="giá trị sản xuất hoa, cây cảnh", period=Y24, location=VN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="diện tích hoa Đông Nam Á", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 27/1/2025, 16:20 (GMT+7)', headline, sapo, quote, byline, 'Xem thêm' links.",
    "Distractors: 16:20, (GMT+7), '28 Tết', 'quận 10', 'ngày 25 tháng Chạp', '22h mùng 5 Tết',",
    "'đồng một chậu' (denominator), 'vạn' in 'cúc vạn thọ'.",
    "Location TP Hồ Chí Minh by default; Bình Điền market → Bình Chánh (district); the ministry's national figures and the rank → Việt Nam.",
    "revised after the first run: the stall figures at chợ hoa công viên Lê Thị Riêng (quận 10) → location Quận 10 (was TP Hồ Chí Minh):",
    "the spec takes the district the figure describes, as for Bình Điền → Bình Chánh in this article.",
    "'120 chậu ... mới bán được 75 chậu': no part cue, no total. '1,5 m' (size of the pot) is optional.",
    "'dịp Tết Ất Tỵ' and 'chiều nay' are no spec periods. 'tăng 12 điểm so với Tết Giáp Thìn' → change in điểm.",
    "'ước khoảng 4,5 triệu' → estimate + about; 'trong đó mai vàng chiếm khoảng 35%' continues it (percent figure, estimate).",
    "'ước tính khoảng 20%' → estimate. '15.000-20.000 đồng một chậu, giảm khoảng 50% so với ngày 25 tháng Chạp' → change of the price.",
    "'giảm giá 30-50%' is a rate as the claim: percent range, no change.",
]

if __name__ == "__main__":
    write("p1305-5", TEXT, NOTES, FIGS, published="2025-01-27", location=HCM)
