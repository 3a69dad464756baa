"""p905-8: Báo Quảng Bình online, (QBĐT) tag, headline figure, 9 months of 2023."""
from lib import F, P, I, CH, write

TEXT = """Báo Quảng Bình điện tử
Kinh tế
Gần 1.500 lượt tàu cá được sửa chữa trong 9 tháng
Thứ Hai, 09/10/2023, 15:10

(QBĐT) - 9 tháng đầu năm 2023, các cơ sở đóng mới, sửa chữa tàu cá trên địa bàn tỉnh đã sửa chữa 1.482 lượt tàu, đạt 78% kế hoạch năm, tăng 5,2% so với cùng kỳ năm 2022; đóng mới 32 tàu, trong đó có 12 tàu vỏ thép, gấp 3 lần cùng kỳ. Tổng giá trị sản xuất ước đạt 96,4 tỷ đồng.

Dẫn đầu là huyện Bố Trạch với 512 lượt tàu, tiếp đến là Quảng Trạch 436 lượt và TP Đồng Hới 298 lượt.

Hiện toàn tỉnh có 17 cơ sở đóng, sửa tàu cá, trong đó chỉ 3 cơ sở đủ năng lực đóng tàu vỏ thép có chiều dài trên 20 m. Giá thép đóng tàu dao động 16.800-17.500 đồng/kg; gỗ chò, gỗ sến làm vỏ tàu khoảng 28-32 triệu đồng/m3, tăng gần 20% so với năm 2022.

Anh Đoàn Văn Minh, chủ cơ sở Minh Phát ở xã Cảnh Dương (Quảng Trạch), cho biết mỗi tháng cơ sở nhận sửa 12-15 tàu, tiền công thợ từ 250.000 đến 350.000 đồng/ngày. Mùa mưa bão năm nay, cơ sở đã nâng nền xưởng thêm 0,8 m để tránh ngập.

Theo Chi cục Thủy sản, quý IV/2023 dự kiến các cơ sở sửa chữa thêm khoảng 420 lượt tàu; cả năm phấn đấu đóng mới 45 tàu. Tỉnh cũng đang kêu gọi đầu tư khu cơ khí đóng, sửa tàu tại cảng cá Sông Gianh với quy mô dự kiến 15 ha, tổng vốn khoảng 180 tỷ đồng.

Tin liên quan:
- Ngư dân Quảng Bình trúng đậm mùa cá cơm
- Hỗ trợ ngư dân 2 huyện Quảng Trạch, Bố Trạch khắc phục hậu quả bão số 4
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
LIST = "lượt tàu được sửa chữa"
FIGS = [
    F("Gần 1.500 lượt tàu cá", "1.500", "count", "lượt tàu cá", "lượt tàu cá được sửa chữa", approx="nearly",
      period=P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("sửa chữa 1.482 lượt tàu", "1.482", "count", "lượt tàu", LIST, percent=78,
      change=CH("increase", 5.2, "%", "cùng kỳ năm 2022"), period=M9),
    F("đóng mới 32 tàu", "32", "count", "tàu", "tàu đóng mới", period=M9),
    F("có 12 tàu vỏ thép", "12", "count", "tàu", "tàu vỏ thép đóng mới", total=32,
      change=CH("increase", 3, "lần", "cùng kỳ"), period=M9),
    F("ước đạt 96,4 tỷ đồng", "96,4", "money", "đồng", "tổng giá trị sản xuất", mult=10**9, status="estimate",
      period=I(M9)),
    F("với 512 lượt tàu", "512", "count", "lượt tàu", LIST, location="Bố Trạch", period=I(M9)),
    F("Quảng Trạch 436 lượt", "436", "count", "lượt", LIST, location="Quảng Trạch", period=I(M9)),
    F("Đồng Hới 298 lượt", "298", "count", "lượt", LIST, location="Đồng Hới", period=I(M9)),
    F("có 17 cơ sở", "17", "count", "cơ sở", "cơ sở đóng, sửa tàu cá"),
    F("chỉ 3 cơ sở", "3", "count", "cơ sở", "cơ sở đủ năng lực đóng tàu vỏ thép", total=17),
    F("trên 20 m", "20", "measure", "m", "chiều dài tàu vỏ thép", approx="over", optional=True),
    F("16.800-17.500 đồng/kg", "16.800", "money", "đồng/kg", "giá thép đóng tàu", max_number="17.500"),
    F("khoảng 28-32 triệu", "28", "money", "đồng/m3", "giá gỗ chò, gỗ sến làm vỏ tàu", mult=10**6,
      max_number="32", approx="about", change=CH("increase", 20, "%", "năm 2022", approx="nearly")),
    F("sửa 12-15 tàu", "12", "count", "tàu", "tàu cơ sở nhận sửa mỗi tháng", max_number="15",
      location="Quảng Trạch"),
    F("từ 250.000 đến 350.000", "250.000", "money", "đồng/ngày", "tiền công thợ", max_number="350.000",
      location="Quảng Trạch"),
    F("thêm 0,8 m", "0,8", "measure", "m", "chiều cao nâng nền xưởng", location="Quảng Trạch",
      period=P("năm nay", "2023-01-01", "2023-12-31")),
    F("khoảng 420 lượt tàu", "420", "count", "lượt tàu", "lượt tàu sửa chữa thêm", approx="about",
      status="forecast", period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("đóng mới 45 tàu", "45", "count", "tàu", "tàu đóng mới", status="target",
      period=P("cả năm", "2023-01-01", "2023-12-31")),
    F("dự kiến 15 ha", "15", "measure", "ha", "quy mô khu cơ khí đóng, sửa tàu tại cảng cá Sông Gianh",
      status="forecast"),
    F("khoảng 180 tỷ đồng", "180", "money", "đồng", "tổng vốn khu cơ khí đóng, sửa tàu", mult=10**9,
      approx="about", status="forecast"),
]

write("p905-8", TEXT, FIGS, published="2023-10-09", location="Quảng Bình", comments=[
    "Báo Quảng Bình online: headline figure without a year, 'Thứ Hai, 09/10/2023, 15:10', (QBĐT) tag; the province is 'tỉnh' in the text.",
    "'trong đó có 12 tàu vỏ thép, gấp 3 lần cùng kỳ' -> total 32, change ×3 (lần) against cùng kỳ. District list shares the indicator.",
    "Anh Minh's yard is in Quảng Trạch: its figures are Quảng Trạch. 'quý IV/2023 dự kiến' forecast; 'cả năm phấn đấu' target (2023).",
    "'quy mô dự kiến 15 ha, tổng vốn khoảng 180 tỷ' forecast. Distractors: 'bão số 4', '2 huyện' in related links, 15:10, Sông Gianh.",
])
