"""p1394-6: national newspaper (dateline 'Thứ ba, 12/3/2024, 09:20 (GMT+7)'): a Thái Thụy firm turns ash into unfired bricks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ ba, 12/3/2024, 09:20 (GMT+7)

Biến tro xỉ nhiệt điện thành gạch không nung

Từ nguồn tro xỉ thải của nhà máy nhiệt điện, Công ty cổ phần Vật liệu Xây dựng Minh Phát ở huyện Thái Thụy (Thái Bình) mỗi năm sản xuất khoảng 25 triệu viên gạch không nung, tạo việc làm cho hơn 150 lao động.

Nhà máy của công ty nằm cách Nhà máy Nhiệt điện Hồng Phúc khoảng 3 km, với hai dây chuyền có tổng công suất thiết kế 30 triệu viên/năm. Mỗi năm công ty sử dụng từ 90.000 đến 100.000 tấn tro xỉ. Tro xỉ chiếm tới 70% khối lượng nguyên liệu đầu vào.

"Trước đây chúng tôi phải dùng cát, đá mạt và xi măng. Nay thay bằng tro xỉ, giá thành mỗi viên gạch giảm khoảng 150 đồng", ông Vũ Đình Khang, Giám đốc công ty cho biết. Hiện gạch của công ty có giá bán 1.250 - 1.400 đồng/viên, thấp hơn 10-15% so với gạch nung cùng loại.

Năm 2023, doanh thu của công ty đạt 48,6 tỷ đồng, tăng 18% so với năm trước; nộp ngân sách hơn 2,3 tỷ đồng. Thu nhập bình quân của người lao động khoảng 8,5 triệu đồng/người/tháng.

Theo Hội Vật liệu xây dựng Việt Nam, cả nước hiện có khoảng 2.500 dây chuyền sản xuất gạch không nung, tổng công suất khoảng 16 tỷ viên quy tiêu chuẩn/năm; song lượng tro xỉ dùng cho sản xuất gạch mới chiếm chưa đến 15% lượng tro xỉ tiêu thụ. Tại Thái Bình, tỉnh đặt mục tiêu đến năm 2025 gạch không nung chiếm 45% tổng lượng vật liệu xây.

Hoàng Nam
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"

FIGS = [
    fig("khoảng 25 triệu viên", "25", 25e6, "measure", "viên/năm", approx="about",
        subject="gạch không nung Công ty cổ phần Vật liệu Xây dựng Minh Phát sản xuất mỗi năm"),
    fig("hơn 150 lao động", "150", 150, "count", "lao động", approx="over",
        subject="lao động có việc làm tại công ty"),
    fig("khoảng 3 km", "3", 3, "measure", "km", approx="about",
        subject="khoảng cách từ nhà máy của công ty đến Nhà máy Nhiệt điện Hồng Phúc"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền của nhà máy"),
    fig("thiết kế 30 triệu", "30", 30e6, "measure", "viên/năm",
        subject="tổng công suất thiết kế các dây chuyền"),
    fig("từ 90.000 đến 100.000", "90.000", 90000, "measure", "tấn/năm", value_max=100000,
        subject="tro xỉ công ty sử dụng mỗi năm"),
    fig("tới 70%", "70", 70, "percent", "%",
        subject="tro xỉ trong khối lượng nguyên liệu đầu vào"),
    fig("khoảng 150 đồng", "150", 150, "money", "đồng/viên", approx="about",
        subject="giá thành mỗi viên gạch giảm"),
    fig("1.250 - 1.400", "1.250", 1250, "money", "đồng/viên", value_max=1400,
        change=chg("decrease", 10, "%", "gạch nung cùng loại"),
        subject="giá bán gạch của công ty"),
    fig("đạt 48,6 tỷ", "48,6", 48.6e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm trước"), subject="doanh thu của công ty", period=Y23),
    fig("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=Y23),
    fig("khoảng 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của người lao động"),
    fig("khoảng 2.500", "2.500", 2500, "count", "dây chuyền", approx="about",
        subject="dây chuyền sản xuất gạch không nung", location=VN),
    fig("khoảng 16 tỷ", "16", 16e9, "measure", "viên quy tiêu chuẩn/năm", approx="about",
        subject="tổng công suất các dây chuyền sản xuất gạch không nung", location=VN),
    fig("chưa đến 15%", "15", 15, "percent", "%", approx="under",
        subject="lượng tro xỉ dùng cho sản xuất gạch trong lượng tro xỉ tiêu thụ", location=VN),
    fig("chiếm 45%", "45", 45, "percent", "%", status="target",
        subject="gạch không nung trong tổng lượng vật liệu xây", period=TO25, location="Thái Bình"),
]

NOTES = [
    "National newspaper: 'Thứ ba, 12/3/2024, 09:20 (GMT+7)' dateline, headline, sapo, quote, byline 'Hoàng Nam' at the end.",
    "Distractors: time 09:20, '(GMT+7)', 'Nhà máy Nhiệt điện Hồng Phúc', baseline 'năm trước'.",
    "Company figures -> Thái Thụy (the firm stands in huyện Thái Thụy); the association's national figures -> Việt Nam;",
    "'Tại Thái Bình, tỉnh đặt mục tiêu đến năm 2025 ... 45%' -> Thái Bình, target.",
    "Yearly amounts with 'mỗi năm' are rates: 'viên/năm', 'tấn/năm'. Bricks produced per year are a measure (a rate), as capacities.",
    "'giá thành mỗi viên gạch giảm khoảng 150 đồng': the fall itself is the claim -> a money figure (đồng/viên), no change object,",
    "as for a growth rate that is the claim.",
    "'giá bán 1.250 - 1.400 đồng/viên, thấp hơn 10-15% so với gạch nung' -> range; change decrease 10 (the change's first value).",
    "'Tro xỉ chiếm tới 70% ...' is its own sentence -> a percent figure ('tới' is emphasis, exact).",
    "'Năm 2023' governs the revenue and budget clauses; the wage sentence after it names no period (none given).",
]

if __name__ == "__main__":
    write("p1394-6", TEXT, NOTES, FIGS, published="2024-03-12", location="Thái Thụy")
