from lib import F, P, I, CH, TG, emit

TEXT = """Kinh tế
Nghệ An: Thu tiền sử dụng đất 7 tháng chỉ đạt 36% dự toán

(Baonghean.vn) - Hoạt động đấu giá quyền sử dụng đất trầm lắng khiến nguồn thu tiền sử dụng đất của tỉnh sụt giảm mạnh, ảnh hưởng đến cân đối vốn cho đầu tư phát triển.

Theo Sở Tài chính, 7 tháng đầu năm 2024, thu tiền sử dụng đất toàn tỉnh đạt 1.296 tỷ đồng, chỉ bằng 36% dự toán năm, giảm 27,4% so với cùng kỳ. Trong tổng số 21 huyện, thành phố, thị xã, chỉ có 3 địa phương đạt trên 50% kế hoạch thu là thị xã Hoàng Mai, huyện Nghi Lộc và huyện Diễn Châu.

Tại thành phố Vinh, số thu tiền sử dụng đất đạt 412 tỷ đồng, bằng 31,2% kế hoạch; các huyện Quỳnh Lưu, Yên Thành, Đô Lương lần lượt đạt 68 tỷ đồng, 54 tỷ đồng và 47 tỷ đồng. Nhiều phiên đấu giá các lô đất tại khu quy hoạch dân cư xóm 5, xã Nghi Phong và dọc Quốc lộ 7A phải hủy do không có người đăng ký. Giá trúng đấu giá bình quân tại các huyện đồng bằng chỉ còn từ 6 đến 8 triệu đồng/m², thấp hơn 15-20% so với năm 2023.

Do hụt thu tiền sử dụng đất, tổng thu ngân sách trên địa bàn 7 tháng đạt 11.245 tỷ đồng, bằng 61,8% dự toán. Trước đây, tiền sử dụng đất thường chiếm từ 30 đến 35% thu nội địa của tỉnh, nay chỉ còn khoảng 13%.

Ông Trịnh Thanh Hải, Giám đốc Sở Tài chính cho biết, dự kiến cả năm 2024 tỉnh thu tiền sử dụng đất khoảng 2.500 tỷ đồng, hụt khoảng 1.100 tỷ đồng so với dự toán 3.600 tỷ đồng.

Thanh Hà
15/08/2024
"""

M7 = ("2024-01-01", "2024-07-31")
M7P = P("7 tháng đầu năm 2024", *M7)

FIGS = [
    F("đạt 36%", "36", 36, "percent", "%", "thu tiền sử dụng đất 7 tháng so với dự toán", P("7 tháng", *M7)),
    F("đạt 1.296", "1.296", 1296e9, "money", "đồng", "thu tiền sử dụng đất toàn tỉnh", M7P, percent=36,
      change=CH("decrease", 27.4, baseline="cùng kỳ")),
    F("số 21 huyện", "21", 21, "count", "huyện, thành phố, thị xã", "huyện, thành phố, thị xã"),
    F("có 3 địa phương", "3", 3, "count", "địa phương", "địa phương đạt trên 50% kế hoạch thu tiền sử dụng đất", I(M7P), total=21),
    F("trên 50% kế hoạch", "50", 50, "percent", "%", "kế hoạch thu tiền sử dụng đất", approx="over", optional=True),
    F("đạt 412", "412", 412e9, "money", "đồng", "số thu tiền sử dụng đất", I(M7P), percent=31.2, location="Vinh"),
    F("đạt 68 tỷ", "68", 68e9, "money", "đồng", "số thu tiền sử dụng đất", I(M7P), location="Quỳnh Lưu"),
    F("đồng, 54 tỷ", "54", 54e9, "money", "đồng", "số thu tiền sử dụng đất", I(M7P), location="Yên Thành"),
    F("và 47 tỷ", "47", 47e9, "money", "đồng", "số thu tiền sử dụng đất", I(M7P), location="Đô Lương"),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/m²", "giá trúng đấu giá bình quân tại các huyện đồng bằng", I(M7P),
      value_max=8e6, change=CH("decrease", 15, baseline="năm 2023")),
    F("đạt 11.245", "11.245", 11245e9, "money", "đồng", "tổng thu ngân sách trên địa bàn", P("7 tháng", *M7), percent=61.8),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tiền sử dụng đất trong thu nội địa của tỉnh", value_max=35),
    F("khoảng 13%", "13", 13, "percent", "%", "tiền sử dụng đất trong thu nội địa của tỉnh", approx="about"),
    F("khoảng 2.500", "2.500", 2500e9, "money", "đồng", "thu tiền sử dụng đất", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", change=CH("decrease", 1100e9, "đồng", baseline="dự toán", approx="about"), target=TG(3600e9, "đồng"),
      status="forecast"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): thu tiền sử dụng đất 7 tháng năm 2024. '(Baonghean.vn)' tag, byline and bare date '15/08/2024' at the end.",
    "Headline '7 tháng' (no year, nothing earlier) takes 2024 from the published date. List items ('lần lượt') carry their district as location.",
    "'Trong tổng số 21 …, chỉ có 3 địa phương' gives the 3 its total 21; the 21 itself is a count (no period). 'trên 50% kế hoạch' is a threshold (optional).",
    "'hụt khoảng 1.100 tỷ đồng so với dự toán 3.600 tỷ đồng' after the 2.500 tỷ forecast: a gap to plan (change, money, multiplier applied) and",
    "the plan amount (target), not figures of their own. 'thấp hơn 15-20% so với năm 2023' is the price range's change (value 15).",
    "Distractors: 'xóm 5', 'Quốc lộ 7A', the byline date, 'Baonghean.vn'.",
]

if __name__ == "__main__":
    emit("p527-5", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Nghệ An")
