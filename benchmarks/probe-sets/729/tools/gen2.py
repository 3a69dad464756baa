"""p729-2: district portal, huyện Thoại Sơn (An Giang), straw mushroom growing."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THOẠI SƠN
Trang chủ > Tin hoạt động > Kinh tế

Thoại Sơn: Nghề trồng nấm rơm mang lại thu nhập 80 triệu đồng/ha

Thứ Sáu, 05/04/2024 - 09:20

Năm 2023, toàn huyện có 1.184 hộ trồng nấm rơm, tăng 126 hộ so với năm 2022, tập trung tại các xã Vọng Thê (312 hộ), Vĩnh Chánh (275 hộ) và Định Thành (198 hộ). Tổng diện tích trồng nấm đạt 642 ha, sử dụng khoảng 38.500 tấn rơm, tương đương gần 7% lượng rơm phát sinh của huyện.

Sản lượng nấm rơm thu hoạch đạt 4.815 tấn, tăng 12,3% so với cùng kỳ; năng suất bình quân từ 7 đến 8 tấn/ha. Với giá bán dao động 45.000-55.000 đồng/kg, mỗi ha nấm cho lợi nhuận khoảng 80 triệu đồng, cao gấp 2,5 lần trồng lúa.

Trong quý I/2024, các hộ đã xuống giống 215 ha nấm, đạt 33,5% kế hoạch năm. Huyện cũng đã thành lập 3 tổ hợp tác nấm rơm với 96 thành viên; Hợp tác xã Nấm rơm Vọng Đông 1 đã ký hợp đồng bao tiêu 350 tấn nấm tươi với một doanh nghiệp chế biến ở TP. Long Xuyên.

Sau thu hoạch nấm, bã nấm được ủ làm phân hữu cơ, mỗi năm cung ứng khoảng 25.000 tấn phân bón cho vườn cây ăn trái. Dự kiến năm 2024, diện tích nấm rơm toàn huyện đạt 650 ha, sản lượng 5.000 tấn.

Ông Lê Văn Bảy, Trưởng phòng Nông nghiệp và PTNT huyện, cho biết huyện sẽ tiếp tục hỗ trợ nông dân chuyển giao kỹ thuật trồng nấm trong nhà, giúp kéo dài thời vụ và hạn chế đốt rơm ngoài đồng.

Phòng Nông nghiệp và PTNT huyện Thoại Sơn - Tỉnh lộ 943, thị trấn Núi Sập; ĐT: 0296.3878.112
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

COMMENTS = [
    "revised after the first scoring: commune items' location was the commune (Vọng Thê, ...); re-reading FIGURES.md the field is",
    "'the province, city or district', so it is now the district Thoại Sơn and the commune moved into the subject.",
    "Cổng TTĐT huyện Thoại Sơn (invented): nghề trồng nấm rơm. Dateline 'Thứ Sáu, 05/04/2024 - 09:20'.",
    "Distractors: 'Hợp tác xã Nấm rơm Vọng Đông 1', 'Ông Lê Văn Bảy' (a number word in a name), 'Tỉnh lộ 943', phone.",
    "Location: the district. Commune list items keep the district as location (FIGURES.md: location is a province, city or district)",
    "and name the commune in the subject (an item that is not a province/city/district stays in the subject).",
    "The commune items in brackets do not add up to 1.184 hộ and follow no cue (only 'tập trung tại'), so no total.",
    "'tương đương gần 7% lượng rơm phát sinh' is the share of 38.500 tấn (percent attribute), not a figure of its own.",
    "'cao gấp 2,5 lần trồng lúa' after the 80 triệu figure is its change (increase, 2,5 lần, baseline 'trồng lúa'), like 'tăng 2,8 lần'.",
    "'đạt 33,5% kế hoạch năm' is the percent of 215 ha. 'Dự kiến năm 2024' -> forecast, continuing into 'sản lượng 5.000 tấn'.",
]

FIGS = [
    fig("thu nhập 80 triệu đồng/ha", "80", 80000000, "money", "đồng/ha", "thu nhập nghề trồng nấm rơm"),
    fig("có 1.184 hộ", "1.184", 1184, "count", "hộ", "hộ trồng nấm rơm", Y23,
        change=chg("increase", 126, "hộ", "năm 2022")),
    fig("Vọng Thê (312 hộ)", "312", 312, "count", "hộ", "hộ trồng nấm rơm xã Vọng Thê", Y23),
    fig("Vĩnh Chánh (275 hộ)", "275", 275, "count", "hộ", "hộ trồng nấm rơm xã Vĩnh Chánh", Y23),
    fig("Định Thành (198 hộ)", "198", 198, "count", "hộ", "hộ trồng nấm rơm xã Định Thành", Y23),
    fig("đạt 642 ha", "642", 642, "measure", "ha", "tổng diện tích trồng nấm", inh(Y23)),
    fig("khoảng 38.500 tấn rơm", "38.500", 38500, "measure", "tấn", "rơm sử dụng trồng nấm", inh(Y23),
        approx="about", percent=7),
    fig("đạt 4.815 tấn", "4.815", 4815, "measure", "tấn", "sản lượng nấm rơm thu hoạch", inh(Y23),
        change=chg("increase", 12.3, "%", "cùng kỳ")),
    fig("từ 7 đến 8 tấn/ha", "7", 7, "measure", "tấn/ha", "năng suất nấm rơm bình quân", inh(Y23), value_max=8),
    fig("45.000-55.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá bán nấm rơm", inh(Y23), value_max=55000),
    fig("khoảng 80 triệu đồng", "80", 80000000, "money", "đồng", "lợi nhuận mỗi ha nấm", inh(Y23), approx="about",
        change=chg("increase", 2.5, "lần", "trồng lúa")),
    fig("xuống giống 215 ha", "215", 215, "measure", "ha", "diện tích nấm xuống giống", Q1, percent=33.5),
    fig("thành lập 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác nấm rơm thành lập", inh(Q1)),
    fig("với 96 thành viên", "96", 96, "count", "thành viên", "thành viên tổ hợp tác nấm rơm", inh(Q1)),
    fig("bao tiêu 350 tấn", "350", 350, "measure", "tấn", "nấm tươi ký hợp đồng bao tiêu", inh(Q1)),
    fig("khoảng 25.000 tấn", "25.000", 25000, "measure", "tấn", "phân bón hữu cơ từ bã nấm cung ứng mỗi năm", approx="about"),
    fig("đạt 650 ha", "650", 650, "measure", "ha", "diện tích nấm rơm", Y24, status="forecast"),
    fig("sản lượng 5.000 tấn", "5.000", 5000, "measure", "tấn", "sản lượng nấm rơm", Y24, status="forecast"),
]

if __name__ == "__main__":
    emit("p729-2", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Thoại Sơn")
