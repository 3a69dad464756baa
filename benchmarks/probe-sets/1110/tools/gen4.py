"""p1110-4: ministry site (Bộ NN&PTNT), national marine protected areas and marine-animal rescue 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Ngày đăng: 08/06/2024 | Lượt xem: 2.418

Mở rộng hệ thống khu bảo tồn biển, tăng cường cứu hộ rùa biển và thú biển

Nhân Ngày Đại dương thế giới 8/6, Cục Thủy sản cho biết, đến nay cả nước đã thành lập 16 khu bảo tồn biển với tổng diện tích khoảng 213.000 ha, chỉ chiếm 0,21% diện tích vùng biển Việt Nam. Theo Quy hoạch bảo vệ và khai thác nguồn lợi thủy sản, đến năm 2030 diện tích các khu bảo tồn biển phải đạt từ 3 đến 5% diện tích vùng biển.

Năm 2023, các địa phương ven biển đã cứu hộ, thả về biển tổng cộng 1.199 cá thể động vật biển quý hiếm, tăng 17% so với năm 2022; trong đó rùa biển 1.136 cá thể, cá heo 54 cá thể và bò biển 9 cá thể. Các địa phương cứu hộ nhiều nhất lần lượt là Kiên Giang (312 cá thể), Quảng Ngãi (187 cá thể) và Bình Thuận (143 cá thể).

Vùng biển Việt Nam ghi nhận 5 loài rùa biển, tất cả đều có tên trong Sách đỏ Việt Nam, và ít nhất 26 loài thú biển. Mỗi năm có khoảng 3.000 ổ trứng rùa biển được bảo vệ, tập trung ở Côn Đảo, Núi Chúa và Cù Lao Chàm.

Tuy nhiên, số rùa biển chết do mắc lưới, ô nhiễm rác thải nhựa vẫn ở mức cao, năm 2023 ghi nhận 215 cá thể, cao gấp 1,4 lần năm 2021.

Theo Chương trình hành động quốc gia về bảo tồn rùa biển giai đoạn 2024 - 2030, mục tiêu giảm 50% số cá thể rùa biển chết do mắc lưới và 100% bãi đẻ quan trọng được bảo vệ. Nguồn vốn dự kiến khoảng 120 tỷ đồng, tăng gần gấp đôi so với giai đoạn trước.

Bộ đề nghị các địa phương thực hiện nghiêm Nghị định số 26/2019/NĐ-CP và Luật Thủy sản 2017, không để tái diễn tình trạng đánh bắt bằng xung điện, chất nổ.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PROG = P("giai đoạn 2024 - 2030", "2024-01-01", "2030-12-31")
NOW = P("đến nay", None, "2024-06-08")

FIGS = [
    F("thành lập 16 khu", "16", 16, "count", "khu bảo tồn biển", "khu bảo tồn biển đã thành lập", NOW),
    F("khoảng 213.000 ha", "213.000", 213000, "measure", "ha", "tổng diện tích các khu bảo tồn biển", NOW,
      approx="about", percent=0.21),
    F("từ 3 đến 5%", "3", 3, "percent", "%", "tỷ lệ diện tích các khu bảo tồn biển so với diện tích vùng biển",
      P("đến năm 2030", None, "2030-12-31"), value_max=5, status="target"),
    F("tổng cộng 1.199 cá thể", "1.199", 1199, "count", "cá thể", "cá thể động vật biển quý hiếm được cứu hộ, thả về biển",
      Y23, change=C("increase", 17, "%", "năm 2022")),
    F("rùa biển 1.136 cá thể", "1.136", 1136, "count", "cá thể", "rùa biển được cứu hộ, thả về biển", Y23, total=1199),
    F("cá heo 54 cá thể", "54", 54, "count", "cá thể", "cá heo được cứu hộ, thả về biển", Y23, total=1199),
    F("bò biển 9 cá thể", "9", 9, "count", "cá thể", "bò biển được cứu hộ, thả về biển", Y23, total=1199),
    F("Kiên Giang (312 cá thể)", "312", 312, "count", "cá thể", "cá thể động vật biển được cứu hộ", I(Y23),
      location="Kiên Giang"),
    F("Quảng Ngãi (187 cá thể)", "187", 187, "count", "cá thể", "cá thể động vật biển được cứu hộ", I(Y23),
      location="Quảng Ngãi"),
    F("Bình Thuận (143 cá thể)", "143", 143, "count", "cá thể", "cá thể động vật biển được cứu hộ", I(Y23),
      location="Bình Thuận"),
    F("ghi nhận 5 loài", "5", 5, "count", "loài", "loài rùa biển ở vùng biển Việt Nam"),
    F("ít nhất 26 loài", "26", 26, "count", "loài", "loài thú biển ở vùng biển Việt Nam", approx="at_least"),
    F("khoảng 3.000 ổ", "3.000", 3000, "measure", "ổ/năm", "ổ trứng rùa biển được bảo vệ mỗi năm", approx="about"),
    F("ghi nhận 215 cá thể", "215", 215, "count", "cá thể", "rùa biển chết do mắc lưới, ô nhiễm rác thải nhựa",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 1.4, "lần", "năm 2021")),
    F("giảm 50%", "50", 50, "percent", "%", "giảm số cá thể rùa biển chết do mắc lưới", PROG, status="target"),
    F("và 100% bãi đẻ", "100", 100, "percent", "%", "bãi đẻ quan trọng được bảo vệ", PROG, status="target"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "nguồn vốn Chương trình hành động quốc gia về bảo tồn rùa biển",
      I(PROG), approx="about", status="forecast",
      change=C("increase", 2, "lần", "giai đoạn trước", approx="nearly")),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), Ngày đăng 08/06/2024: national MPAs, rescued animals 2023, species, deaths, 2024-2030 programme.",
    "Distractors: Lượt xem 2.418, 'Ngày Đại dương thế giới 8/6', Nghị định số 26/2019/NĐ-CP, Luật Thủy sản 2017, số 2 Ngọc Hà, phone.",
    "'khoảng 213.000 ha, chỉ chiếm 0,21% diện tích vùng biển' → percent 0.21 of the area. 'đến nay' ends at the dateline.",
    "'tổng cộng 1.199 ...; trong đó rùa biển 1.136 ..., cá heo 54 ..., bò biển 9' → parts with total 1199 (they add up).",
    "Ranking list 'lần lượt là Kiên Giang (312 cá thể) ...' shares the indicator; provinces are locations; no total (not a breakdown).",
    "'khoảng 3.000 ổ' per year (Mỗi năm) → measure ổ/năm, no period. 'cao gấp 1,4 lần năm 2021' after 215 cá thể → change in lần.",
    "'Nguồn vốn dự kiến khoảng 120 tỷ đồng, tăng gần gấp đôi so với giai đoạn trước' → forecast; 'gấp đôi' read as change 2 lần, approx nearly.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-06-08", location="Việt Nam")
