from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ » Tin tức » Kinh tế
Thứ Năm, 10/10/2024 - 14:05

Đức Hòa: Thu ngân sách 9 tháng vượt 8% dự toán năm

Theo Chi cục Thuế khu vực Đức Hòa - Đức Huệ, 9 tháng năm 2024, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.892 tỷ đồng, bằng 108,2% dự toán năm, tăng 15,6% so với cùng kỳ. Riêng quý III/2024 thu được 642 tỷ đồng. Thu cân đối ngân sách huyện đạt 1.247 tỷ đồng, trong đó thu tiền sử dụng đất 534 tỷ đồng, thuế ngoài quốc doanh 402 tỷ đồng, lệ phí trước bạ 118 tỷ đồng.

Đáng chú ý, số thu từ các doanh nghiệp trong Khu công nghiệp Tân Đức, Hải Sơn và dọc Tỉnh lộ 824 đạt gần 612 tỷ đồng, chiếm 32,3% tổng thu. Có 6/20 xã, thị trấn đã hoàn thành dự toán thu cả năm, gồm: Đức Hòa Hạ, Hựu Thạnh, Mỹ Hạnh Nam, Tân Mỹ, Hòa Khánh Tây và thị trấn Hậu Nghĩa.

Tổng chi ngân sách huyện 9 tháng đạt 1.105 tỷ đồng, bằng 71,4% dự toán. Trong đó, chi đầu tư phát triển 486 tỷ đồng; chi thường xuyên 611 tỷ đồng. Chi sự nghiệp giáo dục, đào tạo chiếm tỷ trọng lớn nhất với 298 tỷ đồng. Tính đến ngày 30/9/2024, tồn quỹ ngân sách huyện còn khoảng 215 tỷ đồng.

Huyện phấn đấu năm 2024 thu ngân sách trên địa bàn đạt 2.300 tỷ đồng. Đến cuối tháng 9, tổng nợ thuế trên địa bàn là 87,5 tỷ đồng, giảm 12,1 tỷ đồng so với đầu năm.

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3851.204
"""

M9 = ("2024-01-01", "2024-09-30")
M9P = P("9 tháng năm 2024", *M9)

FIGS = [
    F("vượt 8%", "8", 8, "percent", "%", "thu ngân sách 9 tháng vượt dự toán năm", P("9 tháng", *M9)),
    F("đạt 1.892", "1.892", 1892e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn huyện", M9P,
      percent=108.2, change=CH("increase", 15.6, baseline="cùng kỳ")),
    F("được 642", "642", 642e9, "money", "đồng", "thu ngân sách quý III", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt 1.247", "1.247", 1247e9, "money", "đồng", "thu cân đối ngân sách huyện", I(M9P)),
    F("đất 534", "534", 534e9, "money", "đồng", "thu tiền sử dụng đất", I(M9P), total=1247e9),
    F("doanh 402", "402", 402e9, "money", "đồng", "thuế ngoài quốc doanh", I(M9P), total=1247e9),
    F("bạ 118", "118", 118e9, "money", "đồng", "lệ phí trước bạ", I(M9P), total=1247e9),
    F("gần 612", "612", 612e9, "money", "đồng", "số thu từ các doanh nghiệp trong Khu công nghiệp Tân Đức, Hải Sơn và dọc Tỉnh lộ 824",
      I(M9P), approx="nearly", percent=32.3),
    F("Có 6/20", "6", 6, "count", "xã, thị trấn", "xã, thị trấn đã hoàn thành dự toán thu cả năm", I(M9P), total=20),
    F("đạt 1.105", "1.105", 1105e9, "money", "đồng", "tổng chi ngân sách huyện", P("9 tháng", *M9), percent=71.4),
    F("phát triển 486", "486", 486e9, "money", "đồng", "chi đầu tư phát triển", I(M9P), total=1105e9),
    F("xuyên 611", "611", 611e9, "money", "đồng", "chi thường xuyên", I(M9P), total=1105e9),
    F("với 298", "298", 298e9, "money", "đồng", "chi sự nghiệp giáo dục, đào tạo", I(M9P)),
    F("khoảng 215", "215", 215e9, "money", "đồng", "tồn quỹ ngân sách huyện", P("Tính đến ngày 30/9/2024", None, "2024-09-30"),
      approx="about"),
    F("đạt 2.300", "2.300", 2300e9, "money", "đồng", "thu ngân sách trên địa bàn", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("là 87,5", "87,5", 87.5e9, "money", "đồng", "tổng nợ thuế trên địa bàn", P("Đến cuối tháng 9", None, "2024-09-30"),
      change=CH("decrease", 12.1e9, "đồng", baseline="đầu năm")),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An), district portal: thu, chi ngân sách 9 tháng năm 2024. Dateline 'Thứ Năm, 10/10/2024 - 14:05'.",
    "Distractors: 'Khu phố 3', 'Tỉnh lộ 824' (inside a subject), phone 0272.3851.204, commune names, 'Đức Hòa - Đức Huệ'.",
    "Location: the district (Đức Hòa) for every figure. Headline 'vượt 8% dự toán năm' has no base amount: a percent figure of its own.",
    "'chiếm 32,3% tổng thu' is a share (percent), not a total. 'Chi sự nghiệp giáo dục' stands in its own sentence with no cue: no total.",
    "Money change 'giảm 12,1 tỷ đồng' is written with the multiplier applied (12.1e9, unit đồng).",
]

if __name__ == "__main__":
    emit("p527-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Đức Hòa")
