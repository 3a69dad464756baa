from lib import *

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Kinh tế
Năm 2023, Cà Mau xây dựng 315 cây cầu thay cầu khỉ, cầu tạm

(CMO) Năm 2023, toàn tỉnh Cà Mau đã xây dựng hoàn thành 315 cầu giao thông nông thôn thay thế cầu khỉ, cầu tạm, vượt 5% kế hoạch. Trong đó, các huyện Trần Văn Thời, U Minh và Thới Bình có số cầu xây mới nhiều nhất, lần lượt 58, 52 và 47 cầu.

Tổng kinh phí xây dựng hơn 186 tỷ đồng, trong đó vốn xã hội hóa từ doanh nghiệp, mạnh thường quân và người dân 62,4 tỷ đồng, chiếm 33,5%. Các cầu có chiều dài từ 12 đến 36 m, mặt cầu rộng 2-3,5 m, tải trọng từ 1,5 đến 3 tấn, bảo đảm xe cứu thương, xe chở nông sản qua lại; bình quân khoảng 85 hộ/cầu được hưởng lợi.

Với kết quả này, Cà Mau xếp thứ 2 khu vực Đồng bằng sông Cửu Long về số cầu giao thông nông thôn xây mới trong năm 2023.

Ông Nguyễn Văn Út, ấp 7, xã Khánh Bình Tây, huyện Trần Văn Thời, phấn khởi: “Trước đây, các cháu đi học phải qua cầu khỉ dài gần 20 m, giờ có cầu bê tông rộng 2 m nối ra Tỉnh lộ 985, xe máy chạy thoải mái”.

Theo Sở Giao thông vận tải, tính đến cuối tháng 11/2023, toàn tỉnh còn khoảng 1.240 cầu tạm, cầu xuống cấp cần thay thế, tập trung ở vùng sâu thuộc các huyện Ngọc Hiển, Năm Căn. Tỉnh phấn đấu đến năm 2025 xây dựng thêm 800 cầu, cơ bản xóa cầu khỉ trên địa bàn.

HOÀNG VŨ
25/12/2023
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "cầu giao thông nông thôn xây mới"

FIGS = [
    F("xây dựng 315 cây cầu", "315", 315, "count", "cây cầu", "cây cầu xây dựng thay cầu khỉ, cầu tạm", Y),
    F("hoàn thành 315 cầu", "315", 315, "count", "cầu", "cầu giao thông nông thôn xây dựng hoàn thành thay thế cầu khỉ, cầu tạm", Y,
      change=CH("increase", 5, "%", "kế hoạch")),
    F("lần lượt 58,", "58", 58, "count", "cầu", SUBJ, I(Y), total=315, location="Trần Văn Thời"),
    F("58, 52 và", "52", 52, "count", "cầu", SUBJ, I(Y), total=315, location="U Minh"),
    F("52 và 47 cầu", "47", 47, "count", "cầu", SUBJ, I(Y), total=315, location="Thới Bình"),
    F("hơn 186 tỷ đồng", "186", 186e9, "money", "đồng", "tổng kinh phí xây dựng", I(Y), approx="over"),
    F("người dân 62,4 tỷ đồng", "62,4", 62.4e9, "money", "đồng", "vốn xã hội hóa từ doanh nghiệp, mạnh thường quân và người dân",
      I(Y), total=186e9, percent=33.5),
    F("từ 12 đến 36 m", "12", 12, "measure", "m", "chiều dài các cầu", value_max=36),
    F("rộng 2-3,5 m", "2", 2, "measure", "m", "mặt cầu rộng", value_max=3.5),
    F("từ 1,5 đến 3 tấn", "1,5", 1.5, "measure", "tấn", "tải trọng", value_max=3),
    F("khoảng 85 hộ/cầu", "85", 85, "measure", "hộ/cầu", "hộ được hưởng lợi bình quân", approx="about"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số cầu giao thông nông thôn xây mới khu vực Đồng bằng sông Cửu Long",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("dài gần 20 m", "20", 20, "measure", "m", "chiều dài cầu khỉ", approx="nearly", location="Trần Văn Thời"),
    F("rộng 2 m nối", "2", 2, "measure", "m", "bề rộng cầu bê tông", location="Trần Văn Thời"),
    F("khoảng 1.240 cầu", "1.240", 1240, "count", "cầu", "cầu tạm, cầu xuống cấp cần thay thế",
      P("tính đến cuối tháng 11/2023", None, "2023-11-30"), approx="about"),
    F("thêm 800 cầu", "800", 800, "count", "cầu", "cầu xây dựng thêm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p638-5", TEXT, [
    "Báo Cà Mau (Party newspaper), byline and bare date 25/12/2023 at the end: cầu giao thông nông thôn thay cầu khỉ, cầu tạm năm 2023.",
    "'vượt 5% kế hoạch' -> change (increase 5%, baseline kế hoạch). 'Trong đó, ... lần lượt 58, 52 và 47 cầu' after a sentence break -> total 315.",
    "'62,4 tỷ ..., chiếm 33,5%' -> total 186 tỷ and percent. '85 hộ/cầu' is a rate: measure, unit hộ/cầu. 'xếp thứ 2' -> rank.",
    "The quoted villager lives in huyện Trần Văn Thời: the two bridge sizes take that district. 'Năm Căn' is a district name, not the number 5.",
    "Not figures: 'ấp 7', 'Tỉnh lộ 985', '(CMO)', dates.",
], FIGS, published="2023-12-25", location="Cà Mau")
