"""p1539-2: district portal (thị xã Mỹ Hào, Hưng Yên): tương Bần craft village, output 2022 and 7 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ MỸ HÀO - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Tương Bần: giữ nghề truyền thống, mở rộng thị trường

21/08/2023 - 10:20

Phường Bần Yên Nhân hiện có 58 hộ làm tương, trong đó 12 hộ sản xuất quy mô lớn với sản lượng từ 40.000 lít/năm trở lên. Năm 2022, sản lượng tương Bần của phường đạt khoảng 1,3 triệu lít, doanh thu trên 26 tỷ đồng. 7 tháng đầu năm 2023, các hộ sản xuất được 820.000 lít, tăng 9% so với cùng kỳ năm 2022.

Cơ sở tương Hải Đường ở số 27 phố Bần là một trong những cơ sở lâu năm nhất. Ông Trần Văn Hải, chủ cơ sở, cho biết gia đình có hơn 300 chum tương, mỗi năm làm khoảng 45.000 lít, giá bán 25.000 đồng/chai 0,5 lít. Sản phẩm đạt OCOP 4 sao năm 2021, hiện có mặt tại ba chục đại lý, siêu thị trong và ngoài tỉnh. Cơ sở tạo việc làm cho 9 lao động với thu nhập 6,5 triệu đồng/người/tháng.

Toàn thị xã có 6 sản phẩm tương đạt OCOP, gồm 2 sản phẩm 4 sao và 4 sản phẩm 3 sao. Năm 2023, thị xã phấn đấu sản lượng tương đạt 1,5 triệu lít, có thêm 1-2 sản phẩm đạt OCOP 4 sao. Dự kiến tháng 10 tới, thị xã tổ chức Lễ hội tương Bần với khoảng 40 gian hàng.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao thị xã

Tin khác:
- Mỹ Hào ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6
- Hội nghị sơ kết 6 tháng đầu năm 2023

Địa chỉ: Số 2 đường Nguyễn Văn Linh, phường Bần Yên Nhân, thị xã Mỹ Hào, tỉnh Hưng Yên
Điện thoại: 0221.3943.125
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
OCT = per("tháng 10", "2023-10-01", "2023-10-31")

FIGS = [
    fig("có 58 hộ", "58", 58, "count", "hộ", subject="hộ làm tương"),
    fig("12 hộ sản xuất", "12", 12, "count", "hộ", total=58, subject="hộ sản xuất quy mô lớn"),
    fig("từ 40.000 lít/năm", "40.000", 40000, "measure", "lít/năm", approx="at_least",
        subject="sản lượng của hộ sản xuất quy mô lớn"),
    fig("khoảng 1,3 triệu", "1,3", 1.3e6, "measure", "lít", approx="about",
        subject="sản lượng tương Bần của phường", period=Y22),
    fig("trên 26 tỷ", "26", 26e9, "money", "đồng", approx="over",
        subject="doanh thu tương Bần của phường", period=Y22),
    fig("được 820.000 lít", "820.000", 820000, "measure", "lít",
        change=chg("increase", 9, "%", "cùng kỳ năm 2022"),
        subject="sản lượng tương các hộ sản xuất", period=M7),
    fig("hơn 300 chum", "300", 300, "count", "chum", approx="over",
        subject="chum tương của cơ sở tương Hải Đường"),
    fig("khoảng 45.000 lít", "45.000", 45000, "measure", "lít/năm", approx="about",
        subject="sản lượng tương cơ sở làm mỗi năm"),
    fig("bán 25.000 đồng", "25.000", 25000, "money", "đồng/chai", subject="giá bán tương"),
    fig("chai 0,5 lít", "0,5", 0.5, "measure", "lít", subject="dung tích chai tương", optional=True),
    fig("ba chục đại lý", "ba chục", 30, "count", "đại lý, siêu thị",
        subject="đại lý, siêu thị có sản phẩm tương Hải Đường"),
    fig("cho 9 lao động", "9", 9, "count", "lao động", subject="lao động cơ sở tạo việc làm"),
    fig("thu nhập 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="thu nhập của lao động"),
    fig("có 6 sản phẩm", "6", 6, "count", "sản phẩm", subject="sản phẩm tương đạt OCOP"),
    fig("gồm 2 sản phẩm", "2", 2, "count", "sản phẩm", total=6, subject="sản phẩm tương đạt OCOP 4 sao"),
    fig("và 4 sản phẩm 3 sao", "4", 4, "count", "sản phẩm", total=6, subject="sản phẩm tương đạt OCOP 3 sao"),
    fig("đạt 1,5 triệu", "1,5", 1.5e6, "measure", "lít", status="target",
        subject="sản lượng tương", period=Y23),
    fig("thêm 1-2 sản phẩm", "1", 1, "count", "sản phẩm", value_max=2, status="target",
        subject="sản phẩm đạt OCOP 4 sao có thêm", period=Y23),
    fig("khoảng 40 gian hàng", "40", 40, "count", "gian hàng", approx="about", status="forecast",
        subject="gian hàng tại Lễ hội tương Bần", period=OCT),
]

NOTES = [
    "District portal (thị xã Mỹ Hào, Hưng Yên): tương Bần; banner names the district, '21/08/2023 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone footer. Location Mỹ Hào throughout (phường Bần Yên Nhân is a ward of the thị xã).",
    "Distractors: 10:20, 'số 27 phố Bần', 'OCOP 4 sao' / '4 sao' / '3 sao' (labels), 'năm 2021', 'Ngày Môi trường thế giới 5/6',",
    "'6 tháng đầu năm 2023' in a link, 'Số 2 đường Nguyễn Văn Linh', phone 0221.3943.125.",
    "'từ 40.000 lít/năm trở lên' = at_least; 'ba chục' = 30 (number word); 'gồm 2 ... và 4 ...' take total 6.",
    "'chai 0,5 lít' is the bottle size: optional. 'thêm 1-2 sản phẩm' is a range (1..2), target.",
    "'Dự kiến tháng 10 tới' → forecast; year-less 'tháng 10' takes 2023 from 'Năm 2023' before it.",
]

if __name__ == "__main__":
    write("p1539-2", TEXT, NOTES, FIGS, published="2023-08-21", location="Mỹ Hào")
