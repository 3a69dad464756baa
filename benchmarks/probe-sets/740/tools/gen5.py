from lib import *

TEXT = """BÁO QUẢNG BÌNH – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình
Văn hóa - Xã hội

Sôi nổi Lễ hội đua thuyền truyền thống trên sông Kiến Giang

Sáng 2/9, UBND huyện Lệ Thủy tổ chức Lễ hội đua thuyền truyền thống trên sông Kiến Giang năm 2024, chào mừng kỷ niệm 79 năm Quốc khánh nước CHXHCN Việt Nam (2/9/1945 - 2/9/2024).

Tham gia lễ hội năm nay có 16 đội thuyền (10 đội nam, 6 đội nữ) đến từ 14 xã, thị trấn của huyện, với 512 vận động viên. Mỗi thuyền dài từ 20 đến 25 m; thuyền nam có 32 tay chèo, thuyền nữ có 24 tay chèo. Các đội thi đấu ở cự ly 1.500 m đối với nam và 1.000 m đối với nữ, trên đoạn sông từ cầu Mỹ Trạch đến cầu Phò Ninh, thị trấn Kiến Giang.

Theo ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện, Trưởng ban Tổ chức, tổng kinh phí tổ chức lễ hội khoảng 1,6 tỷ đồng, trong đó ngân sách huyện 650 triệu đồng, phần còn lại do doanh nghiệp và con em xa quê đóng góp. Tổng giá trị giải thưởng là 280 triệu đồng, tăng 40 triệu đồng so với năm 2023; giải Nhất mỗi nội dung trị giá 30 triệu đồng.

Kết quả, đội thuyền xã Phong Thủy đoạt giải Nhất nội dung nam; đội thuyền xã Hoa Thủy đoạt giải Nhất nội dung nữ. Ước tính có hơn 30.000 lượt người dân và du khách đến cổ vũ.

Lễ hội đua thuyền trên sông Kiến Giang được công nhận là Di sản văn hóa phi vật thể quốc gia theo Quyết định số 3620/QĐ-BVHTTDL ngày 11/11/2019. Huyện phấn đấu đến năm 2025 đưa lễ hội trở thành sản phẩm du lịch đặc trưng, thu hút từ 50.000 đến 60.000 lượt khách mỗi mùa lễ hội.

Văn Lợi

02/09/2024
"""

nn = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = I(Y(2024))

FIGS = [
    F("kỷ niệm 79 năm", "79", 79, "measure", "năm", "kỷ niệm Quốc khánh", optional=True),
    F("có 16 đội thuyền", "16", 16, "count", "đội thuyền", "đội thuyền tham gia lễ hội", nn),
    F("(10 đội nam", "10", 10, "count", "đội", "đội thuyền nam", nn, total=16),
    F("6 đội nữ)", "6", 6, "count", "đội", "đội thuyền nữ", nn, total=16),
    F("từ 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có đội thuyền tham gia", nn),
    F("với 512 vận động viên", "512", 512, "count", "vận động viên", "vận động viên tham gia lễ hội", nn),
    F("từ 20 đến 25 m", "20", 20, "measure", "m", "chiều dài mỗi thuyền", value_max=25),
    F("có 32 tay chèo", "32", 32, "count", "tay chèo", "tay chèo mỗi thuyền nam"),
    F("có 24 tay chèo", "24", 24, "count", "tay chèo", "tay chèo mỗi thuyền nữ"),
    F("cự ly 1.500 m", "1.500", 1500, "measure", "m", "cự ly thi đấu đối với nam"),
    F("và 1.000 m", "1.000", 1000, "measure", "m", "cự ly thi đấu đối với nữ"),
    F("khoảng 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng kinh phí tổ chức lễ hội", Y24, approx="about"),
    F("huyện 650 triệu đồng", "650", 650e6, "money", "đồng", "kinh phí tổ chức lễ hội từ ngân sách huyện", Y24,
      total=1.6e9),
    F("là 280 triệu đồng", "280", 280e6, "money", "đồng", "Tổng giá trị giải thưởng", Y24,
      change=CH("increase", 40e6, "đồng", "năm 2023")),
    F("trị giá 30 triệu đồng", "30", 30e6, "money", "đồng", "giải Nhất mỗi nội dung", Y24),
    F("hơn 30.000 lượt", "30.000", 30000, "count", "lượt người dân và du khách",
      "lượt người dân và du khách đến cổ vũ", Y24, approx="over", status="estimate"),
    F("từ 50.000 đến 60.000", "50.000", 50000, "count", "lượt khách", "lượt khách mỗi mùa lễ hội",
      P("đến năm 2025", None, "2025-12-31"), value_max=60000, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Bình): Lễ hội đua thuyền truyền thống trên sông Kiến Giang, huyện Lệ Thủy, 2/9/2024. Byline 'Văn Lợi' + bare date at the end.",
    "'Sáng 2/9', '(2/9/1945 - 2/9/2024)', 'Quyết định số 3620/QĐ-BVHTTDL ngày 11/11/2019' are not figures; 'kỷ niệm 79 năm' (anniversary) optional.",
    "'(10 đội nam, 6 đội nữ)' adds up to 16 đội thuyền: total 16. Boat length and crews are structural facts (no period).",
    "Location: huyện Lệ Thủy for all figures (the festival is the district's).",
]

if __name__ == "__main__":
    emit("p740-5", TEXT, COMMENTS, FIGS, published="2024-09-02", location="Lệ Thủy")
