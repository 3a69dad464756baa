"""p1073-5: Party/provincial newspaper (Báo Đồng Tháp), sesame on rice land in Tam Nông, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Tam Nông: Nông dân trúng mùa mè trên đất lúa

Vụ Xuân Hè năm 2024, huyện Tam Nông xuống giống 1.250 ha mè trên đất lúa, tăng gần 300 ha so với vụ trước. Hiện nông dân đã thu hoạch hơn 800 ha, năng suất ước đạt 1,2-1,4 tấn/ha.

Ông Trần Văn Bảy, ngụ ấp Phú Thọ B, xã Phú Cường, cho biết gia đình ông trồng 2,5 ha mè, thu được khoảng 3,3 tấn. Với giá bán 38.000 đồng/kg, trừ chi phí khoảng 18 triệu đồng/ha, ông lãi hơn 80 triệu đồng. "Trồng mè chỉ mất 75-80 ngày, ít tốn nước, lại cắt được mầm bệnh cho lúa vụ sau", ông Bảy nói.

Theo Phòng Nông nghiệp và PTNT huyện, giá mè hiện dao động 36.000-40.000 đồng/kg, cao hơn 5.000 đồng/kg so với cùng kỳ năm 2023. Năm nay, huyện có 3 hợp tác xã liên kết với doanh nghiệp tiêu thụ khoảng 350 ha, chiếm 28% diện tích mè toàn huyện. Cuối tháng 5 vừa qua, huyện tổ chức Hội thi nông dân trồng mè giỏi lần thứ 4 tại Trung tâm Văn hóa - Thể thao huyện.

Toàn tỉnh Đồng Tháp vụ Xuân Hè năm 2024 gieo trồng 3.460 ha mè, chủ yếu ở các huyện Tam Nông, Thanh Bình, Tháp Mười. Theo kế hoạch, đến năm 2025, tỉnh mở rộng diện tích mè trên đất lúa lên 4.000 ha; giai đoạn 2021-2025 hỗ trợ nông dân 30% chi phí giống mè.

Mè là cây trồng ngắn ngày, chịu hạn tốt, phù hợp với chân ruộng cao sau vụ Đông Xuân. Việc luân canh lúa - mè giúp cải tạo đất, giảm sâu bệnh và giảm lượng phân bón cho vụ lúa kế tiếp.

PHƯƠNG NGHI
18/6/2024
"""

SEASON = P("Vụ Xuân Hè năm 2024", "2024-01-01", "2024-12-31")
NAMNAY = P("Năm nay", "2024-01-01", "2024-12-31")
SEASON_DT = P("vụ Xuân Hè năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("xuống giống 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích mè xuống giống trên đất lúa", SEASON,
      change=C("increase", 300, "ha", "vụ trước", approx="nearly")),
    F("hơn 800 ha", "800", 800, "measure", "ha", "diện tích mè đã thu hoạch", approx="over"),
    F("ước đạt 1,2-1,4 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", "năng suất mè", I(SEASON), value_max=1.4,
      status="estimate"),
    F("trồng 2,5 ha mè", "2,5", 2.5, "measure", "ha", "diện tích mè của gia đình ông Trần Văn Bảy"),
    F("khoảng 3,3 tấn", "3,3", 3.3, "measure", "tấn", "sản lượng mè thu được", approx="about"),
    F("giá bán 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán mè"),
    F("khoảng 18 triệu đồng/ha", "18", 18000000, "money", "đồng/ha", "chi phí trồng mè", approx="about"),
    F("hơn 80 triệu đồng", "80", 80000000, "money", "đồng", "lãi trồng mè", approx="over"),
    F("mất 75-80 ngày", "75", 75, "measure", "ngày", "thời gian trồng mè", value_max=80),
    F("dao động 36.000-40.000 đồng/kg", "36.000", 36000, "money", "đồng/kg", "giá mè", value_max=40000,
      change=C("increase", 5000, "đồng/kg", "cùng kỳ năm 2023")),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã liên kết với doanh nghiệp tiêu thụ mè", NAMNAY),
    F("khoảng 350 ha", "350", 350, "measure", "ha", "diện tích mè được liên kết tiêu thụ", NAMNAY,
      approx="about", percent=28),
    F("gieo trồng 3.460 ha", "3.460", 3460, "measure", "ha", "diện tích mè gieo trồng", SEASON_DT, location="Đồng Tháp"),
    F("lên 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích mè trên đất lúa", T25, status="target",
      location="Đồng Tháp"),
    F("hỗ trợ nông dân 30%", "30", 30, "percent", "%", "mức hỗ trợ chi phí giống mè", G, status="target",
      location="Đồng Tháp"),
]

NOTES = [
    "Báo Đồng Tháp (Party/provincial paper): sesame after rice in huyện Tam Nông; byline 'PHƯƠNG NGHI' and bare date '18/6/2024' at the end.",
    "Not figures: 'Trần Văn Bảy' (name), 'ấp Phú Thọ B', 'lần thứ 4' (edition of a contest), 'Cuối tháng 5', 'cùng kỳ năm 2023' (baseline).",
    "'Năm nay' is the article's year (2024). Sentences with 'Hiện'/'hiện' and the farmer's anecdote carry no period.",
    "The farmer's figures stay in Tam Nông (xã Phú Cường is a commune of it). 'Trồng mè chỉ mất 75-80 ngày' is the claim (measure), not a period.",
    "'Theo kế hoạch, đến năm 2025' governs the clause after ';' (30% support, its own period 'giai đoạn 2021-2025'): target.",
]

write("p1073-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Tam Nông")
