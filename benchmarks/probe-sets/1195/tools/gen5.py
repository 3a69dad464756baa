"""p1195-5: Party newspaper (Báo Quảng Ngãi), anchovy fish sauce village Sa Huỳnh and one company."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi
Kinh tế > Nông nghiệp

Giữ lửa nghề làm nước mắm cá cơm Sa Huỳnh

Làng nghề nước mắm Sa Huỳnh ở phường Phổ Thạnh, thị xã Đức Phổ hiện có 56 hộ và 4 doanh nghiệp sản xuất nước mắm từ cá cơm, mỗi năm cung ứng ra thị trường khoảng 2,5 triệu lít.

Công ty TNHH Hải sản Thạnh Phát là một trong những đơn vị lớn của làng nghề. Thành lập năm 2012, công ty hiện có 420 thùng chượp bằng gỗ, mỗi thùng chứa từ 8 đến 10 tấn cá cơm muối. Năm 2023, công ty xuất bán 380.000 lít nước mắm, doanh thu đạt 19,6 tỷ đồng, tăng 15% so với năm 2022. Công ty tạo việc làm thường xuyên cho 28 lao động với thu nhập bình quân 7,5 triệu đồng/người/tháng.

Giám đốc Võ Văn Hùng cho biết, cá cơm phải ủ chượp từ 12 đến 18 tháng mới cho nước mắm ngon. Mỗi năm, công ty thu mua khoảng 1.500 tấn cá cơm than tươi của ngư dân với giá 18.000 - 22.000 đồng/kg.

Theo UBND thị xã Đức Phổ, 8 tháng đầu năm 2024, ngư dân thị xã khai thác 9.860 tấn cá cơm, bằng 71,4% kế hoạch năm. Từ năm 2021 đến nay, thị xã đã hỗ trợ 1,2 tỷ đồng cho các hộ làm nước mắm đổi mới thùng chượp, in nhãn mác; phấn đấu đến năm 2025 có ít nhất 5 sản phẩm nước mắm đạt chuẩn OCOP.

Toàn tỉnh Quảng Ngãi hiện có 3 làng nghề nước mắm được công nhận, sản lượng nước mắm năm 2023 đạt khoảng 6,8 triệu lít.

PHẠM LINH
18/9/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-18")
TO25 = P("đến năm 2025", None, "2025-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
DP = "Đức Phổ"

FIGS = [
    F("có 56 hộ", "56", 56, "count", "hộ", subject="hộ sản xuất nước mắm từ cá cơm làng nghề Sa Huỳnh",
      location=DP),
    F("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất nước mắm từ cá cơm làng nghề Sa Huỳnh", location=DP),
    F("khoảng 2,5 triệu lít", "2,5", 2500000, "measure", "lít", approx="about",
      subject="nước mắm làng nghề Sa Huỳnh cung ứng ra thị trường mỗi năm", location=DP),
    F("có 420 thùng", "420", 420, "count", "thùng chượp", subject="thùng chượp bằng gỗ của công ty",
      location=DP),
    F("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/thùng", value_max=10,
      subject="cá cơm muối mỗi thùng chượp chứa", location=DP),
    F("xuất bán 380.000 lít", "380.000", 380000, "measure", "lít", subject="nước mắm công ty xuất bán",
      period=Y23, location=DP),
    F("đạt 19,6 tỷ", "19,6", 19600000000, "money", "đồng", change=C("increase", 15, "%", "năm 2022"),
      subject="doanh thu của công ty", period=Y23, location=DP),
    F("cho 28 lao động", "28", 28, "count", "lao động", subject="lao động có việc làm thường xuyên tại công ty",
      location=DP),
    F("7,5 triệu", "7,5", 7500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động công ty", location=DP),
    F("từ 12 đến 18 tháng", "12", 12, "measure", "tháng", value_max=18,
      subject="thời gian ủ chượp cá cơm", location=DP),
    F("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about",
      subject="cá cơm than tươi công ty thu mua mỗi năm", location=DP),
    F("giá 18.000 - 22.000", "18.000", 18000, "money", "đồng/kg", value_max=22000,
      subject="giá thu mua cá cơm than tươi", location=DP),
    F("khai thác 9.860 tấn", "9.860", 9860, "measure", "tấn", percent=71.4,
      subject="sản lượng cá cơm ngư dân thị xã khai thác", period=M8, location=DP),
    F("hỗ trợ 1,2 tỷ", "1,2", 1200000000, "money", "đồng",
      subject="kinh phí hỗ trợ các hộ làm nước mắm đổi mới thùng chượp, in nhãn mác", period=SINCE,
      location=DP),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm nước mắm đạt chuẩn OCOP", period=TO25, location=DP),
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề nước mắm được công nhận"),
    F("khoảng 6,8 triệu lít", "6,8", 6800000, "measure", "lít", approx="about",
      subject="sản lượng nước mắm", period=Y23b),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): byline 'PHẠM LINH' and bare date '18/9/2024' at the end (published).",
    "Village and company in phường Phổ Thạnh, thị xã Đức Phổ: location Đức Phổ for the village, the company passage (several sentences)",
    "and the town's figures; the last paragraph is province-wide (Quảng Ngãi, the default).",
    "Distractors: 'Thành lập năm 2012' (a founding year), byline date. 'Từ năm 2021 đến nay' ends at published (2024-09-18).",
    "Per-container and yearly amounts: 'mỗi thùng chứa từ 8 đến 10 tấn' -> tấn/thùng; 'mỗi năm … khoảng 2,5 triệu lít' kept as lít.",
    "Fermentation time 'ủ chượp từ 12 đến 18 tháng' is a measure of the process (not a period locating a figure): required.",
]

if __name__ == "__main__":
    write("p1195-5", TEXT, NOTES, FIGS, published="2024-09-18", location="Quảng Ngãi")
