"""p1189-4: ministry site (Bộ TN&MT), national: extended producer responsibility for tyres, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Năm 2023: Gần 1.200 doanh nghiệp thực hiện trách nhiệm tái chế săm, lốp

Ngày đăng: 14/03/2024 | Lượt xem: 1.057

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2023 cả nước có 1.186 nhà sản xuất, nhập khẩu săm, lốp đăng ký thực hiện trách nhiệm tái chế theo Nghị định số 08/2022/NĐ-CP, trong đó 312 doanh nghiệp tự tổ chức tái chế và 874 doanh nghiệp lựa chọn đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam.

Tổng khối lượng săm, lốp phải tái chế theo tỷ lệ bắt buộc năm 2023 là 21.450 tấn; các doanh nghiệp đã tái chế được 19.870 tấn, đạt 92,6%. Số tiền đóng góp vào Quỹ ước đạt 48,3 tỷ đồng, tăng 2,1 lần so với năm 2022.

Hiện cả nước có khoảng 2.300 cơ sở đắp lốp, tái chế cao su, trong đó chỉ 146 cơ sở có giấy phép môi trường, chiếm 6,3%. Các địa phương có nhiều cơ sở nhất lần lượt là TP Hồ Chí Minh (418 cơ sở), Hà Nội (265 cơ sở) và Bình Dương (197 cơ sở).

Theo ước tính, mỗi năm Việt Nam phát sinh khoảng 400.000 tấn lốp xe phế thải, trong đó mới có khoảng 40% được tái chế, còn lại bị đốt, chôn lấp hoặc xuất lậu. Dự báo đến năm 2030, lượng lốp phế thải sẽ tăng lên 650.000 tấn/năm do số lượng ô tô tăng nhanh.

Để nâng tỷ lệ tái chế, Bộ đang xây dựng dự thảo điều chỉnh tỷ lệ tái chế bắt buộc đối với săm, lốp từ 2% lên 5% trong giai đoạn 2025-2027. Mục tiêu đến năm 2030 có ít nhất 70% lốp phế thải được thu gom, tái chế hoặc đồng xử lý trong lò nung xi măng.

Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y30 = per("đến năm 2030", None, "2030-12-31")
LIST = "cơ sở đắp lốp, tái chế cao su"

FIGS = [
    fig("Gần 1.200 doanh nghiệp", "1.200", 1200, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp thực hiện trách nhiệm tái chế săm, lốp", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 1.186 nhà sản xuất", "1.186", 1186, "count", "nhà sản xuất, nhập khẩu",
        subject="nhà sản xuất, nhập khẩu săm, lốp đăng ký thực hiện trách nhiệm tái chế", period=Y23),
    fig("trong đó 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp", total=1186,
        subject="doanh nghiệp tự tổ chức tái chế", period=Y23),
    fig("và 874 doanh nghiệp", "874", 874, "count", "doanh nghiệp", total=1186,
        subject="doanh nghiệp lựa chọn đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam", period=Y23),
    fig("là 21.450 tấn", "21.450", 21450, "measure", "tấn",
        subject="tổng khối lượng săm, lốp phải tái chế theo tỷ lệ bắt buộc", period=Y23),
    fig("được 19.870 tấn", "19.870", 19870, "measure", "tấn", percent=92.6,
        subject="khối lượng săm, lốp các doanh nghiệp đã tái chế", period=Y23),
    fig("ước đạt 48,3 tỷ", "48,3", 48300000000, "money", "đồng", status="estimate",
        change=chg("increase", 2.1, "lần", "năm 2022"),
        subject="số tiền đóng góp vào Quỹ", period=inh(Y23)),
    fig("khoảng 2.300 cơ sở", "2.300", 2300, "count", "cơ sở", approx="about", subject=LIST),
    fig("chỉ 146 cơ sở", "146", 146, "count", "cơ sở", total=2300, percent=6.3,
        subject="cơ sở đắp lốp, tái chế cao su có giấy phép môi trường"),
    fig("Minh (418 cơ sở)", "418", 418, "count", "cơ sở", location="Hồ Chí Minh", subject=LIST),
    fig("Hà Nội (265 cơ sở)", "265", 265, "count", "cơ sở", location="Hà Nội", subject=LIST),
    fig("Bình Dương (197 cơ sở)", "197", 197, "count", "cơ sở", location="Bình Dương", subject=LIST),
    fig("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn/năm", approx="about", status="estimate",
        subject="lốp xe phế thải phát sinh mỗi năm"),
    fig("khoảng 40% được", "40", 40, "percent", "%", approx="about", status="estimate",
        subject="lốp xe phế thải được tái chế"),
    fig("lên 650.000 tấn/năm", "650.000", 650000, "measure", "tấn/năm", status="forecast",
        subject="lượng lốp phế thải", period=Y30),
    fig("từ 2% lên", "2", 2, "percent", "%", optional=True,
        subject="tỷ lệ tái chế bắt buộc đối với săm, lốp hiện hành"),
    fig("lên 5%", "5", 5, "percent", "%", status="target",
        subject="tỷ lệ tái chế bắt buộc đối với săm, lốp",
        period=per("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="lốp phế thải được thu gom, tái chế hoặc đồng xử lý trong lò nung xi măng",
        period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ TN&MT), national: 'Ngày đăng: 14/03/2024 | Lượt xem: 1.057' (published 2024-03-14); default location Việt Nam.",
    "Distractors: Nghị định số 08/2022/NĐ-CP, view counter, 'Số 10 Tôn Thất Thuyết', giai đoạn 2025-2027 (a period).",
    "312 + 874 = 1.186 after 'trong đó'; 146 after 'trong đó' is part of 2.300 with share 6,3% ('chiếm'). 'đạt 92,6%' is the share of 19.870 t",
    "against the obligation (percent attribute, not a total). '2,1 lần so với năm 2022' is the change of 48,3 tỷ. The ranking list gets no total.",
    "'Theo ước tính' makes 400.000 t and the continuing 'trong đó ... 40%' estimates; 'Dự báo' → forecast; 'lên 650.000' is a level.",
    "'từ 2% lên 5%' is a change of a rule from the current rate to the proposed one, not a range: 5% is the figure (target, draft rule),",
    "2% is the present rate (optional). Headline 'Năm 2023: Gần 1.200' has its own period.",
]

if __name__ == "__main__":
    write("p1189-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
