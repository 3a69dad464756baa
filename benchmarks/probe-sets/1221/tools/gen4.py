"""p1221-4: ministry site (Bộ Công Thương), national fertilizer output, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Công nghiệp

Sản xuất phân bón 6 tháng đầu năm 2024 tăng khá

Ngày đăng: 25/07/2024 | Lượt xem: 1.508

Theo Vụ Công nghiệp, cả nước hiện có khoảng 840 cơ sở sản xuất phân bón vô cơ, trong đó 4 nhà máy sản xuất urê với tổng công suất thiết kế khoảng 2,66 triệu tấn/năm, đáp ứng hơn 100% nhu cầu trong nước.

6 tháng đầu năm 2024, sản lượng phân urê đạt 1,21 triệu tấn, tăng 7,4% so với cùng kỳ năm 2023; phân lân các loại đạt 912 nghìn tấn; phân DAP đạt 496 nghìn tấn; phân NPK đạt 1,84 triệu tấn. Xuất khẩu phân bón đạt 867 nghìn tấn, trị giá 339 triệu USD, giảm 11,2% về lượng và giảm 17,5% về trị giá so với cùng kỳ. Lượng phân bón xuất khẩu sang các thị trường lớn lần lượt là Campuchia (248 nghìn tấn), Hàn Quốc (96 nghìn tấn) và Malaysia (71 nghìn tấn).

Nhập khẩu phân bón 6 tháng đạt 2,05 triệu tấn, trị giá khoảng 680 triệu USD, chủ yếu là phân kali và phân DAP. Giá urê bán buôn trong nước tháng 6 dao động từ 9.800 đến 10.500 đồng/kg, thấp hơn khoảng 12% so với cùng kỳ năm trước.

Bộ Công Thương dự báo năm 2024 sản lượng urê cả nước đạt khoảng 2,45 triệu tấn. Theo Chiến lược phát triển ngành phân bón, mục tiêu đến năm 2030 tỷ lệ phân bón hữu cơ đạt 25% tổng lượng phân bón sử dụng.

Trụ sở: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1S = per("6 tháng", "2024-01-01", "2024-06-30")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 840 cơ sở", "840", 840, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất phân bón vô cơ"),
    fig("trong đó 4 nhà máy", "4", 4, "count", "nhà máy", total=840,
        subject="nhà máy sản xuất urê"),
    fig("khoảng 2,66 triệu", "2,66", 2.66e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế các nhà máy urê"),
    fig("hơn 100%", "100", 100, "percent", "%", approx="over",
        subject="mức đáp ứng nhu cầu urê trong nước"),
    fig("đạt 1,21 triệu", "1,21", 1.21e6, "measure", "tấn",
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"), subject="sản lượng phân urê", period=H1),
    fig("đạt 912 nghìn", "912", 912000, "measure", "tấn", subject="sản lượng phân lân các loại", period=H1),
    fig("đạt 496 nghìn", "496", 496000, "measure", "tấn", subject="sản lượng phân DAP", period=H1),
    fig("đạt 1,84 triệu", "1,84", 1.84e6, "measure", "tấn", subject="sản lượng phân NPK", period=H1),
    fig("đạt 867 nghìn", "867", 867000, "measure", "tấn",
        change=chg("decrease", 11.2, "%", "cùng kỳ"), subject="lượng phân bón xuất khẩu", period=inh(H1)),
    fig("trị giá 339 triệu", "339", 339e6, "money", "USD",
        change=chg("decrease", 17.5, "%", "cùng kỳ"), subject="trị giá phân bón xuất khẩu", period=inh(H1)),
    fig("Campuchia (248 nghìn", "248", 248000, "measure", "tấn",
        subject="lượng phân bón xuất khẩu sang Campuchia", period=inh(H1)),
    fig("Hàn Quốc (96 nghìn", "96", 96000, "measure", "tấn",
        subject="lượng phân bón xuất khẩu sang Hàn Quốc", period=inh(H1)),
    fig("Malaysia (71 nghìn", "71", 71000, "measure", "tấn",
        subject="lượng phân bón xuất khẩu sang Malaysia", period=inh(H1)),
    fig("đạt 2,05 triệu", "2,05", 2.05e6, "measure", "tấn", subject="lượng phân bón nhập khẩu", period=H1S),
    fig("khoảng 680 triệu", "680", 680e6, "money", "USD", approx="about",
        subject="trị giá phân bón nhập khẩu", period=H1S),
    fig("từ 9.800 đến 10.500", "9.800", 9800, "money", "đồng/kg", value_max=10500,
        change=chg("decrease", 12, "%", "cùng kỳ năm trước", approx="about"),
        subject="giá urê bán buôn trong nước", period=JUN),
    fig("khoảng 2,45 triệu", "2,45", 2.45e6, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng urê cả nước", period=Y24),
    fig("đạt 25%", "25", 25, "percent", "%", status="target",
        subject="tỷ lệ phân bón hữu cơ trong tổng lượng phân bón sử dụng", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national: 'Ngày đăng: 25/07/2024 | Lượt xem: 1.508', address/phone footer. Location Việt Nam throughout.",
    "'giảm 11,2% về lượng và giảm 17,5% về trị giá' splits: 11,2 is the change of 867 nghìn tấn, 17,5 the change of 339 triệu USD.",
    "Export markets in a 'lần lượt' list: trade partners are not places (location Việt Nam), they go into the subject.",
    "'4 nhà máy sản xuất urê' is a part of '840 cơ sở' after 'trong đó' (another noun for the same thing): total 840.",
    "Distractors: '6 tháng đầu năm 2024' in the headline, counter 1.508, '54 Hai Bà Trưng', phone 024.22202222, 'Vụ Công nghiệp'.",
    "'dự báo năm 2024 … khoảng 2,45 triệu tấn' → forecast; 'mục tiêu đến năm 2030 … 25%' → target (null..2030-12-31).",
]

if __name__ == "__main__":
    write("p1221-4", TEXT, NOTES, FIGS, published="2024-07-25", location="Việt Nam")
