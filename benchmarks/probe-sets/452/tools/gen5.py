from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Tin tức - Sự kiện

Cấp hơn 32 nghìn thẻ BHYT cho các đối tượng chính sách
Ngày đăng: 22/03/2024 | Lượt xem: 418

Năm 2023, Phòng Lao động - Thương binh và Xã hội phối hợp với BHXH huyện lập danh sách, đề nghị cấp 32.468 thẻ BHYT cho các đối tượng được ngân sách nhà nước đóng, với tổng kinh phí hơn 26,3 tỷ đồng. Cụ thể: người dân tộc thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn 14.215 thẻ; người thuộc hộ nghèo 6.932 thẻ; trẻ em dưới 6 tuổi 10.087 thẻ; người có công với cách mạng và thân nhân 1.234 thẻ.

Ngoài ra, ngân sách hỗ trợ 70% mức đóng BHYT cho 2.140 người thuộc hộ cận nghèo và 30% mức đóng cho 5.126 học sinh, sinh viên trên địa bàn.

Tính đến ngày 29/2/2024, tỷ lệ bao phủ BHYT toàn huyện đạt 94,8% dân số (chỉ tiêu Nghị quyết HĐND huyện năm 2024 là 95,5%). Một số xã có tỷ lệ bao phủ đạt 100% như: Ea Yông, Hòa An, Ea Kênh; xã còn thấp nhất là Ea Kly với 88,6%.

Năm 2024, huyện phấn đấu phát triển thêm 3.500 người tham gia BHYT hộ gia đình, nâng tổng số người tham gia toàn huyện lên khoảng 198.000 người. UBND huyện giao BHXH huyện phối hợp với 16 xã, thị trấn rà soát người chưa có thẻ, nhất là người đã hết thời hạn hưởng chính sách theo Quyết định số 861/QĐ-TTg.

Người dân có nhu cầu tham gia BHYT hộ gia đình có thể đến các điểm thu tại UBND xã, thị trấn hoặc liên hệ BHXH huyện Krông Pắc, số 145 Giải Phóng, thị trấn Phước An; điện thoại: 0262.3521.149.

Văn phòng HĐND và UBND huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
PF = P("Tính đến ngày 29/2/2024", end="2024-02-29")
PF_I = P("Tính đến ngày 29/2/2024", end="2024-02-29", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Cấp hơn 32 nghìn thẻ", "32", 32000, "count", "thẻ BHYT", "thẻ BHYT cấp cho các đối tượng chính sách",
      approx="over", period=Y23_I),
    F("cấp 32.468 thẻ", "32.468", 32468, "count", "thẻ BHYT", "thẻ BHYT cho các đối tượng được ngân sách nhà nước đóng",
      period=Y23),
    F("hơn 26,3 tỷ đồng", "26,3", 26300000000, "money", "đồng", "tổng kinh phí", approx="over", period=Y23),
    F("khó khăn 14.215 thẻ", "14.215", 14215, "count", "thẻ",
      "người dân tộc thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn",
      total=32468, period=Y23_I),
    F("hộ nghèo 6.932 thẻ", "6.932", 6932, "count", "thẻ", "người thuộc hộ nghèo", total=32468, period=Y23_I),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("tuổi 10.087 thẻ", "10.087", 10087, "count", "thẻ", "trẻ em dưới 6 tuổi", total=32468, period=Y23_I),
    F("thân nhân 1.234 thẻ", "1.234", 1234, "count", "thẻ", "người có công với cách mạng và thân nhân",
      total=32468, period=Y23_I),
    F("hỗ trợ 70% mức", "70", 70, "percent", "%", "ngân sách hỗ trợ mức đóng BHYT cho người thuộc hộ cận nghèo",
      period=Y23_I),
    F("cho 2.140 người", "2.140", 2140, "count", "người", "người thuộc hộ cận nghèo được hỗ trợ mức đóng BHYT",
      period=Y23_I),
    F("và 30% mức", "30", 30, "percent", "%", "ngân sách hỗ trợ mức đóng cho học sinh, sinh viên", period=Y23_I),
    F("cho 5.126 học sinh", "5.126", 5126, "count", "học sinh, sinh viên",
      "học sinh, sinh viên được hỗ trợ mức đóng", period=Y23_I),
    F("đạt 94,8% dân số", "94,8", 94.8, "percent", "%", "tỷ lệ bao phủ BHYT toàn huyện",
      target=TG(95.5, "%"), period=PF),
    F("đạt 100% như", "100", 100, "percent", "%", "tỷ lệ bao phủ", period=PF_I),
    F("Ea Kly với 88,6%", "88,6", 88.6, "percent", "%", "tỷ lệ bao phủ xã còn thấp nhất", period=PF_I),
    F("thêm 3.500 người", "3.500", 3500, "count", "người", "người tham gia BHYT hộ gia đình phát triển thêm",
      status="target", period=Y24),
    F("khoảng 198.000 người", "198.000", 198000, "count", "người", "tổng số người tham gia toàn huyện",
      approx="about", status="target", period=Y24),
    F("với 16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
]

COMMENTS = [
    "District portal (huyện Krông Pắc, Đắk Lắk): BHYT cards for policy groups in 2023, support to near-poor and students, coverage at 29/2/2024, 2024 targets.",
    "'Ngày đăng: 22/03/2024 | Lượt xem: 418'. Title 'hơn 32 nghìn thẻ' = the 2023 count rounded (period inherited). Breakdown after 'Cụ thể:' sums to 32.468 -> total.",
    "'dưới 6 tuổi' is a criterion (optional, as h24's 'dưới 1 tuổi'). '70% mức đóng', '30% mức đóng' are percent figures (as the spec's '60% tiền học phí'),",
    "and the people counts after them are their own counts (the percent precedes them; no share of the count). '(chỉ tiêu ... là 95,5%)' = target of 94,8%.",
    "Communes (Ea Yông, Hòa An, Ea Kênh, Ea Kly) are below the province/city/district level of the location field: location stays Krông Pắc.",
    "'nâng tổng số ... lên khoảng 198.000 người' = target level. '16 xã, thị trấn' structure (optional). Distractors: Quyết định số 861/QĐ-TTg, address số 145, phone, counter.",
]

if __name__ == "__main__":
    build("p452-5", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Krông Pắc")
