"""p1448-5: national newspaper: Vietnam's false-eyelash exports in 2024, markets, producers, prices, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Xuất nhập khẩu
Thứ hai, 3/3/2025, 06:00 (GMT+7)

Xuất khẩu mi giả năm 2024 đạt hơn 500 triệu USD

Từ những xưởng gia công nhỏ ở nông thôn, Việt Nam đã trở thành một trong ba nước xuất khẩu mi giả lớn nhất thế giới, sau Trung Quốc và Indonesia.

Theo số liệu của Tổng cục Hải quan, năm 2024, kim ngạch xuất khẩu tóc giả, mi giả và các sản phẩm từ tóc (mã HS 6704) của Việt Nam đạt 1,12 tỷ USD, tăng 23,5% so với năm 2023. Trong đó, riêng mi giả ước khoảng 520 triệu USD, chiếm khoảng 46%.

Mỹ tiếp tục là thị trường nhập khẩu mi giả lớn nhất của Việt Nam với 214 triệu USD, tiếp đến là Hàn Quốc 68 triệu USD, Nhật Bản 41 triệu USD và Anh 27 triệu USD.

Hiệp hội Tóc và Mi giả Việt Nam (VHEA) ước tính cả nước có trên 1.200 doanh nghiệp, hộ kinh doanh làm mi giả, tạo việc làm cho khoảng 150.000 lao động, 85% là nữ. Các địa phương có nhiều cơ sở nhất lần lượt là Hà Nam, Thanh Hóa và Nghệ An.

Ông Nguyễn Minh Đức, Chủ tịch VHEA, cho biết giá mi chồn thủ công xuất khẩu bình quân 3,2 USD/cặp, trong khi mi làm bằng máy của Trung Quốc chỉ 0,8-1,2 USD/cặp. "Lợi thế của chúng ta là tay nghề, nhưng biên lợi nhuận của các xưởng gia công chỉ từ 8 đến 10%", ông Đức nói.

Theo dự báo của VHEA, năm 2025 xuất khẩu mi giả có thể đạt 600 triệu USD; mục tiêu đến năm 2030 là 1 tỷ USD.

Phương Linh
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đạt hơn 500 triệu", "500", 500e6, "money", "USD", approx="over",
        subject="xuất khẩu mi giả", period=Y24),
    fig("một trong ba nước", "ba", 3, "count", "nước", optional=True),
    fig("đạt 1,12 tỷ", "1,12", 1.12e9, "money", "USD", change=chg("increase", 23.5, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu tóc giả, mi giả và các sản phẩm từ tóc", period=Y24),
    fig("ước khoảng 520 triệu", "520", 520e6, "money", "USD", approx="about", status="estimate",
        total=1.12e9, percent=46, subject="kim ngạch xuất khẩu mi giả", period=inh(Y24)),
    fig("với 214 triệu", "214", 214e6, "money", "USD",
        subject="kim ngạch nhập khẩu mi giả của thị trường Mỹ"),
    fig("Hàn Quốc 68 triệu", "68", 68e6, "money", "USD",
        subject="kim ngạch nhập khẩu mi giả của thị trường Hàn Quốc"),
    fig("Nhật Bản 41 triệu", "41", 41e6, "money", "USD",
        subject="kim ngạch nhập khẩu mi giả của thị trường Nhật Bản"),
    fig("Anh 27 triệu", "27", 27e6, "money", "USD",
        subject="kim ngạch nhập khẩu mi giả của thị trường Anh"),
    fig("trên 1.200 doanh", "1.200", 1200, "count", "doanh nghiệp, hộ kinh doanh", approx="over",
        status="estimate", subject="doanh nghiệp, hộ kinh doanh làm mi giả"),
    fig("khoảng 150.000 lao động", "150.000", 150000, "count", "lao động", approx="about",
        status="estimate", subject="lao động có việc làm từ nghề mi giả"),
    fig("85% là nữ", "85", 85, "percent", "%", status="estimate", subject="lao động nữ"),
    fig("bình quân 3,2 USD", "3,2", 3.2, "money", "USD/cặp",
        subject="giá mi chồn thủ công xuất khẩu bình quân"),
    fig("chỉ 0,8-1,2 USD", "0,8", 0.8, "money", "USD/cặp", value_max=1.2,
        subject="giá mi làm bằng máy của Trung Quốc"),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10,
        subject="biên lợi nhuận của các xưởng gia công"),
    fig("đạt 600 triệu", "600", 600e6, "money", "USD", status="forecast",
        subject="xuất khẩu mi giả", period=Y25),
    fig("là 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="xuất khẩu mi giả", period=T30),
]

NOTES = [
    "National newspaper: section crumb, 'Thứ hai, 3/3/2025, 06:00 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'mã HS 6704', 'năm 2023' (baseline), 'lần lượt là Hà Nam, Thanh Hóa và Nghệ An' (an order without numbers).",
    "Location Việt Nam throughout: national totals; Mỹ, Hàn Quốc, Nhật Bản, Anh are trade partners and China a competitor, not places of the figures.",
    "'một trong ba nước ... lớn nhất' names a top-3 group, not a measured count or rank: optional.",
    "'Trong đó, riêng mi giả ước khoảng 520 triệu USD, chiếm khoảng 46%': part after 'Trong đó' -> total 1,12 tỷ; 'chiếm' -> percent 46; 'ước khoảng' -> estimate + about.",
    "Market list 'với 214 triệu USD, tiếp đến là Hàn Quốc 68 triệu USD ...': every item a figure; the market is named in the subject. The sentence has no period of its own.",
    "'VHEA ước tính' governs the whole sentence: 1.200, 150.000 and '85% là nữ' are estimates. '85% là nữ' is the share of a part: a percent figure.",
    "'có thể đạt' under 'Theo dự báo' -> forecast (năm 2025); 'mục tiêu đến năm 2030 là 1 tỷ USD' -> target, period start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1448-5", TEXT, NOTES, FIGS, published="2025-03-03", location="Việt Nam")
