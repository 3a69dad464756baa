"""p1551-6: national newspaper: Vietnamese rubber glove exports, 8 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 12/9/2024, 06:00 (GMT+7)

Găng tay cao su Việt hưởng lợi khi Mỹ siết hàng Trung Quốc

Xuất khẩu găng tay cao su 8 tháng đầu năm tăng gần 30%, nhiều nhà máy chạy hết công suất để đón đơn hàng từ Mỹ.

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm, Việt Nam xuất khẩu khoảng 9,8 tỷ chiếc găng tay cao su các loại, trị giá 312 triệu USD, tăng 29,6% so với cùng kỳ năm ngoái. Mỹ là thị trường lớn nhất, chiếm 41% kim ngạch, tiếp đến là Nhật Bản (16%) và Đức (8%).

Cả nước hiện có khoảng 20 nhà máy sản xuất găng tay cao su, tổng công suất hơn 15 tỷ chiếc/năm, chủ yếu ở Đông Nam Bộ. Việt Nam đứng thứ tư thế giới về xuất khẩu găng tay cao su, sau Malaysia, Thái Lan và Trung Quốc.

Ông Phạm Đức Long, Tổng giám đốc Công ty CP Găng tay Nam Việt (Bình Phước), cho biết từ đầu năm nay công ty nhận thêm đơn hàng khoảng 600 triệu chiếc, các dây chuyền chạy 24/24 giờ. Giá bán găng tay nitrile của công ty đã tăng từ 17 lên 21 USD/hộp 1.000 chiếc, song vẫn thấp hơn khoảng 30% so với đỉnh dịch năm 2021.

"Đơn hàng từ Mỹ tăng mạnh vì Washington dự kiến tăng thuế với găng tay y tế nhập khẩu từ Trung Quốc từ năm 2026", ông Long nói.

Theo Hiệp hội Cao su Việt Nam, kim ngạch xuất khẩu găng tay cao su cả năm nay có thể đạt 480-500 triệu USD. Mục tiêu đến năm 2030, ngành phấn đấu đưa tỷ lệ găng tay nitrile lên ít nhất 60% sản lượng.

Hoài Thu
"""

S8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
YTD = per("từ đầu năm nay", "2024-01-01", "2024-09-12")
YEAR = per("cả năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
BP = "Bình Phước"

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
        subject="xuất khẩu găng tay cao su", period=S8),
    fig("khoảng 9,8 tỷ", "9,8", 9.8e9, "count", "chiếc", approx="about",
        subject="găng tay cao su các loại Việt Nam xuất khẩu", period=S8),
    fig("trị giá 312 triệu", "312", 312e6, "money", "USD",
        change=chg("increase", 29.6, "%", "cùng kỳ năm ngoái"),
        subject="trị giá xuất khẩu găng tay cao su", period=S8),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="tỷ trọng thị trường Mỹ trong kim ngạch",
        period=inh(S8)),
    fig("Nhật Bản (16%)", "16", 16, "percent", "%", subject="tỷ trọng thị trường Nhật Bản trong kim ngạch",
        period=inh(S8)),
    fig("Đức (8%)", "8", 8, "percent", "%", subject="tỷ trọng thị trường Đức trong kim ngạch",
        period=inh(S8)),
    fig("khoảng 20 nhà máy", "20", 20, "count", "nhà máy", approx="about",
        subject="nhà máy sản xuất găng tay cao su"),
    fig("hơn 15 tỷ", "15", 15e9, "measure", "chiếc/năm", approx="over",
        subject="tổng công suất nhà máy sản xuất găng tay cao su"),
    fig("đứng thứ tư", "tư", 4, "rank", "hạng", subject="xuất khẩu găng tay cao su"),
    fig("khoảng 600 triệu", "600", 600e6, "count", "chiếc", approx="about",
        subject="đơn hàng công ty nhận thêm", period=YTD, location=BP),
    fig("từ 17 lên", "17", 17, "money", "USD/hộp", subject="giá bán găng tay nitrile của công ty trước đây",
        location=BP, optional=True),
    fig("lên 21 USD", "21", 21, "money", "USD/hộp",
        change=chg("decrease", 30, "%", "đỉnh dịch năm 2021", approx="about"),
        subject="giá bán găng tay nitrile của công ty", location=BP),
    fig("hộp 1.000 chiếc", "1.000", 1000, "count", "chiếc", subject="số chiếc mỗi hộp", location=BP,
        optional=True),
    fig("đạt 480-500", "480", 480e6, "money", "USD", value_max=500e6, status="forecast",
        subject="kim ngạch xuất khẩu găng tay cao su", period=YEAR),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ găng tay nitrile trong sản lượng", period=T30),
]

NOTES = [
    "National newspaper: category breadcrumb, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "National figures: location Việt Nam; the Bình Phước company's figures: Bình Phước. Trade partners (Mỹ, Nhật Bản, Đức) are",
    "never a location; they stay in the subject of their shares (spec: 'vốn đăng ký cấp mới của Trung Quốc').",
    "Distractors: 06:00, '(GMT+7)', 'chạy 24/24 giờ' (round the clock, not a part of a whole), 'đỉnh dịch năm 2021', 'từ năm 2026'.",
    "Sapo 'tăng gần 30%' is a growth rate as the claim: percent, nearly, no change; '8 tháng đầu năm' takes 2024 from the dateline.",
    "'trị giá 312 triệu USD, tăng 29,6% ...': the change attaches to the amount just before it. 'Mỹ ... chiếm 41% kim ngạch' has no",
    "base amount in its clause (a new clause after the sentence's figures): percent figure; list items 16% and 8% the same way.",
    "'đứng thứ tư thế giới' → rank 4 (number word 'tư'), location Việt Nam. 'từ đầu năm nay' ends at the dateline.",
    "'tăng từ 17 lên 21 USD/hộp 1.000 chiếc': 21 is the figure (unit USD/hộp) and takes 'thấp hơn khoảng 30% so với đỉnh dịch năm 2021'",
    "as a decrease change; the old price 17 and the box size 1.000 chiếc are optional.",
    "'có thể đạt 480-500 triệu USD' (Hiệp hội's outlook) → forecast, range. 'Mục tiêu đến năm 2030 ... ít nhất 60%' → target, at_least.",
]

if __name__ == "__main__":
    write("p1551-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
