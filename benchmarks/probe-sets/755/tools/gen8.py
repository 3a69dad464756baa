from lib import F, P, I, CH, emit

TEXT = """LAI CHAU TV - Đài Phát thanh - Truyền hình Lai Châu
Thể thao
Lai Châu: 9 tháng năm 2024 tổ chức 387 giải thể thao quần chúng
Đăng lúc: 08:30 - 07/10/2024

LTV - 9 tháng năm 2024, các cấp, ngành trong tỉnh Lai Châu đã tổ chức 387 giải thể thao quần chúng, đạt 86% kế hoạch năm, trong đó cấp tỉnh 14 giải, cấp huyện 73 giải, cấp xã 300 giải. Riêng quý III/2024 tổ chức 142 giải, tăng 18 giải so với quý II.

Tính đến ngày 30/9/2024, số người tập luyện thể dục thể thao thường xuyên ước đạt 148.600 người, chiếm 31,2% dân số. Toàn tỉnh có 1.042/1.165 bản, khu phố có sân bóng chuyền (đạt 89,4%); 6/8 huyện, thành phố có sân vận động trung tâm.

Tại Ngày hội Văn hóa - Thể thao các dân tộc huyện Phong Thổ lần thứ IV, hơn 1.100 vận động viên của 17 xã, thị trấn tranh tài ở 8 môn: bóng đá, bóng chuyền, kéo co, đẩy gậy, bắn nỏ, ném còn... Môn bóng chuyền nam và nữ lần lượt có 17 và 12 đội tham gia.

Năm 2024, tỉnh bố trí 3,5 tỷ đồng hỗ trợ các xã đặc biệt khó khăn mua sắm dụng cụ thể thao, bình quân 25 triệu đồng/xã.

Dự kiến trong quý IV, tỉnh tổ chức Giải bóng đá Nhi đồng U11 và Giải bóng chuyền các dân tộc với khoảng 60 đội tham gia.

Địa chỉ: Đường 58m, phường Tân Phong, TP. Lai Châu. Đường dây nóng: 0213.3876.555
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUB = "giải thể thao quần chúng các cấp, ngành tổ chức"

FIGS = [
    F("tổ chức 387 giải thể thao quần chúng\nĐăng", "387", 387, "count", "giải", SUB, M9),
    F("tổ chức 387 giải thể thao quần chúng,", "387", 387, "count", "giải", SUB, M9, percent=86),
    F("tỉnh 14 giải", "14", 14, "count", "giải", "giải thể thao quần chúng cấp tỉnh", M9, total=387),
    F("huyện 73 giải", "73", 73, "count", "giải", "giải thể thao quần chúng cấp huyện", M9, total=387),
    F("xã 300 giải", "300", 300, "count", "giải", "giải thể thao quần chúng cấp xã", M9, total=387),
    F("tổ chức 142 giải", "142", 142, "count", "giải", "giải thể thao quần chúng tổ chức",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=CH("increase", 18, "giải", "quý II")),
    F("148.600 người", "148.600", 148600, "count", "người", "người tập luyện thể dục thể thao thường xuyên", ASOF,
      percent=31.2, status="estimate"),
    F("1.042/1.165", "1.042", 1042, "count", "bản, khu phố", "bản, khu phố có sân bóng chuyền", I(ASOF),
      total=1165, percent=89.4),
    F("6/8 huyện", "6", 6, "count", "huyện, thành phố", "huyện, thành phố có sân vận động trung tâm", I(ASOF), total=8),
    F("hơn 1.100 vận động viên", "1.100", 1100, "count", "vận động viên",
      "vận động viên tranh tài tại Ngày hội Văn hóa - Thể thao các dân tộc", approx="over", location="Phong Thổ"),
    F("của 17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn có vận động viên tranh tài", location="Phong Thổ"),
    F("ở 8 môn", "8", 8, "count", "môn", "môn thi đấu tại Ngày hội", location="Phong Thổ"),
    F("lần lượt có 17", "17", 17, "count", "đội", "đội bóng chuyền nam tham gia", location="Phong Thổ"),
    F("và 12 đội", "12", 12, "count", "đội", "đội bóng chuyền nữ tham gia", location="Phong Thổ"),
    F("bố trí 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng",
      "kinh phí hỗ trợ các xã đặc biệt khó khăn mua sắm dụng cụ thể thao", Y24),
    F("25 triệu đồng/xã", "25", 25e6, "money", "đồng/xã", "kinh phí hỗ trợ bình quân mỗi xã", Y24),
    F("khoảng 60 đội", "60", 60, "count", "đội", "đội tham gia giải bóng đá nhi đồng và giải bóng chuyền các dân tộc",
      P("trong quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Đài PT-TH Lai Châu (provincial broadcaster site, 'Đăng lúc: 08:30 - 07/10/2024'): thể thao quần chúng 9 tháng năm 2024.",
    "387 = 14 + 73 + 300 after 'trong đó'. 'Riêng quý III' is a sub-period, not a part after a cue: no total. 'đạt 86% kế hoạch năm' → percent.",
    "'1.042/1.165 … (đạt 89,4%)': total and percent. Phong Thổ festival figures → location Phong Thổ. 'quý IV' takes 2024.",
    "Distractors: 'U11', 'lần thứ IV', 'Đường 58m' (street name with a unit!), hotline, 'LTV', 'quý II' as baseline.",
]

if __name__ == "__main__":
    emit("p755-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Lai Châu")
