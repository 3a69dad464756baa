"""p1416-5: national newspaper, national transplant totals, cities, costs, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe › Các bệnh

Thứ năm, 12/9/2024, 06:00 (GMT+7)

Việt Nam đã thực hiện hơn 2.500 ca ghép tế bào gốc tạo máu

Chi phí ghép tại Việt Nam chỉ bằng khoảng 25% so với Singapore hay Thái Lan, song số ca ghép mới đáp ứng khoảng 20% nhu cầu.

Thông tin được đưa ra tại Hội nghị Ghép tế bào gốc tạo máu toàn quốc lần thứ 9, khai mạc ngày 11/9 tại Hà Nội. Theo PGS.TS Đỗ Minh Khoa, Chủ tịch Hội Ghép tế bào Việt Nam, tính đến ngày 30/6/2024, cả nước đã thực hiện 2.537 ca ghép tế bào gốc tạo máu, trong đó ghép tự thân chiếm 61%.

Riêng năm 2023, các cơ sở thực hiện 412 ca, tăng 15% so với năm 2022; trong đó TP Hồ Chí Minh dẫn đầu với 176 ca, Hà Nội đứng thứ hai với 149 ca. Cả nước hiện có 12 cơ sở thực hiện ghép, tập trung tại Hà Nội (5 cơ sở) và TP Hồ Chí Minh (4 cơ sở), còn lại ở Huế, Nghệ An và Khánh Hòa.

"Chi phí mỗi ca ghép tại Việt Nam từ 300 triệu đến 1,2 tỷ đồng, chỉ bằng khoảng 25% chi phí ở các nước trong khu vực", PGS Khoa nói. Hiện quỹ bảo hiểm y tế chi trả cho hơn 70% số ca ghép, nhưng nhiều người bệnh vẫn phải tự lo khoản đồng chi trả từ 100 đến 300 triệu đồng.

Theo Quyết định số 2156/QĐ-BYT, mục tiêu đến năm 2030 cả nước có ít nhất 20 cơ sở ghép tế bào gốc và thực hiện 1.000 ca ghép trong năm 2030. Để đạt mục tiêu, Hội dự kiến đào tạo thêm khoảng 150 bác sĩ, điều dưỡng chuyên ngành trong 5 năm tới.

Thùy An
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y30 = per("năm 2030", "2030-01-01", "2030-12-31")

FIGS = [
    fig("hơn 2.500 ca", "2.500", 2500, "count", "ca", approx="over", subject="ca ghép tế bào gốc tạo máu"),
    fig("khoảng 25% so với", "25", 25, "percent", "%", approx="about",
        subject="chi phí ghép tại Việt Nam so với Singapore hay Thái Lan"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="số ca ghép đáp ứng nhu cầu"),
    fig("thực hiện 2.537 ca", "2.537", 2537, "count", "ca", subject="ca ghép tế bào gốc tạo máu cả nước đã thực hiện",
        period=ASOF),
    fig("chiếm 61%", "61", 61, "percent", "%", subject="ghép tự thân", period=ASOF),
    fig("thực hiện 412 ca", "412", 412, "count", "ca", change=chg("increase", 15, "%", "năm 2022"),
        subject="ca ghép các cơ sở thực hiện", period=Y23),
    fig("với 176 ca", "176", 176, "count", "ca", total=412, subject="ca ghép", period=Y23,
        location="TP Hồ Chí Minh"),
    fig("thứ hai", "hai", 2, "rank", "hạng", subject="số ca ghép", period=Y23, location="Hà Nội"),
    fig("với 149 ca", "149", 149, "count", "ca", total=412, subject="ca ghép", period=Y23, location="Hà Nội"),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở thực hiện ghép"),
    fig("(5 cơ sở)", "5", 5, "count", "cơ sở", subject="cơ sở thực hiện ghép", location="Hà Nội"),
    fig("(4 cơ sở)", "4", 4, "count", "cơ sở", subject="cơ sở thực hiện ghép", location="TP Hồ Chí Minh"),
    fig("từ 300 triệu đến 1,2 tỷ", "300", 300e6, "money", "đồng/ca", value_max=1.2e9, percent=25,
        subject="chi phí mỗi ca ghép tại Việt Nam"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="số ca ghép quỹ bảo hiểm y tế chi trả"),
    fig("từ 100 đến 300 triệu", "100", 100e6, "money", "đồng", value_max=300e6,
        subject="khoản đồng chi trả người bệnh phải tự lo"),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở ghép tế bào gốc", period=T30),
    fig("thực hiện 1.000 ca", "1.000", 1000, "count", "ca", status="target", subject="ca ghép thực hiện",
        period=Y30),
    fig("khoảng 150 bác sĩ", "150", 150, "count", "bác sĩ, điều dưỡng", approx="about", status="forecast",
        subject="bác sĩ, điều dưỡng chuyên ngành đào tạo thêm"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 'lần thứ 9', 'ngày 11/9', 'Quyết định số 2156/QĐ-BYT', 'trong 5 năm tới' (a duration locating",
    "the plan in time), 'năm 2022' baseline.",
    "Location Việt Nam by default (cả nước); list items in a city → that city: '176 ca' TP HCM, 'thứ hai'/'149 ca' Hà Nội,",
    "'(5 cơ sở)' Hà Nội, '(4 cơ sở)' TP HCM. Singapore/Thái Lan are comparators, not places of the figure.",
    "'trong đó ghép tự thân chiếm 61%' is a percent figure of its own (the share of a part, not of the 2.537).",
    "'trong đó TP HCM dẫn đầu với 176 ca, Hà Nội ... 149 ca' → total 412. '(5 cơ sở)', '(4 cơ sở)' do not add up to 12 and have no",
    "cue: no total. 'chỉ bằng khoảng 25% chi phí ở các nước trong khu vực' → percent attribute of the cost range.",
    "The sapo's 25% has no base amount: percent figure of its own. 'mục tiêu đến năm 2030' → target; 'trong năm 2030' → the year.",
    "'Hội dự kiến đào tạo thêm khoảng 150' → forecast; 'trong 5 năm tới' gives no dated period.",
]

if __name__ == "__main__":
    write("p1416-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
