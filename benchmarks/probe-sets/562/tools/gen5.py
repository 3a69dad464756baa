"""p562-5: Báo Cà Mau (Party newspaper) — storm shelters / anchorage areas for fishing vessels."""
from lib import F, P, I, CH, TG, emit

TEXT = """Báo Cà Mau - Cơ quan của Đảng bộ tỉnh Cà Mau
Kinh tế

Cần gần 900 tỷ đồng hoàn thiện các khu neo đậu tránh trú bão

Cà Mau hiện có 4.612 tàu cá, đứng thứ 3 khu vực Đồng bằng sông Cửu Long, nhưng 5 khu neo đậu tránh trú bão đã đầu tư mới đáp ứng chỗ neo đậu cho khoảng 2.300 chiếc, tức gần 50% nhu cầu.

Các khu neo đậu hiện có gồm: Sông Đốc (khóm 9, thị trấn Sông Đốc, huyện Trần Văn Thời) sức chứa 1.000 tàu; Khánh Hội (huyện U Minh) 400 tàu; Cái Đôi Vàm (huyện Phú Tân) 350 tàu; Rạch Gốc (huyện Ngọc Hiển) 300 tàu và Hòn Khoai 200 tàu.

Theo quy hoạch, đến năm 2030 tỉnh sẽ có 9 khu neo đậu tránh trú bão với tổng sức chứa 5.000 tàu. Tổng vốn cần để hoàn thiện các khu neo đậu khoảng 1.350 tỷ đồng; trong đó đã bố trí 460 tỷ đồng, còn thiếu gần 890 tỷ đồng.

Từ năm 2021 đến nay, ngân sách Trung ương và tỉnh đã đầu tư 312 tỷ đồng nạo vét luồng, xây kè và lắp phao tiêu tại các cửa biển, góp phần giảm số tàu cá bị chìm trong mùa mưa bão từ 11 chiếc năm 2020 xuống còn 3 chiếc năm 2023.

Ông Lê Văn Sử, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, năm 2024 dự kiến khởi công khu neo đậu Hố Gùi giai đoạn 2 (huyện Đầm Dơi) với quy mô 500 tàu, tổng vốn 290 tỷ đồng. Tỉnh phấn đấu đến năm 2025 bảo đảm chỗ neo đậu an toàn cho trên 70% số tàu cá.

HỮU NGHĨA
16/09/2024
"""

Y30 = P("đến năm 2030", end="2030-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-16")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 900 tỷ đồng", "900", 900e9, "money", "đồng", "vốn cần để hoàn thiện các khu neo đậu tránh trú bão",
      approx="nearly"),
    F("có 4.612 tàu cá", "4.612", 4612, "count", "tàu cá", "tàu cá"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số tàu cá khu vực Đồng bằng sông Cửu Long"),
    F("nhưng 5 khu", "5", 5, "count", "khu neo đậu", "khu neo đậu tránh trú bão đã đầu tư"),
    F("khoảng 2.300 chiếc", "2.300", 2300, "count", "chiếc",
      "tàu cá được đáp ứng chỗ neo đậu tại các khu neo đậu tránh trú bão", approx="about", percent=50),
    F("sức chứa 1.000 tàu", "1.000", 1000, "count", "tàu", "sức chứa khu neo đậu Sông Đốc", location="Trần Văn Thời"),
    F("U Minh) 400 tàu", "400", 400, "count", "tàu", "sức chứa khu neo đậu Khánh Hội", location="U Minh"),
    F("Phú Tân) 350 tàu", "350", 350, "count", "tàu", "sức chứa khu neo đậu Cái Đôi Vàm", location="Phú Tân"),
    F("Ngọc Hiển) 300 tàu", "300", 300, "count", "tàu", "sức chứa khu neo đậu Rạch Gốc", location="Ngọc Hiển"),
    F("Hòn Khoai 200 tàu", "200", 200, "count", "tàu", "sức chứa khu neo đậu Hòn Khoai"),
    F("có 9 khu neo đậu", "9", 9, "count", "khu neo đậu", "khu neo đậu tránh trú bão", Y30, status="target"),
    F("sức chứa 5.000 tàu", "5.000", 5000, "count", "tàu", "tổng sức chứa các khu neo đậu tránh trú bão", Y30,
      status="target"),
    F("khoảng 1.350 tỷ đồng", "1.350", 1350e9, "money", "đồng", "tổng vốn cần để hoàn thiện các khu neo đậu",
      approx="about"),
    F("bố trí 460 tỷ đồng", "460", 460e9, "money", "đồng", "vốn đã bố trí", total=1350e9),
    F("gần 890 tỷ đồng", "890", 890e9, "money", "đồng", "vốn còn thiếu", approx="nearly", total=1350e9),
    F("đầu tư 312 tỷ đồng", "312", 312e9, "money", "đồng",
      "ngân sách Trung ương và tỉnh đầu tư nạo vét luồng, xây kè và lắp phao tiêu tại các cửa biển", SINCE),
    F("từ 11 chiếc", "11", 11, "count", "chiếc", "tàu cá bị chìm trong mùa mưa bão",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 3 chiếc", "3", 3, "count", "chiếc", "tàu cá bị chìm trong mùa mưa bão",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("quy mô 500 tàu", "500", 500, "count", "tàu", "quy mô khu neo đậu Hố Gùi giai đoạn 2", Y24,
      status="forecast", location="Đầm Dơi"),
    F("tổng vốn 290 tỷ đồng", "290", 290e9, "money", "đồng", "tổng vốn khu neo đậu Hố Gùi giai đoạn 2", Y24,
      status="forecast", location="Đầm Dơi"),
    F("trên 70%", "70", 70, "percent", "%", "số tàu cá được bảo đảm chỗ neo đậu an toàn",
      P("đến năm 2025", end="2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Báo Cà Mau (invented Party-newspaper page; byline and bare date at the end): khu neo đậu tránh trú bão, vốn đầu tư, quy hoạch 2030.",
    "'hiện có' sentences get no period. 'tức gần 50% nhu cầu' is the share of 2.300 chiếc. The 'gồm:' list follows a noun phrase",
    "('Các khu neo đậu hiện có'), not a figure, and does not add up to 2.300: no total. Anchorage names stay in the subject; a district",
    "in brackets is the item's location; Hòn Khoai has none, so Cà Mau. 'khóm 9' (an address) and 'giai đoạn 2' (a name) are no figures.",
    "'trong đó đã bố trí 460 tỷ, còn thiếu gần 890 tỷ' are parts of 1.350 tỷ. 'giảm ... từ 11 chiếc năm 2020 xuống còn 3 chiếc năm",
    "2023' gives two counts with their own years (no range, no change value stated). 'dự kiến' (forecast) covers the Hố Gùi clause.",
    "'Từ năm 2021 đến nay' ends at the closing date 16/09/2024, which is the article's date.",
]

if __name__ == "__main__":
    emit("p562-5", TEXT, COMMENTS, FIGS, published="2024-09-16", location="Cà Mau")
