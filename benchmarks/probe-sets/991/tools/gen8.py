"""p991-8: provincial newspaper online (Báo Cao Bằng style), headline figure, tag (CBO) -; 2025 plan for suspension bridges."""
from lib import F, P, I, C, T, write

TEXT = """BÁO CAO BẰNG ĐIỆN TỬ
Kinh tế > Giao thông

Hơn 93 tỷ đồng xây dựng cầu treo dân sinh

Cập nhật lúc 07:45, Thứ Ba, 13/5/2025

(CBO) - Năm 2025, tỉnh bố trí hơn 93 tỷ đồng từ các nguồn vốn, phấn đấu xây dựng mới 31 cầu treo dân sinh tại 9 huyện, tăng 7 cầu so với năm 2024. Đây là năm thứ 3 liên tiếp tỉnh dành nguồn lực lớn cho cầu dân sinh theo Nghị quyết số 25/2022/NQ-HĐND.

Theo kế hoạch, Bảo Lâm là huyện có nhiều cầu xây mới nhất (6 cầu), tiếp đến là Hà Quảng (5 cầu) và Nguyên Bình (4 cầu). Tính đến 30/4/2025, đã có 12 cầu được khởi công, 5 cầu hoàn thành đưa vào sử dụng; giá trị giải ngân đạt 21,7 tỷ đồng, bằng 23,3% kế hoạch vốn.

Suất đầu tư bình quân 2,8-3,2 tỷ đồng/cầu, cao hơn khoảng 15% so với năm 2024 do giá vật liệu tăng; riêng cáp thép hiện ở mức 38.500 đồng/kg. Người dân các xóm hưởng lợi đã hiến gần 4.600 m2 đất, góp tương đương 2.600 ngày công.

Tại xóm Khuổi Mạ (xã Thượng Hà, huyện Bảo Lạc), cầu treo dài 78 m nối với đường tỉnh 217 vừa hợp long, giúp 146 hộ không còn phải đi đò qua sông Gâm. Anh Nông Văn Sáu, người dân trong xóm, cho biết trước đây mỗi lượt đò mất 10.000 đồng/người.

Sở Giao thông vận tải cho biết, trong quý III/2025 dự kiến khởi công thêm 14 cầu. Giai đoạn 2026-2030, tỉnh cần khoảng 120 cầu treo nữa, nhu cầu vốn ước tính trên 350 tỷ đồng; mục tiêu không còn điểm đò ngang không bảo đảm an toàn trên các sông Gâm, sông Bằng.

Hoàng Thu
"""

Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AS_OF = P("Tính đến 30/4/2025", None, "2025-04-30")
G = P("Giai đoạn 2026-2030", "2026-01-01", "2030-12-31")
FIG = [
    F("Hơn 93 tỷ", "93", 93e9, "money", "đồng", "vốn xây dựng cầu treo dân sinh", approx="over"),
    F("bố trí hơn 93 tỷ", "93", 93e9, "money", "đồng", "vốn bố trí từ các nguồn", Y25, approx="over"),
    F("mới 31 cầu", "31", 31, "count", "cầu treo dân sinh", "cầu treo dân sinh xây dựng mới", Y25,
      change=C("increase", 7, "cầu", "năm 2024"), status="target"),
    F("tại 9 huyện", "9", 9, "count", "huyện", "huyện có cầu treo xây dựng mới", Y25, status="target"),
    F("(6 cầu)", "6", 6, "count", "cầu", "cầu xây mới", I(Y25), status="target", location="Bảo Lâm"),
    F("(5 cầu)", "5", 5, "count", "cầu", "cầu xây mới", I(Y25), status="target", location="Hà Quảng"),
    F("(4 cầu)", "4", 4, "count", "cầu", "cầu xây mới", I(Y25), status="target", location="Nguyên Bình"),
    F("có 12 cầu", "12", 12, "count", "cầu", "cầu được khởi công", AS_OF),
    F("5 cầu hoàn thành", "5", 5, "count", "cầu", "cầu hoàn thành đưa vào sử dụng", AS_OF),
    F("đạt 21,7 tỷ", "21,7", 21.7e9, "money", "đồng", "giá trị giải ngân", AS_OF, percent=23.3),
    F("2,8-3,2 tỷ", "2,8", 2.8e9, "money", "đồng/cầu", "suất đầu tư bình quân", value_max=3.2e9,
      change=C("increase", 15, "%", "năm 2024", approx="about")),
    F("38.500 đồng/kg", "38.500", 38500, "money", "đồng/kg", "giá cáp thép"),
    F("gần 4.600 m2", "4.600", 4600, "measure", "m2", "đất người dân hiến", approx="nearly"),
    F("tương đương 2.600 ngày công", "2.600", 2600, "count", "ngày công", "ngày công người dân góp"),
    F("dài 78 m", "78", 78, "measure", "m", "chiều dài cầu treo xóm Khuổi Mạ", location="Bảo Lạc"),
    F("giúp 146 hộ", "146", 146, "count", "hộ", "hộ không còn phải đi đò qua sông Gâm", location="Bảo Lạc"),
    F("10.000 đồng/người", "10.000", 10000, "money", "đồng/người", "giá mỗi lượt đò", location="Bảo Lạc"),
    F("thêm 14 cầu", "14", 14, "count", "cầu", "cầu khởi công thêm", P("quý III/2025", "2025-07-01", "2025-09-30"),
      status="forecast"),
    F("khoảng 120 cầu", "120", 120, "count", "cầu treo", "cầu treo tỉnh cần thêm", G, approx="about"),
    F("trên 350 tỷ", "350", 350e9, "money", "đồng", "nhu cầu vốn", G, approx="over", status="estimate"),
]

NOTES = [
    "Báo Cao Bằng style: headline figure, 'Cập nhật lúc 07:45, Thứ Ba, 13/5/2025', tag (CBO) -, byline at the end.",
    "Headline 'Hơn 93 tỷ đồng' has no period and no status cue -> actual; the body repeats it with 'Năm 2025'.",
    "'bố trí hơn 93 tỷ' is allocated (actual); 'phấn đấu xây dựng mới 31 cầu ... tại 9 huyện, tăng 7 cầu' -> target with change +7 cầu.",
    "'Theo kế hoạch, Bảo Lâm ... (6 cầu), ... Hà Quảng (5 cầu) và Nguyên Bình (4 cầu)' -> target, a ranking list: no total; districts are locations.",
    "'21,7 tỷ đồng, bằng 23,3% kế hoạch vốn' -> percent 23.3. Range 2,8-3,2 tỷ đồng/cầu carries change 'cao hơn khoảng 15% so với năm 2024'.",
    "'tỉnh cần khoảng 120 cầu treo nữa' is an assessed need (actual, period 2026-2030); 'nhu cầu vốn ước tính trên 350 tỷ' -> estimate.",
    "Khuổi Mạ bridge in huyện Bảo Lạc -> location Bảo Lạc. Distractors: năm thứ 3, Nghị quyết số 25/2022/NQ-HĐND, đường tỉnh 217, Nông Văn Sáu, 07:45.",
]

write("p991-8", TEXT, FIG, NOTES, published="2025-05-13", location="Cao Bằng")
