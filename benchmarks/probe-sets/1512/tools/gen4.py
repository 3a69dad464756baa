"""p1512-4: ministry site (Bộ Công Thương): national exports of folding household goods, 2023 and 2 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu đồ gia dụng gấp gọn: cơ hội từ xu hướng nhà ở nhỏ

12/03/2024 | 15:20 | Cục Xuất nhập khẩu

Theo số liệu của Cục Xuất nhập khẩu, năm 2023 kim ngạch xuất khẩu nhóm hàng gia dụng và nội thất gấp gọn (cầu là, giá phơi, giá treo quần áo, bàn ghế gấp) của cả nước đạt khoảng 1,15 tỷ USD, giảm 6,4% so với năm 2022 do sức mua tại các thị trường lớn suy yếu. Riêng 2 tháng đầu năm 2024, kim ngạch đạt 214 triệu USD, tăng 21,7% so với cùng kỳ năm trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 482 triệu USD, chiếm 41,9% tổng kim ngạch; tiếp đến là EU 236 triệu USD, Nhật Bản 158 triệu USD và Hàn Quốc 74 triệu USD. Việt Nam hiện đứng thứ 2 về cung cấp cầu là cho thị trường Hoa Kỳ, chỉ sau Trung Quốc.

Cả nước hiện có khoảng 350 doanh nghiệp sản xuất, xuất khẩu nhóm hàng này, trong đó hơn 120 doanh nghiệp FDI, tập trung tại Bình Dương, Đồng Nai, Long An, Hưng Yên và Bắc Ninh. Tỷ lệ nội địa hóa bình quân đạt 55-60%, cao hơn 10 điểm phần trăm so với năm 2018.

Cục Xuất nhập khẩu dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng đạt 1,3-1,4 tỷ USD nhờ đơn hàng phục hồi. Hiện có 3 vụ việc phòng vệ thương mại liên quan đến nhóm hàng đang được theo dõi; Bộ Công Thương khuyến nghị doanh nghiệp minh bạch nguồn gốc nguyên liệu thép, gỗ. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa của ngành đạt ít nhất 75%.

Tin cùng chuyên mục:
- Hội nghị giao ban xúc tiến thương mại với hệ thống Thương vụ lần thứ 7
- Thông tư số 15/2023/TT-BCT về quy tắc xuất xứ hàng hóa

BỘ CÔNG THƯƠNG - Địa chỉ: 25 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 1,15 tỷ", "1,15", 1.15e9, "money", "USD", approx="about",
      change=C("decrease", 6.4, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu nhóm hàng gia dụng và nội thất gấp gọn", period=Y23),
    F("đạt 214 triệu", "214", 214e6, "money", "USD", change=C("increase", 21.7, "%", "cùng kỳ năm trước"),
      subject="kim ngạch xuất khẩu nhóm hàng gia dụng và nội thất gấp gọn", period=M2),
    F("với 482 triệu", "482", 482e6, "money", "USD", percent=41.9,
      subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=I(Y23)),
    F("EU 236 triệu", "236", 236e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường EU", period=I(Y23)),
    F("Nhật Bản 158 triệu", "158", 158e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Nhật Bản", period=I(Y23)),
    F("Hàn Quốc 74 triệu", "74", 74e6, "money", "USD",
      subject="kim ngạch xuất khẩu sang thị trường Hàn Quốc", period=I(Y23)),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="cung cấp cầu là cho thị trường Hoa Kỳ"),
    F("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất, xuất khẩu nhóm hàng"),
    F("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over", total=350,
      subject="doanh nghiệp FDI"),
    F("đạt 55-60%", "55", 55, "percent", "%", value_max=60,
      change=C("increase", 10, "điểm phần trăm", "năm 2018"), subject="tỷ lệ nội địa hóa bình quân"),
    F("đạt 1,3-1,4 tỷ", "1,3", 1.3e9, "money", "USD", value_max=1.4e9, status="forecast",
      subject="kim ngạch xuất khẩu nhóm hàng", period=Y24),
    F("có 3 vụ việc", "3", 3, "count", "vụ việc",
      subject="vụ việc phòng vệ thương mại liên quan đến nhóm hàng đang được theo dõi"),
    F("ít nhất 75%", "75", 75, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa của ngành", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/03/2024 | 15:20 | Cục Xuất nhập khẩu' (published), related links, address footer.",
    "National figures: location Việt Nam. Trade partners (Hoa Kỳ, EU, Nhật Bản, Hàn Quốc) stay in the subject; the provinces listed after",
    "the national count of enterprises do not make it provincial. The 'tiếp đến là' list items take the list's indicator (export value by market).",
    "'chiếm 41,9% tổng kim ngạch' is the percent attribute of 482 triệu. The market list has no part-of cue, so no total.",
    "'cao hơn 10 điểm phần trăm so với năm 2018' is the change of the 55-60% share (a level, not a growth rate), unit điểm phần trăm.",
    "'dự báo năm 2024 ... 1,3-1,4 tỷ USD' → forecast, range; 'Mục tiêu đến năm 2030 ... ít nhất 75%' → target, start null.",
    "Distractors: 15:20, 'lần thứ 7', 'Thông tư số 15/2023/TT-BCT', '25 Ngô Quyền', phone; baselines 'năm 2022', 'năm 2018'.",
]

if __name__ == "__main__":
    write("p1512-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
