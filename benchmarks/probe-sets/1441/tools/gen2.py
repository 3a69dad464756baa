"""p1441-2: district portal (huyện Mỹ Xuyên, Sóc Trăng): one family bakery's 2023 results and 2024 plan; the district's bakeries."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN NHÂN DÂN HUYỆN MỸ XUYÊN
Cổng thông tin điện tử huyện Mỹ Xuyên - tỉnh Sóc Trăng
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Lò bánh pía Hòa Thạnh Ký: giữ nghề truyền thống, mở rộng thị trường

Ngày đăng: 18/03/2024 - 10:20

Từ một lò bánh nhỏ do gia đình ông Lâm Văn Sáng (ấp Hòa Phuông, thị trấn Mỹ Xuyên) gây dựng năm 1996, đến nay cơ sở bánh pía Hòa Thạnh Ký đã có 3 lò nướng và 2 dây chuyền đóng gói, sử dụng 52 lao động, trong đó 37 lao động nữ.

Mỗi ngày, cơ sở sản xuất khoảng 6.000 cái bánh; vào mùa cao điểm Tết Nguyên đán và Tết Trung thu, sản lượng tăng lên 12.000-14.000 cái/ngày. Năm 2023, doanh thu của cơ sở đạt hơn 11,5 tỷ đồng, tăng 18% so với năm 2022; nộp ngân sách 420 triệu đồng.

Hiện bánh pía sầu riêng trứng muối của cơ sở có giá 68.000 đồng/hộp, bánh pía chay 52.000 đồng/hộp; khoảng 30% sản lượng được tiêu thụ qua các sàn thương mại điện tử. Riêng 2 tháng đầu năm 2024, nhờ sức mua dịp Tết Giáp Thìn, cơ sở bán ra gần 310.000 cái bánh, gấp 1,5 lần cùng kỳ.

Năm 2024, cơ sở phấn đấu doanh thu đạt 13 tỷ đồng và dự kiến tuyển thêm từ 10 đến 15 lao động.

Theo Phòng Kinh tế và Hạ tầng huyện, toàn huyện hiện có 19 cơ sở sản xuất bánh pía, bánh in, bánh cam, trong đó 7 cơ sở có sản phẩm đạt chứng nhận OCOP 3 sao trở lên. Năm 2023, các cơ sở sản xuất khoảng 8,4 triệu cái bánh các loại, doanh thu ước 96 tỷ đồng.

Tin khác:
- Mỹ Xuyên ra quân chiến dịch Thanh niên tình nguyện hè năm 2024
- Hội nghị triển khai Nghị quyết số 05-NQ/HU của Ban Thường vụ Huyện ủy

Địa chỉ: số 02 đường Trần Hưng Đạo, thị trấn Mỹ Xuyên, huyện Mỹ Xuyên, tỉnh Sóc Trăng
Điện thoại: 0299.3851.245
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23D = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CS = "cơ sở bánh pía Hòa Thạnh Ký"

FIGS = [
    fig("có 3 lò", "3", 3, "count", "lò nướng", subject=f"lò nướng của {CS}"),
    fig("và 2 dây", "2", 2, "count", "dây chuyền", subject=f"dây chuyền đóng gói của {CS}"),
    fig("sử dụng 52 lao động", "52", 52, "count", "lao động", subject=f"lao động {CS} sử dụng"),
    fig("trong đó 37 lao động", "37", 37, "count", "lao động", total=52, subject="lao động nữ"),
    fig("khoảng 6.000 cái", "6.000", 6000, "measure", "cái/ngày", approx="about",
        subject="bánh cơ sở sản xuất mỗi ngày"),
    fig("lên 12.000-14.000", "12.000", 12000, "measure", "cái/ngày", value_max=14000,
        subject="sản lượng mùa cao điểm Tết Nguyên đán và Tết Trung thu"),
    fig("hơn 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", approx="over",
        change=chg("increase", 18, "%", "năm 2022"), subject="doanh thu của cơ sở", period=Y23),
    fig("ngân sách 420 triệu", "420", 420e6, "money", "đồng", subject="nộp ngân sách của cơ sở", period=Y23),
    fig("giá 68.000", "68.000", 68000, "money", "đồng/hộp",
        subject="giá bánh pía sầu riêng trứng muối của cơ sở"),
    fig("chay 52.000", "52.000", 52000, "money", "đồng/hộp", subject="giá bánh pía chay"),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="sản lượng được tiêu thụ qua các sàn thương mại điện tử"),
    fig("gần 310.000 cái", "310.000", 310000, "count", "cái", approx="nearly",
        change=chg("increase", 1.5, "lần", "cùng kỳ"), subject="bánh cơ sở bán ra", period=M2),
    fig("đạt 13 tỷ", "13", 13e9, "money", "đồng", status="target", subject="doanh thu của cơ sở", period=Y24),
    fig("từ 10 đến 15", "10", 10, "count", "lao động", value_max=15, status="forecast",
        subject="lao động cơ sở tuyển thêm", period=Y24),
    fig("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở sản xuất bánh pía, bánh in, bánh cam"),
    fig("trong đó 7 cơ sở", "7", 7, "count", "cơ sở", total=19,
        subject="cơ sở có sản phẩm đạt chứng nhận OCOP 3 sao trở lên"),
    fig("khoảng 8,4 triệu", "8,4", 8.4e6, "count", "cái", approx="about",
        subject="bánh các loại các cơ sở sản xuất", period=Y23D),
    fig("ước 96 tỷ", "96", 96e9, "money", "đồng", status="estimate", subject="doanh thu của các cơ sở", period=Y23D),
]

NOTES = [
    "District portal (huyện Mỹ Xuyên): banner, menu, 'Ngày đăng: 18/03/2024 - 10:20', 'Tin khác', address and phone footer.",
    "Distractors: founding year 'năm 1996', 10:20, 'Tết Giáp Thìn', 'OCOP 3 sao', 'năm 2024' and Nghị quyết số 05-NQ/HU in links,",
    "'số 02 đường Trần Hưng Đạo', phone 0299.3851.245.",
    "All figures are in huyện Mỹ Xuyên (the bakery is in thị trấn Mỹ Xuyên): location Mỹ Xuyên throughout.",
    "The standing stock 'đến nay ... đã có 3 lò ...' gets no period (the founding year 1996 only dates the start of the business).",
    "'Mỗi ngày ... khoảng 6.000 cái bánh' is a daily rate (measure, cái/ngày); 'tăng lên 12.000-14.000 cái/ngày' gives the new level, no change.",
    "'gấp 1,5 lần cùng kỳ' is the change of 310.000 cái (unit lần). '2 tháng đầu năm 2024' ends on 2024-02-29.",
    "'phấn đấu' → target (13 tỷ); 'dự kiến' → forecast (10-15 lao động); both take 'Năm 2024' of their sentence.",
    "'trong đó 7 cơ sở' is part of the 19 cơ sở (total). '3 sao' in 'OCOP 3 sao trở lên' is a class name, not a figure.",
]

if __name__ == "__main__":
    write("p1441-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Mỹ Xuyên")
