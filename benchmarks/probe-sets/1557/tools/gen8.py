"""p1557-8: radio/TV site (Đài PT-TH Đồng Tháp): lotus shampoo and shower gel of a firm in Tháp Mười, province lotus area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Trang chủ | Thời sự | Kinh tế | Video | Phát thanh trực tuyến

Từ đầm sen Tháp Mười đến chai dầu gội

Đăng lúc 15:30 - 05/06/2024 | Chuyên mục: Kinh tế | 0 bình luận

THDT - Từ năm 2020, Công ty TNHH Sen Hồng Tháp Mười (xã Mỹ Hòa, huyện Tháp Mười) nghiên cứu chiết xuất tinh dầu sen để sản xuất dầu gội, sữa tắm. Sau gần 4 năm, công ty có 11 sản phẩm, trong đó 3 sản phẩm đạt OCOP 4 sao.

Mỗi tháng, công ty sử dụng khoảng 2 tấn gương sen và lá sen tươi, thu mua của 35 hộ dân với giá 6.000 đồng/kg. Năm 2023, công ty tiêu thụ hơn 60 nghìn chai dầu gội, sữa tắm, doanh thu 4,2 tỷ đồng, vượt 5% kế hoạch; 5 tháng đầu năm nay, doanh thu đạt 2,1 tỷ đồng, tăng 28% so với cùng kỳ.

Giám đốc công ty, anh Võ Thành Nhân cho biết: "Dầu gội sen chai 300 ml bán với giá 120.000 đồng/chai, hiện có mặt tại 46 cửa hàng, siêu thị ở 8 tỉnh, thành phố và trên các sàn thương mại điện tử". Năm nay, công ty dự kiến mở rộng vùng nguyên liệu thêm 15 ha, nâng công suất lên 20.000 chai/tháng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Đồng Tháp hiện có khoảng 3.200 ha sen, trong đó huyện Tháp Mười hơn 1.100 ha. Tỉnh phấn đấu đến năm 2025 có ít nhất 10 sản phẩm OCOP chế biến từ sen.

Phóng viên: Hoàng Phúc - Kỹ thuật: Minh Trí
Xem thêm video: Bản tin Thời sự 19h ngày 05/6/2024

Tin liên quan:
- Tháp Mười: Khai mạc Lễ hội Sen năm 2024
- Nông dân Lấp Vò thu hoạch sen cho thu nhập khá
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
DT = "Đồng Tháp"

FIGS = [
    fig("gần 4 năm", "4", 4, "measure", "năm", approx="nearly", optional=True),
    fig("có 11 sản phẩm", "11", 11, "count", "sản phẩm", subject="sản phẩm của công ty"),
    fig("trong đó 3 sản phẩm", "3", 3, "count", "sản phẩm", total=11,
        subject="sản phẩm đạt OCOP 4 sao"),
    fig("khoảng 2 tấn", "2", 2, "measure", "tấn/tháng", approx="about",
        subject="gương sen và lá sen tươi công ty sử dụng mỗi tháng"),
    fig("của 35 hộ", "35", 35, "count", "hộ", subject="hộ dân công ty thu mua gương sen, lá sen"),
    fig("6.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", subject="giá thu mua gương sen và lá sen tươi"),
    fig("hơn 60 nghìn chai", "60", 60000, "count", "chai", approx="over",
        subject="chai dầu gội, sữa tắm công ty tiêu thụ", period=Y23),
    fig("thu 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", change=chg("increase", 5, baseline="kế hoạch"),
        subject="doanh thu", period=Y23),
    fig("đạt 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", change=chg("increase", 28, baseline="cùng kỳ"),
        subject="doanh thu", period=M5),
    fig("chai 300 ml", "300", 300, "measure", "ml", subject="dung tích chai dầu gội sen", optional=True),
    fig("120.000 đồng/chai", "120.000", 120000, "money", "đồng/chai", subject="giá bán dầu gội sen"),
    fig("tại 46 cửa hàng", "46", 46, "count", "cửa hàng, siêu thị",
        subject="cửa hàng, siêu thị có bán dầu gội sen"),
    fig("ở 8 tỉnh", "8", 8, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có cửa hàng, siêu thị bán dầu gội sen", location="Việt Nam"),
    fig("thêm 15 ha", "15", 15, "measure", "ha", status="forecast",
        subject="vùng nguyên liệu mở rộng thêm", period=NN),
    fig("lên 20.000 chai/tháng", "20.000", 20000, "measure", "chai/tháng", status="forecast",
        subject="công suất", period=NN),
    fig("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about",
        subject="diện tích sen", location=DT),
    fig("hơn 1.100 ha", "1.100", 1100, "measure", "ha", approx="over", total=3200,
        subject="diện tích sen"),
    fig("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm OCOP", approx="at_least", status="target",
        subject="sản phẩm OCOP chế biến từ sen", period=T25, location=DT),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): station banner, menu, 'Đăng lúc 15:30 - 05/06/2024 | Chuyên mục: Kinh tế | 0 bình luận', tag 'THDT -',",
    "crew credits, 'Xem thêm video: Bản tin Thời sự 19h ngày 05/6/2024', related links.",
    "Distractors: 15:30, '0 bình luận', 'Từ năm 2020', 'OCOP 4 sao', '19h', 'năm 2024' in a link title.",
    "Firm in xã Mỹ Hòa, huyện Tháp Mười: default location Tháp Mười; the province's lotus area and OCOP target are Đồng Tháp;",
    "'trong đó huyện Tháp Mười hơn 1.100 ha' → Tháp Mười, total 3.200 ha.",
    "'Sau gần 4 năm' is a duration that places the firm's story in time: optional. 'chai 300 ml' is the bottle size: optional.",
    "revised after the first run: '35 hộ' subject 'hộ dân bán gương sen, lá sen cho công ty' → 'hộ dân công ty thu mua gương sen, lá sen'",
    "(the sentence says 'thu mua của 35 hộ dân'; 'bán' was my paraphrase); '8 tỉnh, thành phố' location Tháp Mười → Việt Nam (FIGURES.md: a count of provinces is national).",
    "'doanh thu 4,2 tỷ đồng, vượt 5% kế hoạch': a gap to a plan is a change (increase 5%, baseline kế hoạch).",
    "'Mỗi tháng ... khoảng 2 tấn' is a monthly rate (tấn/tháng). '5 tháng đầu năm nay' → 2024-01-01..2024-05-31.",
    "'Năm nay, công ty dự kiến ...' → forecast, period 2024, for both clauses of that sentence. 'Tỉnh phấn đấu đến năm 2025' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1557-8", TEXT, NOTES, FIGS, published="2024-06-05", location="Tháp Mười")
