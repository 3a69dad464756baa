"""p1301-1: province portal (Khánh Hòa): golfers and golf revenue 9 months 2024, a course in Cam Ranh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Du lịch golf 9 tháng đón hơn 96 nghìn lượt golfer

Cập nhật: 15/10/2024 09:42 | Lượt xem: 1.386

Theo Sở Du lịch, 9 tháng đầu năm 2024, các sân golf trên địa bàn tỉnh Khánh Hòa đón 96.450 lượt golfer, tăng 18,6% so với cùng kỳ năm 2023, bằng 80,4% kế hoạch năm. Trong đó, golfer quốc tế đạt 71.200 lượt, golfer trong nước 25.250 lượt.

Doanh thu từ hoạt động kinh doanh sân golf ước đạt 412 tỷ đồng, tăng 21% so với cùng kỳ. Chi tiêu bình quân của golfer quốc tế khoảng 350 USD/ngày.

Hiện toàn tỉnh có 5 sân golf đang hoạt động với tổng cộng 117 lỗ, tập trung tại TP Cam Ranh và thị xã Ninh Hòa; 3 dự án sân golf khác đang triển khai với tổng diện tích khoảng 640 ha.

Tại bán đảo Cam Ranh, Sân golf Bãi Dài Xanh (36 lỗ) của Công ty cổ phần Du lịch Ánh Dương đón khoảng 38.000 lượt golfer trong 9 tháng, chiếm gần 40% tổng lượt golfer toàn tỉnh. Sân sử dụng 420 lao động, trong đó 260 caddie; thu nhập bình quân của caddie từ 12 đến 15 triệu đồng/người/tháng. Giá chơi một vòng 18 lỗ vào cuối tuần dao động 2,8-3,5 triệu đồng/khách.

Quý IV là mùa cao điểm của khách golf Hàn Quốc và Bắc Âu. Ngành du lịch phấn đấu cả năm 2024 đón 120.000 lượt golfer, doanh thu từ golf đạt trên 550 tỷ đồng. Theo Quy hoạch tỉnh, đến năm 2030, huyện Vạn Ninh có thêm 2 sân golf ven vịnh Vân Phong.

Tin liên quan:
- Khánh Hòa tham gia Hội chợ Du lịch quốc tế ITE HCMC 2024
- Giải Golf nghiệp dư Khánh Hòa mở rộng lần thứ 3 khởi tranh tại Cam Ranh
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YEAR = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")
CR = "Cam Ranh"

FIGS = [
    fig("đón hơn 96 nghìn", "96", 96000, "count", "lượt golfer", approx="over",
        subject="lượt golfer du lịch golf đón", period=NINE_SHORT),
    fig("đón 96.450 lượt", "96.450", 96450, "count", "lượt golfer", percent=80.4,
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="lượt golfer các sân golf trên địa bàn tỉnh đón", period=NINE),
    fig("đạt 71.200 lượt", "71.200", 71200, "count", "lượt", total=96450,
        subject="golfer quốc tế", period=inh(NINE)),
    fig("trong nước 25.250 lượt", "25.250", 25250, "count", "lượt", total=96450,
        subject="golfer trong nước", period=inh(NINE)),
    fig("ước đạt 412 tỷ", "412", 412e9, "money", "đồng", status="estimate",
        change=chg("increase", 21, "%", "cùng kỳ"),
        subject="doanh thu từ hoạt động kinh doanh sân golf", period=inh(NINE)),
    fig("khoảng 350 USD/ngày", "350", 350, "money", "USD/ngày", approx="about",
        subject="chi tiêu bình quân của golfer quốc tế"),
    fig("có 5 sân golf", "5", 5, "count", "sân golf", subject="sân golf đang hoạt động"),
    fig("tổng cộng 117 lỗ", "117", 117, "count", "lỗ", subject="lỗ golf của các sân golf đang hoạt động"),
    fig("3 dự án sân golf", "3", 3, "count", "dự án", subject="dự án sân golf đang triển khai"),
    fig("khoảng 640 ha", "640", 640, "measure", "ha", approx="about",
        subject="tổng diện tích các dự án sân golf đang triển khai"),
    fig("Xanh (36 lỗ)", "36", 36, "count", "lỗ", subject="lỗ golf của Sân golf Bãi Dài Xanh", location=CR),
    fig("khoảng 38.000 lượt", "38.000", 38000, "count", "lượt golfer", approx="about", percent=40,
        subject="lượt golfer Sân golf Bãi Dài Xanh đón", period=NINE_SHORT, location=CR),
    fig("sử dụng 420 lao động", "420", 420, "count", "lao động", subject="lao động sân sử dụng", location=CR),
    fig("260 caddie", "260", 260, "count", "caddie", total=420, subject="caddie", location=CR),
    fig("từ 12 đến 15 triệu", "12", 12e6, "money", "đồng/người/tháng", value_max=15e6,
        subject="thu nhập bình quân của caddie", location=CR),
    fig("vòng 18 lỗ", "18", 18, "count", "lỗ", optional=True, location=CR),
    fig("dao động 2,8-3,5 triệu", "2,8", 2.8e6, "money", "đồng/khách", value_max=3.5e6,
        subject="giá chơi một vòng 18 lỗ vào cuối tuần", location=CR),
    fig("đón 120.000 lượt", "120.000", 120000, "count", "lượt golfer", status="target",
        subject="lượt golfer ngành du lịch đón", period=YEAR),
    fig("trên 550 tỷ", "550", 550e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu từ golf", period=YEAR),
    fig("thêm 2 sân golf", "2", 2, "count", "sân golf", status="target",
        subject="sân golf có thêm ven vịnh Vân Phong", period=TO2030, location="Vạn Ninh"),
]

NOTES = [
    "Province portal (Khánh Hòa): golf tourism 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:42 | Lượt xem: 1.386', related links.",
    "Distractors: 09:42, Lượt xem 1.386, 'ITE HCMC 2024', 'lần thứ 3', 'Quý IV' (no figure), 'một vòng' (rate denominator, not a count).",
    "Headline '9 tháng đón hơn 96 nghìn lượt golfer' is its own figure (over, ×1000); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' after a sentence break: the two parts take total 96.450; 'bằng 80,4% kế hoạch năm' is the percent attribute.",
    "Cam Ranh passage: location Cam Ranh; '38.000 ... chiếm gần 40%' percent attribute 40; 'vòng 18 lỗ' is a product spec (optional).",
    "'phấn đấu cả năm 2024' governs both clauses (target); 'đến năm 2030 ... có thêm 2 sân golf' in huyện Vạn Ninh is a target.",
]

if __name__ == "__main__":
    write("p1301-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Khánh Hòa")
