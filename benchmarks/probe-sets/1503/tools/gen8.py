"""p1503-8: radio/TV site (LA34, Đài PT-TH Long An): a carpentry cooperative making industrial-wood kitchen cabinets in huyện Đức Hòa."""
from lib import fig, per, inh, chg, write

TEXT = """LA34 - Đài Phát thanh và Truyền hình Long An
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

HTX Mộc Hòa Khánh: tủ bếp gỗ công nghiệp giúp xã viên tăng thu nhập

Cập nhật lúc 17:30, 22/08/2024

LA34 - Thành lập năm 2020 với 7 thành viên, đến nay Hợp tác xã Mộc Hòa Khánh ở xã Hòa Khánh Đông, huyện Đức Hòa đã có 26 thành viên và 45 lao động thường xuyên.

Năm 2023, hợp tác xã được Quỹ hỗ trợ phát triển hợp tác xã tỉnh cho vay 2 tỷ đồng, lãi suất 7%/năm, để mua ba máy gồm máy cưa bàn trượt, máy dán cạnh và máy khoan đa năng. Nhờ đó, mỗi tháng hợp tác xã sản xuất từ 80 đến 100 bộ tủ bếp gỗ công nghiệp, cùng nhiều tủ áo, kệ tivi cho các khu dân cư và công ty xây dựng trong tỉnh.

7 tháng đầu năm 2024, doanh thu của hợp tác xã đạt 6,8 tỷ đồng, tăng 23% so với cùng kỳ; lợi nhuận khoảng 920 triệu đồng. Thu nhập của xã viên bình quân 9 triệu đồng/người/tháng, cao hơn khoảng 2 triệu đồng so với khi đi làm thuê.

Ông Võ Văn Sang, Giám đốc hợp tác xã, cho biết quý III, hợp tác xã dự kiến ký hợp đồng cung cấp 250 bộ tủ bếp cho dự án nhà ở xã hội trong tỉnh. Mục tiêu đến năm 2026, hợp tác xã nâng số thành viên lên 40 người, doanh thu đạt trên 15 tỷ đồng/năm.

Toàn huyện Đức Hòa hiện có 35 hợp tác xã, trong đó 4 hợp tác xã hoạt động trong lĩnh vực mộc, nội thất. Năm 2023, HTX Mộc Hòa Khánh được xếp loại tốt, đứng thứ 3 trong các hợp tác xã phi nông nghiệp của huyện.

Minh Tâm - Văn Hùng
Video: Phóng sự HTX Mộc Hòa Khánh (thời lượng 3:45)
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
NOW = per("đến nay", None, "2024-08-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
TO26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập hợp tác xã", period=Y20),
    fig("có 26 thành viên", "26", 26, "count", "thành viên", subject="thành viên Hợp tác xã Mộc Hòa Khánh",
        period=NOW),
    fig("45 lao động", "45", 45, "count", "lao động", subject="lao động thường xuyên", period=NOW),
    fig("vay 2 tỷ", "2", 2e9, "money", "đồng", subject="vốn vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", period=Y23),
    fig("lãi suất 7%", "7", 7, "percent", "%", subject="lãi suất", period=Y23),
    fig("mua ba máy", "ba", 3, "count", "máy", subject="máy hợp tác xã mua", period=Y23),
    fig("từ 80 đến 100 bộ", "80", 80, "measure", "bộ tủ bếp/tháng", value_max=100,
        subject="tủ bếp gỗ công nghiệp hợp tác xã sản xuất mỗi tháng"),
    fig("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=chg("increase", 23, "%", "cùng kỳ"),
        subject="doanh thu của hợp tác xã", period=M7),
    fig("khoảng 920 triệu", "920", 920e6, "money", "đồng", approx="about", subject="lợi nhuận", period=M7),
    fig("bình quân 9 triệu", "9", 9e6, "money", "đồng/người/tháng",
        change=chg("increase", 2e6, "đồng", "khi đi làm thuê", "about"), subject="thu nhập của xã viên"),
    fig("cung cấp 250 bộ", "250", 250, "count", "bộ tủ bếp", status="forecast",
        subject="tủ bếp cung cấp cho dự án nhà ở xã hội", period=Q3),
    fig("lên 40 người", "40", 40, "count", "người", status="target", subject="số thành viên hợp tác xã",
        period=TO26),
    fig("trên 15 tỷ", "15", 15e9, "money", "đồng/năm", approx="over", status="target", subject="doanh thu",
        period=TO26),
    fig("có 35 hợp tác xã", "35", 35, "count", "hợp tác xã", subject="hợp tác xã toàn huyện"),
    fig("4 hợp tác xã", "4", 4, "count", "hợp tác xã", total=35,
        subject="hợp tác xã hoạt động trong lĩnh vực mộc, nội thất"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="HTX Mộc Hòa Khánh trong các hợp tác xã phi nông nghiệp của huyện", period=Y23),
]

NOTES = [
    "Radio/TV site (LA34, Đài PT-TH Long An): menu with Video/Phát thanh, 'Cập nhật lúc 17:30, 22/08/2024', tag 'LA34 -', bylines, video length.",
    "Distractors: 17:30, 'LA34' (channel name), 'thời lượng 3:45', founding year 'năm 2020' (it dates the 7 members).",
    "All figures describe the cooperative or the district: location Đức Hòa (default). The 250 bộ go to a project 'trong tỉnh' but are",
    "the cooperative's contract: Đức Hòa (borderline).",
    "'đến nay ... đã có 26 thành viên và 45 lao động': an as-of date, the dateline (start null, end 2024-08-22).",
    "'Năm 2023' governs the loan, its interest rate '7%/năm' (a percent) and 'ba máy' (number word). The three machines listed after 'gồm' carry no numbers.",
    "'mỗi tháng ... từ 80 đến 100 bộ' is a rate (bộ tủ bếp/tháng), no period. 'cao hơn khoảng 2 triệu đồng so với khi đi làm thuê' is the income's change (unit đồng).",
    "'quý III' takes 2024 from the nearest earlier period '7 tháng đầu năm 2024'; 'dự kiến' -> forecast. 'Mục tiêu đến năm 2026' governs both clauses (target).",
    "'đứng thứ 3 trong các hợp tác xã phi nông nghiệp của huyện' is a rank, period Năm 2023.",
]

if __name__ == "__main__":
    write("p1503-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Đức Hòa")
