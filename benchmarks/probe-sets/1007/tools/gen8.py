"""p1007-8: provincial newspaper online (Báo Quảng Nam, QNO tag), village health workers in the mountain districts, 2024."""
from lib import F, P, I, C, T, write

TEXT = """Quảng Nam Online > Xã hội > Y tế
Hơn 1.100 nhân viên y tế thôn bản "bám bản" vùng cao
Cập nhật lúc 10:20, Thứ Tư, 15/01/2025
(QNO) - Năm 2024, 9 huyện miền núi của tỉnh có 1.132 nhân viên y tế thôn bản, tăng 26 người so với năm 2023, và 94 cô đỡ thôn bản. Trong đó, Nam Trà My có nhiều nhân viên y tế thôn bản nhất với 176 người, tiếp đến là Tây Giang (152 người) và Phước Sơn (141 người).
Tổng kinh phí chi trả phụ cấp cho đội ngũ này trong năm 2024 là 12,7 tỷ đồng, tăng 12% so với năm 2023 do điều chỉnh mức lương cơ sở. Ngoài ra, theo Nghị quyết số 09/2023/NQ-HĐND, mỗi cô đỡ thôn bản được tỉnh hỗ trợ thêm 500.000 đồng/tháng.
Nhờ đội ngũ này, tỷ lệ phụ nữ sinh con tại nhà ở 9 huyện miền núi giảm còn 8,7%; cao nhất là Nam Trà My (21,4%) và Tây Giang (15,8%), thấp nhất là Hiệp Đức (1,2%). Số phụ nữ có thai được quản lý thai nghén đạt 96,5%.
Ông Bríu Pố, Giám đốc Trung tâm Y tế huyện Tây Giang, cho biết nhiều thôn dọc Quốc lộ 14G và đường Hồ Chí Minh cách trạm y tế xã hơn 15 km, nhân viên y tế thôn bản là người đầu tiên có mặt khi sản phụ trở dạ.
Dự kiến trong quý II/2025, Sở Y tế sẽ mở lớp đào tạo 35 cô đỡ thôn bản cho các huyện Nam Trà My, Bắc Trà My và Nam Giang. Năm 2025, tỉnh phấn đấu giảm tỷ lệ sinh con tại nhà ở miền núi xuống dưới 7% và 100% thôn có nhân viên y tế thôn bản hoạt động.
HỒ QUÂN"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NV = "nhân viên y tế thôn bản"

FIGS = [
    F("Hơn 1.100 nhân viên", "1.100", 1100, "count", "nhân viên y tế thôn bản", NV, I(Y24), approx="over"),
    F("Năm 2024, 9 huyện", "9", 9, "count", "huyện", "huyện miền núi", Y24),
    F("có 1.132 nhân viên", "1.132", 1132, "count", "nhân viên y tế thôn bản", NV, Y24,
      change=C("increase", 26, "người", "năm 2023")),
    F("và 94 cô đỡ", "94", 94, "count", "cô đỡ thôn bản", "cô đỡ thôn bản", Y24),
    F("với 176 người", "176", 176, "count", "người", NV, I(Y24), total=1132, location="Nam Trà My"),
    F("Tây Giang (152 người)", "152", 152, "count", "người", NV, I(Y24), total=1132, location="Tây Giang"),
    F("Phước Sơn (141 người)", "141", 141, "count", "người", NV, I(Y24), total=1132, location="Phước Sơn"),
    F("là 12,7 tỷ đồng", "12,7", 12.7e9, "money", "đồng", "tổng kinh phí chi trả phụ cấp", Y24b,
      change=C("increase", 12, "%", "năm 2023")),
    F("thêm 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "hỗ trợ thêm cho mỗi cô đỡ thôn bản"),
    F("ở 9 huyện miền núi giảm", "9", 9, "count", "huyện", "huyện miền núi", optional=True),
    F("giảm còn 8,7%", "8,7", 8.7, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà ở 9 huyện miền núi", I(Y24)),
    F("Nam Trà My (21,4%)", "21,4", 21.4, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà", I(Y24), location="Nam Trà My"),
    F("Tây Giang (15,8%)", "15,8", 15.8, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà", I(Y24), location="Tây Giang"),
    F("Hiệp Đức (1,2%)", "1,2", 1.2, "percent", "%", "tỷ lệ phụ nữ sinh con tại nhà", I(Y24), location="Hiệp Đức"),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ phụ nữ có thai được quản lý thai nghén", I(Y24)),
    F("hơn 15 km", "15", 15, "measure", "km", "khoảng cách từ thôn đến trạm y tế xã", approx="over", location="Tây Giang"),
    F("đào tạo 35 cô đỡ", "35", 35, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được đào tạo",
      P("trong quý II/2025", "2025-04-01", "2025-06-30"), status="forecast"),
    F("dưới 7%", "7", 7, "percent", "%", "tỷ lệ sinh con tại nhà ở miền núi", Y25, approx="under", status="target"),
    F("và 100% thôn", "100", 100, "percent", "%", "tỷ lệ thôn có nhân viên y tế thôn bản hoạt động", Y25, status="target"),
]

NOTES = [
    "p1007-8: Báo Quảng Nam online: headline figure 'Hơn 1.100 nhân viên y tế thôn bản', 'Cập nhật lúc 10:20, Thứ Tư, 15/01/2025', tag '(QNO) -'",
    "(implies Quảng Nam; the text says only 'tỉnh'). Not figures: Nghị quyết số 09/2023/NQ-HĐND, Quốc lộ 14G, 'Bríu Pố', byline 'HỒ QUÂN'.",
    "'trong quý II/2025' is the period of the forecast class of 35. The headline's period is the body's 'Năm 2024' (inherited).",
    "'tăng 26 người so với năm 2023' sits right after 1.132 → its change. 'Trong đó, Nam Trà My ... 176 người, tiếp đến là Tây Giang (152),",
    "Phước Sơn (141)' follows the whole 1.132 after a sentence break → total 1132 for each. The second '9 huyện miền núi' restates the group: optional.",
    "'hơn 15 km' (villages to commune station, said of Tây Giang) → location Tây Giang. 'Năm 2025, tỉnh phấn đấu' → targets.",
]

write(8, TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Nam")
