"""p1407-2: district portal (huyện Vĩnh Thạnh, Bình Định): monkeys raiding upland fields in xã Vĩnh Kim."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND HUYỆN VĨNH THẠNH - TỈNH BÌNH ĐỊNH
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH THẠNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Vĩnh Kim: Khỉ xuống phá rẫy, nhiều hộ mất trắng vụ bắp

20/06/2023 - 10:30

Trong 5 tháng đầu năm 2023, các đàn khỉ từ rừng phòng hộ liên tục xuống phá bắp, mì và đậu phụng của người dân xã Vĩnh Kim, làm hư hại 23,6 ha cây trồng của 84 hộ, tăng 8,2 ha so với cùng kỳ năm 2022. Trong đó, 17 hộ bị mất trắng. Thiệt hại ước khoảng 650 triệu đồng.

Theo ông Đinh Văn Hới, Chủ tịch UBND xã Vĩnh Kim, trên địa bàn có ít nhất 4 đàn khỉ, mỗi đàn khoảng 30-50 con, thường xuất hiện tại làng K2, làng O3 và làng Tà Kơn. Gia đình bà Đinh Thị Lan ở làng O3 trồng 8 sào bắp, đến kỳ thu hoạch chỉ còn chưa tới 2 sào. "Khỉ về ba chục con một lúc, đuổi chỗ này thì nó sang chỗ khác", bà Lan nói.

Để xua đuổi khỉ, xã đã thành lập 3 tổ canh giữ, mỗi tổ 8-10 người, trực luân phiên từ 5 giờ sáng đến 18 giờ hằng ngày. UBND huyện đã hỗ trợ 120 triệu đồng để mua lưới, loa phát âm thanh và đèn pin.

Năm 2022, có 7/9 xã, thị trấn của huyện ghi nhận khỉ phá hoại cây trồng, với tổng diện tích bị hại 41,3 ha. Trong tháng 7, huyện dự kiến phối hợp Hạt Kiểm lâm bẫy, di dời 2 đàn khỉ về Khu bảo tồn thiên nhiên An Toàn (huyện An Lão). Khu bảo tồn cách xã Vĩnh Kim khoảng 60 km.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Vĩnh Thạnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023
- Xã Vĩnh Sơn ra quân trồng rừng năm 2023

Địa chỉ: Số 12 Trần Hưng Đạo, thị trấn Vĩnh Thạnh | ĐT: 0256.3886.221
"""

P5 = per("Trong 5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
T7 = per("Trong tháng 7", "2022-07-01", "2022-07-31")  # year of the nearest earlier period "Năm 2022" (FIGURES.md §3); revised after the first run

FIGS = [
    fig("hư hại 23,6 ha", "23,6", 23.6, "measure", "ha", change=chg("increase", 8.2, "ha", "cùng kỳ năm 2022"),
        subject="cây trồng bị các đàn khỉ làm hư hại", period=P5),
    fig("của 84 hộ", "84", 84, "count", "hộ", subject="hộ có cây trồng bị khỉ làm hư hại", period=P5),
    fig("17 hộ bị mất trắng", "17", 17, "count", "hộ", total=84, subject="hộ bị mất trắng", period=inh(P5)),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại", period=inh(P5)),
    fig("ít nhất 4 đàn", "4", 4, "count", "đàn", approx="at_least", subject="đàn khỉ trên địa bàn xã Vĩnh Kim"),
    fig("khoảng 30-50 con", "30", 30, "count", "con", value_max=50, approx="about", subject="số con mỗi đàn khỉ"),
    fig("trồng 8 sào", "8", 8, "measure", "sào", subject="bắp gia đình bà Đinh Thị Lan trồng"),
    fig("chưa tới 2 sào", "2", 2, "measure", "sào", approx="under", subject="bắp còn lại đến kỳ thu hoạch"),
    fig("ba chục con", "ba chục", 30, "count", "con", subject="khỉ về một lúc"),
    fig("thành lập 3 tổ", "3", 3, "count", "tổ", subject="tổ canh giữ xã thành lập"),
    fig("mỗi tổ 8-10 người", "8", 8, "count", "người", value_max=10, subject="người mỗi tổ canh giữ"),
    fig("hỗ trợ 120 triệu", "120", 120e6, "money", "đồng",
        subject="kinh phí UBND huyện hỗ trợ mua lưới, loa phát âm thanh và đèn pin"),
    fig("có 7/9 xã", "7", 7, "count", "xã, thị trấn", total=9,
        subject="xã, thị trấn ghi nhận khỉ phá hoại cây trồng", period=Y22),
    fig("diện tích bị hại 41,3 ha", "41,3", 41.3, "measure", "ha", subject="tổng diện tích bị hại", period=Y22),
    fig("di dời 2 đàn", "2", 2, "count", "đàn", status="forecast",
        subject="đàn khỉ bẫy, di dời về Khu bảo tồn thiên nhiên An Toàn", period=T7),
    fig("khoảng 60 km", "60", 60, "measure", "km", approx="about",
        subject="khoảng cách từ khu bảo tồn đến xã Vĩnh Kim"),
]

NOTES = [
    "District portal (huyện Vĩnh Thạnh, Bình Định): banner, menu, '20/06/2023 - 10:30' (published), Nguồn, Tin khác, address footer.",
    "xã Vĩnh Kim is a commune of Vĩnh Thạnh -> location Vĩnh Thạnh (the district) for all figures.",
    "'tăng 8,2 ha so với cùng kỳ năm 2022' -> change in ha. 'Trong đó, 17 hộ' after a sentence break -> total 84.",
    "'ba chục con' (in a quote) = 30; '7/9 xã, thị trấn' -> total 9. 'Trong tháng 7' -> forecast; by FIGURES.md §3 it takes the year of the nearest earlier period 'Năm 2022' -> July 2022.",
    "'mỗi đàn khoảng 30-50 con', 'mỗi tổ 8-10 người': counts with ranges (size of each troop / team), unit the counted noun.",
    "revised after the first run: 'Trong tháng 7' was July 2023 (the dateline year, by sense); the spec's rule gives July 2022.",
    "Distractors: 10:30, '5 giờ sáng đến 18 giờ', làng K2 / O3, '6 tháng đầu năm 2023' in a link title, 'Số 12 Trần Hưng Đạo', phone.",
]

if __name__ == "__main__":
    write("p1407-2", TEXT, NOTES, FIGS, published="2023-06-20", location="Vĩnh Thạnh")
