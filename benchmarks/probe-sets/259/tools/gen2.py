from lib import emit, fig, per, inh, chg, tgt

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động » Lâm nghiệp

Xuất khẩu lâm sản năm 2023 đạt 14,4 tỷ USD, ngành gỗ đặt mục tiêu 17 tỷ USD năm 2024
Thứ Sáu, 12/01/2024 16:40

Sáng 12/1, tại Hà Nội, Cục Lâm nghiệp phối hợp với Hiệp hội Gỗ và Lâm sản Việt Nam tổ chức hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024 của ngành gỗ.

Theo báo cáo, năm 2023, tổng kim ngạch xuất khẩu lâm sản của cả nước đạt 14,4 tỷ USD, giảm 15,9% so với năm 2022; trong đó gỗ và sản phẩm gỗ đạt 13,4 tỷ USD, lâm sản ngoài gỗ đạt 1 tỷ USD. Thặng dư thương mại toàn ngành khoảng 11,6 tỷ USD.

Hoa Kỳ vẫn là thị trường lớn nhất với 7,6 tỷ USD, chiếm 55,4% tổng kim ngạch; tiếp theo là Nhật Bản 1,9 tỷ USD, Trung Quốc 1,7 tỷ USD, Hàn Quốc 695 triệu USD và EU 615 triệu USD.

Riêng viên nén gỗ, lượng xuất khẩu đạt 4,8 triệu tấn, tăng 9,1% so với năm 2022, nhưng kim ngạch chỉ đạt 730 triệu USD, giảm 16,3% do giá bình quân giảm còn khoảng 152 USD/tấn. Nhật Bản và Hàn Quốc chiếm tới 96% lượng viên nén xuất khẩu.

Về nguyên liệu, cả nước hiện có khoảng 4,7 triệu ha rừng trồng; sản lượng gỗ rừng trồng khai thác năm 2023 đạt 22,5 triệu m3. Diện tích rừng được cấp chứng chỉ quản lý rừng bền vững là 458.000 ha, trong đó chứng chỉ FSC khoảng 305.000 ha. Cả nước có trên 5.000 doanh nghiệp chế biến, xuất khẩu gỗ; doanh nghiệp FDI chiếm khoảng 21% về số lượng nhưng đóng góp 48% kim ngạch.

