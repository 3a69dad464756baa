"""p1182-1: Đà Nẵng city portal (province level), public bicycles, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Đô thị

Đà Nẵng: Hơn 1,3 triệu lượt thuê xe đạp công cộng sau 9 tháng

Cập nhật: 15/10/2024 08:20 | Lượt xem: 3.184

(danang.gov.vn) - Theo Sở Giao thông vận tải thành phố Đà Nẵng, 9 tháng đầu năm 2024, hệ thống xe đạp công cộng trên địa bàn thành phố phục vụ 1.326.540 lượt thuê, đạt 82,9% kế hoạch năm, tăng 18,7% so với cùng kỳ năm 2023. Trong đó, lượt thuê của khách du lịch khoảng 390.000 lượt; lượt thuê bằng vé tháng chiếm 41,2%.

Hiện thành phố có 120 trạm với 1.200 xe, trong đó 400 xe đạp điện trợ lực. Các trạm tập trung tại quận Hải Châu (46 trạm), Sơn Trà (31 trạm) và Ngũ Hành Sơn (22 trạm). Giá thuê xe đạp thường là 5.000 đồng/30 phút, xe đạp điện 10.000 đồng/30 phút; vé tháng 150.000 đồng/tháng, không giới hạn số chuyến dưới 45 phút.

Trạm tại công viên Biển Đông (quận Sơn Trà) là trạm đông khách nhất, với 24 vị trí đỗ. Bình quân mỗi ngày trạm có khoảng 650 lượt thuê, những ngày cuối tuần lên tới 1.100 lượt/ngày. Nhân viên trạm cho biết khoảng 60% khách thuê là du khách lưu trú tại các khách sạn trên đường Võ Nguyên Giáp.

Năm 2025, thành phố phấn đấu nâng tổng số trạm lên 180 trạm, lượt thuê cả năm đạt ít nhất 2 triệu lượt; dự kiến đầu tư thêm 600 xe với tổng kinh phí khoảng 24 tỷ đồng. Mọi phản ánh về dịch vụ xin liên hệ đường dây nóng 0236.3650.111.
"""

HEAD = per("sau 9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ST = "trạm xe đạp công cộng"
BD = "Sơn Trà"

FIGS = [
    fig("Hơn 1,3 triệu lượt", "1,3", 1300000, "count", "lượt thuê", approx="over",
        subject="lượt thuê xe đạp công cộng", period=HEAD),
    fig("phục vụ 1.326.540 lượt thuê", "1.326.540", 1326540, "count", "lượt thuê", percent=82.9,
        change=chg("increase", 18.7, "%", "cùng kỳ năm 2023"),
        subject="lượt thuê xe đạp công cộng", period=M9),
    fig("khoảng 390.000 lượt", "390.000", 390000, "count", "lượt", approx="about", total=1326540,
        subject="lượt thuê của khách du lịch", period=inh(M9)),
    fig("chiếm 41,2%", "41,2", 41.2, "percent", "%",
        subject="lượt thuê bằng vé tháng", period=inh(M9)),
    fig("có 120 trạm", "120", 120, "count", "trạm", subject=ST),
    fig("với 1.200 xe", "1.200", 1200, "count", "xe", subject="xe đạp công cộng"),
    fig("400 xe đạp điện", "400", 400, "count", "xe", total=1200, subject="xe đạp điện trợ lực"),
    fig("Hải Châu (46 trạm)", "46", 46, "count", "trạm", subject=ST, location="Hải Châu"),
    fig("Sơn Trà (31 trạm)", "31", 31, "count", "trạm", subject=ST, location="Sơn Trà"),
    fig("Ngũ Hành Sơn (22 trạm)", "22", 22, "count", "trạm", subject=ST, location="Ngũ Hành Sơn"),
    fig("là 5.000 đồng", "5.000", 5000, "money", "đồng/30 phút", subject="giá thuê xe đạp thường"),
    fig("điện 10.000 đồng", "10.000", 10000, "money", "đồng/30 phút", subject="giá thuê xe đạp điện"),
    fig("tháng 150.000 đồng", "150.000", 150000, "money", "đồng/tháng", subject="giá vé tháng"),
    fig("dưới 45 phút", "45", 45, "measure", "phút", approx="under", optional=True,
        subject="thời lượng mỗi chuyến được miễn phí với vé tháng"),
    fig("với 24 vị trí", "24", 24, "count", "vị trí đỗ",
        subject="vị trí đỗ của trạm công viên Biển Đông", location=BD),
    fig("khoảng 650 lượt", "650", 650, "measure", "lượt thuê/ngày", approx="about",
        subject="lượt thuê bình quân mỗi ngày của trạm", location=BD),
    fig("lên tới 1.100 lượt", "1.100", 1100, "measure", "lượt/ngày",
        subject="lượt thuê những ngày cuối tuần của trạm", location=BD),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="khách thuê là du khách lưu trú tại các khách sạn", location=BD),
    fig("lên 180 trạm", "180", 180, "count", "trạm", status="target",
        subject="tổng số trạm", period=Y25),
    fig("ít nhất 2 triệu", "2", 2000000, "count", "lượt", approx="at_least", status="target",
        subject="lượt thuê cả năm", period=Y25),
    fig("thêm 600 xe", "600", 600, "count", "xe", status="forecast",
        subject="xe đầu tư thêm", period=Y25),
    fig("khoảng 24 tỷ", "24", 24000000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí đầu tư thêm xe", period=Y25),
]

NOTES = [
    "Province portal (Đà Nẵng city portal): breadcrumb, 'Cập nhật: 15/10/2024 08:20 | Lượt xem: 3.184', '(danang.gov.vn) -' tag.",
    "Headline period 'sau 9 tháng' has no year: takes 2024 from the dateline. 'Trong đó' after a sentence break: 390.000 lượt is a part of 1.326.540;",
    "'lượt thuê bằng vé tháng chiếm 41,2%' is a percent figure of its own (no base amount). District list 46+31+22 != 120: no total.",
    "Rate denominators '30 phút', '/tháng', '/ngày' stay in the unit. 'dưới 45 phút' is a ticket condition (optional).",
    "Station passage in quận Sơn Trà: its figures get location Sơn Trà over three sentences. 'phấn đấu' → target, '; dự kiến' → forecast.",
    "Distractors: 08:20, 3.184 views, phone 0236.3650.111, '30 phút' denominators.",
]

if __name__ == "__main__":
    write("p1182-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Đà Nẵng")
