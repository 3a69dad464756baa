from lib import F, P, inh, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu
Ngày đăng: 12/08/2024 | Lượt xem: 2.045

Xuất khẩu nhang, tăm hương 6 tháng đầu năm 2024 đạt gần 58 triệu USD

Theo số liệu của Cục Xuất nhập khẩu (Bộ Công Thương), 6 tháng đầu năm 2024, kim ngạch xuất khẩu nhang, tăm hương (mã HS 3307.41 và 4421.91) của Việt Nam đạt 57,8 triệu USD, tăng 6,2% so với cùng kỳ năm 2023. Trong đó, tăm hương đạt 31,4 triệu USD, hương thành phẩm đạt 26,4 triệu USD. Riêng tháng 6/2024, kim ngạch đạt 10,4 triệu USD, tăng 3,1% so với tháng trước.

Ấn Độ vẫn là thị trường lớn nhất với 21,3 triệu USD, chiếm 36,9% tổng kim ngạch nhưng giảm 11,5% so với cùng kỳ; tiếp đến là Đài Loan 9,6 triệu USD, Trung Quốc 8,2 triệu USD và Malaysia 4,7 triệu USD. Đáng chú ý, xuất khẩu sang Hoa Kỳ tăng mạnh 48,7%, đạt 3,9 triệu USD.

Năm 2019, trước khi Ấn Độ áp dụng các biện pháp hạn chế nhập khẩu, kim ngạch xuất khẩu tăm hương sang thị trường này từng đạt 143 triệu USD.

Cả nước hiện có khoảng 350 doanh nghiệp tham gia xuất khẩu nhóm hàng này, tập trung tại Thanh Hóa, Nghệ An, Hà Nội, Cao Bằng, Lạng Sơn; cùng gần 1.200 cơ sở sản xuất quy mô hộ gia đình, thu hút trên 50.000 lao động nông thôn.

Bộ Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu nhang, tăm hương có thể đạt 120-125 triệu USD. Theo định hướng, phấn đấu đến năm 2030, tỷ trọng hương thành phẩm chiếm trên 60% kim ngạch xuất khẩu của ngành, thay cho xuất khẩu tăm thô.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUB = "kim ngạch xuất khẩu nhang, tăm hương"

FIGS = [
    F("đạt gần 58 triệu USD", "58", 58e6, "money", "USD", SUB, H1, approx="nearly"),
    F("đạt 57,8 triệu USD", "57,8", 57.8e6, "money", "USD", SUB, H1,
      change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("tăm hương đạt 31,4 triệu", "31,4", 31.4e6, "money", "USD", "kim ngạch xuất khẩu tăm hương", inh(H1),
      total=57.8e6),
    F("thành phẩm đạt 26,4 triệu", "26,4", 26.4e6, "money", "USD", "kim ngạch xuất khẩu hương thành phẩm", inh(H1),
      total=57.8e6),
    F("đạt 10,4 triệu USD", "10,4", 10.4e6, "money", "USD", SUB + " tháng 6/2024",
      P("tháng 6/2024", "2024-06-01", "2024-06-30"), change=CH("increase", 3.1, "%", "tháng trước")),
    F("với 21,3 triệu USD", "21,3", 21.3e6, "money", "USD", SUB + " sang Ấn Độ", inh(H1),
      percent=36.9, change=CH("decrease", 11.5, "%", "cùng kỳ")),
    F("Đài Loan 9,6 triệu", "9,6", 9.6e6, "money", "USD", SUB + " sang Đài Loan", inh(H1)),
    F("Trung Quốc 8,2 triệu", "8,2", 8.2e6, "money", "USD", SUB + " sang Trung Quốc", inh(H1)),
    F("Malaysia 4,7 triệu", "4,7", 4.7e6, "money", "USD", SUB + " sang Malaysia", inh(H1)),
    F("đạt 3,9 triệu USD", "3,9", 3.9e6, "money", "USD", "xuất khẩu nhang, tăm hương sang Hoa Kỳ", inh(H1),
      change=CH("increase", 48.7, "%")),
    F("đạt 143 triệu USD", "143", 143e6, "money", "USD", "kim ngạch xuất khẩu tăm hương sang Ấn Độ",
      P("Năm 2019", "2019-01-01", "2019-12-31")),
    F("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp",
      "doanh nghiệp tham gia xuất khẩu nhang, tăm hương", approx="about"),
    F("gần 1.200 cơ sở", "1.200", 1200, "count", "cơ sở", "cơ sở sản xuất quy mô hộ gia đình", approx="nearly"),
    F("trên 50.000 lao động", "50.000", 50000, "count", "lao động", "lao động nông thôn", approx="over"),
    F("đạt 120-125 triệu", "120", 120e6, "money", "USD", SUB,
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=125e6, status="forecast"),
    F("trên 60% kim ngạch", "60", 60, "percent", "%", "tỷ trọng hương thành phẩm trong kim ngạch xuất khẩu của ngành",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
]

emit("p780-4", TEXT, [
    "Ministry of Industry and Trade site: incense / incense-stick exports H1/2024, national (Việt Nam).",
    "Trade partners are not places (location stays Việt Nam); provinces listed after a national count do not make it provincial.",
    "'Trong đó' parts (tăm hương, hương thành phẩm) add up to the 57,8 triệu USD whole. The market list has no cue: no total.",
    "'tăng mạnh 48,7%, đạt 3,9 triệu USD': the change standing before its figure is that figure's change (no baseline).",
    "Distractors: HS codes 3307.41 and 4421.91, Lượt xem 2.045, address 54 Hai Bà Trưng, phone 024.2220.2108.",
], FIGS, published="2024-08-12", location="Việt Nam")
