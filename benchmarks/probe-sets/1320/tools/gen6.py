"""p1320-6: national newspaper: a durian freezing and cold-store company in Krông Pắc (Đắk Lắk); province figures."""
from lib import F, period, inherited, change, target, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ năm, 12/9/2024, 06:00 (GMT+7)

Doanh nghiệp đưa sầu riêng cấp đông đi xa nhờ chuỗi kho lạnh

Từ hai kho lạnh nhỏ, một doanh nghiệp ở Đắk Lắk đã có dây chuyền cấp đông công suất 150 tấn sầu riêng mỗi ngày, xuất khẩu sang Trung Quốc, Hàn Quốc.

Năm 2019, anh Lê Quốc Bảo, 42 tuổi, thành lập Công ty cổ phần Nông sản Xanh Ea Kly tại huyện Krông Pắc, khởi đầu với hai kho lạnh tổng sức chứa 200 tấn. Đến nay, nhà máy của công ty có 8 kho cấp đông và trữ đông với sức chứa 3.500 tấn, dây chuyền cấp đông nhanh IQF công suất 150 tấn/ngày.

8 tháng đầu năm nay, công ty xuất khẩu 4.750 tấn sầu riêng cấp đông, doanh thu khoảng 380 tỷ đồng, gấp 1,6 lần cùng kỳ. Sầu riêng cấp đông của công ty có thể bảo quản 18-24 tháng, trong khi quả tươi chỉ giữ được 7-10 ngày.

"Chúng tôi đang xây kho thứ 9, dự kiến hoàn thành trong quý IV, nâng sức chứa lên 5.000 tấn", anh Bảo nói. Công ty tạo việc làm cho 320 lao động, thu nhập 8-12 triệu đồng/người/tháng, liên kết với 1.100 hộ trồng sầu riêng trên diện tích hơn 2.400 ha.

Theo Sở Nông nghiệp và Phát triển nông thôn Đắk Lắk, toàn tỉnh có khoảng 37.000 ha sầu riêng, sản lượng năm 2023 đạt 340.000 tấn. Tỉnh có 26 cơ sở cấp đông, kho lạnh được cấp mã số xuất khẩu, tổng công suất cấp đông khoảng 1.000 tấn/ngày, mới đáp ứng chưa đến 20% nhu cầu vào cao điểm thu hoạch.

Ngọc Oanh
"""

Y19 = period("Năm 2019", "2019-01-01", "2019-12-31")
M8 = period("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
KP = "Krông Pắc"

FIGS = [
    F("Từ hai kho lạnh nhỏ", "hai", 2, "count", "kho lạnh", subject="kho lạnh nhỏ"),
    F("công suất 150 tấn sầu riêng", "150", 150, "measure", "tấn/ngày",
      subject="công suất dây chuyền cấp đông"),
    F("42 tuổi", "42", 42, "measure", "tuổi", subject="tuổi anh Lê Quốc Bảo", location=KP, optional=True),
    F("với hai kho lạnh", "hai", 2, "count", "kho lạnh", per=Y19, subject="kho lạnh khởi đầu", location=KP),
    F("tổng sức chứa 200 tấn", "200", 200, "measure", "tấn", per=Y19, subject="tổng sức chứa kho lạnh",
      location=KP),
    F("có 8 kho", "8", 8, "count", "kho", subject="kho cấp đông và trữ đông của nhà máy", location=KP),
    F("sức chứa 3.500 tấn", "3.500", 3500, "measure", "tấn", subject="sức chứa kho cấp đông và trữ đông",
      location=KP),
    F("IQF công suất 150 tấn/ngày", "150", 150, "measure", "tấn/ngày",
      subject="công suất dây chuyền cấp đông nhanh IQF", location=KP),
    F("xuất khẩu 4.750 tấn", "4.750", 4750, "measure", "tấn", per=M8,
      subject="sầu riêng cấp đông công ty xuất khẩu", location=KP),
    F("khoảng 380 tỷ", "380", 380e9, "money", "đồng", approx="about", per=M8,
      change=change("increase", 1.6, "lần", "cùng kỳ"), subject="doanh thu", location=KP),
    F("bảo quản 18-24 tháng", "18", 18, "measure", "tháng", value_max=24,
      subject="thời gian bảo quản sầu riêng cấp đông", location=KP),
    F("giữ được 7-10 ngày", "7", 7, "measure", "ngày", value_max=10,
      subject="thời gian bảo quản quả tươi", location=KP),
    F("lên 5.000 tấn", "5.000", 5000, "measure", "tấn", status="forecast", per=Q4,
      subject="sức chứa", location=KP),
    F("cho 320 lao động", "320", 320, "count", "lao động", subject="lao động công ty tạo việc làm",
      location=KP),
    F("thu nhập 8-12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập", location=KP),
    F("với 1.100 hộ", "1.100", 1100, "count", "hộ", subject="hộ trồng sầu riêng liên kết", location=KP),
    F("hơn 2.400 ha", "2.400", 2400, "measure", "ha", approx="over", subject="diện tích liên kết trồng sầu riêng",
      location=KP),
    F("khoảng 37.000 ha", "37.000", 37000, "measure", "ha", approx="about", subject="diện tích sầu riêng"),
    F("đạt 340.000 tấn", "340.000", 340000, "measure", "tấn", per=Y23, subject="sản lượng sầu riêng"),
    F("có 26 cơ sở", "26", 26, "count", "cơ sở",
      subject="cơ sở cấp đông, kho lạnh được cấp mã số xuất khẩu"),
    F("khoảng 1.000 tấn/ngày", "1.000", 1000, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất cấp đông"),
    F("chưa đến 20%", "20", 20, "percent", "%", approx="under",
      subject="nhu cầu cấp đông vào cao điểm thu hoạch được đáp ứng"),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), founding year 'Năm 2019' (period only), 'IQF', 'kho thứ 9' (ordinal), 'Ea Kly' in the company name.",
    "Location: sapo figures name only Đắk Lắk (the default); the company passage in huyện Krông Pắc → Krông Pắc; province paragraph → Đắk Lắk.",
    "'42 tuổi' (the founder's age) is optional. 'Đến nay' and standing specs get no period; 'Năm 2019' dates only the starting figures.",
    "'doanh thu khoảng 380 tỷ đồng, gấp 1,6 lần cùng kỳ' → change (lần). 'quý IV' without a year takes 2024 from '8 tháng đầu năm nay'.",
    "'dự kiến hoàn thành trong quý IV, nâng sức chứa lên 5.000 tấn' → forecast. 'mới đáp ứng chưa đến 20% nhu cầu' → percent figure (under).",
    "37.000 ha gets no period: 'năm 2023' qualifies the output clause after it.",
]

if __name__ == "__main__":
    write("p1320-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Đắk Lắk")
