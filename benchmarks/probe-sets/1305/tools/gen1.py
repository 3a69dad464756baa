"""p1305-1: province portal (Bình Định): mai vàng An Nhơn before Tết Ất Tỵ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

An Nhơn: Hơn 2 triệu chậu mai vàng sẵn sàng phục vụ Tết

Cập nhật: 16/01/2025 08:45 | Lượt xem: 1.386

Theo Phòng Kinh tế thị xã An Nhơn, năm 2024 toàn thị xã có 1.430 ha mai vàng, tăng 85 ha so với năm 2023, tập trung tại các xã Nhơn An, Nhơn Phong, Nhơn Hậu và phường Nhơn Hưng. Nghề trồng mai thu hút khoảng 4.000 hộ tham gia, tạo việc làm thường xuyên cho hơn 12 nghìn lao động.

Dịp Tết Nguyên đán Ất Tỵ, các nhà vườn ước đưa ra thị trường khoảng 2,2 triệu chậu mai, trong đó có khoảng 700.000 chậu mai ghép. Giá mai chậu phổ biến từ 500.000 đồng đến 3 triệu đồng/chậu; một số cây mai cổ thụ dáng đẹp được trả giá trên 150 triệu đồng.

Ông Trần Văn Hiếu (thôn Thanh Giang, xã Nhơn An) năm nay có 3.200 chậu mai, gấp đôi năm 2022, dự kiến thu về gần 4 tỷ đồng.

Năm 2024, giá trị sản xuất mai vàng của thị xã ước đạt 1.150 tỷ đồng, chiếm gần 40% giá trị sản xuất nông nghiệp. An Nhơn hiện xếp thứ nhất tỉnh về diện tích hoa kiểng. Thị xã có 14 sản phẩm mai vàng đạt chứng nhận OCOP 3 sao.

Mục tiêu đến năm 2030, thị xã phát triển vùng mai vàng đạt 1.800 ha, giá trị sản xuất bình quân trên 1,2 tỷ đồng/ha; phấn đấu có ít nhất 20 sản phẩm OCOP từ cây mai.

Tin liên quan:
- Khai mạc Hội hoa xuân Bình Định lần thứ 3
- Đường hoa Xuân Ất Tỵ trên đường Nguyễn Tất Thành
- Hỗ trợ nông dân xã Nhơn Phong tiêu thụ mai dịp Tết
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Hơn 2 triệu", "2", 2e6, "count", "chậu", approx="over",
        subject="chậu mai vàng sẵn sàng phục vụ Tết"),
    fig("có 1.430 ha", "1.430", 1430, "measure", "ha", change=chg("increase", 85, "ha", "năm 2023"),
        subject="diện tích mai vàng toàn thị xã", period=Y24),
    fig("khoảng 4.000 hộ", "4.000", 4000, "count", "hộ", approx="about",
        subject="hộ tham gia nghề trồng mai"),
    fig("hơn 12 nghìn", "12", 12000, "count", "lao động", approx="over",
        subject="lao động có việc làm thường xuyên từ nghề trồng mai"),
    fig("khoảng 2,2 triệu", "2,2", 2.2e6, "count", "chậu", approx="about", status="estimate",
        subject="chậu mai các nhà vườn đưa ra thị trường dịp Tết"),
    fig("khoảng 700.000 chậu", "700.000", 700000, "count", "chậu", approx="about", status="estimate",
        total=2.2e6, subject="chậu mai ghép"),
    fig("từ 500.000 đồng", "500.000", 500000, "money", "đồng/chậu", value_max=3e6,
        subject="giá mai chậu phổ biến"),
    fig("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over",
        subject="giá trả cho cây mai cổ thụ dáng đẹp"),
    fig("có 3.200 chậu", "3.200", 3200, "count", "chậu", change=chg("increase", 2, "lần", "năm 2022"),
        subject="chậu mai của ông Trần Văn Hiếu", period=NOW),
    fig("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", status="forecast",
        subject="tiền thu về từ bán mai của ông Trần Văn Hiếu", period=NOW),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate", percent=40,
        subject="giá trị sản xuất mai vàng của thị xã", period=Y24b),
    fig("thứ nhất tỉnh", "nhất", 1, "rank", "hạng", subject="diện tích hoa kiểng"),
    fig("có 14 sản phẩm", "14", 14, "count", "sản phẩm",
        subject="sản phẩm mai vàng đạt chứng nhận OCOP 3 sao"),
    fig("đạt 1.800 ha", "1.800", 1800, "measure", "ha", status="target",
        subject="diện tích vùng mai vàng", period=T30),
    fig("trên 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/ha", approx="over", status="target",
        subject="giá trị sản xuất bình quân", period=T30),
    fig("ít nhất 20 sản phẩm", "20", 20, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP từ cây mai", period=T30),
]

NOTES = [
    "Province portal (Bình Định): breadcrumb, 'Cập nhật: 16/01/2025 08:45 | Lượt xem: 1.386', related links.",
    "All figures describe thị xã An Nhơn (district level; the Nhơn An household is located in An Nhơn too).",
    "Distractors: 08:45, Lượt xem 1.386, 'OCOP 3 sao', 'lần thứ 3', 'một số cây' (= some), Tết Ất Tỵ.",
    "'Dịp Tết Nguyên đán Ất Tỵ' is not a period of the spec: no period for the Tết figures. 'năm nay' = published year 2025.",
    "'gấp đôi năm 2022' is a change (2 lần) of 3.200 chậu; 'chiếm gần 40%' is the percent of 1.150 tỷ (estimate).",
    "'xếp thứ nhất tỉnh' is a rank (1). 'Mục tiêu đến năm 2030' and 'phấn đấu' govern the whole last sentence: target, start null.",
]

if __name__ == "__main__":
    write("p1305-1", TEXT, NOTES, FIGS, published="2025-01-16", location="An Nhơn")
