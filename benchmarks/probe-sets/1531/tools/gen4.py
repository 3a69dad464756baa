"""p1531-4: ministry site (Bộ Công Thương): national exports of hand fans 2023, markets, craft villages, outlook."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu quạt tay thủ công năm 2023 đạt 41,6 triệu USD
12/03/2024 | 10:20 | Cục Xúc tiến thương mại

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu quạt tay thủ công (quạt giấy, quạt nan, quạt tre) của Việt Nam đạt 41,6 triệu USD, tăng 7,4% so với năm 2022. Lượng xuất khẩu ước khoảng 58 triệu chiếc, giá bình quân 0,72 USD/chiếc.

Nhật Bản tiếp tục là thị trường lớn nhất với 14,2 triệu USD, chiếm 34,1% tổng kim ngạch; tiếp đến là Hoa Kỳ 8,9 triệu USD, Hàn Quốc 5,3 triệu USD và Pháp 3,1 triệu USD. Xuất khẩu sang thị trường EU tăng mạnh 21,5%.

Cả nước hiện có khoảng 120 làng nghề sản xuất quạt và sản phẩm từ tre, nứa, giấy dó, tập trung tại Hà Nội, Thanh Hóa, Phú Thọ, Thừa Thiên Huế, thu hút trên 35 nghìn lao động. Riêng Hà Nội có 42 làng nghề, đứng thứ nhất cả nước về giá trị xuất khẩu quạt thủ công.

Theo Cục Xúc tiến thương mại, năm 2024 kim ngạch xuất khẩu quạt tay thủ công dự báo đạt 45-47 triệu USD nhờ nhu cầu quà tặng, trang trí tăng. Mục tiêu đến năm 2030, xuất khẩu hàng thủ công mỹ nghệ từ tre, nứa đạt 1 tỷ USD, trong đó quạt tay chiếm ít nhất 8%. Doanh nghiệp có thể tham khảo Quyết định số 1526/QĐ-BCT và liên hệ đường dây nóng 1800.6838 để được hỗ trợ.

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Giấy phép số 53/GP-TTĐT
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu quạt tay thủ công"

FIGS = [
    F("thủ công năm 2023 đạt 41,6", "41,6", 41.6e6, "money", "USD",
      subject="xuất khẩu quạt tay thủ công", period=Y23),
    F("Việt Nam đạt 41,6", "41,6", 41.6e6, "money", "USD",
      change=change("increase", 7.4, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu quạt tay thủ công (quạt giấy, quạt nan, quạt tre)", period=Y23),
    F("ước khoảng 58 triệu", "58", 58e6, "count", "chiếc", approx="about", status="estimate",
      subject="lượng xuất khẩu", period=inherit(Y23)),
    F("bình quân 0,72", "0,72", 0.72, "money", "USD/chiếc", status="estimate",
      subject="giá bình quân", period=inherit(Y23)),
    F("với 14,2 triệu", "14,2", 14.2e6, "money", "USD", percent=34.1,
      subject=f"{EXP} sang Nhật Bản", period=inherit(Y23)),
    F("Hoa Kỳ 8,9 triệu", "8,9", 8.9e6, "money", "USD", subject=f"{EXP} sang Hoa Kỳ", period=inherit(Y23)),
    F("Hàn Quốc 5,3 triệu", "5,3", 5.3e6, "money", "USD", subject=f"{EXP} sang Hàn Quốc", period=inherit(Y23)),
    F("Pháp 3,1 triệu", "3,1", 3.1e6, "money", "USD", subject=f"{EXP} sang Pháp", period=inherit(Y23)),
    F("tăng mạnh 21,5%", "21,5", 21.5, "percent", "%", subject="xuất khẩu sang thị trường EU",
      period=inherit(Y23)),
    F("khoảng 120 làng nghề", "120", 120, "count", "làng nghề", approx="about",
      subject="làng nghề sản xuất quạt và sản phẩm từ tre, nứa, giấy dó"),
    F("trên 35 nghìn", "35", 35000, "count", "lao động", approx="over",
      subject="lao động làng nghề sản xuất quạt và sản phẩm từ tre, nứa, giấy dó"),
    F("có 42 làng nghề", "42", 42, "count", "làng nghề", subject="làng nghề", location="Hà Nội"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="giá trị xuất khẩu quạt thủ công",
      location="Hà Nội"),
    F("đạt 45-47 triệu", "45", 45e6, "money", "USD", value_max=47e6, status="forecast",
      subject=EXP, period=Y24),
    F("đạt 1 tỷ USD", "1", 1e9, "money", "USD", status="target",
      subject="xuất khẩu hàng thủ công mỹ nghệ từ tre, nứa", period=TO30),
    F("ít nhất 8%", "8", 8, "percent", "%", approx="at_least", status="target",
      subject="quạt tay trong xuất khẩu hàng thủ công mỹ nghệ từ tre, nứa", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/03/2024 | 10:20 | Cục Xúc tiến thương mại', address footer, licence number.",
    "Distractors: 10:20, Quyết định số 1526/QĐ-BCT, hotline 1800.6838, '54 Hai Bà Trưng', Giấy phép số 53/GP-TTĐT.",
    "National figures: location Việt Nam; trade partners (Nhật Bản, Hoa Kỳ, Hàn Quốc, Pháp, EU) stay in the subject, not in location.",
    "The 120 villages are national (the provinces listed after them do not make it provincial); 'Riêng Hà Nội có 42 làng nghề' and its rank are Hà Nội. 'Riêng' is no part-of cue: no total.",
    "Headline 41,6 triệu USD is its own figure. 'Lượng xuất khẩu ước khoảng 58 triệu chiếc, giá bình quân 0,72 USD/chiếc': the price clause continues the 'ước' clause (no verb of its own): estimate.",
    "'chiếm 34,1% tổng kim ngạch' is the percent of 14,2 triệu USD. 'tăng mạnh 21,5%' is a growth rate as the claim.",
    "'trong đó quạt tay chiếm ít nhất 8%' is a percent figure of its own, target like its whole; 'đến năm 2030' has start null.",
]

if __name__ == "__main__":
    write("p1531-4", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
