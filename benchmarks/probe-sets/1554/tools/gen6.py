"""p1554-6: national newspaper: tile prices cut, slow sales, stocks, imports (Hà Nội dealer, a Bình Dương maker)."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ sáu, 13/9/2024, 10:20 (GMT+7)

Gạch ốp lát giảm giá sâu vẫn khó bán

Nhiều đại lý gạch men tại Hà Nội giảm giá 15-25% nhưng khách vẫn thưa, trong khi tồn kho của các nhà máy ở mức cao.

Gạch ốp lát bày bán tại một cửa hàng ở quận Hoàng Mai, Hà Nội. Ảnh: Minh Châu

Tại một cửa hàng trên đường Giải Phóng (quận Hoàng Mai), gạch granite khổ 80x80 cm loại A được chào bán 235.000 đồng/m2, thấp hơn khoảng 40.000 đồng so với đầu năm. Chủ cửa hàng, bà Nguyễn Thị Hạnh, cho biết 8 tháng năm nay doanh số chỉ bằng 65% cùng kỳ, cửa hàng đã cho nghỉ 3 trong số 7 nhân viên.

Theo số liệu của hiệp hội ngành gốm sứ xây dựng, 8 tháng đầu năm, sản lượng gạch ốp lát cả nước ước đạt 312 triệu m2, tăng nhẹ 1,2% so với cùng kỳ năm 2023 nhưng vẫn thấp hơn khoảng 30% so với năm 2021. Lượng tồn kho hiện khoảng 100 triệu m2, trong đó các nhà máy phía Bắc chiếm gần 60%.

Ông Trần Quốc Bảo, Tổng giám đốc một doanh nghiệp gạch ở Bình Dương, cho biết công ty đã tạm dừng 2 trong số 5 lò nung, giá bán xuất xưởng giảm 8-10% nhưng vẫn phải trả lãi vay khoảng 3 tỷ đồng mỗi tháng.

Gạch nhập khẩu cũng gây sức ép. 7 tháng năm 2024, Việt Nam nhập khoảng 6,8 triệu m2 gạch ốp lát từ Trung Quốc và Ấn Độ, trị giá gần 41 triệu USD. Giá gạch Ấn Độ về cảng chỉ khoảng 4,5 USD/m2. Hiện cả nước có khoảng ba chục doanh nghiệp sản xuất gạch ốp lát, nhiều đơn vị đã kiến nghị Bộ Công Thương xem xét điều tra chống bán phá giá.

Minh Châu
"""

M8a = per("8 tháng năm nay", "2024-01-01", "2024-08-31")
M8b = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
HN, HM, BD = "Hà Nội", "Hoàng Mai", "Bình Dương"

FIGS = [
    fig("giảm giá 15-25%", "15", 15, "percent", "%", value_max=25, subject="giảm giá của đại lý gạch men",
        location=HN),
    fig("bán 235.000 đồng", "235.000", 235000, "money", "đồng/m2",
        change=chg("decrease", 40000, "đồng", "đầu năm", approx="about"),
        subject="giá chào bán gạch granite khổ 80x80 cm loại A", location=HM),
    fig("bằng 65%", "65", 65, "percent", "%", subject="doanh số so với cùng kỳ", period=M8a, location=HM),
    fig("nghỉ 3 trong số 7", "3", 3, "count", "nhân viên", total=7, subject="nhân viên cửa hàng cho nghỉ",
        location=HM),
    fig("ước đạt 312 triệu", "312", 312e6, "measure", "m2", status="estimate",
        change=chg("increase", 1.2, "%", "cùng kỳ năm 2023"), subject="sản lượng gạch ốp lát cả nước",
        period=M8b),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about", status="estimate",
        subject="sản lượng gạch ốp lát thấp hơn so với năm 2021", optional=True),
    fig("khoảng 100 triệu", "100", 100e6, "measure", "m2", approx="about", subject="lượng tồn kho"),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly", subject="tồn kho các nhà máy phía Bắc"),
    fig("dừng 2 trong số 5", "2", 2, "count", "lò nung", total=5, subject="lò nung công ty tạm dừng",
        location=BD),
    fig("giảm 8-10%", "8", 8, "percent", "%", value_max=10, subject="giá bán xuất xưởng giảm", location=BD),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "đồng/tháng", approx="about", subject="lãi vay", location=BD),
    fig("khoảng 6,8 triệu", "6,8", 6.8e6, "measure", "m2", approx="about",
        subject="gạch ốp lát nhập từ Trung Quốc và Ấn Độ", period=M7),
    fig("gần 41 triệu", "41", 41e6, "money", "USD", approx="nearly", subject="trị giá gạch ốp lát nhập khẩu",
        period=M7),
    fig("khoảng 4,5 USD", "4,5", 4.5, "money", "USD/m2", approx="about", subject="giá gạch Ấn Độ về cảng"),
    fig("khoảng ba chục", "ba chục", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất gạch ốp lát"),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 13/9/2024, 10:20 (GMT+7)', sapo, photo caption, byline at the end.",
    "Distractors: 10:20, (GMT+7), 'khổ 80x80 cm' (product format), 'đường Giải Phóng', 'năm 2021'/'năm 2023' as baselines, 'Ảnh:'.",
    "Locations: the dealers of the sapo Hà Nội; the shop in quận Hoàng Mai, Hà Nội: Hoàng Mai (revised after the first run, as Tiên Du, Điện Bàn elsewhere in the set); the unnamed maker's figures Bình Dương; national figures Việt Nam (default). 'các nhà máy phía Bắc' is a region, not a province: Việt Nam.",
    "'8 tháng năm nay' and '8 tháng đầu năm' take 2024 from the dateline. 'doanh số chỉ bằng 65% cùng kỳ' has no amount: a percent figure.",
    "312 triệu m2 has two changes: the first (tăng 1,2% so với cùng kỳ năm 2023) is the attribute, 'thấp hơn khoảng 30% so với năm 2021' is an optional percent figure (spec).",
    "'2 trong số 5 lò nung', '3 trong số 7 nhân viên': total 5, 7 (trong số N). 'giảm 15-25%', 'giảm 8-10%' are rates as the claim: percent figures, no change.",
    "'lãi vay khoảng 3 tỷ đồng mỗi tháng' → money, unit đồng/tháng. 'khoảng ba chục doanh nghiệp' = 30, about.",
]

if __name__ == "__main__":
    write("p1554-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Việt Nam")
