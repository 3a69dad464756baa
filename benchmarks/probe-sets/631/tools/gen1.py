"""p631-1: Nghệ An province portal — markets, supermarkets, convenience stores 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: Năm 2023 có thêm 14 siêu thị, trung tâm thương mại
Cập nhật: 14/03/2024 08:45
Lượt xem: 3.582

(Nghean.gov.vn) - Theo Sở Công Thương, tính đến ngày 31/12/2023, toàn tỉnh Nghệ An có 384 chợ, giảm 6 chợ so với cuối năm 2022 do sáp nhập, giải tỏa; trong đó có 9 chợ hạng I, 41 chợ hạng II và 334 chợ hạng III; 74,2% số chợ nằm ở khu vực nông thôn.

Năm 2023, toàn tỉnh có 14 siêu thị và trung tâm thương mại mới đi vào hoạt động, nâng tổng số lên 52 siêu thị và 11 trung tâm thương mại. Đến cuối năm 2023, số cửa hàng tiện lợi, cửa hàng tự chọn đạt khoảng 460 cửa hàng, tăng 18,5% so với năm 2022, tập trung chủ yếu tại TP. Vinh (215 cửa hàng), thị xã Cửa Lò (38 cửa hàng) và thị xã Hoàng Mai (27 cửa hàng).

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2023 đạt 98.756,4 tỷ đồng, tăng 12,3% so với năm 2022; riêng doanh thu qua kênh siêu thị, trung tâm thương mại ước đạt 7.420 tỷ đồng, chiếm 7,5% tổng mức.

Giai đoạn 2021-2023, tỉnh đã huy động 126 tỷ đồng để xây mới, cải tạo 47 chợ, trong đó vốn xã hội hóa chiếm 68%. Tiêu biểu là chợ Vinh (số 2 đường Cao Thắng) và chợ Cửa Lò được đầu tư theo hình thức đối tác công tư.

Theo Quyết định số 1532/QĐ-UBND, mục tiêu đến năm 2025 toàn tỉnh có 60 siêu thị, 14 trung tâm thương mại và 85% số xã có chợ đạt chuẩn.

Phòng Quản lý thương mại - Sở Công Thương Nghệ An, ĐT: 0238.3844.512
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
END23 = P("Đến cuối năm 2023", None, "2023-12-31")
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thêm 14 siêu thị", "14", 14, "count", "siêu thị, trung tâm thương mại",
      "siêu thị, trung tâm thương mại có thêm", Y23),
    F("có 384 chợ", "384", 384, "count", "chợ", "chợ toàn tỉnh", ASOF,
      change=CH("decrease", 6, "chợ", "cuối năm 2022")),
    F("có 9 chợ hạng I", "9", 9, "count", "chợ", "chợ hạng I", ASOF, total=384),
    F("41 chợ hạng II", "41", 41, "count", "chợ", "chợ hạng II", ASOF, total=384),
    F("334 chợ hạng III", "334", 334, "count", "chợ", "chợ hạng III", ASOF, total=384),
    F("74,2% số chợ", "74,2", 74.2, "percent", "%", "tỷ lệ số chợ nằm ở khu vực nông thôn", ASOF),
    F("có 14 siêu thị và", "14", 14, "count", "siêu thị và trung tâm thương mại",
      "siêu thị và trung tâm thương mại mới đi vào hoạt động", Y23),
    F("lên 52 siêu thị", "52", 52, "count", "siêu thị", "tổng số siêu thị", Y23),
    F("và 11 trung tâm", "11", 11, "count", "trung tâm thương mại", "tổng số trung tâm thương mại", Y23),
    F("khoảng 460 cửa hàng", "460", 460, "count", "cửa hàng", "cửa hàng tiện lợi, cửa hàng tự chọn", END23,
      approx="about", change=CH("increase", 18.5, "%", "năm 2022")),
    F("(215 cửa hàng)", "215", 215, "count", "cửa hàng", "cửa hàng tiện lợi, cửa hàng tự chọn", END23, location="Vinh"),
    F("(38 cửa hàng)", "38", 38, "count", "cửa hàng", "cửa hàng tiện lợi, cửa hàng tự chọn", END23, location="Cửa Lò"),
    F("(27 cửa hàng)", "27", 27, "count", "cửa hàng", "cửa hàng tiện lợi, cửa hàng tự chọn", END23, location="Hoàng Mai"),
    F("đạt 98.756,4 tỷ", "98.756,4", 98756400000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", y23,
      change=CH("increase", 12.3, "%", "năm 2022")),
    F("đạt 7.420 tỷ", "7.420", 7420000000000, "money", "đồng",
      "doanh thu qua kênh siêu thị, trung tâm thương mại", y23, percent=7.5, status="estimate"),
    F("huy động 126 tỷ", "126", 126000000000, "money", "đồng", "vốn huy động để xây mới, cải tạo chợ", G2123),
    F("cải tạo 47 chợ", "47", 47, "count", "chợ", "chợ xây mới, cải tạo", G2123),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ lệ vốn xã hội hóa trong vốn xây mới, cải tạo chợ", G2123),
    F("có 60 siêu thị", "60", 60, "count", "siêu thị", "siêu thị", T25, status="target"),
    F("14 trung tâm thương mại và", "14", 14, "count", "trung tâm thương mại", "trung tâm thương mại", T25,
      status="target"),
    F("85% số xã", "85", 85, "percent", "%", "tỷ lệ xã có chợ đạt chuẩn", T25, status="target"),
]

COMMENTS = [
    "revised after first run: subject of 384 chợ 'chợ trên địa bàn tỉnh' -> 'chợ toàn tỉnh' (the sentence's own words, as in p631-4 'chợ cả nước').",
    "Nghệ An province portal (nghean.gov.vn style): markets by class, supermarkets, convenience stores, retail sales 2023,",
    "market investment 2021-2023, 2025 targets. Breadcrumb, 'Cập nhật: 14/03/2024 08:45', 'Lượt xem: 3.582' (furniture).",
    "Distractors: Quyết định số 1532/QĐ-UBND, 'số 2 đường Cao Thắng', phone 0238.3844.512, 'hạng I/II/III' (class labels).",
    "9 + 41 + 334 = 384 (trong đó parts). 'giảm 6 chợ so với cuối năm 2022' is the change of 384. 'riêng' is not a part cue:",
    "7.420 tỷ gets no total, only its share (chiếm 7,5%). 'trong đó vốn xã hội hóa chiếm 68%' has no amount: its own percent.",
    "Bracketed district counts after 460 do not add up and follow no cue: no total; the district goes to location.",
]

if __name__ == "__main__":
    emit("p631-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Nghệ An")
