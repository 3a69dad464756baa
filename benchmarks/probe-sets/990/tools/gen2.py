from lib import F, build, change, period

TEXT = """UBND HUYỆN PHONG ĐIỀN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động xã, thị trấn
Thứ Ba, 14/05/2024 - 10:20

Phong Điền: Du lịch vườn trái cây khởi sắc

Từ đầu năm đến nay, các điểm du lịch sinh thái, vườn trái cây trên địa bàn huyện đã đón khoảng 215.000 lượt khách, tăng 18% so với cùng kỳ năm trước; doanh thu đạt gần 96 tỷ đồng. Riêng dịp nghỉ lễ 30/4 - 1/5 vừa qua, lượng khách đạt 27.500 lượt, gấp 1,6 lần so với dịp lễ năm 2023.

Toàn huyện hiện có 46 điểm du lịch nông nghiệp, trong đó xã Mỹ Khánh có 19 điểm, xã Nhơn Ái 12 điểm, thị trấn Phong Điền 8 điểm, còn lại rải rác ở các xã Tân Thới, Giai Xuân. Các điểm du lịch tạo việc làm cho 640 lao động địa phương, với mức lương từ 5 đến 7 triệu đồng/người/tháng.

Ông Trần Văn Bảy, chủ vườn chôm chôm tại ấp Mỹ Ái, cho biết vườn rộng 1,8 ha, mỗi ngày cuối tuần đón trên 300 khách; giá vé 40.000 đồng/người lớn, trẻ em cao dưới 1,2 m được miễn vé. Năm 2023, nhờ kết hợp làm du lịch, thu nhập của gia đình ông đạt khoảng 850 triệu đồng, cao gấp đôi so với chỉ bán trái cây.

Huyện phấn đấu năm 2024 đón 500.000 lượt khách; đồng thời tổ chức Lễ hội Trái cây Phong Điền lần thứ 3 từ ngày 14 đến 16/6/2024. Du khách cần thông tin xin liên hệ Phòng Văn hóa và Thông tin huyện, điện thoại 0292.3850.428.
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
FIGS = [
    F("khoảng 215.000 lượt khách", "215.000", 215_000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch sinh thái, vườn trái cây", approx="about",
      change=change("increase", 18, baseline="cùng kỳ năm trước"), period=YTD),
    F("gần 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu", approx="nearly", period=YTD),
    F("đạt 27.500 lượt", "27.500", 27_500, "count", "lượt", "lượng khách dịp nghỉ lễ",
      change=change("increase", 1.6, unit="lần", baseline="dịp lễ năm 2023"),
      period=period("dịp nghỉ lễ 30/4 - 1/5", "2024-04-30", "2024-05-01")),
    F("có 46 điểm du lịch", "46", 46, "count", "điểm du lịch nông nghiệp", "điểm du lịch nông nghiệp"),
    F("có 19 điểm", "19", 19, "count", "điểm", "điểm du lịch nông nghiệp xã Mỹ Khánh", total=46),
    F("Nhơn Ái 12 điểm", "12", 12, "count", "điểm", "điểm du lịch nông nghiệp xã Nhơn Ái", total=46),
    F("thị trấn Phong Điền 8 điểm", "8", 8, "count", "điểm", "điểm du lịch nông nghiệp thị trấn Phong Điền",
      total=46),
    F("cho 640 lao động", "640", 640, "count", "lao động", "lao động địa phương có việc làm tại các điểm du lịch"),
    F("từ 5 đến 7 triệu", "5", 5_000_000, "money", "đồng/người/tháng", "mức lương lao động",
      value_max=7_000_000),
    F("rộng 1,8 ha", "1,8", 1.8, "measure", "ha", "diện tích vườn chôm chôm"),
    F("trên 300 khách", "300", 300, "count", "khách", "khách mỗi ngày cuối tuần", approx="over"),
    F("40.000 đồng/người lớn", "40.000", 40_000, "money", "đồng/người lớn", "giá vé"),
    F("dưới 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under", optional=True),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "thu nhập của gia đình", approx="about",
      change=change("increase", 2, unit="lần", baseline="chỉ bán trái cây"),
      period=period("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đón 500.000 lượt khách", "500.000", 500_000, "count", "lượt khách", "lượt khách",
      status="target", period=period("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Phong Điền (Cần Thơ) district portal, 'Thứ Ba, 14/05/2024 - 10:20'. All figures are the district's: location Phong Điền.",
    "Commune items (xã Mỹ Khánh, xã Nhơn Ái, thị trấn Phong Điền) are below district level: location stays the district,",
    "the commune goes into the subject. They follow 'trong đó' after 46 điểm: total 46 (they do not add up; 'còn lại rải rác').",
    "'gấp 1,6 lần so với ...' and 'cao gấp đôi so với ...' after a figure are its change (unit lần), not multiple figures.",
    "Distractors: '30/4 - 1/5' (holiday dates, period of 27.500), 'Ông Trần Văn Bảy', 'lần thứ 3', '14 đến 16/6/2024', phone.",
    "'trẻ em cao dưới 1,2 m' is a category threshold: optional.",
]

if __name__ == "__main__":
    build("p990-2", TEXT, FIGS, COMMENTS, published="2024-05-14", location="Phong Điền")
