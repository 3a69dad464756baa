"""p790-8: provincial newspaper online (Báo Nam Định, tag (BNĐ)), water puppetry and chèo, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Hơn 15.000 lượt khách xem rối nước trong 9 tháng
Thứ Hai, 21/10/2024 16:30

(BNĐ) - 9 tháng đầu năm, 4 phường rối nước trên địa bàn tỉnh đã biểu diễn 186 buổi, tăng 22% so với cùng kỳ năm 2023, phục vụ hơn 15.000 lượt khách, trong đó có khoảng 2.100 lượt khách quốc tế. Trong đó, các phường ở huyện Nam Trực biểu diễn 74 buổi, Nghĩa Hưng 52 buổi, Vụ Bản 38 buổi và Ý Yên 22 buổi. Nhiều đoàn khách dừng chân xem rối nước tại thủy đình xã Nam Chấn, cách Quốc lộ 21 không xa.

Giá vé được niêm yết ở mức 50.000 đồng/người lớn và 30.000 đồng/trẻ em. Doanh thu bán vé và biểu diễn theo hợp đồng ước đạt 1,28 tỷ đồng, bằng 82% kế hoạch năm. Bình quân mỗi nghệ nhân có thêm thu nhập 2,5 - 3 triệu đồng/tháng từ biểu diễn.

Cùng thời gian, Nhà hát Chèo Nam Định tổ chức 132 buổi diễn chèo, trong đó 40 buổi tại Nhà văn hóa 3/2 trong chương trình "Chiếu chèo cuối tuần"; tổng số khán giả đạt khoảng 45.000 lượt người.

Năm 2024, tỉnh phấn đấu thu hút 22.000 lượt khách xem rối nước; đầu tư 2,6 tỷ đồng tu bổ 3 thủy đình theo Nghị quyết số 58/2023/NQ-HĐND của HĐND tỉnh. Dự kiến đến năm 2025, các phường rối sẽ đào tạo thêm khoảng 30 diễn viên trẻ, nâng tổng số nghệ nhân, diễn viên lên hơn 150 người.

Thu Hương
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 15.000 lượt khách xem", "15.000", 15000, "count", "lượt khách", "lượt khách xem rối nước", HEAD,
      approx="over"),
    F("năm, 4 phường rối nước", "4", 4, "count", "phường rối nước", "phường rối nước trên địa bàn tỉnh", M9),
    F("biểu diễn 186 buổi", "186", 186, "count", "buổi", "buổi biểu diễn của các phường rối nước", M9,
      change=C("increase", 22, "%", "cùng kỳ năm 2023")),
    F("hơn 15.000 lượt khách, trong", "15.000", 15000, "count", "lượt khách", "lượt khách được phục vụ", M9,
      approx="over"),
    F("khoảng 2.100 lượt khách quốc tế", "2.100", 2100, "count", "lượt khách quốc tế", "lượt khách quốc tế", M9,
      approx="about", total=15000),
    F("biểu diễn 74 buổi", "74", 74, "count", "buổi", "buổi biểu diễn của các phường rối nước", I(M9),
      total=186, location="Nam Trực"),
    F("Nghĩa Hưng 52 buổi", "52", 52, "count", "buổi", "buổi biểu diễn của các phường rối nước", I(M9),
      total=186, location="Nghĩa Hưng"),
    F("Vụ Bản 38 buổi", "38", 38, "count", "buổi", "buổi biểu diễn của các phường rối nước", I(M9),
      total=186, location="Vụ Bản"),
    F("Ý Yên 22 buổi", "22", 22, "count", "buổi", "buổi biểu diễn của các phường rối nước", I(M9),
      total=186, location="Ý Yên"),
    F("mức 50.000 đồng/người lớn", "50.000", 50000, "money", "đồng/người lớn", "giá vé xem rối nước cho người lớn"),
    F("và 30.000 đồng/trẻ em", "30.000", 30000, "money", "đồng/trẻ em", "giá vé xem rối nước cho trẻ em"),
    F("ước đạt 1,28 tỷ đồng", "1,28", 1.28e9, "money", "đồng", "doanh thu bán vé và biểu diễn theo hợp đồng",
      I(M9), status="estimate", percent=82),
    F("thu nhập 2,5 - 3 triệu đồng/tháng", "2,5", 2.5e6, "money", "đồng/tháng",
      "thu nhập thêm bình quân mỗi nghệ nhân từ biểu diễn", value_max=3e6),
    F("tổ chức 132 buổi diễn chèo", "132", 132, "count", "buổi diễn chèo",
      "buổi diễn chèo của Nhà hát Chèo Nam Định", I(M9)),
    F("trong đó 40 buổi", "40", 40, "count", "buổi",
      "buổi diễn tại Nhà văn hóa 3/2 trong chương trình Chiếu chèo cuối tuần", I(M9), total=132),
    F("khoảng 45.000 lượt người", "45.000", 45000, "count", "lượt người", "tổng số khán giả xem chèo", I(M9),
      approx="about"),
    F("thu hút 22.000 lượt khách", "22.000", 22000, "count", "lượt khách", "lượt khách xem rối nước", Y24,
      status="target"),
    F("đầu tư 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "vốn đầu tư tu bổ thủy đình", Y24, status="target"),
    F("tu bổ 3 thủy đình", "3", 3, "count", "thủy đình", "thủy đình được tu bổ", Y24, status="target"),
    F("khoảng 30 diễn viên trẻ", "30", 30, "count", "diễn viên trẻ", "diễn viên trẻ được đào tạo thêm", T25,
      approx="about", status="forecast"),
    F("hơn 150 người", "150", 150, "count", "người", "tổng số nghệ nhân, diễn viên các phường rối", T25,
      approx="over", status="forecast"),
]

NOTES = [
    "Báo Nam Định online, headline figure, 'Thứ Hai, 21/10/2024 16:30', tag '(BNĐ) -': water puppetry and chèo, 9 tháng 2024.",
    "Year-less '9 tháng' (headline) and '9 tháng đầu năm' take 2024 from the dateline. 'Cùng thời gian' refers back to the 9 months (inherited).",
    "'Trong đó, các phường ở huyện Nam Trực biểu diễn 74 buổi, Nghĩa Hưng 52 ..., Vụ Bản 38 ... và Ý Yên 22' follow the whole 186 buổi across",
    "a sentence break (74+52+38+22 = 186), not the 2.100 khách just before: total 186, each district is the location.",
    "'bằng 82% kế hoạch năm' is the percent of 1,28 tỷ. 'phấn đấu ...; đầu tư 2,6 tỷ đồng tu bổ 3 thủy đình' continues the target clause.",
    "Not figures: '(BNĐ)', 16:30, 'Quốc lộ 21', 'Nhà văn hóa 3/2', Nghị quyết số 58/2023/NQ-HĐND.",
]

write(8, TEXT, FIGS, NOTES, published="2024-10-21", location="Nam Định")
