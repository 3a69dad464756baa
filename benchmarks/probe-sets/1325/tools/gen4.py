"""p1325-4: Party newspaper online (Báo Cần Thơ): food tours on the river and the floating market, 5 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CẦN THƠ ONLINE
Chính trị | Kinh tế | Xã hội | Văn hóa | Du lịch

Tour ẩm thực trên sông: sản phẩm "đinh" của du lịch Cần Thơ

Thứ Hai, 10/06/2024, 07:12

Từ đầu năm đến nay, các tour ẩm thực gắn với chợ nổi Cái Răng và bến Ninh Kiều phục vụ gần 68.000 lượt khách, góp phần đưa tổng lượt khách đến thành phố 5 tháng đầu năm 2024 lên hơn 4,1 triệu lượt.

(CTO) - Hiện thành phố có 11 doanh nghiệp lữ hành khai thác tour ẩm thực trên sông với khoảng 40 ghe, thuyền được cấp phép. Mỗi tour kéo dài khoảng 3 giờ, giá từ 350.000 đến 550.000 đồng/khách, gồm ăn hủ tiếu, bánh tằm bì trên chợ nổi và làm bánh hỏi tại lò bánh. Trên chợ nổi hiện có khoảng ba chục ghe bán đồ ăn sáng phục vụ du khách.

Ông Trần Minh Luân, Giám đốc Công ty TNHH Du lịch Sông Hậu Xanh (số 12 Hai Bà Trưng, phường Tân An), cho biết 5 tháng đầu năm, công ty đón 9.600 lượt khách, tăng gấp đôi cùng kỳ, trong đó khách nước ngoài 5.950 lượt, chiếm 62%. "Khách châu Âu rất thích tour 5 giờ sáng, vừa ngắm chợ vừa ăn sáng trên ghe", ông Luân nói.

Theo Sở Văn hóa, Thể thao và Du lịch, Cần Thơ hiện xếp thứ 2 vùng Đồng bằng sông Cửu Long về lượt khách du lịch. Năm 2024, thành phố phấn đấu đón 9,5 triệu lượt khách, tổng thu du lịch khoảng 6.800 tỷ đồng; dự kiến trong quý III khai trương thêm một tuyến phố ẩm thực đêm tại quận Cái Răng với 120 gian hàng.

MINH HUYỀN
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-10")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5S = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("gần 68.000 lượt", "68.000", 68000, "count", "lượt khách", approx="nearly",
        subject="lượt khách các tour ẩm thực gắn với chợ nổi Cái Răng và bến Ninh Kiều phục vụ", period=YTD),
    fig("hơn 4,1 triệu", "4,1", 4.1e6, "count", "lượt", approx="over",
        subject="tổng lượt khách đến thành phố", period=M5),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp lữ hành",
        subject="doanh nghiệp lữ hành khai thác tour ẩm thực trên sông"),
    fig("khoảng 40 ghe", "40", 40, "count", "ghe", approx="about", subject="ghe, thuyền được cấp phép"),
    fig("khoảng 3 giờ", "3", 3, "measure", "giờ", approx="about", subject="thời gian mỗi tour"),
    fig("từ 350.000 đến 550.000", "350.000", 350000, "money", "đồng/khách", value_max=550000,
        subject="giá tour"),
    fig("khoảng ba chục ghe", "ba chục", 30, "count", "ghe", approx="about",
        subject="ghe bán đồ ăn sáng phục vụ du khách trên chợ nổi"),
    fig("đón 9.600 lượt", "9.600", 9600, "count", "lượt khách",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="lượt khách Công ty TNHH Du lịch Sông Hậu Xanh đón", period=M5S),
    fig("ngoài 5.950 lượt", "5.950", 5950, "count", "lượt", total=9600, percent=62,
        subject="khách nước ngoài", period=M5S),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="lượt khách du lịch"),
    fig("đón 9,5 triệu", "9,5", 9.5e6, "count", "lượt khách", status="target",
        subject="lượt khách thành phố đón", period=Y24),
    fig("khoảng 6.800 tỷ", "6.800", 6800e9, "money", "đồng", approx="about", status="target",
        subject="tổng thu du lịch", period=Y24),
    fig("thêm một tuyến", "một", 1, "count", "tuyến phố", status="forecast",
        subject="tuyến phố ẩm thực đêm khai trương thêm", period=Q3, location="Cái Răng"),
    fig("với 120 gian hàng", "120", 120, "count", "gian hàng", status="forecast",
        subject="gian hàng tuyến phố ẩm thực đêm", period=Q3, location="Cái Răng"),
]

NOTES = [
    "Party newspaper online (Báo Cần Thơ): menu, headline, 'Thứ Hai, 10/06/2024, 07:12', sapo, tag '(CTO) -', byline at the end.",
    "Distractors: 07:12, 'số 12 Hai Bà Trưng', 'tour 5 giờ sáng' (a time of day), '(CTO)'.",
    "Sapo: 'Từ đầu năm đến nay' ends at the dateline 2024-06-10; 'hơn 4,1 triệu lượt' takes '5 tháng đầu năm 2024'.",
    "'khoảng ba chục ghe' is a number word (30, about). 'mỗi tour kéo dài khoảng 3 giờ' is a figure (measure, giờ).",
    "Company passage: the address names only a ward, so location stays Cần Thơ; '5 tháng đầu năm' (no year) → 2024.",
    "'tăng gấp đôi cùng kỳ' → change increase 2 lần; 'trong đó khách nước ngoài 5.950 lượt, chiếm 62%' → total 9600, percent 62.",
    "'xếp thứ 2 vùng Đồng bằng sông Cửu Long về lượt khách du lịch' → rank, location Cần Thơ, no period ('hiện').",
    "'phấn đấu' → target for both amounts of its clause; 'dự kiến trong quý III' → forecast; the new street lies in quận Cái Răng.",
]

if __name__ == "__main__":
    write("p1325-4", TEXT, NOTES, FIGS, published="2024-06-10", location="Cần Thơ")
