from lib import emit, fig, per, inh

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Ngày đăng: 26/07/2024 | Lượt xem: 2.406

Cả nước có hơn 155.000 ha rừng ngập mặn

Tại hội nghị trực tuyến tổ chức ngày 25/7 tại số 2 Ngọc Hà, Hà Nội, Cục Lâm nghiệp cho biết tính đến ngày 31/12/2023, diện tích rừng ven biển của cả nước là 313.208 ha, trong đó rừng ngập mặn 155.290 ha, rừng trên đất cát 135.110 ha và rừng trên đất đá, núi đá ven biển 22.808 ha.

Giai đoạn 2021-2023, các địa phương đã trồng mới 8.946,5 ha rừng ven biển, bằng 44,7% mục tiêu của Đề án; trong đó rừng ngập mặn 6.120 ha. Các tỉnh trồng nhiều nhất lần lượt là Cà Mau (1.246 ha), Quảng Ninh (985 ha) và Thanh Hóa (712 ha). Tỷ lệ thành rừng bình quân khoảng 70%; có 5 tỉnh đạt trên 85% gồm Quảng Ninh, Hải Phòng, Thái Bình, Nam Định và Ninh Bình.

Tổng kinh phí đầu tư giai đoạn này gần 2.350 tỷ đồng, trong đó vốn ngân sách Trung ương chiếm 58%, vốn ODA và viện trợ khoảng 410 tỷ đồng.

Cà Mau là địa phương có diện tích rừng ngập mặn lớn nhất với khoảng 56.700 ha, Quảng Ninh đứng thứ hai với 19.800 ha.

Cả nước hiện có 262 điểm sạt lở bờ biển với tổng chiều dài 472 km, trong đó 186 điểm thuộc vùng Đồng bằng sông Cửu Long.

Theo Đề án bảo vệ và phát triển rừng ven biển ứng phó với biến đổi khí hậu, giai đoạn 2021-2025 cả nước phấn đấu trồng mới 20.000 ha rừng ven biển; đến năm 2030 nâng diện tích rừng ven biển lên 330.000 ha.
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
GD = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
SL = "diện tích rừng ven biển trồng mới"

FIGS = [
    fig("hơn 155.000 ha", "155.000", 155000, "measure", "ha", "rừng ngập mặn", inh(ASOF), approx="over"),
    fig("là 313.208 ha", "313.208", 313208, "measure", "ha", "diện tích rừng ven biển", ASOF),
    fig("ngập mặn 155.290 ha", "155.290", 155290, "measure", "ha", "rừng ngập mặn", ASOF, total=313208),
    fig("135.110 ha", "135.110", 135110, "measure", "ha", "rừng trên đất cát", ASOF, total=313208),
    fig("22.808 ha", "22.808", 22808, "measure", "ha", "rừng trên đất đá, núi đá ven biển", ASOF, total=313208),
    fig("8.946,5 ha", "8.946,5", 8946.5, "measure", "ha", "rừng ven biển trồng mới", GD, percent=44.7),
    fig("6.120 ha", "6.120", 6120, "measure", "ha", "rừng ngập mặn trồng mới", GD, total=8946.5),
    fig("Cà Mau (1.246 ha)", "1.246", 1246, "measure", "ha", SL, inh(GD), location="Cà Mau"),
    fig("Quảng Ninh (985 ha)", "985", 985, "measure", "ha", SL, inh(GD), location="Quảng Ninh"),
    fig("Thanh Hóa (712 ha)", "712", 712, "measure", "ha", SL, inh(GD), location="Thanh Hóa"),
    fig("khoảng 70%", "70", 70, "percent", "%", "Tỷ lệ thành rừng bình quân", inh(GD), approx="about"),
    fig("có 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh có tỷ lệ thành rừng trên 85%", inh(GD)),
    fig("trên 85%", "85", 85, "percent", "%", "tỷ lệ thành rừng", approx="over", optional=True),
    fig("gần 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "Tổng kinh phí đầu tư", inh(GD), approx="nearly"),
    fig("chiếm 58%", "58", 58, "percent", "%", "vốn ngân sách Trung ương trong tổng kinh phí đầu tư", inh(GD)),
    fig("khoảng 410 tỷ đồng", "410", 410e9, "money", "đồng", "vốn ODA và viện trợ", inh(GD),
        approx="about", total=2350e9),
    fig("khoảng 56.700 ha", "56.700", 56700, "measure", "ha", "diện tích rừng ngập mặn", approx="about", location="Cà Mau"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", "diện tích rừng ngập mặn", location="Quảng Ninh"),
    fig("19.800 ha", "19.800", 19800, "measure", "ha", "diện tích rừng ngập mặn", location="Quảng Ninh"),
    fig("262 điểm", "262", 262, "count", "điểm sạt lở", "điểm sạt lở bờ biển"),
    fig("472 km", "472", 472, "measure", "km", "tổng chiều dài sạt lở bờ biển"),
    fig("186 điểm", "186", 186, "count", "điểm sạt lở", "điểm sạt lở bờ biển thuộc vùng Đồng bằng sông Cửu Long",
        total=262),
    fig("20.000 ha", "20.000", 20000, "measure", "ha", "rừng ven biển trồng mới",
        per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    fig("330.000 ha", "330.000", 330000, "measure", "ha", "diện tích rừng ven biển",
        per("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, breadcrumb, 'Ngày đăng: 26/07/2024 | Lượt xem: 2.406'): national coastal-forest area, planting 2021-2023,",
    "top provinces, funding, erosion points, Đề án targets. National figures → Việt Nam; 'ngày 25/7', 'số 2 Ngọc Hà' are not figures.",
    "Forest types after 'trong đó' add up to 313.208 (totals). 'lần lượt' items: subject = the list's indicator, province → location, no total.",
    "'có 5 tỉnh đạt trên 85%': the count is a figure (a count of provinces → Việt Nam); the threshold 85% is optional.",
    "'vốn ngân sách Trung ương chiếm 58%' has no amount of its own, so the 58% is a percent figure (not the percent of the 2.350 tỷ whole).",
    "'đứng thứ hai' is a rank (Quảng Ninh); the region ĐBSCL is no province, so the 186 điểm stay Việt Nam with the region in the subject.",
]

if __name__ == "__main__":
    emit("p645-4", TEXT, COMMENTS, FIGS, published="2024-07-26", location="Việt Nam")
