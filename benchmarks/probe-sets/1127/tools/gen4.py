"""p1127-4: ministry site (Bộ NN&PTNT), national dried squid exports, 10 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Xuất khẩu mực khô, mực nướng tăng trưởng trở lại

Ngày đăng: 20/11/2023 | Lượt xem: 1.085

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 10 tháng năm 2023, xuất khẩu mực và bạch tuộc của Việt Nam đạt 552 triệu USD, giảm 13% so với cùng kỳ năm 2022. Riêng nhóm mực khô, mực nướng, mực tẩm gia vị đạt khoảng 96 triệu USD, tăng 4,5%, chiếm 17,4% tổng giá trị xuất khẩu mực, bạch tuộc. Tháng 10/2023, xuất khẩu mực khô đạt 11,3 triệu USD, tăng 21% so với tháng 10/2022.

Trong 10 tháng, Hàn Quốc và Nhật Bản là hai thị trường nhập khẩu mực khô lớn nhất của Việt Nam, với giá trị lần lượt là 41,2 triệu USD và 23,7 triệu USD; tiếp đến là Trung Quốc và Hồng Kông (Trung Quốc) 11,5 triệu USD, Mỹ 6,8 triệu USD. Giá xuất khẩu bình quân mực khô nguyên con sang Hàn Quốc khoảng 24-26 USD/kg, cao gấp 3 lần mực đông lạnh. Việt Nam hiện đứng thứ 2 trong các nguồn cung mực khô cho Hàn Quốc, chỉ sau Trung Quốc.

Cả nước hiện có khoảng 120 doanh nghiệp chế biến, xuất khẩu mực khô với hơn 18.000 lao động, tập trung tại Bình Thuận, Kiên Giang, Bà Rịa - Vũng Tàu và Khánh Hòa; khoảng 15 doanh nghiệp có nhà máy đạt chuẩn HACCP, ISO 22000:2018.

VASEP dự báo xuất khẩu mực, bạch tuộc cả năm 2023 đạt khoảng 660 triệu USD. Bộ Nông nghiệp và PTNT đặt mục tiêu đến năm 2030, các sản phẩm mực, bạch tuộc chế biến sâu, trong đó có mực khô, chiếm ít nhất 40% giá trị xuất khẩu của nhóm hàng này.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3845.9670
"""

M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
IN10 = per("Trong 10 tháng", "2023-01-01", "2023-10-31")
LIST = "xuất khẩu mực khô sang"

FIGS = [
    fig("đạt 552 triệu USD", "552", 552000000, "money", "USD",
        change=chg("decrease", 13, "%", "cùng kỳ năm 2022"),
        subject="xuất khẩu mực và bạch tuộc", period=M10),
    fig("khoảng 96 triệu USD", "96", 96000000, "money", "USD", approx="about", percent=17.4,
        change=chg("increase", 4.5, "%"),
        subject="xuất khẩu nhóm mực khô, mực nướng, mực tẩm gia vị", period=inh(M10)),
    fig("đạt 11,3 triệu USD", "11,3", 11300000, "money", "USD",
        change=chg("increase", 21, "%", "tháng 10/2022"),
        subject="xuất khẩu mực khô", period=per("Tháng 10/2023", "2023-10-01", "2023-10-31")),
    fig("là hai thị trường", "hai", 2, "count", "thị trường", optional=True,
        subject="thị trường nhập khẩu mực khô lớn nhất"),
    fig("là 41,2 triệu USD", "41,2", 41200000, "money", "USD", subject=f"{LIST} Hàn Quốc", period=IN10),
    fig("23,7 triệu USD", "23,7", 23700000, "money", "USD", subject=f"{LIST} Nhật Bản", period=IN10),
    fig("11,5 triệu USD", "11,5", 11500000, "money", "USD",
        subject=f"{LIST} Trung Quốc và Hồng Kông (Trung Quốc)", period=IN10),
    fig("Mỹ 6,8 triệu USD", "6,8", 6800000, "money", "USD", subject=f"{LIST} Mỹ", period=IN10),
    fig("khoảng 24-26 USD/kg", "24", 24, "money", "USD/kg", value_max=26, approx="about",
        change=chg("increase", 3, "lần", "mực đông lạnh"),
        subject="giá xuất khẩu bình quân mực khô nguyên con sang Hàn Quốc"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng",
        subject="nguồn cung mực khô cho Hàn Quốc"),
    fig("khoảng 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp chế biến, xuất khẩu mực khô"),
    fig("hơn 18.000 lao động", "18.000", 18000, "count", "lao động", approx="over",
        subject="lao động của các doanh nghiệp chế biến, xuất khẩu mực khô"),
    fig("khoảng 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp có nhà máy đạt chuẩn HACCP, ISO 22000:2018"),
    fig("khoảng 660 triệu USD", "660", 660000000, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu mực, bạch tuộc", period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng sản phẩm mực, bạch tuộc chế biến sâu trong giá trị xuất khẩu",
        period=per("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national dried squid exports, 10 months 2023 (VASEP figures). 'Ngày đăng: 20/11/2023 | Lượt xem: 1.085'.",
    "Distractors: view counter 1.085, 'ISO 22000:2018', 'Hồng Kông (Trung Quốc)', address 'Số 2 Ngọc Hà', phone 024.3845.9670.",
    "All figures are national (Việt Nam): the markets are trade partners (kept in the subject), the provinces follow a national count.",
    "'Riêng nhóm …' is not a part-of cue (no total); 96 triệu carries its change (4,5%, no baseline) and its share (17,4%).",
    "'Trong 10 tháng' takes 2023 from 'Tháng 10/2023'. 'cao gấp 3 lần mực đông lạnh' after a price is that price's change (lần).",
    "'là hai thị trường … lớn nhất' only says how many markets are named (optional).",
]

if __name__ == "__main__":
    write("p1127-4", TEXT, NOTES, FIGS, published="2023-11-20", location="Việt Nam")
