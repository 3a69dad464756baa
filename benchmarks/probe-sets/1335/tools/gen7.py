"""p1335-7: news agency (Báo Tin tức - TTXVN): Hương pagoda festival, first two weeks: visitors, prices, boats, fines."""
from lib import fig, per, chg, write

TEXT = """BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Văn hóa > Lễ hội

Chùa Hương đón hơn 410.000 lượt khách sau hai tuần khai hội

29/02/2024 18:32

Ngày 29/2, Ban Tổ chức Lễ hội chùa Hương năm 2024 (huyện Mỹ Đức, Hà Nội) cho biết, từ ngày khai hội 15/2 đến nay, khu di tích đã đón hơn 410.000 lượt khách, tăng khoảng 15% so với cùng kỳ năm 2023. Trung bình mỗi ngày khu di tích đón khoảng 30.000 lượt khách; ngày cao điểm lên tới 45.000-50.000 lượt.

Năm nay, giá vé thắng cảnh giữ ở mức 80.000 đồng/người, giá đò 60.000 đồng/người. Toàn khu vực có 4.200 đò phục vụ, trong đó 3.860 chiếc đã được đăng kiểm, đánh số và cấp biển. Từ đầu năm đến nay, lực lượng chức năng đã lập biên bản 27 trường hợp vi phạm, phạt tiền 58 triệu đồng.

Ban Tổ chức dự báo cả mùa lễ hội, kéo dài đến hết tháng 3 âm lịch, sẽ đón khoảng 1,2 triệu lượt khách. Doanh thu bán vé ước tính đạt khoảng 42 tỷ đồng.

Trước mùa lễ hội, huyện Mỹ Đức đã đầu tư 35 tỷ đồng tu bổ gác chuông, nhà Tổ chùa Thiên Trù và nâng cấp bến Yến. Quần thể di tích chùa Hương hiện gồm hơn 30 chùa, đền, đình, là di tích quốc gia đặc biệt.

Du khách đi đò trên suối Yến vào chùa Hương. Ảnh: Thanh Tùng/TTXVN

Tuấn Anh (TTXVN)

Tin liên quan:
- Hà Nội ra mắt tuyến xe buýt số 212 đến chùa Hương
"""

S15 = per("từ ngày khai hội 15/2 đến nay", "2024-02-15", "2024-02-29")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
TD = per("Từ đầu năm đến nay", "2024-01-01", "2024-02-29")

FIGS = [
    fig("hơn 410.000 lượt khách sau", "410.000", 410000, "count", "lượt khách", approx="over",
        subject="lượt khách chùa Hương đón"),
    fig("đã đón hơn 410.000", "410.000", 410000, "count", "lượt khách", approx="over",
        change=chg("increase", 15, "%", "cùng kỳ năm 2023", approx="about"), subject="lượt khách khu di tích đón",
        period=S15),
    fig("khoảng 30.000 lượt", "30.000", 30000, "measure", "lượt khách/ngày", approx="about",
        subject="lượt khách khu di tích đón trung bình mỗi ngày"),
    fig("45.000-50.000", "45.000", 45000, "count", "lượt", value_max=50000, subject="lượt khách ngày cao điểm"),
    fig("mức 80.000 đồng/người", "80.000", 80000, "money", "đồng/người", subject="giá vé thắng cảnh", period=NN),
    fig("60.000 đồng/người", "60.000", 60000, "money", "đồng/người", subject="giá đò", period=NN),
    fig("có 4.200 đò", "4.200", 4200, "count", "đò", subject="đò phục vụ"),
    fig("3.860 chiếc", "3.860", 3860, "count", "chiếc", total=4200,
        subject="đò đã được đăng kiểm, đánh số và cấp biển"),
    fig("biên bản 27 trường hợp", "27", 27, "count", "trường hợp", subject="trường hợp vi phạm bị lập biên bản",
        period=TD),
    fig("tiền 58 triệu", "58", 58e6, "money", "đồng", subject="tiền phạt", period=TD),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", approx="about", status="forecast",
        subject="lượt khách cả mùa lễ hội"),
    fig("khoảng 42 tỷ", "42", 42e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu bán vé"),
    fig("đầu tư 35 tỷ", "35", 35e9, "money", "đồng",
        subject="vốn đầu tư tu bổ gác chuông, nhà Tổ chùa Thiên Trù và nâng cấp bến Yến"),
    fig("hơn 30 chùa", "30", 30, "count", "chùa, đền, đình", approx="over",
        subject="chùa, đền, đình trong quần thể di tích chùa Hương"),
]

NOTES = [
    "News agency (Báo Tin tức - TTXVN): section path, headline figure, '29/02/2024 18:32', photo caption 'Ảnh: .../TTXVN', byline '(TTXVN)', related link.",
    "Location: huyện Mỹ Đức (Hà Nội), named in the lead: all figures describe the Hương pagoda festival there.",
    "'từ ngày khai hội 15/2 đến nay' → 2024-02-15 to the dateline 2024-02-29 (2024 is a leap year). 'Từ đầu năm đến nay' → 2024-01-01 to 2024-02-29.",
    "'tăng khoảng 15% so với cùng kỳ năm 2023': change with approx about. 'Trung bình mỗi ngày ... khoảng 30.000 lượt khách': a rate, measure 'lượt khách/ngày'.",
    "'ngày cao điểm lên tới 45.000-50.000 lượt': a range (count); 'lên tới' is not an approx cue of the spec.",
    "'Năm nay, giá vé ... 80.000 đồng/người, giá đò 60.000 đồng/người': prices with the year of the dateline.",
    "'4.200 đò ..., trong đó 3.860 chiếc': part of a whole. 'dự báo ... khoảng 1,2 triệu' forecast; 'ước tính đạt khoảng 42 tỷ' estimate + about.",
    "Distractors: 'sau hai tuần khai hội' (a duration that locates the figure in time, twice), 'Ngày 29/2', '15/2', 'tháng 3 âm lịch', 'Lễ hội chùa Hương năm 2024', 'xe buýt số 212', dateline and time.",
]

if __name__ == "__main__":
    write("p1335-7", TEXT, NOTES, FIGS, published="2024-02-29", location="Mỹ Đức")
