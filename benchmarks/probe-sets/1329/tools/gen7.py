"""p1329-7: department site without dateline (Sở Công Thương Cần Thơ): purchases of paddy by firms and traders."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Thị trường - Giá cả | Văn bản | Hỏi đáp

Doanh nghiệp, thương lái đẩy mạnh thu mua lúa gạo

Theo Sở Công Thương, 6 tháng đầu năm 2025, các doanh nghiệp trên địa bàn thành phố thu mua khoảng 1,35 triệu tấn lúa, gạo quy lúa, bằng 52% kế hoạch năm, tăng 8,4% so với cùng kỳ. Trong đó, thu mua qua thương lái chiếm khoảng 70%, qua hợp đồng liên kết với hợp tác xã 310.000 tấn.

Hiện toàn thành phố có 112 doanh nghiệp, cơ sở xay xát, lau bóng gạo, tổng công suất trên 4 triệu tấn/năm. Quận Thốt Nốt là địa bàn tập trung nhiều nhất với 46 doanh nghiệp, cơ sở, chiếm 41% toàn thành phố.

Trong tháng 6/2025, giá lúa tươi tại ruộng ổn định ở mức 5.800-6.100 đồng/kg đối với lúa IR 50404; lúa OM 18, Đài thơm 8 từ 6.700 đến 7.000 đồng/kg. Giá gạo thành phẩm xuất khẩu dao động 12.200-12.400 đồng/kg, giảm khoảng 18% so với tháng 6/2024.

Kim ngạch xuất khẩu gạo năm 2024 của thành phố đạt 619 triệu USD, đứng thứ hai vùng đồng bằng sông Cửu Long sau An Giang. Năm 2025, thành phố phấn đấu kim ngạch xuất khẩu gạo đạt 650 triệu USD, tăng 5% so với năm 2024. Dự kiến trong quý III, Sở phối hợp tổ chức ba hội nghị kết nối giữa doanh nghiệp, hợp tác xã và thương lái.

Bản quyền © Sở Công Thương thành phố Cần Thơ
Địa chỉ: Số 02 Lý Thường Kiệt, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.526 | Lượt truy cập: 1.264.803
"""

H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
JUN = per("Trong tháng 6/2025", "2025-06-01", "2025-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = per("quý III", "2025-07-01", "2025-09-30")

FIGS = [
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "measure", "tấn", approx="about", percent=52,
        change=chg("increase", 8.4, "%", "cùng kỳ"),
        subject="lúa, gạo quy lúa các doanh nghiệp thu mua", period=H1),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="lúa, gạo thu mua qua thương lái", period=inh(H1)),
    fig("tác xã 310.000 tấn", "310.000", 310000, "measure", "tấn", total=1.35e6,
        subject="lúa, gạo thu mua qua hợp đồng liên kết với hợp tác xã", period=inh(H1)),
    fig("có 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp, cơ sở",
        subject="doanh nghiệp, cơ sở xay xát, lau bóng gạo"),
    fig("trên 4 triệu", "4", 4e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất xay xát, lau bóng gạo"),
    fig("với 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp, cơ sở", percent=41,
        subject="doanh nghiệp, cơ sở xay xát, lau bóng gạo", location="Thốt Nốt"),
    fig("mức 5.800-6.100", "5.800", 5800, "money", "đồng/kg", value_max=6100,
        subject="giá lúa tươi tại ruộng IR 50404", period=JUN),
    fig("từ 6.700 đến 7.000", "6.700", 6700, "money", "đồng/kg", value_max=7000,
        subject="giá lúa tươi tại ruộng OM 18, Đài thơm 8", period=JUN),
    fig("dao động 12.200-12.400", "12.200", 12200, "money", "đồng/kg", value_max=12400,
        change=chg("decrease", 18, "%", "tháng 6/2024", approx="about"),
        subject="giá gạo thành phẩm xuất khẩu", period=inh(JUN)),
    fig("đạt 619 triệu", "619", 619e6, "money", "USD", subject="kim ngạch xuất khẩu gạo của thành phố", period=Y24),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="kim ngạch xuất khẩu gạo của thành phố", period=Y24),
    fig("đạt 650 triệu", "650", 650e6, "money", "USD", status="target",
        change=chg("increase", 5, "%", "năm 2024"), subject="kim ngạch xuất khẩu gạo", period=Y25),
    fig("ba hội nghị", "ba", 3, "count", "hội nghị", status="forecast",
        subject="hội nghị kết nối giữa doanh nghiệp, hợp tác xã và thương lái", period=Q3),
]

NOTES = [
    "Department site (Sở Công Thương Cần Thơ) without a dateline: menu, footer with address, phone and 'Lượt truy cập'. No published date.",
    "Distractors: 'Số 02 Lý Thường Kiệt', phone 0292.3820.526, 'Lượt truy cập: 1.264.803', IR 50404, OM 18, Đài thơm 8, baselines",
    "'tháng 6/2024' and 'năm 2024'.",
    "'bằng 52% kế hoạch năm' → percent attribute; 'Trong đó ... chiếm khoảng 70%' is a percent figure of its own; '310.000 tấn' after",
    "'Trong đó' takes the whole 1,35 triệu tấn. 'chiếm 41% toàn thành phố' → percent attribute of 46 (no total cue).",
    "'Hiện' figures get no period. The second price sentence inherits 'tháng 6/2025'.",
    "'đứng thứ hai vùng đồng bằng sông Cửu Long' → rank 2 of the city, location Cần Thơ (the region is the field of the ranking).",
    "'Dự kiến trong quý III' → forecast, quý III of 2025 (nearest earlier year).",
]

if __name__ == "__main__":
    write("p1329-7", TEXT, NOTES, FIGS, location="Cần Thơ")
