"""p971-1: province portal (Bắc Ninh), H1/2024 mass sports, clubs, facilities."""
from lib import F, P, I, C, T, write

text = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Bắc Ninh: Gần 40% dân số tập luyện thể dục thể thao thường xuyên
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

Sáu tháng đầu năm 2024, tỷ lệ người tập luyện thể dục thể thao (TDTT) thường xuyên trên địa bàn tỉnh Bắc Ninh ước đạt 39,6% dân số, tăng 1,2% so với cùng kỳ năm 2023; số gia đình thể thao ước đạt 98.450 gia đình, chiếm 31,4% tổng số hộ.

Toàn tỉnh hiện có 1.126 câu lạc bộ TDTT cơ sở, tăng 47 câu lạc bộ so với cuối năm 2023, trong đó có 214 câu lạc bộ bóng đá, 168 câu lạc bộ cầu lông và 92 câu lạc bộ quần vợt. Hệ thống thiết chế thể thao cơ sở tiếp tục được quan tâm đầu tư: 126/126 xã, phường, thị trấn đã có sân thể thao; toàn tỉnh có 412 sân bóng đá mini cỏ nhân tạo, 236 sân tennis và 58 nhà tập luyện đa năng.

Các địa phương có tỷ lệ người tập luyện TDTT thường xuyên cao là thành phố Bắc Ninh (48,2%), thành phố Từ Sơn (45,7%) và huyện Tiên Du (41,3%); thấp nhất là huyện Lương Tài với 29,5%.

Trong 6 tháng, các cấp đã tổ chức 1.540 giải thể thao quần chúng với hơn 86.000 lượt vận động viên tham gia; kinh phí xã hội hóa ước khoảng 24,5 tỷ đồng, gấp 1,6 lần cùng kỳ. Giải Bóng đá thanh niên tỉnh lần thứ 5 diễn ra từ ngày 12/5 đến 9/6 với 32 đội bóng tham dự.

Theo Kế hoạch số 118/KH-UBND, năm 2024 tỉnh phấn đấu tỷ lệ người tập luyện TDTT thường xuyên đạt 40,5%, gia đình thể thao đạt 32%; đến năm 2030 có 100% thôn, khu phố có điểm tập luyện thể thao ngoài trời.

Tin, ảnh: Minh Phương
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
RATE = "tỷ lệ người tập luyện TDTT thường xuyên"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("Gần 40% dân số", "40", 40, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", approx="nearly"),
    F("ước đạt 39,6% dân số", "39,6", 39.6, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao (TDTT) thường xuyên",
      H1, change=C("increase", 1.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 98.450 gia đình", "98.450", 98450, "count", "gia đình", "gia đình thể thao", H1,
      percent=31.4, status="estimate"),
    F("hiện có 1.126 câu lạc bộ", "1.126", 1126, "count", "câu lạc bộ", "câu lạc bộ TDTT cơ sở",
      change=C("increase", 47, "câu lạc bộ", "cuối năm 2023")),
    F("có 214 câu lạc bộ", "214", 214, "count", "câu lạc bộ", "câu lạc bộ bóng đá", total=1126),
    F("168 câu lạc bộ", "168", 168, "count", "câu lạc bộ", "câu lạc bộ cầu lông", total=1126),
    F("92 câu lạc bộ", "92", 92, "count", "câu lạc bộ", "câu lạc bộ quần vợt", total=1126),
    F("126/126 xã", "126", 126, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đã có sân thể thao", total=126),
    F("có 412 sân", "412", 412, "count", "sân", "sân bóng đá mini cỏ nhân tạo"),
    F("236 sân tennis", "236", 236, "count", "sân", "sân tennis"),
    F("58 nhà tập luyện", "58", 58, "count", "nhà", "nhà tập luyện đa năng"),
    F("Bắc Ninh (48,2%)", "48,2", 48.2, "percent", "%", RATE, I(H1), location="Bắc Ninh"),
    F("Từ Sơn (45,7%)", "45,7", 45.7, "percent", "%", RATE, I(H1), location="Từ Sơn"),
    F("Tiên Du (41,3%)", "41,3", 41.3, "percent", "%", RATE, I(H1), location="Tiên Du"),
    F("với 29,5%", "29,5", 29.5, "percent", "%", RATE, I(H1), location="Lương Tài"),
    F("tổ chức 1.540 giải", "1.540", 1540, "count", "giải", "giải thể thao quần chúng được tổ chức",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("hơn 86.000 lượt", "86.000", 86000, "count", "lượt vận động viên", "lượt vận động viên tham gia giải thể thao quần chúng",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("ước khoảng 24,5 tỷ đồng", "24,5", 24.5e9, "money", "đồng", "kinh phí xã hội hóa",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), approx="about",
      change=C("increase", 1.6, "lần", "cùng kỳ"), status="estimate"),
    F("với 32 đội bóng", "32", 32, "count", "đội bóng", "đội bóng tham dự Giải Bóng đá thanh niên tỉnh"),
    F("đạt 40,5%", "40,5", 40.5, "percent", "%", RATE, Y24, status="target"),
    F("đạt 32%", "32", 32, "percent", "%", "gia đình thể thao", Y24, status="target"),
    F("có 100% thôn", "100", 100, "percent", "%", "thôn, khu phố có điểm tập luyện thể thao ngoài trời",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

write(1, text, figs, published="2024-07-12", location="Bắc Ninh", notes=[
    "Province portal (Bắc Ninh): mass sports in H1/2024 - regular exercisers, sports families, clubs, facilities, events, targets.",
    "Headline 'Gần 40%' has no period phrase. 'Lượt xem: 2.315', 'lần thứ 5', dates 12/5-9/6, 'Kế hoạch số 118/KH-UBND' are not figures.",
    "'hiện có' stock figures get no period; the district list sentence inherits H1/2024 (marked inherited).",
    "'gấp 1,6 lần cùng kỳ' after a money figure is read as its change (unit lần), not a multiple figure of its own.",
])
