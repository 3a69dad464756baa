"""p1323-4: provincial Party newspaper online (Báo Kiên Giang, tag '(BKGO) -'): Phú Quốc specialties bought as gifts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Kinh tế > Du lịch

Đặc sản Phú Quốc "hút" khách mua làm quà

Thứ Hai, 15/07/2024 - 07:20

Nước mắm, hồ tiêu, rượu sim, ngọc trai… là những món quà được du khách tìm mua nhiều nhất khi đến Phú Quốc. Mùa du lịch năm nay, nhiều cơ sở sản xuất, cửa hàng đặc sản trên đảo có doanh thu tăng mạnh.

(BKGO) - Theo Phòng Kinh tế TP Phú Quốc, 6 tháng đầu năm 2024, thành phố đón hơn 3,2 triệu lượt khách, trong đó khách quốc tế khoảng 520.000 lượt, gấp 3,1 lần cùng kỳ. Trên địa bàn hiện có 43 nhà thùng sản xuất nước mắm với sản lượng khoảng 12 triệu lít/năm và hơn 300 cửa hàng kinh doanh đặc sản, quà lưu niệm.

Tại cơ sở nước mắm Hưng Thành ở phường Dương Đông, mỗi ngày có từ 20 đến 25 đoàn khách ghé tham quan. Bà Lê Thị Hồng, chủ cơ sở, cho biết 6 tháng đầu năm nay cơ sở bán được khoảng 86.000 chai, tăng 40% so với cùng kỳ; giá từ 95.000 đến 250.000 đồng/chai tùy độ đạm. Loại 40 độ đạm được khách ưa chuộng nhất.

Ở xã Hàm Ninh, Hợp tác xã Ngọc trai Biển Xanh có 18 thành viên, mỗi tháng tiêu thụ trên 1.500 sản phẩm trang sức; khoảng 60% người mua là khách quốc tế. Một chiếc vòng cổ ngọc trai nuôi có giá 1,2-4,5 triệu đồng.

Tuy nhiên, theo Ban Quản lý chợ đêm Phú Quốc, từ đầu năm đến nay đã tiếp nhận 17 phản ánh về việc bán hàng không niêm yết giá, "chặt chém" du khách; lực lượng chức năng đã xử phạt 9 trường hợp với tổng số tiền 36 triệu đồng.

Thành phố phấn đấu năm 2024 có thêm 15 sản phẩm OCOP, nâng tổng số lên 65 sản phẩm.

NGỌC LAN
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", approx="over",
        subject="lượt khách thành phố đón", period=H1),
    fig("khoảng 520.000 lượt", "520.000", 520000, "count", "lượt", approx="about", total=3.2e6,
        change=chg("increase", 3.1, "lần", "cùng kỳ"), subject="khách quốc tế", period=H1),
    fig("có 43 nhà thùng", "43", 43, "count", "nhà thùng", subject="nhà thùng sản xuất nước mắm"),
    fig("khoảng 12 triệu", "12", 12e6, "measure", "lít/năm", approx="about", subject="sản lượng nước mắm"),
    fig("hơn 300 cửa hàng", "300", 300, "count", "cửa hàng", approx="over",
        subject="cửa hàng kinh doanh đặc sản, quà lưu niệm"),
    fig("từ 20 đến 25 đoàn", "20", 20, "measure", "đoàn khách/ngày", value_max=25,
        subject="đoàn khách ghé tham quan cơ sở nước mắm Hưng Thành mỗi ngày"),
    fig("khoảng 86.000 chai", "86.000", 86000, "count", "chai", approx="about",
        change=chg("increase", 40, "%", "cùng kỳ"), subject="nước mắm cơ sở bán được", period=H1b),
    fig("từ 95.000 đến 250.000", "95.000", 95000, "money", "đồng/chai", value_max=250000,
        subject="giá nước mắm"),
    fig("Loại 40 độ đạm", "40", 40, "measure", "độ đạm", subject="độ đạm loại nước mắm được ưa chuộng nhất",
        optional=True),
    fig("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên Hợp tác xã Ngọc trai Biển Xanh"),
    fig("trên 1.500 sản phẩm", "1.500", 1500, "measure", "sản phẩm/tháng", approx="over",
        subject="sản phẩm trang sức hợp tác xã tiêu thụ mỗi tháng"),
    fig("khoảng 60% người mua", "60", 60, "percent", "%", approx="about",
        subject="người mua là khách quốc tế"),
    fig("giá 1,2-4,5 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", value_max=4.5e6,
        subject="giá vòng cổ ngọc trai nuôi"),
    fig("tiếp nhận 17 phản ánh", "17", 17, "count", "phản ánh",
        subject="phản ánh về việc bán hàng không niêm yết giá, chặt chém du khách", period=YTD),
    fig("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị xử phạt", period=YTD),
    fig("tiền 36 triệu", "36", 36e6, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    fig("thêm 15 sản phẩm", "15", 15, "count", "sản phẩm", status="target",
        subject="sản phẩm OCOP có thêm", period=Y24),
    fig("lên 65 sản phẩm", "65", 65, "count", "sản phẩm", status="target",
        subject="tổng số sản phẩm OCOP", period=Y24),
]

NOTES = [
    "Provincial Party newspaper online (Báo Kiên Giang): section breadcrumb, 'Thứ Hai, 15/07/2024 - 07:20', sapo, tag '(BKGO) -', byline at the end.",
    "Distractors: 07:20, '(BKGO)', 'phường Dương Đông', 'xã Hàm Ninh'; 'năm nay' in the sapo carries no figure.",
    "All figures are in TP Phú Quốc (a city of Kiên Giang at the time): location Phú Quốc.",
    "'trong đó khách quốc tế khoảng 520.000 lượt, gấp 3,1 lần cùng kỳ' → total 3,2 triệu, change increase 3,1 lần (baseline cùng kỳ).",
    "'sản lượng khoảng 12 triệu lít/năm', 'mỗi ngày ... từ 20 đến 25 đoàn khách', 'mỗi tháng tiêu thụ trên 1.500 sản phẩm' are rates (measure).",
    "'6 tháng đầu năm nay' takes the year of the dateline (2024). 'từ đầu năm đến nay' ends at the dateline 2024-07-15; the second clause after ';' is the same sentence.",
    "Optional: 'Loại 40 độ đạm' names a product grade (like a bottle size), a careful annotator may or may not count it.",
    "'phấn đấu năm 2024 có thêm 15 sản phẩm OCOP, nâng tổng số lên 65' → two target counts.",
]

if __name__ == "__main__":
    write("p1323-4", TEXT, NOTES, FIGS, published="2024-07-15", location="Phú Quốc")
