"""p1441-5: Party provincial newspaper (Báo Sóc Trăng, tag '(STO) -'): Vĩnh Châu bakeries in the Mid-Autumn season 2023."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO SÓC TRĂNG ONLINE
Kinh tế | Thứ Tư, 20/09/2023 | 07:15

Lò bánh pía Vĩnh Châu tất bật vào mùa Trung thu

Những ngày này, các lò bánh pía ở thị xã Vĩnh Châu hoạt động hết công suất để kịp giao hàng dịp Tết Trung thu. Nhiều cơ sở phải tuyển thêm lao động thời vụ, tăng ca đến 22 giờ mỗi ngày.

(STO) - Tại cơ sở bánh pía Lý Mỹ Xuân ở Phường 1, thị xã Vĩnh Châu, hơn 40 công nhân làm việc liên tục từ 4 giờ sáng. Chị Lý Mỹ Xuân, chủ cơ sở, cho biết từ đầu tháng 8 đến nay, cơ sở đã xuất bán gần 180.000 cái bánh, nhiều hơn cùng kỳ năm trước khoảng 25.000 cái.

Năm nay, giá sầu riêng nguyên liệu tăng mạnh, có thời điểm lên 95.000 đồng/kg, gần gấp đôi năm 2022, nên cơ sở phải điều chỉnh giá bánh pía sầu riêng lên 60.000 đồng/hộp, tăng 5.000 đồng so với mùa trước. "Dù giá tăng nhưng đơn hàng vẫn đều, nhiều khách ở TP Hồ Chí Minh đặt hàng với số lượng lớn", chị Xuân nói.

Anh Trần Văn Tùng, lao động thời vụ ở xã Lạc Hòa, cho biết mỗi ngày làm từ 10 đến 12 tiếng, tiền công 250.000 đồng/ngày; cả mùa Trung thu anh kiếm được hơn 7 triệu đồng.

Theo Phòng Kinh tế thị xã, Vĩnh Châu hiện có 52 cơ sở làm bánh pía, mỗi năm sản xuất khoảng 1.200 tấn bánh, tạo việc làm thường xuyên cho hơn 1.500 lao động. Năm nay, sản lượng bánh dịp Trung thu của thị xã ước tăng 10-15% so với năm 2022. Thị xã đang hỗ trợ 6 cơ sở xây dựng nhãn hiệu, truy xuất nguồn gốc; phấn đấu đến năm 2025 có thêm ít nhất 3 sản phẩm bánh pía đạt OCOP 4 sao.

THẠCH NGỌC ANH
"""

SEASON = per("từ đầu tháng 8 đến nay", "2023-08-01", "2023-09-20")
Y23 = per("Năm nay", "2023-01-01", "2023-12-31")
Y23b = per("Năm nay", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CS = "cơ sở bánh pía Lý Mỹ Xuân"

FIGS = [
    fig("hơn 40 công nhân", "40", 40, "count", "công nhân", approx="over", subject=f"công nhân của {CS}"),
    fig("gần 180.000 cái", "180.000", 180000, "count", "cái", approx="nearly",
        change=chg("increase", 25000, "cái", "cùng kỳ năm trước", approx="about"),
        subject="bánh cơ sở đã xuất bán", period=SEASON),
    fig("lên 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg",
        change=chg("increase", 2, "lần", "năm 2022", approx="nearly"),
        subject="giá sầu riêng nguyên liệu", period=Y23),
    fig("lên 60.000 đồng/hộp", "60.000", 60000, "money", "đồng/hộp",
        change=chg("increase", 5000, "đồng", "mùa trước"), subject="giá bánh pía sầu riêng", period=Y23),
    fig("từ 10 đến 12 tiếng", "10", 10, "measure", "tiếng/ngày", value_max=12,
        subject="thời gian làm việc mỗi ngày của lao động thời vụ"),
    fig("tiền công 250.000", "250.000", 250000, "money", "đồng/ngày", subject="tiền công lao động thời vụ"),
    fig("hơn 7 triệu", "7", 7e6, "money", "đồng", approx="over",
        subject="thu nhập cả mùa Trung thu của anh Trần Văn Tùng"),
    fig("có 52 cơ sở", "52", 52, "count", "cơ sở", subject="cơ sở làm bánh pía"),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/năm", approx="about",
        subject="bánh các cơ sở sản xuất mỗi năm"),
    fig("hơn 1.500 lao động", "1.500", 1500, "count", "lao động", approx="over",
        subject="lao động có việc làm thường xuyên"),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="estimate",
        subject="sản lượng bánh dịp Trung thu của thị xã", period=Y23b),
    fig("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở được hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc"),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm bánh pía đạt OCOP 4 sao có thêm", period=T25),
]

NOTES = [
    "Party provincial newspaper (Báo Sóc Trăng): 'Kinh tế | Thứ Tư, 20/09/2023 | 07:15', sapo, tag '(STO) -', byline at the end.",
    "Distractors: 07:15, '22 giờ', '4 giờ sáng' (times of day), 'Phường 1', 'OCOP 4 sao'.",
    "Everything is in thị xã Vĩnh Châu: location Vĩnh Châu throughout.",
    "'từ đầu tháng 8 đến nay' → 2023-08-01 .. published; 'nhiều hơn cùng kỳ năm trước khoảng 25.000 cái' → change in cái (about).",
    "'gần gấp đôi năm 2022' → change 2 lần (nearly) of the durian price; 'tăng 5.000 đồng so với mùa trước' → change of the cake price.",
    "'Năm nay' = 2023 (published); it heads both price clauses of its sentence. The wage, working hours and the worker's income carry no period.",
    "'mỗi ngày làm từ 10 đến 12 tiếng' is a measure (tiếng/ngày); 'mỗi năm sản xuất khoảng 1.200 tấn' → tấn/năm.",
    "'ước tăng 10-15% so với năm 2022' is a growth rate as the claim: percent figure, range, estimate, no change.",
    "'phấn đấu đến năm 2025 ... ít nhất 3 sản phẩm' → target, at_least, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1441-5", TEXT, NOTES, FIGS, published="2023-09-20", location="Vĩnh Châu")
