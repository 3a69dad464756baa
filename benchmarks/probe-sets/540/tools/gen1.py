"""p540-1: Bắc Ninh province portal — wastewater connections H1/2024, plants, fees, targets."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Bắc Ninh: 6 tháng đầu năm 2024 đấu nối thêm hơn 8.700 hộ vào hệ thống thu gom nước thải

Cập nhật: 18/07/2024 15:42 | Lượt xem: 1.284

Theo Sở Xây dựng, 6 tháng đầu năm 2024, toàn tỉnh đã đấu nối thêm 8.726 hộ gia đình vào hệ thống thu gom nước thải tập trung, đạt 58,2% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thành phố Bắc Ninh 4.315 hộ, thành phố Từ Sơn 2.960 hộ, thị xã Quế Võ 1.451 hộ.

Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 7 nhà máy xử lý nước thải sinh hoạt đô thị đang vận hành với tổng công suất 94.500 m³/ngày đêm; tổng chiều dài mạng lưới cống thu gom khoảng 1.126,8 km. Nhà máy xử lý nước thải số 1 thành phố Bắc Ninh và nhà máy Từ Sơn có công suất lần lượt là 28.000 m³/ngày đêm và 17.500 m³/ngày đêm. Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý ước đạt 41,5%, cao hơn nhiều so với mức bình quân cả nước (khoảng 18%).

Giá dịch vụ thoát nước hiện áp dụng theo Quyết định số 1520/QĐ-UBND ngày 28/12/2023 của UBND tỉnh: hộ gia đình 3.450 đồng/m³ nước sạch tiêu thụ; cơ sở sản xuất, kinh doanh từ 5.200 đến 7.800 đồng/m³.

Dự án nhà máy xử lý nước thải tại huyện Yên Phong công suất 12.000 m³/ngày đêm, tổng mức đầu tư 486,3 tỷ đồng, đã thi công được khoảng 65% khối lượng. Công trình dự kiến hoàn thành trong quý IV/2025.

Năm 2024, tỉnh phấn đấu đấu nối 15.000 hộ; đến năm 2025, tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt trên 50%, 100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt chuẩn.

Đường dây nóng tiếp nhận phản ánh về thoát nước: 0222.3822.657.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
Y25 = per("đến năm 2025", end="2025-12-31")
SUBJ_HH = "hộ gia đình đấu nối thêm vào hệ thống thu gom nước thải tập trung"
SUBJ_RATE = "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý"

FIGS = [
    fig("thêm hơn 8.700 hộ", "8.700", 8700, "count", "hộ", "hộ đấu nối thêm vào hệ thống thu gom nước thải", H1,
        approx="over"),
    fig("thêm 8.726 hộ", "8.726", 8726, "count", "hộ gia đình", SUBJ_HH, H1, percent=58.2,
        change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("Bắc Ninh 4.315 hộ", "4.315", 4315, "count", "hộ", SUBJ_HH, inh(H1), total=8726, location="Bắc Ninh"),
    fig("Từ Sơn 2.960 hộ", "2.960", 2960, "count", "hộ", SUBJ_HH, inh(H1), total=8726, location="Từ Sơn"),
    fig("Quế Võ 1.451 hộ", "1.451", 1451, "count", "hộ", SUBJ_HH, inh(H1), total=8726, location="Quế Võ"),
    fig("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy xử lý nước thải sinh hoạt đô thị đang vận hành", ASOF),
    fig("công suất 94.500 m³", "94.500", 94500, "measure", "m³/ngày đêm",
        "tổng công suất nhà máy xử lý nước thải sinh hoạt đô thị", ASOF),
    fig("khoảng 1.126,8 km", "1.126,8", 1126.8, "measure", "km", "tổng chiều dài mạng lưới cống thu gom", ASOF,
        approx="about"),
    fig("là 28.000 m³", "28.000", 28000, "measure", "m³/ngày đêm",
        "công suất Nhà máy xử lý nước thải số 1 thành phố Bắc Ninh", inh(ASOF), location="Bắc Ninh"),
    fig("và 17.500 m³", "17.500", 17500, "measure", "m³/ngày đêm", "công suất nhà máy Từ Sơn", inh(ASOF),
        location="Từ Sơn"),
    fig("ước đạt 41,5%", "41,5", 41.5, "percent", "%", SUBJ_RATE, status="estimate"),
    fig("(khoảng 18%)", "18", 18, "percent", "%", SUBJ_RATE + " bình quân cả nước", approx="about",
        status="estimate", location="Việt Nam"),
    fig("hộ gia đình 3.450 đồng", "3.450", 3450, "money", "đồng/m³", "giá dịch vụ thoát nước hộ gia đình"),
    fig("từ 5.200 đến 7.800", "5.200", 5200, "money", "đồng/m³", "giá dịch vụ thoát nước cơ sở sản xuất, kinh doanh",
        value_max=7800),
    fig("công suất 12.000 m³", "12.000", 12000, "measure", "m³/ngày đêm",
        "công suất dự án nhà máy xử lý nước thải", location="Yên Phong"),
    fig("tư 486,3 tỷ đồng", "486,3", 486.3e9, "money", "đồng", "tổng mức đầu tư dự án nhà máy xử lý nước thải",
        location="Yên Phong"),
    fig("khoảng 65% khối lượng", "65", 65, "percent", "%", "khối lượng dự án nhà máy xử lý nước thải đã thi công",
        approx="about", location="Yên Phong"),
    fig("nối 15.000 hộ", "15.000", 15000, "count", "hộ", "hộ đấu nối", per("Năm 2024", "2024-01-01", "2024-12-31"),
        status="target"),
    fig("đạt trên 50%", "50", 50, "percent", "%", SUBJ_RATE, Y25, approx="over", status="target"),
    fig(", 100% khu", "100", 100, "percent", "%",
        "khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt chuẩn", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: đấu nối nước thải 6 tháng đầu năm 2024, nhà máy, giá dịch vụ thoát nước, mục tiêu 2025.",
    "Breadcrumb, 'Cập nhật: 18/07/2024 15:42' (the article's date), 'Lượt xem: 1.284' (page furniture).",
    "Not figures: Quyết định số 1520/QĐ-UBND ngày 28/12/2023, 'Nhà máy xử lý nước thải số 1' (a name), quý IV/2025,",
    "the hotline 0222.3822.657. The three 'Trong đó' parts add up to 8.726 (total). '(khoảng 18%)' is a national",
    "figure of its own (a percent after a percent; location Việt Nam). Yên Phong plant figures take the district.",
    "'phấn đấu' governs the 2024 and 2025 targets (the 2025 clause continues it).",
    "revised: '(khoảng 18%)' status actual → estimate: it is bracketed without a verb of its own inside the clause",
    "that continues 'ước đạt 41,5%', and FIGURES.md lets a cue govern such a figure (only a bracket with its own verb escapes).",
]

if __name__ == "__main__":
    emit("p540-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bắc Ninh")
