"""p803-8: Báo Quảng Trị online, (QTO) tag, mobile cinema and circus nights in 2023."""
from lib import F, P, I, C, emit

TEXT = """
Báo Quảng Trị điện tử › Văn hóa - Giải trí

Hơn 96.000 lượt người xem phim lưu động trong năm 2023

Cập nhật lúc 16:05, Thứ sáu, 22/12/2023

(QTO) - Năm 2023, Trung tâm Văn hóa - Điện ảnh tỉnh đã tổ chức 628 buổi chiếu phim lưu động, vượt 4,7% kế hoạch, thu hút hơn 96.000 lượt người xem. Đây là kết quả cao nhất kể từ năm 2019, gấp 1,3 lần năm 2021 khi hoạt động bị gián đoạn do dịch COVID-19.

Riêng 2 huyện miền núi Hướng Hóa và Đakrông có 352 buổi chiếu, chiếm 56% tổng số buổi, lần lượt đạt 201 và 151 buổi. Các đội đã đưa phim đến những bản dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây; ngoài chiếu phim, các đội còn phối hợp với Đồn Biên phòng A Túc, Đồn Biên phòng Pa Nang tổ chức 24 buổi giao lưu văn nghệ, trao 350 suất quà (trị giá 300.000 đồng/suất) cho hộ nghèo.

Dịp cuối năm, Trung tâm phối hợp với một đoàn xiếc tư nhân tổ chức 5 đêm diễn xiếc miễn phí tại thị xã Quảng Trị, huyện Gio Linh và Cam Lộ, thu hút khoảng 7.500 khán giả, trung bình 1.500 người/đêm. Tổng kinh phí cho hoạt động chiếu phim, biểu diễn năm 2023 là 1,96 tỷ đồng, giảm 8% so với năm 2022 do tiết kiệm chi thường xuyên.

Năm 2024, Trung tâm phấn đấu tổ chức 650 buổi chiếu và ít nhất 8 đêm diễn xiếc, ca múa nhạc; dự kiến thay mới 3 màn chiếu lớn rộng 8 m.

Lê Trường
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Hơn 96.000 lượt", "96.000", 96000, "count", "lượt người xem", "lượt người xem phim lưu động",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("tổ chức 628 buổi", "628", 628, "count", "buổi chiếu phim lưu động", "buổi chiếu phim lưu động", Y23,
      change=C("increase", 4.7, "%", "kế hoạch")),
    F("hút hơn 96.000 lượt", "96.000", 96000, "count", "lượt người xem", "lượt người xem phim lưu động", Y23,
      approx="over"),
    F("gấp 1,3 lần", "1,3", 1.3, "multiple", "lần", "kết quả chiếu phim năm 2023 so với năm 2021", I(Y23)),
    F("Riêng 2 huyện", "2", 2, "count", "huyện", "huyện miền núi", optional=True),
    F("có 352 buổi", "352", 352, "count", "buổi chiếu", "buổi chiếu tại 2 huyện miền núi Hướng Hóa và Đakrông",
      I(Y23), percent=56),
    F("đạt 201 và", "201", 201, "count", "buổi", "buổi chiếu", I(Y23), total=352, location="Hướng Hóa"),
    F("và 151 buổi", "151", 151, "count", "buổi", "buổi chiếu", I(Y23), total=352, location="Đakrông"),
    F("tổ chức 24 buổi", "24", 24, "count", "buổi giao lưu văn nghệ", "buổi giao lưu văn nghệ với đồn biên phòng", I(Y23)),
    F("trao 350 suất", "350", 350, "count", "suất quà", "suất quà trao cho hộ nghèo", I(Y23)),
    F("300.000 đồng/suất", "300.000", 300000, "money", "đồng/suất", "trị giá mỗi suất quà"),
    F("tổ chức 5 đêm", "5", 5, "count", "đêm diễn xiếc", "đêm diễn xiếc miễn phí", I(Y23)),
    F("khoảng 7.500 khán giả", "7.500", 7500, "count", "khán giả", "khán giả xem xiếc", I(Y23), approx="about"),
    F("1.500 người/đêm", "1.500", 1500, "measure", "người/đêm", "khán giả trung bình mỗi đêm diễn xiếc"),
    F("là 1,96 tỷ đồng", "1,96", 1.96e9, "money", "đồng", "tổng kinh phí cho hoạt động chiếu phim, biểu diễn",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 8, "%", "năm 2022")),
    F("tổ chức 650 buổi", "650", 650, "count", "buổi chiếu", "buổi chiếu phim lưu động", Y24, status="target"),
    F("ít nhất 8 đêm", "8", 8, "count", "đêm diễn xiếc, ca múa nhạc", "đêm diễn xiếc, ca múa nhạc", Y24,
      approx="at_least", status="target"),
    F("thay mới 3 màn", "3", 3, "count", "màn chiếu lớn", "màn chiếu lớn thay mới", Y24, status="forecast"),
    F("rộng 8 m", "8", 8, "measure", "m", "chiều rộng màn chiếu", optional=True),
]

NOTES = [
    "Báo Quảng Trị online: headline figure, 'Cập nhật lúc 16:05, Thứ sáu, 22/12/2023', '(QTO) -' tag implies Quảng Trị.",
    "'vượt 4,7% kế hoạch' after 628 buổi -> change with baseline 'kế hoạch'. 'Đây là kết quả ..., gấp 1,3 lần năm 2021' stands as",
    "its own sentence -> kind multiple. '2 huyện miền núi Hướng Hóa và Đakrông' names the places: optional.",
    "'lần lượt đạt 201 và 151 buổi' breaks down the 352 just before it and adds up -> total 352, locations the two districts.",
    "'352 buổi ..., chiếm 56% tổng số buổi' -> percent 56 (no total: 'Riêng' is no part-of cue and the whole stands in another sentence).",
    "'thị xã Quảng Trị, huyện Gio Linh và Cam Lộ': several places -> province Quảng Trị. 'rộng 8 m' is a specification: optional.",
    "Distractors: 'COVID-19', 'Quốc lộ 9', 'kể từ năm 2019', 16:05, 'Thứ sáu', Đồn Biên phòng names.",
]

if __name__ == "__main__":
    emit("p803-8", TEXT, NOTES, FIGS, published="2023-12-22", location="Quảng Trị")
