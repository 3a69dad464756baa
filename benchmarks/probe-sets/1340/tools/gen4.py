"""p1340-4: provincial newspaper (Báo Hà Tĩnh): waves overtop the sea dyke at Cẩm Nhượng (Cẩm Xuyên)."""
from lib import fig, per, chg, write

TEXT = """BÁO HÀ TĨNH
Xã hội > Môi trường

Sóng tràn qua đê, hơn 40 hộ dân ven biển Cẩm Xuyên phải di dời

Thứ Sáu, 20/09/2024 - 17:05

(Baohatinh.vn) - Do ảnh hưởng của bão số 4 kết hợp triều cường, sóng cao từ 2 đến 3 m đánh tràn qua tuyến đê biển xã Cẩm Nhượng (huyện Cẩm Xuyên), khiến hơn 40 hộ dân phải di dời khẩn cấp.

Theo báo cáo nhanh của UBND huyện Cẩm Xuyên, sóng lớn làm hư hỏng khoảng 350 m mái kè phía biển, cuốn trôi gần 1.200 m3 đất đá thân đê; 6 thuyền đánh cá bị sóng đánh chìm, ước thiệt hại khoảng 1,5 tỷ đồng. Nước biển tràn vào làm ngập sâu từ 0,3 đến 0,5 m tại 3 thôn Hải Hà, Bắc Hải, Nam Hải; khoảng 25 ha hoa màu bị nhiễm mặn. Đây là lần thứ hai trong năm nay sóng tràn qua đê tại khu vực này.

Tuyến đê biển Cẩm Nhượng dài 3,8 km, được xây dựng từ năm 1998, cao trình đỉnh đê chỉ đạt +3,2 m, thấp hơn 0,8 m so với tiêu chuẩn thiết kế hiện hành. Ngay trong đêm, huyện đã huy động gần 500 người gồm bộ đội, công an, dân quân và người dân cùng 2 máy xúc, hàng trăm bao cát để gia cố các vị trí xung yếu.

Toàn tỉnh Hà Tĩnh hiện có 314 km đê, trong đó 47 km đê biển; khoảng 18 km đê biển chưa được đầu tư nâng cấp. Từ năm 2021 đến nay, tỉnh đã đầu tư khoảng 620 tỷ đồng cho các dự án đê, kè biển, bằng 62% nhu cầu vốn. Ông Trần Quốc Lâm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết tỉnh đang đề xuất Trung ương hỗ trợ 145 tỷ đồng để nâng cấp tuyến đê Cẩm Nhượng, dự kiến khởi công trong năm 2025.

THÁI HÒA
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-09-20")
CX = "Cẩm Xuyên"

FIGS = [
    fig("hơn 40 hộ dân ven biển", "40", 40, "count", "hộ dân", approx="over",
        subject="hộ dân ven biển phải di dời", location=CX),
    fig("từ 2 đến 3 m", "2", 2, "measure", "m", value_max=3, subject="chiều cao sóng", location=CX),
    fig("khiến hơn 40 hộ", "40", 40, "count", "hộ dân", approx="over",
        subject="hộ dân phải di dời khẩn cấp", location=CX),
    fig("khoảng 350 m", "350", 350, "measure", "m", approx="about",
        subject="mái kè phía biển bị hư hỏng", location=CX),
    fig("gần 1.200 m3", "1.200", 1200, "measure", "m3", approx="nearly",
        subject="đất đá thân đê bị cuốn trôi", location=CX),
    fig("6 thuyền", "6", 6, "count", "thuyền", subject="thuyền đánh cá bị sóng đánh chìm", location=CX),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại", location=CX),
    fig("từ 0,3 đến 0,5 m", "0,3", 0.3, "measure", "m", value_max=0.5, subject="độ ngập sâu", location=CX),
    fig("tại 3 thôn", "3", 3, "count", "thôn", subject="thôn bị ngập", location=CX),
    fig("khoảng 25 ha", "25", 25, "measure", "ha", approx="about", subject="hoa màu bị nhiễm mặn",
        location=CX),
    fig("dài 3,8 km", "3,8", 3.8, "measure", "km", subject="chiều dài tuyến đê biển Cẩm Nhượng", location=CX),
    fig("+3,2 m", "3,2", 3.2, "measure", "m", change=chg("decrease", 0.8, "m", "tiêu chuẩn thiết kế hiện hành"),
        subject="cao trình đỉnh đê", location=CX),
    fig("gần 500 người", "500", 500, "count", "người", approx="nearly",
        subject="người huy động gia cố các vị trí xung yếu", location=CX),
    fig("2 máy xúc", "2", 2, "count", "máy xúc", subject="máy xúc huy động", location=CX),
    fig("hàng trăm bao cát", "hàng trăm", 100, "count", "bao cát", approx="about",
        subject="bao cát gia cố các vị trí xung yếu", location=CX),
    fig("có 314 km", "314", 314, "measure", "km", subject="đê"),
    fig("đó 47 km", "47", 47, "measure", "km", total=314, subject="đê biển"),
    fig("khoảng 18 km", "18", 18, "measure", "km", approx="about", subject="đê biển chưa được đầu tư nâng cấp"),
    fig("khoảng 620 tỷ", "620", 620e9, "money", "đồng", approx="about", percent=62,
        subject="kinh phí đầu tư các dự án đê, kè biển", period=SINCE),
    fig("trợ 145 tỷ", "145", 145e9, "money", "đồng",
        subject="kinh phí đề xuất Trung ương hỗ trợ nâng cấp tuyến đê Cẩm Nhượng"),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): headline figure, 'Thứ Sáu, 20/09/2024 - 17:05', tag '(Baohatinh.vn) -', byline at the end.",
    "Distractors: 'bão số 4', 'lần thứ hai' (ordinal), 'từ năm 1998', 'trong năm 2025', 17:05.",
    "No period stated for the storm-damage figures (the dateline only dates the article). 'Từ năm 2021 đến nay' ends at the dateline.",
    "Figures about xã Cẩm Nhượng and its dyke → location Cẩm Xuyên (the district); province paragraph → Hà Tĩnh.",
    "'thấp hơn 0,8 m so với tiêu chuẩn thiết kế hiện hành' → change (decrease, 0,8 m) of the crest level +3,2 m.",
    "'hàng trăm bao cát' → 100, approx about (FIGURES.md §2: 'hàng chục nghìn' approx). 'ước thiệt hại khoảng' → estimate + about.",
    "'trong đó 47 km đê biển' → total 314; 'khoảng 18 km ... chưa được đầu tư' after ';' has no part-of cue: no total.",
    "'đề xuất ... hỗ trợ 145 tỷ đồng' precedes the 'dự kiến khởi công' clause: status actual, no period; location Hà Tĩnh (the province proposes).",
]

if __name__ == "__main__":
    write("p1340-4", TEXT, NOTES, FIGS, published="2024-09-20", location="Hà Tĩnh")
