"""p1492-4: provincial newspaper (Báo Bắc Giang, tag '(BGĐT) -'): a backpack factory in huyện Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế | Thứ Hai, 11/03/2024 | 07:15

Nhà máy ba lô ở Việt Yên tạo việc làm cho hơn 3.000 lao động

(BGĐT) - Sau hơn hai năm đi vào hoạt động, nhà máy sản xuất ba lô, túi xách của Công ty TNHH Hành lý Kinh Bắc tại Khu công nghiệp Quang Châu (huyện Việt Yên) đã tạo việc làm ổn định cho hơn 3 nghìn lao động địa phương.

Nhà máy có tổng vốn đầu tư 28 triệu USD, gồm 6 xưởng may với 42 chuyền sản xuất. Năm 2023, công ty xuất khẩu gần 5,8 triệu chiếc ba lô, túi xách sang Hoa Kỳ, Canada và Hàn Quốc, kim ngạch đạt 74,5 triệu USD, giảm 6,2% so với năm 2022 do đơn hàng sụt giảm trong quý I và quý II. Thu nhập bình quân của người lao động đạt 9,2 triệu đồng/tháng, cao hơn khoảng 700 nghìn đồng so với năm trước.

Theo bà Nguyễn Thị Thu Hằng, Phó Giám đốc nhân sự, hai tháng đầu năm 2024, đơn hàng đã phục hồi, sản lượng đạt 1,1 triệu chiếc, gấp 1,4 lần cùng kỳ. Công ty dự kiến tuyển thêm 500 công nhân trong quý II. Hiện lao động nữ chiếm khoảng 80% tổng số lao động của nhà máy.

Toàn tỉnh hiện có 9 doanh nghiệp sản xuất ba lô, túi xách; năm 2023, kim ngạch xuất khẩu nhóm hàng này đạt 213 triệu USD, chiếm 1,6% kim ngạch xuất khẩu của tỉnh.

NGỌC ANH

Tin cùng chuyên mục:
- Lạng Giang: Đẩy mạnh thu hút đầu tư vào cụm công nghiệp Tân Dĩnh
- Khởi công đường vành đai IV, đoạn qua Bắc Giang
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
VY = "Việt Yên"

FIGS = [
    fig("cho hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
        subject="lao động nhà máy ba lô tạo việc làm", location=VY),
    fig("hơn hai năm", "hai", 2, "measure", "năm", approx="over", optional=True, location=VY),
    fig("hơn 3 nghìn lao động", "3", 3000, "count", "lao động", approx="over",
        subject="lao động địa phương được nhà máy tạo việc làm ổn định", location=VY),
    fig("vốn đầu tư 28 triệu", "28", 28e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=VY),
    fig("gồm 6 xưởng", "6", 6, "count", "xưởng may", subject="xưởng may của nhà máy", location=VY),
    fig("với 42 chuyền", "42", 42, "count", "chuyền sản xuất", subject="chuyền sản xuất của nhà máy", location=VY),
    fig("gần 5,8 triệu chiếc", "5,8", 5.8e6, "count", "chiếc", approx="nearly",
        subject="ba lô, túi xách công ty xuất khẩu", period=Y23, location=VY),
    fig("đạt 74,5 triệu", "74,5", 74.5e6, "money", "USD", change=chg("decrease", 6.2, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu của công ty", period=Y23, location=VY),
    fig("đạt 9,2 triệu", "9,2", 9.2e6, "money", "đồng/tháng",
        change=chg("increase", 700e3, "đồng", "năm trước", approx="about"),
        subject="thu nhập bình quân của người lao động", period=inh(Y23), location=VY),
    fig("đạt 1,1 triệu chiếc", "1,1", 1.1e6, "count", "chiếc", change=chg("increase", 1.4, "lần", "cùng kỳ"),
        subject="sản lượng của công ty", period=M2, location=VY),
    fig("thêm 500 công nhân", "500", 500, "count", "công nhân", status="forecast",
        subject="công nhân công ty tuyển thêm", period=Q2, location=VY),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="lao động nữ trong tổng số lao động của nhà máy", location=VY),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ba lô, túi xách"),
    fig("đạt 213 triệu", "213", 213e6, "money", "USD", percent=1.6,
        subject="kim ngạch xuất khẩu nhóm hàng ba lô, túi xách", period=Y23b),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section and 'Thứ Hai, 11/03/2024 | 07:15', tag '(BGĐT) -', byline, related links.",
    "Distractors: 07:15, 'quý I và quý II' (periods only), 'vành đai IV' in a related-link title, 'Khu công nghiệp Quang Châu'.",
    "The factory stands in huyện Việt Yên: its figures get location Việt Yên; the province's 9 doanh nghiệp and 213 triệu USD get Bắc Giang.",
    "'Sau hơn hai năm đi vào hoạt động' is a duration that locates the story in time: optional.",
    "Headline '3.000' and sapo '3 nghìn' are two mentions, two figures. 'gồm 6 xưởng may' follows a money figure (not the same",
    "thing), so no total. 'cao hơn khoảng 700 nghìn đồng so với năm trước' → change in đồng; 'gấp 1,4 lần cùng kỳ' → change in lần.",
    "'hai tháng đầu năm 2024' ends 2024-02-29; 'dự kiến ... trong quý II' → forecast, quý II/2024.",
    "'Hiện lao động nữ chiếm khoảng 80% ...' is a share with no base amount in its sentence: a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1492-4", TEXT, NOTES, FIGS, published="2024-03-11", location="Bắc Giang")
