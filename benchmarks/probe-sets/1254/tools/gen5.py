"""p1254-5: national newspaper: cá nục / cá trích exports 8 months 2024 (VASEP), markets in brackets, a cannery in Cam Lâm (Khánh Hòa)."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ sáu, 13/9/2024, 10:20 (GMT+7)

Xuất khẩu cá nục, cá trích tăng mạnh nhờ đồ hộp

Kim ngạch xuất khẩu cá nục, cá trích 8 tháng đầu năm đạt gần 96 triệu USD, tăng 17% so với cùng kỳ, trong đó đồ hộp chiếm khoảng 40%.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 8 tháng đầu năm 2024, xuất khẩu cá nục, cá trích của cả nước đạt 95,7 triệu USD, tăng 17,2% so với cùng kỳ năm trước. Riêng tháng 8, kim ngạch đạt 14,3 triệu USD, cao nhất từ đầu năm. Các thị trường chính gồm Nhật Bản (28,6 triệu USD), Hàn Quốc (17,9 triệu USD) và Thái Lan (11,4 triệu USD).

Nguồn nguyên liệu chủ yếu đến từ các tỉnh Nam Trung Bộ. Năm 2023, sản lượng cá nục khai thác của cả nước khoảng 310.000 tấn, riêng Bình Định chiếm khoảng 12%.

Tại Khu công nghiệp Suối Dầu (huyện Cam Lâm, Khánh Hòa), Công ty CP Đồ hộp Hải Long mỗi ngày tiếp nhận 60-70 tấn cá nục, cá trích để sản xuất cá sốt cà chua đóng hộp. Bà Nguyễn Thị Hạnh, Phó tổng giám đốc, cho biết nhà máy có 3 dây chuyền, công suất 22.000 tấn/năm, sử dụng 850 công nhân. "Từ đầu năm đến nay, công ty xuất khẩu 9.200 tấn, doanh thu xấp xỉ 410 tỷ đồng. Dự kiến cả năm doanh thu đạt 620 tỷ đồng", bà Hạnh nói.

Theo VASEP, giá cá nục nguyên liệu hiện ở mức 24.000-27.000 đồng/kg, tăng khoảng 12% so với đầu năm, khiến biên lợi nhuận của doanh nghiệp giảm. Hiệp hội dự báo xuất khẩu cá nục, cá trích cả năm 2024 đạt khoảng 145 triệu USD.

Hoàng Nam
"""

M8S = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T8 = per("tháng 8", "2024-08-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-13")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
CL = "Cam Lâm"

FIGS = [
    fig("đạt gần 96 triệu", "96", 96e6, "money", "USD", approx="nearly",
        change=chg("increase", 17, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu cá nục, cá trích", period=M8S),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="đồ hộp trong kim ngạch xuất khẩu", period=M8S),
    fig("đạt 95,7 triệu", "95,7", 95.7e6, "money", "USD", change=chg("increase", 17.2, "%", "cùng kỳ năm trước"),
        subject="xuất khẩu cá nục, cá trích của cả nước", period=M8),
    fig("đạt 14,3 triệu", "14,3", 14.3e6, "money", "USD", subject="kim ngạch xuất khẩu",
        period=T8),
    fig("Nhật Bản (28,6 triệu", "28,6", 28.6e6, "money", "USD", subject="kim ngạch xuất khẩu sang các thị trường chính",
        period=inh(M8)),
    fig("Hàn Quốc (17,9 triệu", "17,9", 17.9e6, "money", "USD", subject="kim ngạch xuất khẩu sang các thị trường chính",
        period=inh(M8)),
    fig("Thái Lan (11,4 triệu", "11,4", 11.4e6, "money", "USD", subject="kim ngạch xuất khẩu sang các thị trường chính",
        period=inh(M8)),
    fig("khoảng 310.000 tấn", "310.000", 310000, "measure", "tấn", approx="about",
        subject="sản lượng cá nục khai thác của cả nước", period=Y23),
    fig("chiếm khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="sản lượng cá nục khai thác của Bình Định", period=Y23, location="Bình Định"),
    fig("nhận 60-70 tấn", "60", 60, "measure", "tấn/ngày", value_max=70,
        subject="cá nục, cá trích công ty tiếp nhận mỗi ngày", location=CL),
    fig("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền của nhà máy", location=CL),
    fig("công suất 22.000 tấn/năm", "22.000", 22000, "measure", "tấn/năm", subject="công suất nhà máy", location=CL),
    fig("sử dụng 850 công nhân", "850", 850, "count", "công nhân", subject="công nhân nhà máy sử dụng", location=CL),
    fig("xuất khẩu 9.200 tấn", "9.200", 9200, "measure", "tấn", subject="sản phẩm công ty xuất khẩu",
        period=YTD, location=CL),
    fig("xấp xỉ 410 tỷ", "410", 410e9, "money", "đồng", approx="about", subject="doanh thu của công ty",
        period=YTD, location=CL),
    fig("đạt 620 tỷ", "620", 620e9, "money", "đồng", status="forecast", subject="doanh thu của công ty",
        period=YEAR, location=CL),
    fig("mức 24.000-27.000", "24.000", 24000, "money", "đồng/kg", value_max=27000,
        change=chg("increase", 12, "%", "đầu năm", approx="about"), subject="giá cá nục nguyên liệu"),
    fig("khoảng 145 triệu", "145", 145e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu cá nục, cá trích", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 13/9/2024, 10:20 (GMT+7)', headline without a number, sapo, quote, byline at the end.",
    "Distractors: 10:20, '(GMT+7)', 'Khu công nghiệp Suối Dầu', 'Nam Trung Bộ'; 'cao nhất từ đầu năm' is no figure.",
    "Sapo 'trong đó đồ hộp chiếm khoảng 40%' is a percent figure (a share standing alone); subject names what it is a share of.",
    "Markets in brackets after 'Các thị trường chính gồm': the whole is no figure, so no total; trade partners are not places → Việt Nam.",
    "'riêng Bình Định chiếm khoảng 12%' describes Bình Định's share of the national catch: location Bình Định.",
    "The cannery passage in huyện Cam Lâm (Khánh Hòa): location Cam Lâm; 'Từ đầu năm đến nay' ends at the dateline; 'Dự kiến cả năm' forecast.",
    "'Theo VASEP, giá ... hiện' is national (Việt Nam); 'tăng khoảng 12% so với đầu năm' is the price's change; 'dự báo ... cả năm 2024' forecast.",
]

if __name__ == "__main__":
    write("p1254-5", TEXT, NOTES, FIGS, published="2024-09-13", location="Việt Nam")
