"""p475-6: national press, PFES collection 8 months 2024, rates, 2023 payments, provinces' unit prices."""
from lib import emit, fig, per, inh, chg

TEXT = """Thời sự › Môi trường

Thứ tư, 11/9/2024, 06:30 (GMT+7)

Thu dịch vụ môi trường rừng 8 tháng đạt hơn 2.600 tỷ đồng

Tám tháng đầu năm 2024, Quỹ Bảo vệ và Phát triển rừng Việt Nam cùng quỹ các tỉnh thu được 2.614 tỷ đồng tiền dịch vụ môi trường rừng, tăng 7,3% so với cùng kỳ năm 2023 và bằng 66% kế hoạch năm.

Trong đó, các nhà máy thủy điện đóng góp khoảng 2.480 tỷ đồng, chiếm gần 95%; phần còn lại đến từ cơ sở sản xuất nước sạch, kinh doanh du lịch và công nghiệp sử dụng nước.

Theo Nghị định 156/2018/NĐ-CP, mức chi trả đối với thủy điện là 36 đồng/kWh, đối với cơ sở sản xuất nước sạch là 52 đồng/m3. Năm 2023, tổng thu cả nước đạt 3.936 tỷ đồng; đơn giá chi trả bình quân khoảng 540.000 đồng/ha cho khoảng 7,3 triệu ha rừng, tương đương gần 50% diện tích rừng cả nước.

Đại diện Quỹ cho biết, tại nhiều địa phương miền núi, tiền dịch vụ môi trường rừng chiếm từ 30 đến 40% thu nhập của hộ nhận khoán; cả nước có hơn 513.000 hộ gia đình và gần 9.500 cộng đồng được nhận tiền. Lai Châu là địa phương có đơn giá cao nhất, bình quân 1,03 triệu đồng/ha, tiếp đến là Sơn La 758.000 đồng/ha, Lào Cai 691.000 đồng/ha.

Mục tiêu đến năm 2025, tổng thu dịch vụ môi trường rừng đạt 4.500 tỷ đồng mỗi năm, góp phần duy trì tỷ lệ che phủ rừng ở mức 42-43%.

Gia Chính
"""

M8 = per("Tám tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("Mục tiêu đến năm 2025", None, "2025-12-31")
PRICE = "đơn giá chi trả DVMTR bình quân"

FIGS = [
    fig("hơn 2.600 tỷ đồng", "2.600", 2600e9, "money", "đồng", "thu dịch vụ môi trường rừng",
        per("8 tháng", "2024-01-01", "2024-08-31"), approx="over"),
    fig("thu được 2.614 tỷ đồng", "2.614", 2614e9, "money", "đồng", "tiền dịch vụ môi trường rừng thu được", M8,
        percent=66, change=chg("increase", 7.3, baseline="cùng kỳ năm 2023")),
    fig("khoảng 2.480 tỷ đồng", "2.480", 2480e9, "money", "đồng", "tiền DVMTR các nhà máy thủy điện đóng góp",
        inh(M8), approx="about", total=2614e9, percent=95),
    fig("là 36 đồng/kWh", "36", 36, "money", "đồng/kWh", "mức chi trả DVMTR đối với thủy điện"),
    fig("là 52 đồng/m3", "52", 52, "money", "đồng/m3", "mức chi trả DVMTR đối với cơ sở sản xuất nước sạch"),
    fig("đạt 3.936 tỷ đồng", "3.936", 3936e9, "money", "đồng", "tổng thu dịch vụ môi trường rừng cả nước", Y23),
    fig("khoảng 540.000 đồng/ha", "540.000", 540000, "money", "đồng/ha", PRICE, Y23, approx="about"),
    fig("khoảng 7,3 triệu ha", "7,3", 7.3e6, "measure", "ha", "diện tích rừng được chi trả DVMTR", Y23,
        approx="about", percent=50),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "tiền dịch vụ môi trường rừng trong thu nhập của hộ nhận khoán",
        value_max=40),
    fig("hơn 513.000 hộ", "513.000", 513000, "count", "hộ gia đình", "hộ gia đình được nhận tiền DVMTR",
        approx="over"),
    fig("gần 9.500 cộng đồng", "9.500", 9500, "count", "cộng đồng", "cộng đồng được nhận tiền DVMTR",
        approx="nearly"),
    fig("bình quân 1,03 triệu đồng/ha", "1,03", 1.03e6, "money", "đồng/ha", PRICE, location="Lai Châu"),
    fig("Sơn La 758.000 đồng/ha", "758.000", 758000, "money", "đồng/ha", PRICE, location="Sơn La"),
    fig("Lào Cai 691.000 đồng/ha", "691.000", 691000, "money", "đồng/ha", PRICE, location="Lào Cai"),
    fig("đạt 4.500 tỷ đồng", "4.500", 4500e9, "money", "đồng", "tổng thu dịch vụ môi trường rừng mỗi năm", TO25,
        status="target"),
    fig("mức 42-43%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", TO25, value_max=43, status="target"),
]

COMMENTS = [
    "National press ('Thứ tư, 11/9/2024, 06:30 (GMT+7)', byline at the end): thu DVMTR 8 tháng 2024, mức chi trả, số hộ, đơn giá theo tỉnh.",
    "Headline '8 tháng' takes the year of the dateline (2024). 'chiếm gần 95%' after 'Trong đó' part: percent 95 and total 2.614 tỷ.",
    "'tương đương gần 50% diện tích rừng cả nước' is a share of 7,3 triệu ha (percent 50). Rates 36 đồng/kWh, 52 đồng/m3: money, rate unit.",
    "'chiếm từ 30 đến 40% thu nhập' stands alone as the claim (range percent). Provinces after 'tiếp đến là' go to location.",
    "Distractors: Nghị định 156/2018/NĐ-CP, (GMT+7), dateline, 'cùng kỳ năm 2023' baseline.",
]

if __name__ == "__main__":
    emit("p475-6", TEXT, FIGS, COMMENTS, published="2024-09-11", location="Việt Nam")
