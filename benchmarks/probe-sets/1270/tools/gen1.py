"""p1270-1: province portal (Kiên Giang): a safari park in TP Phú Quốc, 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Vườn thú bán hoang dã ở Phú Quốc đón hơn 1,2 triệu lượt khách trong 9 tháng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.126

Theo Sở Du lịch, 9 tháng đầu năm 2024, Công viên Safari Hòn Thơm tại TP Phú Quốc đón hơn 1,2 triệu lượt khách, tăng 18,5% so với cùng kỳ năm 2023, bằng 80% kế hoạch năm; trong đó khách quốc tế khoảng 456.000 lượt, chiếm 38%. Doanh thu từ bán vé và dịch vụ ước đạt 642 tỷ đồng.

Công viên rộng khoảng 380 ha, đang nuôi dưỡng gần 3.000 cá thể động vật thuộc 140 loài, trong đó có 52 loài nằm trong Sách đỏ. Từ đầu năm đến nay, đơn vị ghi nhận 126 cá thể thú non được sinh ra, gồm hai con hươu cao cổ, ba con tê giác trắng và 121 cá thể thuộc các loài khác.

Giá vé tham quan hiện là 650.000 đồng/vé người lớn và 490.000 đồng/vé trẻ em; gói vé kết hợp Safari 360 gồm cả tuyến cáp treo Hòn Thơm. Công viên sử dụng 1.150 lao động, thu nhập bình quân 11,5 triệu đồng/người/tháng. Mỗi ngày, các khu chuồng tiêu thụ khoảng 4,5 tấn thức ăn, gồm cỏ, rau, trái cây và thịt.

Năm 2024, tỉnh đặt mục tiêu công viên đón 1,5 triệu lượt khách; đến năm 2030 phấn đấu đạt 2,5 triệu lượt/năm, gắn với tuyến cáp treo và Khu du lịch Bãi Kem 2.

Tin liên quan:
- Phú Quốc đón chuyến bay thẳng thứ 100 từ Hàn Quốc
- Kiên Giang tổ chức Hội nghị xúc tiến du lịch lần thứ 3
- Thông báo số 412/TB-SDL về lịch nghỉ lễ Quốc khánh 2/9
"""

PQ = "Phú Quốc"
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("1,2 triệu lượt khách trong 9 tháng", "1,2", 1.2e6, "count", "lượt khách", approx="over",
        subject="lượt khách vườn thú bán hoang dã ở Phú Quốc đón", period=H9),
    fig("TP Phú Quốc đón hơn 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", approx="over",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"), percent=80,
        subject="lượt khách Công viên Safari Hòn Thơm đón", period=M9),
    fig("khoảng 456.000 lượt", "456.000", 456000, "count", "lượt", approx="about", total=1.2e6, percent=38,
        subject="khách quốc tế", period=M9),
    fig("ước đạt 642 tỷ", "642", 642e9, "money", "đồng", status="estimate",
        subject="doanh thu từ bán vé và dịch vụ", period=inh(M9)),
    fig("khoảng 380 ha", "380", 380, "measure", "ha", approx="about", subject="diện tích công viên"),
    fig("gần 3.000 cá thể", "3.000", 3000, "count", "cá thể", approx="nearly",
        subject="cá thể động vật công viên đang nuôi dưỡng"),
    fig("thuộc 140 loài", "140", 140, "count", "loài", subject="loài động vật công viên nuôi dưỡng"),
    fig("có 52 loài", "52", 52, "count", "loài", total=140, subject="loài nằm trong Sách đỏ"),
    fig("ghi nhận 126 cá thể", "126", 126, "count", "cá thể", subject="cá thể thú non được sinh ra",
        period=YTD),
    fig("hai con hươu", "hai", 2, "count", "con", total=126, subject="hươu cao cổ được sinh ra", period=YTD),
    fig("ba con tê giác", "ba", 3, "count", "con", total=126, subject="tê giác trắng được sinh ra", period=YTD),
    fig("và 121 cá thể", "121", 121, "count", "cá thể", total=126,
        subject="cá thể thuộc các loài khác được sinh ra", period=YTD),
    fig("650.000 đồng/vé", "650.000", 650000, "money", "đồng/vé", subject="giá vé tham quan người lớn"),
    fig("490.000 đồng/vé", "490.000", 490000, "money", "đồng/vé", subject="giá vé tham quan trẻ em"),
    fig("dụng 1.150 lao động", "1.150", 1150, "count", "lao động", subject="lao động công viên sử dụng"),
    fig("11,5 triệu đồng", "11,5", 11.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 4,5 tấn", "4,5", 4.5, "measure", "tấn/ngày", approx="about",
        subject="thức ăn các khu chuồng tiêu thụ mỗi ngày"),
    fig("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="target",
        subject="lượt khách công viên đón", period=Y24),
    fig("đạt 2,5 triệu", "2,5", 2.5e6, "measure", "lượt/năm", status="target",
        subject="lượt khách công viên đón", period=T30),
]

NOTES = [
    "Province portal (Kiên Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.126' (published), related links.",
    "The park is in TP Phú Quốc: location Phú Quốc throughout (a district-level city of Kiên Giang).",
    "Headline '9 tháng' takes the year of published (2024). 'Từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'bằng 80% kế hoạch năm' is the share attribute of the 1,2 triệu; 'trong đó khách quốc tế khoảng 456.000 lượt, chiếm 38%' -> total 1.2e6, percent 38.",
    "'gồm hai con hươu cao cổ, ba con tê giác trắng và 121 cá thể' add up to 126 -> total 126 each.",
    "Rates are measure with the denominator in the unit: 'Mỗi ngày ... khoảng 4,5 tấn' -> tấn/ngày, '2,5 triệu lượt/năm' -> lượt/năm (revised: was count). 'ước đạt 642 tỷ' -> estimate, period inherited from the previous sentence.",
    "Distractors: Lượt xem 3.126, 14/10/2024 08:45, 'Bãi Kem 2', the ticket name 'Safari 360', 'thứ 100', 'lần thứ 3', 'Thông báo số 412/TB-SDL', 'Quốc khánh 2/9'.",
]

if __name__ == "__main__":
    write("p1270-1", TEXT, NOTES, FIGS, published="2024-10-14", location=PQ)
