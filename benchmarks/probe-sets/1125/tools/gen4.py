"""p1125-4: ministry site (Bộ Công Thương): national dried-areca exports 2023, markets, area, drying plants, targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu cau khô năm 2023 đạt 96,5 triệu USD

Ngày đăng: 15/03/2024 | Lượt xem: 986

Theo Cục Xuất nhập khẩu (Bộ Công Thương), năm 2023 cả nước xuất khẩu khoảng 42.000 tấn cau khô, kim ngạch đạt 96,5 triệu USD, giảm 38,6% so với năm 2022. Trong đó, thị trường Trung Quốc chiếm 72,4% kim ngạch; tiếp đến là Pakistan và Ấn Độ với lần lượt 11,3 triệu USD và 8,2 triệu USD. Giá xuất khẩu bình quân khoảng 2.300 USD/tấn, giảm gần 1.000 USD/tấn so với năm trước.

Riêng 2 tháng đầu năm 2024, xuất khẩu cau khô đạt 7.850 tấn, trị giá 18,4 triệu USD, tăng 15,2% so với cùng kỳ.

Theo Bộ Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023 cả nước có khoảng 28.500 ha cau, tập trung tại Thanh Hóa, Quảng Ngãi, Quảng Nam, Phú Yên và Khánh Hòa. Năm 2023, sản lượng cau tươi đạt trên 120.000 tấn, trong đó khoảng 65% được sấy khô để xuất khẩu.

Cả nước hiện có hơn 300 cơ sở sấy cau, song mới có 27 cơ sở đáp ứng yêu cầu đăng ký với Tổng cục Hải quan Trung Quốc (GACC) theo Lệnh 248. Phần lớn cau khô vẫn xuất qua đường tiểu ngạch, giá bán phụ thuộc thương lái.

Bộ Công Thương đặt mục tiêu đến năm 2025 có ít nhất 100 cơ sở sấy cau được cấp mã số đăng ký, nâng tỷ trọng xuất khẩu chính ngạch lên trên 50% kim ngạch xuất khẩu cau khô.

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222 - Email: bbt@moit.gov.vn
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23H = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23C = P("Năm 2023", "2023-01-01", "2023-12-31")
TO_2025 = P("đến năm 2025", None, "2025-12-31")
EXP = "kim ngạch xuất khẩu cau khô"

FIGS = [
    F("cau khô năm 2023 đạt 96,5", "96,5", 96500000, "money", "USD", subject=EXP, period=Y23H),
    F("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn", approx="about", subject="cau khô xuất khẩu",
      period=Y23),
    F("kim ngạch đạt 96,5", "96,5", 96500000, "money", "USD", change=C("decrease", 38.6, "%", "năm 2022"),
      subject=EXP, period=Y23),
    F("chiếm 72,4%", "72,4", 72.4, "percent", "%", subject="tỷ trọng thị trường Trung Quốc trong " + EXP,
      period=I(Y23)),
    F("lần lượt 11,3 triệu", "11,3", 11300000, "money", "USD", total=96500000,
      subject=EXP + " sang Pakistan", period=I(Y23)),
    F("và 8,2 triệu", "8,2", 8200000, "money", "USD", total=96500000, subject=EXP + " sang Ấn Độ",
      period=I(Y23)),
    F("khoảng 2.300 USD/tấn", "2.300", 2300, "money", "USD/tấn", approx="about",
      change=C("decrease", 1000, "USD/tấn", "năm trước", approx="nearly"),
      subject="giá xuất khẩu cau khô bình quân", period=I(Y23)),
    F("đạt 7.850 tấn", "7.850", 7850, "measure", "tấn", subject="cau khô xuất khẩu", period=M2),
    F("trị giá 18,4 triệu", "18,4", 18400000, "money", "USD", change=C("increase", 15.2, "%", "cùng kỳ"),
      subject=EXP, period=M2),
    F("khoảng 28.500 ha", "28.500", 28500, "measure", "ha", approx="about", subject="diện tích cau", period=ASOF),
    F("trên 120.000 tấn", "120.000", 120000, "measure", "tấn", approx="over", subject="sản lượng cau tươi",
      period=Y23C),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng cau tươi được sấy khô để xuất khẩu", period=Y23C),
    F("hơn 300 cơ sở", "300", 300, "count", "cơ sở", approx="over", subject="cơ sở sấy cau"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở",
      subject="cơ sở sấy cau đáp ứng yêu cầu đăng ký với Tổng cục Hải quan Trung Quốc (GACC)"),
    F("ít nhất 100 cơ sở", "100", 100, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở sấy cau được cấp mã số đăng ký", period=TO_2025),
    F("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
      subject="tỷ trọng xuất khẩu chính ngạch trong " + EXP, period=TO_2025),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national dried-areca exports 2023, markets, prices, area, drying plants, 2025 targets.",
    "'Ngày đăng: 15/03/2024 | Lượt xem: 986' (published; counter is furniture). Default location Việt Nam (national figures;",
    "trade partners China, Pakistan, India are not places of the figures; the province list after the national area does not make it provincial).",
    "Headline figure repeats the body's 96,5 triệu USD (own figure, period from the headline 'năm 2023').",
    "'Trong đó … chiếm 72,4% kim ngạch' is a percent figure; the Pakistan / India amounts after the same 'Trong đó' (after ';') count",
    "the same export value in USD over the same year: total 96.5 triệu USD. The change 'giảm 38,6%' belongs to the value, not the tonnage.",
    "'tăng 15,2% so với cùng kỳ' after 'trị giá 18,4 triệu USD' is the value's change. 'trong đó khoảng 65%' is a percent of its own.",
    "'song mới có 27 cơ sở' is not a part-of cue: no total. Distractors: 'Lệnh 248', address '54 Hai Bà Trưng', phone 024.22202222.",
    "2024 is a leap year: '2 tháng đầu năm 2024' ends 2024-02-29.",
]

if __name__ == "__main__":
    write("p1125-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
