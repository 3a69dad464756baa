from lib import *

TEXT = """UBND HUYỆN LÝ SƠN – CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Văn hóa - Du lịch

Lễ hội đua thuyền tứ linh năm 2024 thu hút khoảng 12.000 lượt khách

Ngày cập nhật 20/02/2024

Từ ngày 13 đến 15/02/2024 (tức mùng 4 đến mùng 6 Tết Giáp Thìn), UBND huyện Lý Sơn tổ chức Lễ hội đua thuyền tứ linh tại vịnh Lý Sơn, thôn Đông, xã An Vĩnh. Đây là lễ hội truyền thống có lịch sử hơn 300 năm, được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2016.

Lễ hội năm nay có 8 đội thuyền của 2 xã An Vĩnh và An Hải, với 176 vận động viên; mỗi thuyền có 22 người, gồm 20 tay chèo, 1 người cầm lái và 1 người đánh chiêng. Các thuyền đua 2 vòng quanh vịnh, tổng chiều dài khoảng 2,4 km.

Theo Phòng Văn hóa và Thông tin huyện, trong 3 ngày lễ hội, huyện đón khoảng 12.000 lượt khách, tăng 20% so với lễ hội năm 2023; doanh thu dịch vụ ước đạt 9,5 tỷ đồng. Tổng kinh phí tổ chức 720 triệu đồng, trong đó ngân sách huyện 400 triệu đồng, các xã và doanh nghiệp đóng góp 320 triệu đồng. Tổng giá trị giải thưởng 96 triệu đồng; thuyền Long của thôn Tây (xã An Hải) giành giải Nhất với phần thưởng 25 triệu đồng.

Quý I/2024, huyện ước đón 95.000 lượt khách, đạt 31,7% kế hoạch năm. Huyện phấn đấu năm 2024 đón 300.000 lượt khách; đến năm 2025, doanh thu du lịch đạt khoảng 500 tỷ đồng.

Điện thoại: 0255.3867.222 – Địa chỉ: thôn Đông, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi
"""

nn = P("năm nay", "2024-01-01", "2024-12-31")
FEST = I(P("Từ ngày 13 đến 15/02/2024", "2024-02-13", "2024-02-15"))

FIGS = [
    F("thu hút khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách",
      "lượt khách Lễ hội đua thuyền tứ linh thu hút", Y(2024), approx="about"),
    F("hơn 300 năm", "300", 300, "measure", "năm", "lịch sử lễ hội", approx="over", optional=True),
    F("có 8 đội thuyền", "8", 8, "count", "đội thuyền", "đội thuyền tham gia lễ hội", nn),
    F("của 2 xã", "2", 2, "count", "xã", "xã có đội thuyền tham gia", nn),
    F("với 176 vận động viên", "176", 176, "count", "vận động viên", "vận động viên tham gia lễ hội", nn),
    F("có 22 người", "22", 22, "count", "người", "người trên mỗi thuyền"),
    F("gồm 20 tay chèo", "20", 20, "count", "tay chèo", "tay chèo mỗi thuyền", total=22),
    F("1 người cầm lái", "1", 1, "count", "người", "người cầm lái mỗi thuyền", total=22),
    F("1 người đánh chiêng", "1", 1, "count", "người", "người đánh chiêng mỗi thuyền", total=22),
    F("đua 2 vòng", "2", 2, "count", "vòng", "vòng đua quanh vịnh"),
    F("khoảng 2,4 km", "2,4", 2.4, "measure", "km", "tổng chiều dài đường đua", approx="about"),
    F("trong 3 ngày lễ hội", "3", 3, "measure", "ngày", "ngày lễ hội", optional=True),
    F("đón khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách huyện đón", FEST,
      approx="about", change=CH("increase", 20, "%", "lễ hội năm 2023")),
    F("ước đạt 9,5 tỷ đồng", "9,5", 9.5e9, "money", "đồng", "doanh thu dịch vụ", FEST, status="estimate"),
    F("tổ chức 720 triệu đồng", "720", 720e6, "money", "đồng", "Tổng kinh phí tổ chức", FEST),
    F("huyện 400 triệu đồng", "400", 400e6, "money", "đồng", "kinh phí tổ chức từ ngân sách huyện", FEST, total=720e6),
    F("góp 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí các xã và doanh nghiệp đóng góp", FEST,
      total=720e6),
    F("thưởng 96 triệu đồng", "96", 96e6, "money", "đồng", "Tổng giá trị giải thưởng", FEST),
    F("thưởng 25 triệu đồng", "25", 25e6, "money", "đồng", "phần thưởng giải Nhất", FEST),
    F("đón 95.000 lượt khách", "95.000", 95000, "count", "lượt khách", "lượt khách huyện đón",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), percent=31.7, status="estimate"),
    F("đón 300.000 lượt khách", "300.000", 300000, "count", "lượt khách", "lượt khách huyện đón", Y(2024),
      status="target"),
    F("khoảng 500 tỷ đồng", "500", 500e9, "money", "đồng", "doanh thu du lịch",
      P("đến năm 2025", None, "2025-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "District portal (huyện Lý Sơn, Quảng Ngãi): Lễ hội đua thuyền tứ linh, Tết Giáp Thìn 2024; 'Ngày cập nhật 20/02/2024' (no time).",
    "'mùng 4 đến mùng 6', 'năm 2016', 'thôn Đông', phone, 'giải Nhất', 'tứ linh' are not figures; 'hơn 300 năm' (age) and '3 ngày' optional.",
    "'22 người, gồm 20 tay chèo, 1 người cầm lái và 1 người đánh chiêng' adds up: total 22. Crew figures are structural (no period).",
    "Festival-sentence figures inherit the day range 13-15/02/2024 (unscored); 'Quý I/2024' estimate with 'đạt 31,7% kế hoạch năm' as percent;",
    "'phấn đấu năm 2024 … ; đến năm 2025, …' -> target, the cue continuing into the clause after ';'.",
]

if __name__ == "__main__":
    emit("p740-8", TEXT, COMMENTS, FIGS, published="2024-02-20", location="Lý Sơn")
