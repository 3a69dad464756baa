"""p1385-4: ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT): national salt 2023, provinces list, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Kinh tế hợp tác và PTNT

Năm 2023: Sản lượng muối cả nước ước đạt 1,05 triệu tấn

20/12/2023 | 14:35 | Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023 cả nước có 21 tỉnh, thành phố ven biển sản xuất muối với tổng diện tích khoảng 11.200 ha, giảm 480 ha so với năm 2022. Sản lượng muối ước đạt 1,05 triệu tấn, bằng 91% kế hoạch; trong đó muối công nghiệp khoảng 620.000 tấn, muối thủ công khoảng 430.000 tấn.

Các địa phương có sản lượng lớn nhất lần lượt là Ninh Thuận (455.000 tấn), Bạc Liêu (82.000 tấn), Khánh Hòa (75.000 tấn) và Nam Định (48.000 tấn). Riêng Ninh Thuận chiếm khoảng 43% sản lượng muối cả nước.

Giá muối bình quân năm 2023 tại các vùng sản xuất dao động 1.500-2.500 đồng/kg, cao hơn khoảng 25% so với năm 2022; riêng muối sạch, muối tinh sấy đóng gói bán lẻ từ 8.000 đến 15.000 đồng/kg. Cả nước hiện có khoảng 33.000 lao động trực tiếp làm muối, thu nhập bình quân đạt 4,5 triệu đồng/người/tháng, thấp hơn khoảng 1,5 triệu đồng so với lao động nông nghiệp khác.

Theo Chiến lược phát triển ngành muối ban hành kèm Quyết định số 2187/QĐ-TTg, mục tiêu đến năm 2030, sản lượng muối cả nước đạt khoảng 1,8 triệu tấn/năm, trong đó muối công nghiệp chiếm 60%; năng suất muối công nghiệp đạt 80-100 tấn/ha.

Việt Nam hiện đứng thứ ba khu vực Đông Nam Á về sản lượng muối, song mỗi năm vẫn phải nhập khẩu khoảng 1,2 triệu tấn muối công nghiệp cho ngành hóa chất, kim ngạch hơn 60 triệu USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    fig("cả nước ước đạt 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", status="estimate",
        subject="sản lượng muối cả nước", period=Y23H),
    fig("có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố ven biển sản xuất muối", period=Y23),
    fig("khoảng 11.200 ha", "11.200", 11200, "measure", "ha", approx="about",
        change=chg("decrease", 480, "ha", "năm 2022"), subject="tổng diện tích sản xuất muối", period=Y23),
    fig("muối ước đạt 1,05 triệu", "1,05", 1.05e6, "measure", "tấn", status="estimate", percent=91,
        subject="sản lượng muối", period=inh(Y23)),
    fig("công nghiệp khoảng 620.000", "620.000", 620000, "measure", "tấn", approx="about", total=1.05e6,
        status="estimate", subject="sản lượng muối công nghiệp", period=inh(Y23)),
    fig("thủ công khoảng 430.000", "430.000", 430000, "measure", "tấn", approx="about", total=1.05e6,
        status="estimate", subject="sản lượng muối thủ công", period=inh(Y23)),
    fig("Ninh Thuận (455.000", "455.000", 455000, "measure", "tấn", subject="sản lượng muối",
        period=inh(Y23), location="Ninh Thuận"),
    fig("Bạc Liêu (82.000", "82.000", 82000, "measure", "tấn", subject="sản lượng muối",
        period=inh(Y23), location="Bạc Liêu"),
    fig("Khánh Hòa (75.000", "75.000", 75000, "measure", "tấn", subject="sản lượng muối",
        period=inh(Y23), location="Khánh Hòa"),
    fig("Nam Định (48.000", "48.000", 48000, "measure", "tấn", subject="sản lượng muối",
        period=inh(Y23), location="Nam Định"),
    fig("chiếm khoảng 43%", "43", 43, "percent", "%", approx="about",
        subject="tỷ trọng trong sản lượng muối cả nước", period=inh(Y23), location="Ninh Thuận"),
    fig("dao động 1.500-2.500", "1.500", 1500, "money", "đồng/kg", value_max=2500,
        change=chg("increase", 25, "%", "năm 2022", approx="about"),
        subject="giá muối bình quân tại các vùng sản xuất", period=Y23),
    fig("từ 8.000 đến 15.000", "8.000", 8000, "money", "đồng/kg", value_max=15000,
        subject="giá bán lẻ muối sạch, muối tinh sấy đóng gói", period=Y23),
    fig("khoảng 33.000 lao động", "33.000", 33000, "count", "lao động", approx="about",
        subject="lao động trực tiếp làm muối"),
    fig("đạt 4,5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng",
        change=chg("decrease", 1.5e6, "đồng", "lao động nông nghiệp khác", approx="about"),
        subject="thu nhập bình quân lao động làm muối"),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "measure", "tấn/năm", approx="about", status="target",
        subject="sản lượng muối cả nước", period=T30),
    fig("chiếm 60%", "60", 60, "percent", "%", status="target",
        subject="tỷ trọng muối công nghiệp", period=T30),
    fig("đạt 80-100 tấn/ha", "80", 80, "measure", "tấn/ha", value_max=100, status="target",
        subject="năng suất muối công nghiệp", period=T30),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản lượng muối khu vực Đông Nam Á"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", approx="about",
        subject="muối công nghiệp nhập khẩu"),
    fig("hơn 60 triệu", "60", 60e6, "money", "USD", approx="over",
        subject="kim ngạch nhập khẩu muối công nghiệp"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/12/2023 | 14:35 | Cục Kinh tế hợp tác và PTNT', copyright and address footer.",
    "Distractors: 14:35, Quyết định số 2187/QĐ-TTg, 'Số 2 Ngọc Hà', phone 024.3846.8161, baselines 'năm 2022'.",
    "National figures → location Việt Nam (default); list items 'Ninh Thuận (455.000 tấn)' etc. take the province as location,",
    "subject 'sản lượng muối' (the list's indicator); their period 'năm 2023' stands in the first paragraph (inherited).",
    "'Riêng Ninh Thuận chiếm khoảng 43% sản lượng muối cả nước' has no base amount in its sentence: a percent figure, location Ninh Thuận.",
    "'trong đó muối công nghiệp khoảng 620.000 tấn, muối thủ công khoảng 430.000 tấn' after ';' → total 1,05 triệu, estimate.",
    "'cao hơn khoảng 25% so với năm 2022' → change of the price range; 'thấp hơn khoảng 1,5 triệu đồng so với …' → change in đồng.",
    "'mục tiêu đến năm 2030' governs the sentence: 1,8 triệu tấn/năm, 'trong đó … chiếm 60%' (own percent figure), 80-100 tấn/ha.",
    "'đứng thứ ba khu vực Đông Nam Á' → rank 3, Việt Nam. 'mỗi năm … nhập khẩu khoảng 1,2 triệu tấn' → tấn/năm, no period (hiện).",
]

if __name__ == "__main__":
    write("p1385-4", TEXT, NOTES, FIGS, published="2023-12-20", location="Việt Nam")
