"""p1049-1: province portal (Thanh Hóa), traditional-arts theatre, first half of 2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Nhà hát Nghệ thuật truyền thống tỉnh: 6 tháng biểu diễn 186 buổi
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

6 tháng đầu năm 2024, Nhà hát Nghệ thuật truyền thống tỉnh Thanh Hóa đã tổ chức 186 buổi biểu diễn, đạt 62% kế hoạch năm, tăng 24 buổi so với cùng kỳ năm 2023. Trong đó, 112 buổi phục vụ nhiệm vụ chính trị và phục vụ cơ sở miễn phí, 74 buổi biểu diễn có bán vé. Tổng số khán giả đến xem ước đạt hơn 127 nghìn lượt người, tăng 15,6% so với cùng kỳ.

Doanh thu từ bán vé và hợp đồng biểu diễn đạt 2,85 tỷ đồng, bằng 118% cùng kỳ. Giá vé các đêm diễn tại rạp của Nhà hát (số 59 Lê Hoàn, phường Điện Biên) dao động từ 50.000 đến 120.000 đồng/vé.

Các đội diễn đã lưu diễn tại 27/27 huyện, thị xã, thành phố, trong đó có 11 huyện miền núi. Riêng các huyện miền núi như Mường Lát, Quan Sơn, Bá Thước được phục vụ 68 buổi, chiếm 60,7% số buổi diễn miễn phí.

Nhà hát hiện có 3 đoàn trực thuộc là Đoàn Chèo, Đoàn Tuồng và Đoàn Ca múa với tổng số 154 diễn viên, nhạc công; trong đó có 2 Nghệ sĩ Nhân dân và 17 Nghệ sĩ Ưu tú. Tại Cuộc thi Tài năng trẻ diễn viên chèo toàn quốc năm 2024, các diễn viên của Nhà hát đoạt 2 Huy chương Vàng và 3 Huy chương Bạc.

6 tháng cuối năm, Nhà hát phấn đấu biểu diễn thêm 114 buổi, nâng tổng số buổi diễn năm 2024 lên 300 buổi; dự kiến cả năm phục vụ khoảng 250 nghìn lượt khán giả. Nhân dịp kỷ niệm 79 năm Ngày Quốc khánh 2/9, Nhà hát sẽ biểu diễn chương trình nghệ thuật đặc biệt tại Quảng trường Lam Sơn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("6 tháng biểu diễn 186 buổi", "186", 186, "count", "buổi",
      "buổi biểu diễn của Nhà hát Nghệ thuật truyền thống tỉnh", P("6 tháng", "2024-01-01", "2024-06-30")),
    F("tổ chức 186 buổi biểu diễn", "186", 186, "count", "buổi",
      "buổi biểu diễn của Nhà hát Nghệ thuật truyền thống tỉnh Thanh Hóa", H1,
      percent=62, change=C("increase", 24, "buổi", "cùng kỳ năm 2023")),
    F("Trong đó, 112 buổi", "112", 112, "count", "buổi",
      "buổi phục vụ nhiệm vụ chính trị và phục vụ cơ sở miễn phí", I(H1), total=186),
    F("74 buổi biểu diễn có bán vé", "74", 74, "count", "buổi",
      "buổi biểu diễn có bán vé", I(H1), total=186),
    F("hơn 127 nghìn lượt người", "127", 127000, "count", "lượt người",
      "khán giả đến xem", I(H1), approx="over", status="estimate",
      change=C("increase", 15.6, "%", "cùng kỳ")),
    F("đạt 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng",
      "doanh thu từ bán vé và hợp đồng biểu diễn", I(H1), percent=118),
    F("từ 50.000 đến 120.000 đồng/vé", "50.000", 50000, "money", "đồng/vé",
      "giá vé các đêm diễn tại rạp của Nhà hát", value_max=120000),
    F("tại 27/27 huyện", "27", 27, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố các đội diễn đã lưu diễn", I(H1), total=27),
    F("có 11 huyện miền núi", "11", 11, "count", "huyện",
      "huyện miền núi được lưu diễn", total=27),
    F("phục vụ 68 buổi", "68", 68, "count", "buổi",
      "buổi diễn phục vụ các huyện miền núi", I(H1), percent=60.7),
    F("có 3 đoàn trực thuộc", "3", 3, "count", "đoàn", "đoàn trực thuộc Nhà hát"),
    F("tổng số 154 diễn viên", "154", 154, "count", "diễn viên, nhạc công",
      "diễn viên, nhạc công của Nhà hát"),
    F("có 2 Nghệ sĩ Nhân dân", "2", 2, "count", "Nghệ sĩ Nhân dân",
      "Nghệ sĩ Nhân dân", total=154),
    F("17 Nghệ sĩ Ưu tú", "17", 17, "count", "Nghệ sĩ Ưu tú", "Nghệ sĩ Ưu tú", total=154),
    F("đoạt 2 Huy chương Vàng", "2", 2, "count", "Huy chương Vàng",
      "Huy chương Vàng tại Cuộc thi Tài năng trẻ diễn viên chèo toàn quốc",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("3 Huy chương Bạc", "3", 3, "count", "Huy chương Bạc",
      "Huy chương Bạc tại Cuộc thi Tài năng trẻ diễn viên chèo toàn quốc",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 114 buổi", "114", 114, "count", "buổi", "buổi biểu diễn thêm",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), status="target"),
    F("lên 300 buổi", "300", 300, "count", "buổi", "tổng số buổi diễn năm 2024",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 250 nghìn lượt khán giả", "250", 250000, "count", "lượt khán giả",
      "lượt khán giả được phục vụ", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Thanh Hóa provincial portal: Nhà hát Nghệ thuật truyền thống tỉnh, 6 tháng đầu năm 2024.",
    "Distractors: breadcrumb, 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.317', 'số 59 Lê Hoàn',",
    "'kỷ niệm 79 năm Ngày Quốc khánh 2/9' (an anniversary in an occasion's name, not a figure).",
    "Headline '6 tháng' has no year: takes 2024 from published (nothing dated before it).",
    "'đạt 62% kế hoạch năm' -> percent of 186; 'tăng 24 buổi so với cùng kỳ năm 2023' -> change in buổi.",
    "'chiếm 60,7% số buổi diễn miễn phí' -> percent of 68 (no total: the whole is not restated).",
]

if __name__ == "__main__":
    build("p1049-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thanh Hóa")
