"""p1139-8: provincial newspaper online (Báo Tây Ninh, '(BTN) -'): tax from households, 11 months 2023; a rice-paper firm in Trảng Bàng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Tây Ninh Online
Kinh tế | Thuế - Tài chính

Thu thuế hộ kinh doanh 11 tháng đạt 95% dự toán

Cập nhật ngày: 05/12/2023 - 16:40

(BTN) - Theo Cục Thuế tỉnh, 11 tháng năm 2023, toàn tỉnh có 43.870 hộ kinh doanh nộp thuế, trong đó 41.205 hộ nộp thuế theo phương pháp khoán và 2.665 hộ nộp theo phương pháp kê khai. Số thuế thu từ hộ kinh doanh đạt 356,8 tỷ đồng, bằng 95,1% dự toán năm, tăng 7,4% so với cùng kỳ. Bình quân mỗi hộ nộp khoán khoảng 650.000 đồng/tháng.

Trong 11 tháng, có 23 hộ kinh doanh chuyển đổi lên doanh nghiệp, tăng 5 hộ so với cùng kỳ. Mỗi hộ chuyển đổi được tỉnh hỗ trợ 10 triệu đồng chi phí ban đầu theo Nghị quyết số 07/2022/NQ-HĐND.

Tại thị xã Trảng Bàng, cơ sở bánh tráng phơi sương của chị Huỳnh Thị Mai đã chuyển thành Công ty TNHH Bánh tráng Mai Trảng Bàng với vốn điều lệ 3 tỷ đồng. Mỗi ngày công ty xuất khoảng 2 tấn bánh tráng, tạo việc làm cho 20 lao động, trong đó có hai người khuyết tật. Chị Mai cho biết, từ khi lên doanh nghiệp, sản phẩm đã vào được ba hệ thống siêu thị và đạt chuẩn OCOP 4 sao.

Năm 2024, Cục Thuế tỉnh phấn đấu thu từ hộ kinh doanh 380 tỷ đồng, hỗ trợ ít nhất 30 hộ chuyển đổi lên doanh nghiệp; đồng thời triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho khoảng 1.500 hộ kinh doanh ăn uống, bán lẻ.

Ngọc Hân
Đường dây nóng Cục Thuế tỉnh: 0276.3822.515
"""

HEAD = per("11 tháng", "2023-01-01", "2023-11-30")
M11 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")
IN11 = per("Trong 11 tháng", "2023-01-01", "2023-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TB = {"location": "Trảng Bàng"}

FIGS = [
    fig("đạt 95% dự toán", "95", 95, "percent", "%", "thu thuế hộ kinh doanh so với dự toán", HEAD),
    fig("có 43.870 hộ", "43.870", 43870, "count", "hộ kinh doanh", "hộ kinh doanh nộp thuế", M11),
    fig("41.205 hộ", "41.205", 41205, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", M11, total=43870),
    fig("2.665 hộ", "2.665", 2665, "count", "hộ", "hộ nộp thuế theo phương pháp kê khai", M11, total=43870),
    fig("đạt 356,8 tỷ", "356,8", 356.8e9, "money", "đồng", "số thuế thu từ hộ kinh doanh", inh(M11),
        percent=95.1, change=chg("increase", 7.4, "%", "cùng kỳ")),
    fig("khoảng 650.000", "650.000", 650000, "money", "đồng/tháng", "số thuế khoán bình quân mỗi hộ", inh(M11),
        approx="about"),
    fig("có 23 hộ", "23", 23, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", IN11,
        change=chg("increase", 5, "hộ", "cùng kỳ")),
    fig("hỗ trợ 10 triệu", "10", 10e6, "money", "đồng/hộ", "hỗ trợ chi phí ban đầu cho hộ chuyển đổi"),
    fig("vốn điều lệ 3 tỷ", "3", 3e9, "money", "đồng", "vốn điều lệ Công ty TNHH Bánh tráng Mai Trảng Bàng", **TB),
    fig("khoảng 2 tấn", "2", 2, "measure", "tấn", "bánh tráng công ty xuất mỗi ngày", approx="about", **TB),
    fig("cho 20 lao động", "20", 20, "count", "lao động", "lao động của công ty", **TB),
    fig("hai người", "hai", 2, "count", "người khuyết tật", "lao động là người khuyết tật", total=20, **TB),
    fig("ba hệ thống", "ba", 3, "count", "hệ thống siêu thị", "hệ thống siêu thị có sản phẩm của công ty", **TB),
    fig("380 tỷ", "380", 380e9, "money", "đồng", "thu thuế từ hộ kinh doanh", Y24, status="target"),
    fig("ít nhất 30 hộ", "30", 30, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp được hỗ trợ", Y24,
        approx="at_least", status="target"),
    fig("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ kinh doanh",
        "hộ kinh doanh ăn uống, bán lẻ dùng hóa đơn điện tử khởi tạo từ máy tính tiền", Y24, approx="about",
        status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh): headline figure, 'Cập nhật ngày: 05/12/2023 - 16:40' (published), tag '(BTN) -', byline and hotline at the end.",
    "Headline '11 tháng đạt 95% dự toán': a percent figure of its own (no base amount in the headline), year from published 2023.",
    "Parts after 'trong đó' (41.205 + 2.665 = 43.870) take the whole. 356,8 tỷ: percent 95,1 (dự toán) and change +7,4%; period inherited.",
    "'Bình quân mỗi hộ nộp khoán khoảng 650.000 đồng/tháng' → money, unit đồng/tháng. 'tăng 5 hộ so với cùng kỳ' is the change of 23.",
    "The company passage (thị xã Trảng Bàng) → location Trảng Bàng; 'Mỗi ngày ... khoảng 2 tấn' keeps unit tấn (time frame without '/').",
    "'hai người khuyết tật' (trong đó, number word) is part of 20 lao động; 'ba hệ thống' is a number word.",
    "'đạt chuẩn OCOP 4 sao' is a rating class, not a quantity (like 'mức độ 3'): not a figure. 'Năm 2024 ... phấn đấu' continues over ',' and '; đồng thời triển khai' → target.",
    "Distractors: 16:40, 'Nghị quyết số 07/2022/NQ-HĐND', 'OCOP 4 sao', hotline 0276.3822.515, company name 'Mai Trảng Bàng'.",
]

if __name__ == "__main__":
    write("p1139-8", TEXT, NOTES, FIGS, published="2023-12-05", location="Tây Ninh")
