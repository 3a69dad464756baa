"""p651-6: national press (VnExpress-style), microfinance institutions nationwide, mid-2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Ngân hàng
Thứ tư, 11/9/2024, 06:00 (GMT+7)

Hơn 90% khách hàng tài chính vi mô là phụ nữ

Bốn tổ chức tài chính vi mô được cấp phép đang phục vụ khoảng 1,3 triệu khách hàng, phần lớn là phụ nữ nông thôn.

Theo số liệu Ngân hàng Nhà nước công bố tại hội thảo ngày 10/9, đến cuối tháng 6, tổng dư nợ của các tổ chức tài chính vi mô (TCVM) gồm CEP, TYM, Thanh Hóa và M7 đạt 11.860,4 tỷ đồng, tăng 8,4% so với cuối năm ngoái. Trong đó, CEP chiếm khoảng 62%, TYM chiếm 24%.

Tổng số khách hàng vay vốn là 1,29 triệu người, trong đó nữ giới chiếm 93,5%. Khoản vay bình quân khoảng 9,2 triệu đồng, mỗi khách hàng được vay không quá 50 triệu đồng. Tỷ lệ nợ xấu của khu vực này chỉ 0,28%, thấp hơn nhiều so với mức 4,5% của toàn ngành ngân hàng.

Ngoài các tổ chức được cấp phép, cả nước còn khoảng 30 chương trình, dự án tài chính vi mô do các tổ chức chính trị - xã hội triển khai, trong đó Hội Liên hiệp Phụ nữ các cấp quản lý 21 chương trình với dư nợ gần 1.500 tỷ đồng.

Ông Nguyễn Văn Minh, Phó Vụ trưởng Vụ Tín dụng các ngành kinh tế, cho biết lãi suất cho vay bình quân của khu vực TCVM ở mức 18-22%/năm, cao hơn ngân hàng do chi phí quản lý khoản vay nhỏ lớn. Dự kiến đến cuối năm 2024, dư nợ của các tổ chức TCVM đạt khoảng 12.500 tỷ đồng.

Theo Chiến lược tài chính toàn diện quốc gia, đến năm 2030 khu vực tài chính vi mô phục vụ ít nhất 2 triệu khách hàng.

Minh Sơn
"""

ASOF = P("đến cuối tháng 6", end="2024-06-30")

FIGS = [
    F("Hơn 90%", "90", 90, "percent", "%", "khách hàng tài chính vi mô là phụ nữ", I(ASOF), approx="over", location="Việt Nam"),
    F("Bốn tổ chức", "Bốn", 4, "count", "tổ chức tài chính vi mô", "tổ chức tài chính vi mô được cấp phép"),
    F("khoảng 1,3 triệu", "1,3", 1.3e6, "count", "khách hàng", "khách hàng của các tổ chức tài chính vi mô", approx="about"),
    F("đạt 11.860,4 tỷ", "11.860,4", 11860.4e9, "money", "đồng", "tổng dư nợ của các tổ chức tài chính vi mô (TCVM)", ASOF,
      change=CH("increase", 8.4, "%", "cuối năm ngoái")),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ trọng dư nợ của CEP", I(ASOF), approx="about"),
    F("chiếm 24%", "24", 24, "percent", "%", "tỷ trọng dư nợ của TYM", I(ASOF)),
    F("là 1,29 triệu người", "1,29", 1.29e6, "count", "người", "khách hàng vay vốn", I(ASOF)),
    F("chiếm 93,5%", "93,5", 93.5, "percent", "%", "nữ giới trong khách hàng vay vốn", I(ASOF)),
    F("khoảng 9,2 triệu đồng", "9,2", 9.2e6, "money", "đồng", "khoản vay bình quân", I(ASOF), approx="about"),
    F("không quá 50 triệu", "50", 50e6, "money", "đồng", "mức vay của mỗi khách hàng", approx="at_most"),
    F("chỉ 0,28%", "0,28", 0.28, "percent", "%", "tỷ lệ nợ xấu của khu vực tài chính vi mô", I(ASOF)),
    F("mức 4,5%", "4,5", 4.5, "percent", "%", "tỷ lệ nợ xấu của toàn ngành ngân hàng", I(ASOF)),
    F("khoảng 30 chương trình", "30", 30, "count", "chương trình, dự án", "chương trình, dự án tài chính vi mô do các tổ chức chính trị - xã hội triển khai", approx="about"),
    F("quản lý 21 chương trình", "21", 21, "count", "chương trình", "chương trình tài chính vi mô do Hội Liên hiệp Phụ nữ các cấp quản lý", total=30),
    F("gần 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "dư nợ chương trình tài chính vi mô do Hội Liên hiệp Phụ nữ quản lý", approx="nearly"),
    F("mức 18-22%", "18", 18, "percent", "%", "lãi suất cho vay bình quân của khu vực TCVM", value_max=22),
    F("khoảng 12.500 tỷ", "12.500", 12500e9, "money", "đồng", "dư nợ của các tổ chức TCVM",
      P("đến cuối năm 2024", end="2024-12-31"), approx="about", status="forecast"),
    F("ít nhất 2 triệu", "2", 2e6, "count", "khách hàng", "khách hàng khu vực tài chính vi mô phục vụ",
      P("đến năm 2030", end="2030-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "National press (VnExpress-style), 'Thứ tư, 11/9/2024, 06:00 (GMT+7)', byline at the end: microfinance institutions nationwide.",
    "Location 'Việt Nam'. 'đến cuối tháng 6' takes 2024 from the dateline (as-of 30/6/2024); 'cuối năm ngoái' is only a baseline.",
    "'Bốn' is a number word. CEP/TYM shares after 'Trong đó' are percents of their own (institutions, not places).",
    "'nữ giới chiếm 93,5%' is a percent figure (the part has no count). 4,5% is a comparison figure of its own (banking sector).",
    "'21 chương trình' after 'trong đó' has total 30. 'Dự kiến' -> forecast. Distractors: '(GMT+7)', '06:00', 'ngày 10/9', 'M7'.",
]

if __name__ == "__main__":
    emit("p651-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="Việt Nam")
