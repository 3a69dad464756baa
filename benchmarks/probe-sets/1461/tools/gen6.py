"""p1461-6: national newspaper: counterfeit toner cartridges seized in Hà Nội (quận Hoàng Mai); market figures."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự | Kinh doanh | Pháp luật | Số hóa

Hơn 3.600 hộp mực in giả nhãn hiệu bị thu giữ tại Hà Nội

Thứ ba, 12/11/2024, 07:15 (GMT+7)

Lực lượng quản lý thị trường phát hiện kho chứa hơn 3.600 hộp mực in mang nhãn hiệu của các hãng lớn nhưng không có hóa đơn, chứng từ, trị giá ước khoảng 1,4 tỷ đồng.

Mới đây, Đội Quản lý thị trường số 9 (Cục Quản lý thị trường Hà Nội) phối hợp Công an quận Hoàng Mai kiểm tra kho hàng tại ngõ 168 Kim Giang, quận Hoàng Mai, phát hiện 3.648 hộp mực in laser và in phun cùng 420 kg bột mực đóng trong can nhựa không nhãn mác.

Theo lực lượng chức năng, số hộp mực trên được nhập từ Trung Quốc với giá 25.000-40.000 đồng/hộp, sau khi dán tem, đóng hộp giả nhãn hiệu được bán ra với giá 350.000-600.000 đồng/hộp, cao gấp khoảng 14 lần giá nhập.

Từ đầu năm đến nay, Cục Quản lý thị trường Hà Nội đã kiểm tra 56 vụ việc liên quan đến vật tư văn phòng, mực in, xử lý 49 vụ vi phạm, phạt hành chính hơn 1,15 tỷ đồng, tịch thu hàng hóa trị giá khoảng 2,7 tỷ đồng.

Theo Hội Vật tư văn phòng Việt Nam, mỗi năm thị trường cả nước tiêu thụ khoảng 8-9 triệu hộp mực in các loại, trong đó hộp mực tương thích và hộp mực nạp lại chiếm 55-60%.

"Người tiêu dùng nên chọn hộp mực có tem chống hàng giả, có thể tra cứu qua đường dây nóng 0243.7756.221", ông Đỗ Văn Quang, Phó cục trưởng Cục Quản lý thị trường Hà Nội, khuyến cáo. Ông cho biết trong tháng 12, Cục dự kiến thành lập 5 đoàn kiểm tra chuyên đề, kiểm tra ít nhất 100 cơ sở kinh doanh vật tư văn phòng.

Hoàng Phương
"""

HM = "Hoàng Mai"
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
DEC = P("tháng 12", "2024-12-01", "2024-12-31")

FIGS = [
    F("Hơn 3.600 hộp", "3.600", 3600, "count", "hộp mực", approx="over",
      subject="hộp mực in giả nhãn hiệu bị thu giữ"),
    F("chứa hơn 3.600 hộp", "3.600", 3600, "count", "hộp mực", approx="over",
      subject="hộp mực in mang nhãn hiệu của các hãng lớn không có hóa đơn, chứng từ"),
    F("ước khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="about", status="estimate",
      subject="trị giá hộp mực in mang nhãn hiệu của các hãng lớn không có hóa đơn, chứng từ"),
    F("phát hiện 3.648 hộp", "3.648", 3648, "count", "hộp mực",
      subject="hộp mực in laser và in phun phát hiện tại kho hàng", location=HM),
    F("cùng 420 kg", "420", 420, "measure", "kg", subject="bột mực đóng trong can nhựa không nhãn mác", location=HM),
    F("giá 25.000-40.000", "25.000", 25000, "money", "đồng/hộp", value_max=40000,
      subject="giá nhập hộp mực từ Trung Quốc", location=HM),
    F("giá 350.000-600.000", "350.000", 350000, "money", "đồng/hộp", value_max=600000,
      change=C("increase", 14, "lần", "giá nhập", approx="about"),
      subject="giá bán hộp mực giả nhãn hiệu", location=HM),
    F("kiểm tra 56 vụ", "56", 56, "count", "vụ việc",
      subject="vụ việc liên quan đến vật tư văn phòng, mực in được kiểm tra", period=YTD),
    F("xử lý 49 vụ", "49", 49, "count", "vụ", subject="vụ vi phạm được xử lý", period=YTD),
    F("hơn 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", approx="over", subject="phạt hành chính", period=YTD),
    F("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", approx="about",
      subject="trị giá hàng hóa tịch thu", period=YTD),
    F("khoảng 8-9 triệu", "8", 8e6, "measure", "hộp mực/năm", approx="about", value_max=9e6,
      subject="hộp mực in các loại thị trường cả nước tiêu thụ mỗi năm", location="Việt Nam"),
    F("chiếm 55-60%", "55", 55, "percent", "%", value_max=60,
      subject="tỷ trọng hộp mực tương thích và hộp mực nạp lại", location="Việt Nam"),
    F("thành lập 5 đoàn", "5", 5, "count", "đoàn", status="forecast",
      subject="đoàn kiểm tra chuyên đề Cục thành lập", period=DEC),
    F("ít nhất 100 cơ sở", "100", 100, "count", "cơ sở", approx="at_least", status="forecast",
      subject="cơ sở kinh doanh vật tư văn phòng được kiểm tra", period=DEC),
]

NOTES = [
    "National newspaper: section menu, headline, 'Thứ ba, 12/11/2024, 07:15 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 07:15, GMT+7, 'Đội Quản lý thị trường số 9', 'ngõ 168 Kim Giang', hotline 0243.7756.221.",
    "Headline and sapo state the seizure 'tại Hà Nội' (location Hà Nội); the body places the warehouse in quận Hoàng Mai, so the",
    "case figures (3.648 hộp, 420 kg, purchase and sale prices) get Hoàng Mai. Trung Quốc is a trade partner, not a place.",
    "'trị giá ước khoảng 1,4 tỷ' → estimate + about. 'cao gấp khoảng 14 lần giá nhập' follows the sale price: a change in 'lần'.",
    "Hà Nội market-control totals 'Từ đầu năm đến nay' end at the dateline; 'xử lý 49 vụ vi phạm' has no part-of cue: no total.",
    "National market figures (Hội Vật tư văn phòng Việt Nam, 'cả nước'): Việt Nam. 'mỗi năm ... khoảng 8-9 triệu hộp mực' is a",
    "yearly rate (measure, 'hộp mực/năm'); 'trong đó ... chiếm 55-60%' is a share of a different subject: own percent figure.",
    "'trong tháng 12' (year-less) takes 2024; 'dự kiến' governs both clauses (forecast).",
    "revised after the first run: subject of 1,4 tỷ 'trị giá số hộp mực in' -> the goods as the sentence names them ('số' was not",
    "in the sentence; the 3.600 of the same sentence already carried the full description).",
]

if __name__ == "__main__":
    write("p1461-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Hà Nội")
