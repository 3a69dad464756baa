"""p1012-5: Party/provincial newspaper (Hải Phòng), Cát Hải district, byline and bare date at the end."""
from lib import fig, period, inherit, change, write

TEXT = """Cát Hải: Gỡ khó cho người nuôi thay phao xốp

Toàn huyện Cát Hải hiện có 342 cơ sở nuôi trồng thủy sản trên biển, tập trung tại vịnh Lan Hạ, vịnh Cát Bà và khu vực Trà Báu, với tổng diện tích mặt nước khoảng 126 ha. Tính đến cuối tháng 5/2024, các cơ sở đã thay thế 74.600 quả phao xốp, bằng 82% tổng số phao cần thay. Đến nay đã có 259/342 cơ sở hoàn thành chuyển đổi, chiếm 75,7%.

Gia đình ông Phạm Văn Tư ở tổ dân phố số 5, thị trấn Cát Bà có 4 bè nuôi cá song, cá giò với 96 ô lồng. Để thay toàn bộ phao, gia đình phải bỏ ra hơn 350 triệu đồng mua 1.100 quả phao HDPE loại 200 lít, giá khoảng 320.000 đồng/quả. "Phao mới nổi tốt, không vỡ vụn như phao xốp, nhưng vốn bỏ ra lớn quá", ông Tư chia sẻ.

Theo Nghị quyết số 12/2023/NQ-HĐND của HĐND thành phố Hải Phòng, người nuôi được hỗ trợ 30% chi phí mua phao, tối đa 100 triệu đồng/cơ sở. Năm 2024, huyện đã đề nghị hỗ trợ cho 187 cơ sở với tổng kinh phí gần 9,8 tỷ đồng. Nhờ lồng bè ổn định hơn, sản lượng nuôi biển 5 tháng đầu năm đạt 1.240 tấn, tăng 8,5% so với cùng kỳ.

Ông Vũ Đức Hòa, Phó Chủ tịch UBND huyện Cát Hải, cho biết huyện phấn đấu đến ngày 30/9/2024 có 100% cơ sở nuôi sử dụng phao đạt quy chuẩn; các cơ sở không chuyển đổi sẽ không được gia hạn giao mặt nước. Huyện cũng phối hợp với Ban Quản lý vịnh Lan Hạ tổ chức thu gom phao xốp cũ, tránh để trôi dạt ra biển.

MINH KHANG
18/6/2024
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TU = "bè nuôi của gia đình ông Phạm Văn Tư"

F = [
    fig("có 342 cơ sở", "342", 342, "count", "cơ sở", "cơ sở nuôi trồng thủy sản trên biển"),
    fig("khoảng 126 ha", "126", 126, "measure", "ha", "tổng diện tích mặt nước nuôi", approx="about"),
    fig("thay thế 74.600 quả", "74.600", 74600, "count", "quả phao xốp", "phao xốp đã thay thế",
        period("Tính đến cuối tháng 5/2024", None, "2024-05-31"), percent=82),
    fig("259/342 cơ sở", "259", 259, "count", "cơ sở", "cơ sở hoàn thành chuyển đổi", period("Đến nay", None, "2024-06-18"),
        total=342, percent=75.7),
    fig("có 4 bè", "4", 4, "count", "bè", TU),
    fig("với 96 ô lồng", "96", 96, "count", "ô lồng", "ô lồng của " + TU),
    fig("hơn 350 triệu đồng", "350", 350e6, "money", "đồng", "chi phí thay phao của gia đình ông Tư", approx="over"),
    fig("mua 1.100 quả", "1.100", 1100, "count", "quả phao HDPE", "phao HDPE gia đình ông Tư mua"),
    fig("loại 200 lít", "200", 200, "measure", "lít", "thể tích phao HDPE", optional=True),
    fig("khoảng 320.000 đồng/quả", "320.000", 320000, "money", "đồng/quả", "giá phao HDPE", approx="about"),
    fig("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí mua phao", location="Hải Phòng"),
    fig("tối đa 100 triệu đồng/cơ sở", "100", 100e6, "money", "đồng/cơ sở", "mức hỗ trợ tối đa mỗi cơ sở", approx="at_most",
        location="Hải Phòng"),
    fig("cho 187 cơ sở", "187", 187, "count", "cơ sở", "cơ sở được đề nghị hỗ trợ", Y24),
    fig("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng kinh phí đề nghị hỗ trợ", Y24, approx="nearly"),
    fig("đạt 1.240 tấn", "1.240", 1240, "measure", "tấn", "sản lượng nuôi biển",
        period("5 tháng đầu năm", "2024-01-01", "2024-05-31"), change=change("increase", 8.5, "%", "cùng kỳ")),
    fig("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi sử dụng phao đạt quy chuẩn",
        period("đến ngày 30/9/2024", None, "2024-09-30"), status="target"),
]

NOTES = [
    "Hải Phòng newspaper style, byline MINH KHANG and bare date 18/6/2024 at the end: Cát Hải district, buoy replacement, a farm example.",
    "'259/342 cơ sở …, chiếm 75,7%' → total 342 and percent 75.7. '5 tháng đầu năm' takes 2024 from 'cuối tháng 5/2024' before it.",
    "The farm's 4 bè, 96 ô lồng, cost and buoys are facts (required); 'loại 200 lít' is the buoy type's specification (optional).",
    "Support rate and cap are Hải Phòng city's resolution (location Hải Phòng); everything else Cát Hải.",
    "Distractors: Nghị quyết số 12/2023/NQ-HĐND, tổ dân phố số 5, ông Phạm Văn Tư, dates 30/9/2024, 18/6/2024.",
]

write(5, TEXT, F, NOTES, published="2024-06-18", location="Cát Hải")
