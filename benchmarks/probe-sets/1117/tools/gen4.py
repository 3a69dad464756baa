"""p1117-4: ministry site (Bộ NN&PTNT), national: exports of bamboo chopsticks/toothpicks, markets, establishments, prices, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ › Tin tức › Lâm nghiệp

Xuất khẩu đũa, tăm tre 6 tháng đạt 46,5 triệu USD

Ngày đăng: 28/07/2023 | Lượt xem: 1.105

Theo Cục Lâm nghiệp, 6 tháng đầu năm 2023, kim ngạch xuất khẩu sản phẩm tre, nứa của Việt Nam đạt khoảng 310 triệu USD, giảm 8,4% so với cùng kỳ năm 2022; trong đó đũa, tăm và que xiên tre đạt 46,5 triệu USD, chiếm 15%.

Nhật Bản, Hàn Quốc và Hoa Kỳ là ba thị trường nhập khẩu đũa, tăm tre lớn nhất của Việt Nam, với kim ngạch lần lượt đạt 14,2 triệu USD, 9,8 triệu USD và 7,3 triệu USD. Riêng thị trường EU tăng trưởng 21,6% nhờ nhu cầu thay thế đồ dùng bằng nhựa.

Cả nước hiện có khoảng 1.200 cơ sở chế biến đũa, tăm tre, trong đó hơn 80 doanh nghiệp có sản phẩm xuất khẩu, thu hút trên 35.000 lao động. Các địa phương có nhiều cơ sở nhất là Thanh Hóa (215 cơ sở), Nghệ An (168 cơ sở) và Hà Nội (142 cơ sở).

Giá đũa tre xuất khẩu hiện dao động từ 28 đến 35 USD/nghìn đôi, tăm tre từ 1.900 đến 2.300 USD/tấn. Theo ông Trần Quang Bảo, Cục trưởng Cục Lâm nghiệp, phần lớn cơ sở còn nhỏ lẻ, chỉ khoảng 12% doanh nghiệp có chứng chỉ quản lý rừng bền vững.

Theo Quyết định số 897/QĐ-BNN-TCLN ngày 10/3/2023 phê duyệt Đề án phát triển ngành tre, mục tiêu đến năm 2030 kim ngạch xuất khẩu sản phẩm tre đạt 1 tỷ USD, tỷ lệ sản phẩm tre xuất khẩu có chứng chỉ FSC đạt 50%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

H1 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
MK = "kim ngạch xuất khẩu đũa, tăm tre sang"
PL = "cơ sở chế biến đũa, tăm tre"

FIGS = [
    fig("6 tháng đạt 46,5 triệu USD", "46,5", 46.5e6, "money", "USD",
        subject="kim ngạch xuất khẩu đũa, tăm tre", period=per("6 tháng", "2023-01-01", "2023-06-30")),
    fig("khoảng 310 triệu USD", "310", 310e6, "money", "USD", approx="about",
        change=chg("decrease", 8.4, "%", "cùng kỳ năm 2022"),
        subject="kim ngạch xuất khẩu sản phẩm tre, nứa", period=H1),
    fig("tre đạt 46,5 triệu USD", "46,5", 46.5e6, "money", "USD", total=310e6, percent=15,
        subject="kim ngạch xuất khẩu đũa, tăm và que xiên tre", period=H1),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", optional=True,
        subject="thị trường nhập khẩu đũa, tăm tre lớn nhất"),
    fig("đạt 14,2 triệu USD", "14,2", 14.2e6, "money", "USD", subject=f"{MK} Nhật Bản", period=inh(H1)),
    fig("9,8 triệu USD", "9,8", 9.8e6, "money", "USD", subject=f"{MK} Hàn Quốc", period=inh(H1)),
    fig("7,3 triệu USD", "7,3", 7.3e6, "money", "USD", subject=f"{MK} Hoa Kỳ", period=inh(H1)),
    fig("tăng trưởng 21,6%", "21,6", 21.6, "percent", "%",
        subject=f"tăng trưởng {MK} thị trường EU", period=inh(H1)),
    fig("khoảng 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", approx="about", subject=PL),
    fig("hơn 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", approx="over", total=1200,
        subject="doanh nghiệp chế biến đũa, tăm tre có sản phẩm xuất khẩu"),
    fig("trên 35.000 lao động", "35.000", 35000, "count", "lao động", approx="over",
        subject="lao động các cơ sở chế biến đũa, tăm tre thu hút"),
    fig("Thanh Hóa (215", "215", 215, "count", "cơ sở", subject=PL, location="Thanh Hóa"),
    fig("Nghệ An (168", "168", 168, "count", "cơ sở", subject=PL, location="Nghệ An"),
    fig("Hà Nội (142", "142", 142, "count", "cơ sở", subject=PL, location="Hà Nội"),
    fig("từ 28 đến 35", "28", 28, "money", "USD/nghìn đôi", value_max=35,
        subject="giá đũa tre xuất khẩu"),
    fig("từ 1.900 đến 2.300", "1.900", 1900, "money", "USD/tấn", value_max=2300,
        subject="giá tăm tre xuất khẩu"),
    fig("khoảng 12% doanh nghiệp", "12", 12, "percent", "%", approx="about",
        subject="doanh nghiệp có chứng chỉ quản lý rừng bền vững"),
    fig("đạt 1 tỷ USD", "1", 1e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu sản phẩm tre", period=T30),
    fig("FSC đạt 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ sản phẩm tre xuất khẩu có chứng chỉ FSC", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national: location Việt Nam except the provinces of the 'nhiều cơ sở nhất là …' list.",
    "'Ngày đăng: 28/07/2023 | Lượt xem: 1.105' (published; counter is furniture). Headline '6 tháng' takes 2023 from the date.",
    "46,5 triệu USD after 'trong đó' is part of 310 triệu USD (same indicator family, same period): total and 'chiếm 15%'.",
    "Markets Nhật Bản, Hàn Quốc, Hoa Kỳ, EU are trade partners, not places: in the subject, location Việt Nam.",
    "'ba thị trường … lớn nhất' names the list (optional). Price ranges: the denominator 'nghìn đôi' stays in the unit.",
    "Distractors: 'Quyết định số 897/QĐ-BNN-TCLN ngày 10/3/2023', 'Số 2 Ngọc Hà', phone, counter.",
]

if __name__ == "__main__":
    write("p1117-4", TEXT, NOTES, FIGS, published="2023-07-28", location="Việt Nam")