Năm 2024, ngành phấn đấu kim ngạch xuất khẩu lâm sản đạt 17 tỷ USD, trong đó gỗ và sản phẩm gỗ khoảng 15,5 tỷ USD. Theo Chiến lược phát triển lâm nghiệp giai đoạn 2021-2030 ban hành kèm Quyết định số 523/QĐ-TTg, xuất khẩu lâm sản phải đạt 18-20 tỷ USD đến năm 2025 và khoảng 25 tỷ USD đến năm 2030. Các doanh nghiệp được yêu cầu tuân thủ Nghị định số 102/2020/NĐ-CP về Hệ thống bảo đảm gỗ hợp pháp Việt Nam.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
KN = "kim ngạch xuất khẩu lâm sản"
FIGS = [
    fig("năm 2023 đạt 14,4 tỷ USD", "14,4", 14.4e9, "money", "USD", "xuất khẩu lâm sản",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("mục tiêu 17 tỷ USD", "17", 17e9, "money", "USD", "ngành gỗ đặt mục tiêu",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("đạt 14,4 tỷ USD, giảm", "14,4", 14.4e9, "money", "USD", "tổng kim ngạch xuất khẩu lâm sản", Y23,
        change=chg("decrease", 15.9, baseline="năm 2022")),
    fig("đạt 13,4 tỷ USD", "13,4", 13.4e9, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", Y23,
        total=14.4e9),
    fig("đạt 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu lâm sản ngoài gỗ", Y23, total=14.4e9),
    fig("khoảng 11,6 tỷ USD", "11,6", 11.6e9, "money", "USD", "thặng dư thương mại toàn ngành", inh(Y23),
        approx="about"),
    fig("với 7,6 tỷ USD", "7,6", 7.6e9, "money", "USD", "kim ngạch xuất khẩu lâm sản sang Hoa Kỳ", inh(Y23),
        percent=55.4),
    fig("Nhật Bản 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", "kim ngạch xuất khẩu lâm sản sang Nhật Bản", inh(Y23)),
    fig("Trung Quốc 1,7 tỷ USD", "1,7", 1.7e9, "money", "USD", "kim ngạch xuất khẩu lâm sản sang Trung Quốc", inh(Y23)),
    fig("Hàn Quốc 695 triệu USD", "695", 6.95e8, "money", "USD", "kim ngạch xuất khẩu lâm sản sang Hàn Quốc", inh(Y23)),
    fig("EU 615 triệu USD", "615", 6.15e8, "money", "USD", "kim ngạch xuất khẩu lâm sản sang EU", inh(Y23)),
    fig("đạt 4,8 triệu tấn", "4,8", 4.8e6, "measure", "tấn", "lượng viên nén gỗ xuất khẩu", inh(Y23),
        change=chg("increase", 9.1, baseline="năm 2022")),
    fig("đạt 730 triệu USD", "730", 7.3e8, "money", "USD", "kim ngạch xuất khẩu viên nén gỗ", inh(Y23),
        change=chg("decrease", 16.3)),
    fig("khoảng 152 USD/tấn", "152", 152, "money", "USD/tấn", "giá bình quân viên nén gỗ xuất khẩu", inh(Y23),
        approx="about"),
    fig("tới 96%", "96", 96, "percent", "%", "tỷ trọng của Nhật Bản và Hàn Quốc trong lượng viên nén xuất khẩu",
        inh(Y23)),
    fig("khoảng 4,7 triệu ha", "4,7", 4.7e6, "measure", "ha", "diện tích rừng trồng", approx="about"),
    fig("đạt 22,5 triệu m3", "22,5", 22.5e6, "measure", "m3", "sản lượng gỗ rừng trồng khai thác", Y23),
    fig("là 458.000 ha", "458.000", 458000, "measure", "ha",
        "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững"),
    fig("khoảng 305.000 ha", "305.000", 305000, "measure", "ha", "diện tích rừng có chứng chỉ FSC",
        approx="about", total=458000),
    fig("trên 5.000 doanh nghiệp", "5.000", 5000, "count", "doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu gỗ",
        approx="over"),
    fig("khoảng 21%", "21", 21, "percent", "%", "tỷ trọng doanh nghiệp FDI về số lượng", approx="about"),
    fig("đóng góp 48%", "48", 48, "percent", "%", "tỷ trọng kim ngạch do doanh nghiệp FDI đóng góp"),
    fig("đạt 17 tỷ USD", "17", 17e9, "money", "USD", KN, Y24, status="target"),
    fig("khoảng 15,5 tỷ USD", "15,5", 15.5e9, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", Y24,
        approx="about", status="target", total=17e9),
    fig("đạt 18-20 tỷ USD", "18", 18e9, "money", "USD", "xuất khẩu lâm sản",
        per("đến năm 2025", None, "2025-12-31"), value_max=20e9, status="target"),
    fig("khoảng 25 tỷ USD", "25", 25e9, "money", "USD", "xuất khẩu lâm sản", per("đến năm 2030", None, "2030-12-31"),
        approx="about", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national forest-product and wood exports 2023, markets, wood pellets, raw material, FSC, 2024/2025/2030 targets.",
    "Dateline 'Thứ Sáu, 12/01/2024 16:40'. Location Việt Nam throughout; 'tại Hà Nội' is only the venue; trade partners are not places.",
    "Headline figures are figures (14,4 tỷ USD actual; 'mục tiêu 17 tỷ USD năm 2024' target). 'giảm còn khoảng 152 USD/tấn' states the new level: no change.",
    "'lượng ... đạt 4,8 triệu tấn, tăng 9,1% ..., nhưng kim ngạch chỉ đạt 730 triệu USD, giảm 16,3%': each change to its own figure.",
    "'trong đó chứng chỉ FSC khoảng 305.000 ha' is part of 458.000 ha; 'trong đó gỗ ... khoảng 15,5 tỷ USD' part of the 17 tỷ target.",
    "FDI '21% về số lượng' and '48% kim ngạch' are percent figures (no base count for FDI firms). '4,7 triệu ha' ('hiện') has no period.",
    "Distractors: 'Sáng 12/1', 'Quyết định số 523/QĐ-TTg', 'Nghị định số 102/2020/NĐ-CP', 'giai đoạn 2021-2030' in the strategy's name.",
    "'18-20 tỷ USD đến năm 2025' range target with end-only period; the 2024 targets continue 'phấn đấu'.",
]

emit("p259-2", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
