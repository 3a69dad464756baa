"""p1554-2: district portal (huyện Bình Xuyên, Vĩnh Phúc): a tile maker's 2023 results and 2024 plan."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH XUYÊN - TỈNH VĨNH PHÚC
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo điều hành

Doanh nghiệp gạch men vượt khó, giữ việc làm cho người lao động

18/03/2024 - 08:30

Năm 2023, dù thị trường bất động sản trầm lắng, Công ty TNHH Gốm sứ Thiên Phúc tại Khu công nghiệp Bá Thiện II vẫn duy trì sản xuất với 3 dây chuyền gạch granite và hai dây chuyền gạch ốp tường. Sản lượng cả năm đạt 14,2 triệu m2, giảm 8,5% so với năm 2022; doanh thu đạt 1.280 tỷ đồng, bằng 91% kế hoạch; nộp ngân sách gần 46 tỷ đồng.

Công ty hiện có 862 lao động, trong đó 315 lao động nữ. Thu nhập bình quân năm 2023 đạt 8,7 triệu đồng/người/tháng, thấp hơn khoảng 300.000 đồng so với năm trước; công ty bố trí cho công nhân nghỉ luân phiên thay vì cắt giảm lao động.

Trong 2 tháng đầu năm 2024, công ty tiêu thụ 2,6 triệu m2 gạch, tăng 12% so với cùng kỳ, trong đó gạch khổ lớn chiếm khoảng 40%. Giá bán gạch granite khổ 60x60 cm hiện ở mức 165.000-180.000 đồng/m2.

Năm 2024, công ty phấn đấu sản lượng đạt 16 triệu m2, doanh thu 1.450 tỷ đồng; dự kiến đầu tư khoảng 120 tỷ đồng lắp đặt hệ thống điện mặt trời áp mái công suất 5 MWp, giúp giảm từ 10 đến 12% chi phí điện năng.

Theo Phòng Kinh tế - Hạ tầng huyện, trên địa bàn hiện có 7 doanh nghiệp sản xuất vật liệu xây dựng, gồm 4 doanh nghiệp gạch ốp lát và 3 doanh nghiệp sứ vệ sinh; tổng sản lượng gạch ốp lát năm 2023 khoảng 41 triệu m2, chiếm khoảng 55% sản lượng toàn tỉnh.

Nguồn: Trung tâm Văn hóa - Thông tin - Thể thao huyện

Tin khác:
- Bình Xuyên tổ chức Hội nghị đối thoại doanh nghiệp năm 2024
- Khu công nghiệp Bá Thiện II thu hút thêm dự án FDI

UBND HUYỆN BÌNH XUYÊN
Địa chỉ: Số 2 đường Hai Bà Trưng, thị trấn Hương Canh, huyện Bình Xuyên
Điện thoại: 0211.3866.245
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
CA = per("cả năm", "2023-01-01", "2023-12-31")       # 'Sản lượng cả năm' after 'Năm 2023' in the previous sentence
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền gạch granite", period=Y23),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền gạch ốp tường", period=Y23),
    fig("đạt 14,2 triệu", "14,2", 14.2e6, "measure", "m2", change=chg("decrease", 8.5, "%", "năm 2022"),
        subject="sản lượng cả năm", period=CA),
    fig("đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", percent=91, subject="doanh thu", period=CA),
    fig("gần 46 tỷ", "46", 46e9, "money", "đồng", approx="nearly", subject="nộp ngân sách", period=CA),
    fig("có 862 lao động", "862", 862, "count", "lao động", subject="lao động công ty"),
    fig("trong đó 315", "315", 315, "count", "lao động", total=862, subject="lao động nữ"),
    fig("đạt 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        change=chg("decrease", 300000, "đồng", "năm trước", approx="about"),
        subject="thu nhập bình quân", period=Y23b),
    fig("tiêu thụ 2,6 triệu", "2,6", 2.6e6, "measure", "m2", change=chg("increase", 12, "%", "cùng kỳ"),
        subject="gạch công ty tiêu thụ", period=M2),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", subject="gạch khổ lớn", period=M2),
    fig("165.000-180.000", "165.000", 165000, "money", "đồng/m2", value_max=180000,
        subject="giá bán gạch granite khổ 60x60 cm"),
    fig("đạt 16 triệu", "16", 16e6, "measure", "m2", status="target", subject="sản lượng", period=Y24),
    fig("doanh thu 1.450 tỷ", "1.450", 1450e9, "money", "đồng", status="target", subject="doanh thu",
        period=Y24),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="đầu tư lắp đặt hệ thống điện mặt trời áp mái", period=Y24),
    fig("5 MWp", "5", 5, "measure", "MWp", status="forecast",
        subject="công suất hệ thống điện mặt trời áp mái", period=Y24),
    fig("từ 10 đến 12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="giảm chi phí điện năng", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất vật liệu xây dựng"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7, subject="doanh nghiệp gạch ốp lát"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp sứ vệ sinh"),
    fig("khoảng 41 triệu", "41", 41e6, "measure", "m2", approx="about", percent=55,
        subject="tổng sản lượng gạch ốp lát", period=Y23b),
]

NOTES = [
    "District portal (huyện Bình Xuyên, Vĩnh Phúc): banner, menu, '18/03/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Bá Thiện II' (twice), 08:30, 'khổ 60x60 cm' (a product format, not a figure), 'Số 2 đường Hai Bà Trưng', phone, 'năm 2024' in a link title.",
    "Location: the company is in KCN Bá Thiện II, huyện Bình Xuyên; the district's own counts are Bình Xuyên too (default).",
    "'Sản lượng cả năm' (2023 from the previous sentence) governs the ';'-chain: doanh thu, nộp ngân sách. 'bằng 91% kế hoạch' is a percent attribute.",
    "'thấp hơn khoảng 300.000 đồng so với năm trước' is a change in đồng. 'trong đó gạch khổ lớn chiếm khoảng 40%' is a percent figure.",
    "'phấn đấu' → target for 16 triệu m2 and 1.450 tỷ; 'dự kiến' → forecast for its clause: 120 tỷ, 5 MWp, 10-12%.",
    "'gồm 4 ... và 3 ...' parts of 7 doanh nghiệp. 'chiếm khoảng 55% sản lượng toàn tỉnh' is the percent attribute of 41 triệu m2.",
    "2 tháng đầu năm 2024 ends 2024-02-29 (leap year).",
]

if __name__ == "__main__":
    write("p1554-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Bình Xuyên")
