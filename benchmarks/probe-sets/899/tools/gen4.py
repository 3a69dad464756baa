"""p899-4: ministry site (Cục Thú y, Bộ NN&PTNT), national rabies situation and dog/cat management, 2024."""
from lib import build, fig, period, inherit, change

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ > Tin tức - Sự kiện > Phòng, chống dịch bệnh
Ngày đăng: 27/09/2024 | Lượt xem: 1.064

Chủ động phòng, chống bệnh dại: siết chặt quản lý chó, mèo nuôi

Nhân Ngày Thế giới phòng, chống bệnh dại 28/9, Cục Thú y cho biết cả nước hiện có khoảng 12,5 triệu con chó và khoảng 4,8 triệu con mèo, nhưng tỷ lệ tiêm phòng vắc xin dại mới đạt khoảng 40% tổng đàn, thấp hơn nhiều so với mức 70% cần thiết để tạo miễn dịch quần thể.

Từ đầu năm đến ngày 20/9/2024, cả nước ghi nhận 71 ca tử vong do bệnh dại tại 25 tỉnh, thành phố, tăng 15 ca so với cùng kỳ năm 2023. Các địa phương có số ca tử vong cao nhất lần lượt là Gia Lai (9 ca), Đắk Lắk (6 ca), Nghệ An (5 ca) và Phú Thọ (5 ca). Đáng chú ý, trên 90% số ca tử vong do bị chó nuôi thả rông cắn và không được tiêm phòng sau phơi nhiễm.

Mỗi năm cả nước có khoảng 500 nghìn người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn, chi phí mỗi người từ 1,5 đến 2 triệu đồng.

Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030 đặt mục tiêu đến năm 2025 giảm 50% số ca tử vong so với năm 2021. Để đạt mục tiêu này, Cục Thú y đề nghị các địa phương tiêm phòng cho ít nhất 70% tổng đàn chó, mèo và đăng ký quản lý 100% chó nuôi. Hiện mới có 21/63 tỉnh, thành phố ban hành quy định quản lý chó, mèo theo Thông tư số 07/2016/TT-BNNPTNT.

Cục Thú y - Số 15 ngõ 78 Giải Phóng, Đống Đa, Hà Nội - Điện thoại: 024.3869.6788
"""

PY = period("Từ đầu năm đến ngày 20/9/2024", "2024-01-01", "2024-09-20")

FIGS = [
    fig("khoảng 12,5 triệu con chó", "12,5", 12500000, "count", "con", "chó nuôi", approx="about"),
    fig("khoảng 4,8 triệu con mèo", "4,8", 4800000, "count", "con", "mèo nuôi", approx="about"),
    fig("khoảng 40% tổng đàn", "40", 40, "percent", "%", "tỷ lệ tiêm phòng vắc xin dại", approx="about"),
    fig("mức 70% cần thiết", "70", 70, "percent", "%", "tỷ lệ tiêm phòng cần thiết để tạo miễn dịch quần thể",
        optional=True),
    fig("ghi nhận 71 ca tử vong", "71", 71, "count", "ca", "ca tử vong do bệnh dại",
        change=change("increase", 15, "ca", baseline="cùng kỳ năm 2023"), period=PY),
    fig("tại 25 tỉnh, thành phố", "25", 25, "count", "tỉnh, thành phố", "tỉnh, thành phố có ca tử vong do bệnh dại",
        period=PY),
    fig("Gia Lai (9 ca)", "9", 9, "count", "ca", "ca tử vong do bệnh dại", location="Gia Lai", period=inherit(PY)),
    fig("Đắk Lắk (6 ca)", "6", 6, "count", "ca", "ca tử vong do bệnh dại", location="Đắk Lắk", period=inherit(PY)),
    fig("Nghệ An (5 ca)", "5", 5, "count", "ca", "ca tử vong do bệnh dại", location="Nghệ An", period=inherit(PY)),
    fig("Phú Thọ (5 ca)", "5", 5, "count", "ca", "ca tử vong do bệnh dại", location="Phú Thọ", period=inherit(PY)),
    fig("trên 90% số ca", "90", 90, "percent", "%", "ca tử vong do bị chó nuôi thả rông cắn", approx="over",
        period=inherit(PY)),
    fig("khoảng 500 nghìn người", "500", 500000, "count", "người",
        "người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn", approx="about"),
    fig("từ 1,5 đến 2 triệu đồng", "1,5", 1500000, "money", "đồng/người", "chi phí tiêm vắc xin phòng dại",
        value_max=2000000),
    fig("giảm 50% số ca", "50", 50, "percent", "%", "giảm số ca tử vong do bệnh dại so với năm 2021",
        status="target", period=period("đến năm 2025", None, "2025-12-31")),
    fig("ít nhất 70% tổng đàn", "70", 70, "percent", "%", "tổng đàn chó, mèo được tiêm phòng", approx="at_least",
        status="target"),
    fig("100% chó nuôi", "100", 100, "percent", "%", "chó nuôi được đăng ký quản lý", status="target"),
    fig("21/63 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành quy định quản lý chó, mèo",
        total=63),
]

NOTES = [
    "Ministry site (Cục Thú y): national dog/cat population, vaccination rate, rabies deaths YTD 20/9/2024 with a province ranking, targets.",
    "All figures Việt Nam except the ranking items (each item's province is its location; the ranking does not add up to 71: no total).",
    "'mức 70% cần thiết để tạo miễn dịch quần thể' is a threshold (optional). 'giảm 50% số ca tử vong' has no base amount: a percent target.",
    "'Ngày Thế giới ... 28/9', 'giai đoạn 2022-2030', 'Thông tư số 07/2016/TT-BNNPTNT', address and phone are not figures.",
]

build("p899-4", TEXT, FIGS, published="2024-09-27", location="Việt Nam", notes=NOTES)
