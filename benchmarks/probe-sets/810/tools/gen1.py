from lib import emit, fig, P, I, C, T

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Đập Thảo Long vận hành ngăn mặn, bảo vệ hơn 11.000 ha lúa Hè Thu
Cập nhật: 14/06/2023 09:45 | Lượt xem: 2.317

Từ đầu tháng 5, Công ty TNHH NN MTV Quản lý khai thác công trình thủy lợi Thừa Thiên Huế đã đóng toàn bộ 15 cửa van của đập ngăn mặn Thảo Long để giữ ngọt cho vùng hạ du sông Hương. Nhờ đó, hơn 11.000 ha lúa vụ Hè Thu năm 2023 tại các huyện Quảng Điền, Phong Điền, Phú Vang và thị xã Hương Trà được bảo đảm nguồn nước tưới.

Kết quả quan trắc cho thấy, độ mặn phía thượng lưu đập luôn duy trì dưới 0,5‰, trong khi tại trạm Thuận An phía hạ lưu có thời điểm lên tới 12,6‰, cao hơn 3,1‰ so với cùng kỳ năm 2022.

Lượng mưa từ đầu năm đến nay trên địa bàn tỉnh chỉ đạt khoảng 65% trung bình nhiều năm, dòng chảy về hạ du giảm mạnh. Mực nước thượng lưu đập được duy trì ở mức 0,4-0,6 m để phục vụ lấy nước cho 32 trạm bơm điện dọc sông Bồ và sông Hương.

Theo quy trình vận hành, đập chỉ mở cửa van xả nước khi mực nước thượng lưu vượt +1,0 m hoặc khi có mưa lũ. Trong đợt nắng nóng từ ngày 20/5 đến 10/6, đơn vị đã huy động 45 lượt cán bộ, công nhân trực vận hành 24/24 giờ; tổng thời gian vận hành các cửa van đạt 1.860 giờ, tăng 18% so với cùng kỳ.

Năm 2023, tỉnh bố trí 4,5 tỷ đồng kinh phí vận hành, duy tu đập Thảo Long và các cống ngăn mặn vùng đầm phá Tam Giang - Cầu Hai dọc Quốc lộ 49B, trong đó chi phí điện năng khoảng 1,2 tỷ đồng. Hiện toàn tỉnh có 126 cống ngăn mặn với tổng diện tích bảo vệ trên 25.000 ha.

Mục tiêu đến năm 2025, tỉnh phấn đấu nâng cấp thêm 20 cống, nâng diện tích được chủ động kiểm soát mặn lên 28.000 ha. Người dân phản ánh sự cố công trình qua đường dây nóng 0234.3822.456.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HEAT = P("từ ngày 20/5 đến 10/6", "2023-05-20", "2023-06-10")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("bảo vệ hơn 11.000 ha lúa Hè Thu", "11.000", "measure", "ha", "lúa Hè Thu được bảo vệ", approx="over"),
    fig("đóng toàn bộ 15 cửa van", "15", "count", "cửa van", "cửa van của đập ngăn mặn Thảo Long được đóng"),
    fig("hơn 11.000 ha lúa vụ Hè Thu năm 2023", "11.000", "measure", "ha",
        "lúa vụ Hè Thu được bảo đảm nguồn nước tưới", Y23, approx="over"),
    fig("duy trì dưới 0,5‰", "0,5", "measure", "‰", "độ mặn phía thượng lưu đập", approx="under"),
    fig("lên tới 12,6‰", "12,6", "measure", "‰", "độ mặn tại trạm Thuận An phía hạ lưu",
        change=C("increase", 3.1, "‰", "cùng kỳ năm 2022")),
    fig("khoảng 65% trung bình", "65", "percent", "%", "lượng mưa so với trung bình nhiều năm",
        P("từ đầu năm đến nay", "2023-01-01", "2023-06-14"), approx="about"),
    fig("mức 0,4-0,6 m", "0,4", "measure", "m", "mực nước thượng lưu đập", vmax=0.6),
    fig("cho 32 trạm bơm điện", "32", "count", "trạm bơm điện", "trạm bơm điện dọc sông Bồ và sông Hương lấy nước"),
    fig("vượt +1,0 m", "1,0", "measure", "m", "mực nước thượng lưu để mở cửa van xả nước", approx="over", optional=True),
    fig("huy động 45 lượt", "45", "count", "lượt cán bộ, công nhân", "cán bộ, công nhân trực vận hành", HEAT),
    fig("đạt 1.860 giờ", "1.860", "measure", "giờ", "tổng thời gian vận hành các cửa van", HEAT,
        change=C("increase", 18, "%", "cùng kỳ")),
    fig("bố trí 4,5 tỷ đồng", "4,5", "money", "đồng",
        "kinh phí vận hành, duy tu đập Thảo Long và các cống ngăn mặn", P("Năm 2023", "2023-01-01", "2023-12-31"), m=1e9),
    fig("khoảng 1,2 tỷ đồng", "1,2", "money", "đồng", "chi phí điện năng",
        P("Năm 2023", "2023-01-01", "2023-12-31"), m=1e9, approx="about", total=4.5e9),
    fig("có 126 cống", "126", "count", "cống", "cống ngăn mặn"),
    fig("trên 25.000 ha", "25.000", "measure", "ha", "tổng diện tích bảo vệ của các cống ngăn mặn", approx="over"),
    fig("thêm 20 cống", "20", "count", "cống", "cống nâng cấp thêm", T25, status="target"),
    fig("lên 28.000 ha", "28.000", "measure", "ha", "diện tích được chủ động kiểm soát mặn", T25, status="target"),
]

COMMENTS = [
    "Province portal (Thừa Thiên Huế): đập ngăn mặn Thảo Long, dry season 2023. Breadcrumb, 'Cập nhật: 14/06/2023 09:45 | Lượt xem: 2.317'.",
    "Distractors: Lượt xem, 09:45, dates 20/5 and 10/6 (a period), '24/24 giờ' (round-the-clock, not a figure), Quốc lộ 49B, hotline.",
    "'+1,0 m' is the operating rule's threshold: optional. 'Từ đầu tháng 5' locates an event, no period given to 15 cửa van.",
]

if __name__ == "__main__":
    emit("p810-1", TEXT, COMMENTS, FIGS, published="2023-06-14", location="Thừa Thiên Huế")
