"""p830-8: provincial newspaper online (Báo Ninh Thuận, (NTO) tag), Bác Ái district, 4 months of 2025."""
from lib import F, P, I, C, T, write

TEXT = """Bác Ái: Hơn 12.000 người được bảo vệ bằng màn tẩm hóa chất

Cập nhật lúc 15:30, Thứ Ba, 20/05/2025

(NTO) - 4 tháng đầu năm, huyện Bác Ái ghi nhận 36 ca mắc sốt rét, tăng 9 ca so với cùng kỳ năm trước; không có ca sốt rét ác tính. Các xã có nhiều ca mắc là Phước Bình (11 ca), Phước Hòa (8 ca) và Phước Tân (7 ca). Có tới 29/36 ca bệnh là người dân đi rẫy, ngủ lại qua đêm trong rừng thuộc tiểu khu 134 dọc Quốc lộ 27B.

Tháng 4/2025, Trung tâm Y tế huyện triển khai tẩm màn tại 9/9 xã, với 4.120 chiếc màn, đạt 105% kế hoạch, bảo vệ hơn 12.000 người. Tổng số lam máu xét nghiệm từ đầu năm đạt 3.860 lam, tăng 12,5% so với cùng kỳ. Bác Ái hiện đứng thứ 2 khu vực Nam Trung Bộ về số ca mắc sốt rét, chỉ sau huyện Khánh Vĩnh (Khánh Hòa).

Theo bác sĩ Pi Năng Thị Hạnh, Phó Giám đốc Trung tâm Y tế huyện, mỗi ca bệnh phát hiện đều được điều tra, xử lý ổ bệnh ngay trong ngày; trên 90% hộ gia đình ở vùng nguy cơ cao đã ngủ màn thường xuyên. Mỗi chiếc màn tẩm hóa chất tồn lưu lâu có giá khoảng 80.000 đồng.

Dự kiến trong tháng 6, huyện sẽ cấp phát thêm 2.500 màn tẩm hóa chất tồn lưu lâu do Dự án Quỹ Toàn cầu tài trợ, trị giá khoảng 200 triệu đồng. Năm 2025, huyện phấn đấu giảm 20% số ca mắc so với năm 2024, không để tử vong do sốt rét.

Thanh Ngọc
"""

M4 = P("4 tháng đầu năm", "2025-01-01", "2025-04-30")
T4 = P("Tháng 4/2025", "2025-04-01", "2025-04-30")
YTD = P("từ đầu năm", "2025-01-01", "2025-05-20")
J6 = P("trong tháng 6", "2025-06-01", "2025-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CASES = "ca mắc sốt rét"

FIGS = [
    F("Hơn 12.000 người được", "12.000", 12000, "count", "người", "người được bảo vệ bằng màn tẩm hóa chất", approx="over"),
    F("ghi nhận 36 ca", "36", 36, "count", "ca", CASES, M4,
      change=C("increase", 9, "ca", "cùng kỳ năm trước")),
    F("Phước Bình (11 ca)", "11", 11, "count", "ca", CASES, I(M4)),
    F("Phước Hòa (8 ca)", "8", 8, "count", "ca", CASES, I(M4)),
    F("Phước Tân (7 ca)", "7", 7, "count", "ca", CASES, I(M4)),
    F("tới 29/36 ca", "29", 29, "count", "ca", "ca bệnh là người dân đi rẫy, ngủ lại qua đêm trong rừng", I(M4), total=36),
    F("tại 9/9 xã", "9", 9, "count", "xã", "xã triển khai tẩm màn", T4, total=9),
    F("với 4.120 chiếc màn", "4.120", 4120, "count", "chiếc màn", "màn được tẩm", T4, percent=105),
    F("bảo vệ hơn 12.000 người", "12.000", 12000, "count", "người", "người được bảo vệ", T4, approx="over"),
    F("đạt 3.860 lam", "3.860", 3860, "count", "lam", "lam máu xét nghiệm", YTD,
      change=C("increase", 12.5, "%", "cùng kỳ")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số ca mắc sốt rét khu vực Nam Trung Bộ"),
    F("trên 90% hộ", "90", 90, "percent", "%", "hộ gia đình ở vùng nguy cơ cao ngủ màn thường xuyên", approx="over"),
    F("khoảng 80.000 đồng", "80.000", 80000, "money", "đồng/chiếc", "giá màn tẩm hóa chất tồn lưu lâu", approx="about"),
    F("thêm 2.500 màn", "2.500", 2500, "count", "màn", "màn tẩm hóa chất tồn lưu lâu cấp phát thêm", J6, status="forecast"),
    F("khoảng 200 triệu đồng", "200", 200e6, "money", "đồng", "trị giá màn cấp phát", J6, approx="about", status="forecast"),
    F("giảm 20% số ca", "20", 20, "percent", "%", "giảm số ca mắc sốt rét", Y25, status="target"),
]

write("p830-8", TEXT, FIGS, published="2025-05-20", location="Bác Ái", comments=[
    "Báo Ninh Thuận online, '(NTO) -' tag, headline figure: malaria in Bác Ái district, first 4 months of 2025, net treatment, plans.",
    "Year-less '4 tháng đầu năm', 'từ đầu năm', 'trong tháng 6' take 2025 from the dateline; 'từ đầu năm' ends at the dateline.",
    "Communes in the list stay in the district (location Bác Ái); subject = the list's indicator (FIGURES.md, lists).",
    "revised after the first run: the three list items had the commune name added to the subject; FIGURES.md gives list items",
    "the list's indicator as subject, so the commune names were removed (the communes are below the spec's location level).",
    "'Có tới 29/36 ca' -> total 36; 'tại 9/9 xã' -> total 9; 'đạt 105% kế hoạch' right after 4.120 chiếc màn is its percent.",
    "'Mỗi chiếc màn ... có giá khoảng 80.000 đồng' is a per-unit price: unit đồng/chiếc.",
    "Distractors: dateline time 15:30, tiểu khu 134, Quốc lộ 27B, 'chỉ sau huyện Khánh Vĩnh', 'ngay trong ngày'.",
])
