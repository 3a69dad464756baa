"""p954-1: Bắc Ninh province portal, spring festival season 2024 (Hội Lim, hội vật, prices, targets)."""
from lib import F, P, Pi, C, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Ninh: Mùa lễ hội xuân đón hơn 1,5 triệu lượt khách

Cập nhật: 05/03/2024 10:25 | Lượt xem: 2.318

Từ đầu năm đến nay, toàn tỉnh Bắc Ninh đã tổ chức 547 lễ hội truyền thống, trong đó có 12 lễ hội do cấp tỉnh quản lý. Tổng lượt khách về dự lễ hội ước đạt hơn 1,5 triệu lượt, tăng 18% so với cùng kỳ năm 2023; doanh thu từ hoạt động du lịch ước đạt 620 tỷ đồng.

Lễ hội Lim diễn ra từ ngày 20 đến 22/2/2024 (tức 11-13 tháng Giêng) thu hút khoảng 250.000 lượt khách. Ban tổ chức bố trí 16 điểm hát quan họ trên đồi Lim và tại các xóm; Hội thi hát quan họ lần thứ 3 có 42 liền anh, liền chị tham gia. Lực lượng công an phân luồng giao thông trên Quốc lộ 38 và đường tỉnh 276.

Các trò chơi dân gian tiếp tục là điểm nhấn của mùa hội: 86 xã, phường tổ chức thi vật, kéo co, đánh đu, cờ người. Riêng hội vật làng Đình Bảng thu hút 64 đô vật của 9 câu lạc bộ, tổng giải thưởng gần 40 triệu đồng.

Các địa phương niêm yết công khai giá dịch vụ; giá trông giữ xe máy 5.000 đồng/lượt, ô tô từ 30.000 đến 50.000 đồng/lượt. Lực lượng chức năng đã kiểm tra 38 cơ sở kinh doanh, xử phạt 5 trường hợp với tổng số tiền 17,5 triệu đồng.

Theo Kế hoạch số 35/KH-UBND, năm 2024 tỉnh phấn đấu đón 1,8 triệu lượt khách, tổng thu từ du lịch đạt 1.500 tỷ đồng.

Nguồn: Sở Văn hóa, Thể thao và Du lịch Bắc Ninh
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-05")
LIM = P("từ ngày 20 đến 22/2/2024", "2024-02-20", "2024-02-22")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 1,5 triệu lượt khách", "1,5", 1_500_000, "count", "lượt khách",
      "lượt khách dự lễ hội xuân", approx="over"),
    F("tổ chức 547 lễ hội", "547", 547, "count", "lễ hội",
      "lễ hội truyền thống được tổ chức", period=YTD),
    F("có 12 lễ hội", "12", 12, "count", "lễ hội",
      "lễ hội do cấp tỉnh quản lý", total=547, period=YTD),
    F("ước đạt hơn 1,5 triệu lượt", "1,5", 1_500_000, "count", "lượt",
      "lượt khách về dự lễ hội", approx="over", status="estimate",
      change=C("increase", 18, "%", "cùng kỳ năm 2023"), period=Pi(YTD)),
    F("ước đạt 620 tỷ đồng", "620", 620e9, "money", "đồng",
      "doanh thu từ hoạt động du lịch", status="estimate", period=Pi(YTD)),
    F("khoảng 250.000 lượt khách", "250.000", 250_000, "count", "lượt khách",
      "lượt khách dự Lễ hội Lim", approx="about", period=LIM),
    F("bố trí 16 điểm hát", "16", 16, "count", "điểm hát quan họ",
      "điểm hát quan họ tại Lễ hội Lim", period=Pi(LIM)),
    F("có 42 liền anh", "42", 42, "count", "liền anh, liền chị",
      "liền anh, liền chị tham gia Hội thi hát quan họ", period=Pi(LIM)),
    F("hội: 86 xã, phường", "86", 86, "count", "xã, phường",
      "xã, phường tổ chức thi vật, kéo co, đánh đu, cờ người", period=Pi(YTD)),
    F("thu hút 64 đô vật", "64", 64, "count", "đô vật",
      "đô vật dự hội vật làng Đình Bảng", period=Pi(YTD)),
    F("của 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ",
      "câu lạc bộ có đô vật dự hội vật làng Đình Bảng", period=Pi(YTD)),
    F("gần 40 triệu đồng", "40", 40e6, "money", "đồng",
      "tổng giải thưởng hội vật làng Đình Bảng", approx="nearly", period=Pi(YTD)),
    F("xe máy 5.000 đồng/lượt", "5.000", 5000, "money", "đồng/lượt", "giá trông giữ xe máy"),
    F("ô tô từ 30.000 đến 50.000", "30.000", 30000, "money", "đồng/lượt", "giá trông giữ ô tô",
      value_max=50000),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở kinh doanh", "cơ sở kinh doanh được kiểm tra"),
    F("xử phạt 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp bị xử phạt"),
    F("tiền 17,5 triệu đồng", "17,5", 17.5e6, "money", "đồng", "tổng số tiền xử phạt"),
    F("đón 1,8 triệu lượt khách", "1,8", 1_800_000, "count", "lượt khách",
      "lượt khách du lịch", status="target", period=Y24),
    F("đạt 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng",
      "tổng thu từ du lịch", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh (invented): mùa lễ hội xuân 2024 — lễ hội, lượt khách, Hội Lim, hội vật, giá dịch vụ, kiểm tra, mục tiêu năm 2024.",
    "Distractors: 'Lượt xem: 2.318', '10:25', '11-13 tháng Giêng' (lunar dates), 'lần thứ 3' (edition), 'Quốc lộ 38', 'đường tỉnh 276',",
    "'Kế hoạch số 35/KH-UBND'. 'Từ đầu năm đến nay' ends at the dateline (2024-03-05). The headline figure is annotated (status as its own",
    "clause says: actual). Figures of later paragraphs inherit 'Từ đầu năm đến nay' / the Lim dates (unscored); price and inspection figures get no period.",
]

if __name__ == "__main__":
    build(1, TEXT, FIGS, COMMENTS, published="2024-03-05", location="Bắc Ninh")
