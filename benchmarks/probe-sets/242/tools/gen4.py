from lib import F, P, build

TEXT = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA

Lọc hóa dầu đóng góp hơn 60% thu ngân sách của Khu kinh tế Nghi Sơn trong 9 tháng
Thứ hai, 21/10/2024, 09:32

Lê Hợi

(Baothanhhoa.vn) - 9 tháng năm 2024, Công ty TNHH Lọc hóa dầu Nghi Sơn (NSRP) đã nhập 7,9 triệu tấn dầu thô, sản xuất 7,15 triệu tấn sản phẩm xăng dầu các loại, đáp ứng khoảng 35% nhu cầu xăng dầu trong nước.

Riêng quý III/2024, nhà máy sản xuất 2,46 triệu tấn sản phẩm, tăng 4,3% so với quý II. Trong đó, xăng RON 95 đạt 1,12 triệu tấn, dầu diesel 1,03 triệu tấn, nhiên liệu phản lực 212 nghìn tấn, LPG 98 nghìn tấn.

Theo Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp, thu ngân sách nhà nước trên địa bàn khu kinh tế 9 tháng ước đạt 38.624 tỷ đồng, bằng 82,5% dự toán năm, trong đó thu từ hoạt động lọc hóa dầu 24.117 tỷ đồng, chiếm 62,4%.

Nhà máy hiện sử dụng gần 1.300 lao động, trong đó hơn 90% là người Việt Nam, phần lớn là con em địa phương thị xã Nghi Sơn. Từ năm 2018 đến nay, NSRP đã đóng góp trên 20 tỷ đồng cho các hoạt động an sinh xã hội của tỉnh.

Ông Nguyễn Văn Phong, Phó Giám đốc Ban Quản lý KKT Nghi Sơn cho biết, dự án được Thủ tướng Chính phủ chấp thuận đầu tư theo Quyết định số 1699/QĐ-TTg. Quý IV, NSRP phấn đấu sản xuất 2,3-2,4 triệu tấn sản phẩm, bảo đảm nguồn cung cho thị trường dịp cuối năm.

Mọi phản ánh về hoạt động của nhà máy xin gửi về đường dây nóng 0237.3617.115.
"""

M9 = lambda t="9 tháng năm 2024", inh=False: P(t, "2024-01-01", "2024-09-30", inh)
Q3 = lambda inh=False: P("quý III/2024", "2024-07-01", "2024-09-30", inh)

FIGS = [
    F("hơn 60% thu ngân sách", "60", 60, "percent", "%", "đóng góp của lọc hóa dầu trong thu ngân sách của Khu kinh tế Nghi Sơn",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("nhập 7,9 triệu tấn", "7,9", 7900000, "measure", "tấn", "dầu thô nhập", M9()),
    F("sản xuất 7,15 triệu tấn", "7,15", 7150000, "measure", "tấn", "sản phẩm xăng dầu các loại sản xuất", M9()),
    F("khoảng 35% nhu cầu", "35", 35, "percent", "%", "nhu cầu xăng dầu trong nước được đáp ứng", M9(),
      approx="about", location="Việt Nam"),
    F("sản xuất 2,46 triệu tấn", "2,46", 2460000, "measure", "tấn", "sản phẩm sản xuất", Q3(),
      change={"direction": "increase", "value": 4.3, "unit": "%", "baseline": "quý II"}),
    F("đạt 1,12 triệu tấn", "1,12", 1120000, "measure", "tấn", "xăng RON 95", Q3(True), total=2460000),
    F("diesel 1,03 triệu tấn", "1,03", 1030000, "measure", "tấn", "dầu diesel", Q3(True), total=2460000),
    F("phản lực 212 nghìn tấn", "212", 212000, "measure", "tấn", "nhiên liệu phản lực", Q3(True), total=2460000),
    F("LPG 98 nghìn tấn", "98", 98000, "measure", "tấn", "LPG", Q3(True), total=2460000),
    F("ước đạt 38.624 tỷ đồng", "38.624", 38624e9, "money", "đồng", "thu ngân sách nhà nước trên địa bàn khu kinh tế",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=82.5),
    F("dầu 24.117 tỷ đồng", "24.117", 24117e9, "money", "đồng", "thu từ hoạt động lọc hóa dầu",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", total=38624e9, percent=62.4),
    F("gần 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động nhà máy sử dụng", approx="nearly"),
    F("hơn 90% là người", "90", 90, "percent", "%", "lao động là người Việt Nam", approx="over"),
    F("trên 20 tỷ đồng", "20", 20e9, "money", "đồng", "đóng góp cho các hoạt động an sinh xã hội",
      P("Từ năm 2018 đến nay", "2018-01-01", "2024-10-21"), approx="over"),
    F("2,3-2,4 triệu tấn", "2,3", 2300000, "measure", "tấn", "sản phẩm sản xuất",
      P("Quý IV", "2024-10-01", "2024-12-31"), value_max=2400000, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thanh Hóa): Nghi Sơn refinery (NSRP), 9 months and quý III/2024. Dateline 'Thứ hai, 21/10/2024, 09:32'; byline before the lead.",
    "Distractors: 'Quyết định số 1699/QĐ-TTg', hotline '0237.3617.115', 'RON 95' in a list item, 'Từ năm 2018' (start of a period), 'quý II' (baseline).",
    "Location: Thanh Hóa by default (the refinery and KKT Nghi Sơn are in the province); 'khoảng 35% nhu cầu xăng dầu trong nước' describes the national market -> Việt Nam (borderline).",
    "Title figure 'hơn 60%' carries '9 tháng' (year from the dateline). 'trong đó' after quý III's 2,46 triệu tấn: four products total 2,46 triệu tấn (they add up).",
    "38.624 tỷ: estimate with 'bằng 82,5% dự toán năm' (percent); 'trong đó ... 24.117 tỷ đồng, chiếm 62,4%' continues the 'ước' clause without a verb -> estimate, total 38.624 tỷ.",
    "'trong đó hơn 90% là người Việt Nam': a percent has no whole in lao động, so no total (as shared h01). 'người Việt Nam' is a nationality, not a location.",
    "'Từ năm 2018 đến nay' ends at the dateline 2024-10-21. 'Quý IV' without year takes 2024. Range '2,3-2,4 triệu tấn' -> value_max 2,4 triệu.",
]

build(4, TEXT, FIGS, COMMENTS, published="2024-10-21", location="Thanh Hóa")
