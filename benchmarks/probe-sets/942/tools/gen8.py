"""p942-8: Báo Cà Mau online, (CMO) tag, bird sanctuaries of Cà Mau, Nov 2023."""
from lib import F, write, period, year, change, target

TEXT = """BÁO CÀ MAU ĐIỆN TỬ
Môi trường | Cập nhật lúc 08:10, Thứ Hai, 20/11/2023

Gần 42.000 cá thể chim về các sân chim Cà Mau

(CMO) - Mùa chim di cư năm 2023, các vườn chim, sân chim trên địa bàn tỉnh ghi nhận 41.760 cá thể chim nước, tăng 9,2% so với năm 2022. Trong đó, Vườn quốc gia Mũi Cà Mau có 18.300 cá thể. Các sân chim có số lượng lớn tiếp theo lần lượt là Đầm Dơi (9.450 cá thể), U Minh (6.820 cá thể) và Trần Văn Thời (4.130 cá thể).

Đợt khảo sát cũng ghi nhận 86 loài chim, trong đó có 7 loài quý hiếm như cò Trung Quốc, giang sen, bồ nông chân xám. Theo Chi cục Kiểm lâm, mật độ tổ chim tại sân chim ấp 3, xã Tân Dân đạt khoảng 25 tổ/100 m2.

Cà Mau hiện có 14 sân chim tự nhiên với tổng diện tích gần 1.260 ha, chủ yếu do hộ gia đình quản lý. Năm 2023, tỉnh chi hơn 1 tỷ đồng hỗ trợ 26 hộ giữ sân chim, mức hỗ trợ 800.000 đồng/ha/năm.

Từ đầu năm đến nay, lực lượng chức năng phát hiện 19 vụ săn bắt chim trái phép, giảm 6 vụ so với cùng kỳ; thu giữ gần 300 cá thể chim, xử phạt hơn 85 triệu đồng. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0290.3567.115.

Tỉnh phấn đấu đến năm 2025 nâng số sân chim được công nhận lên 18 sân chim. Ngành kiểm lâm dự kiến năm 2024 số chim về các sân chim đạt khoảng 45.000 cá thể.

Hoàng Vũ
"""

Y23 = year("Mùa chim di cư năm 2023", 2023)
Y23i = year("Mùa chim di cư năm 2023", 2023, inherited=True)
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-20")
SUBJ = "cá thể chim nước tại sân chim"

FIGS = [
    F("Gần 42.000 cá thể", "42.000", 42000, "count", "cá thể", "chim về các sân chim", approx="nearly"),
    F("ghi nhận 41.760 cá thể", "41.760", 41760, "count", "cá thể", "chim nước về các vườn chim, sân chim", Y23,
      change=change("increase", 9.2, "%", "năm 2022")),
    F("có 18.300 cá thể", "18.300", 18300, "count", "cá thể", "chim nước tại Vườn quốc gia Mũi Cà Mau", Y23i,
      total=41760),
    F("Đầm Dơi (9.450 cá thể)", "9.450", 9450, "count", "cá thể", SUBJ, Y23i, location="Đầm Dơi"),
    F("U Minh (6.820 cá thể)", "6.820", 6820, "count", "cá thể", SUBJ, Y23i, location="U Minh"),
    F("Trần Văn Thời (4.130 cá thể)", "4.130", 4130, "count", "cá thể", SUBJ, Y23i, location="Trần Văn Thời"),
    F("ghi nhận 86 loài", "86", 86, "count", "loài", "loài chim", Y23i),
    F("có 7 loài", "7", 7, "count", "loài", "loài chim quý hiếm", Y23i, total=86),
    F("khoảng 25 tổ/100 m2", "25", 25, "measure", "tổ/100 m2", "mật độ tổ chim tại sân chim", approx="about"),
    F("có 14 sân chim", "14", 14, "count", "sân chim", "sân chim tự nhiên"),
    F("gần 1.260 ha", "1.260", 1260, "measure", "ha", "tổng diện tích sân chim tự nhiên", approx="nearly"),
    F("hơn 1 tỷ đồng", "1", 1e9, "money", "đồng", "kinh phí hỗ trợ hộ giữ sân chim", year("Năm 2023", 2023),
      approx="over"),
    F("hỗ trợ 26 hộ", "26", 26, "count", "hộ", "hộ giữ sân chim được hỗ trợ", year("Năm 2023", 2023)),
    F("800.000 đồng/ha/năm", "800.000", 800000, "money", "đồng/ha/năm", "mức hỗ trợ giữ sân chim",
      year("Năm 2023", 2023)),
    F("phát hiện 19 vụ", "19", 19, "count", "vụ", "vụ săn bắt chim trái phép", YTD,
      change=change("decrease", 6, "vụ", "cùng kỳ")),
    F("gần 300 cá thể", "300", 300, "count", "cá thể", "chim bị thu giữ", YTD, approx="nearly"),
    F("hơn 85 triệu đồng", "85", 85e6, "money", "đồng", "tiền xử phạt", YTD, approx="over"),
    F("lên 18 sân chim", "18", 18, "count", "sân chim", "sân chim được công nhận",
      period("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 45.000 cá thể", "45.000", 45000, "count", "cá thể", "chim về các sân chim", year("năm 2024", 2024),
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Cà Mau online ('Cập nhật lúc 08:10, Thứ Hai, 20/11/2023', tag (CMO) -, byline at the end): waterbirds in Cà Mau's bird sanctuaries, 2023.",
    "Headline 'Gần 42.000' (no period) and body 41.760 are both recorded. 'Trong đó, Vườn quốc gia Mũi Cà Mau có 18.300' -> total 41.760;",
    "the ranking list 'lần lượt là Đầm Dơi (9.450 cá thể), ...' does not add up to a whole: no total; its districts are the items' locations.",
    "'25 tổ/100 m2' is a density: the denominator stays in the unit. '1 tỷ' with 'hơn' -> over.",
    "Distractors: 08:10, Thứ Hai, ấp 3, xã Tân Dân, đường dây nóng 0290.3567.115, (CMO).",
]

write("p942-8", TEXT, FIGS, NOTES, published="2023-11-20", location="Cà Mau")
