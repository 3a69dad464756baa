"""p1082-2: district portal, huyện Hải Hậu (Nam Định), rice insurance for the spring crop 2025."""
from lib import F, build, period, inherit, change, target

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Trang chủ / Tin tức / Nông nghiệp - Nông thôn
Hải Hậu: Mở rộng bảo hiểm cây lúa vụ Xuân
Ngày đăng: 08/04/2025 | Lượt xem: 312

Tính đến ngày 31/3/2025, toàn huyện có 21/32 xã, thị trấn đã ký hợp đồng bảo hiểm cây lúa vụ Xuân với tổng diện tích 3.265 ha, tăng 415 ha so với vụ Xuân năm 2024, chiếm khoảng 27% diện tích gieo cấy toàn huyện. Số hộ tham gia là 11.842 hộ, trong đó 1.036 hộ nghèo, hộ cận nghèo và 10.806 hộ sản xuất khác.

Theo phương án của Công ty Bảo hiểm Agribank Nam Định, số tiền bảo hiểm là 28,5 triệu đồng/ha; tỷ lệ phí bảo hiểm 2,8%, tương đương 798.000 đồng/ha/vụ. Hộ nghèo, hộ cận nghèo được ngân sách hỗ trợ 90% phí bảo hiểm, hộ sản xuất khác được hỗ trợ 20%, phần còn lại do hộ tự đóng hoặc hợp tác xã đóng thay.

Tổng phí bảo hiểm vụ Xuân ước khoảng 2,6 tỷ đồng, trong đó ngân sách trung ương và ngân sách tỉnh hỗ trợ khoảng 710 triệu đồng, các hộ và hợp tác xã đóng khoảng 1,89 tỷ đồng.

Năm 2024, huyện có 9 xã bị thiệt hại do bệnh đạo ôn cổ bông và mưa đá, tổng số tiền bồi thường là 312,6 triệu đồng cho 684 hộ, bình quân khoảng 457.000 đồng/hộ. Thời gian từ khi có kết quả giám định đến khi chi trả không quá 15 ngày.

Để hoàn thành mục tiêu đến năm 2025 có 50% diện tích lúa của huyện được bảo hiểm, UBND huyện yêu cầu các xã đẩy mạnh tuyên truyền, phấn đấu diện tích lúa vụ Mùa năm 2025 được bảo hiểm đạt ít nhất 4.000 ha. Hội nghị triển khai bảo hiểm cây lúa lần thứ 3 được tổ chức ngày 2/4 tại hội trường UBND huyện, đường 56, thị trấn Yên Định.

Mọi thông tin chi tiết xin liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0228.3877.226.
Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

ASOF = period("Tính đến ngày 31/3/2025", None, "2025-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 21/32 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn đã ký hợp đồng bảo hiểm cây lúa vụ Xuân",
      total=32, period=ASOF),
    F("diện tích 3.265 ha", "3.265", 3265, "measure", "ha", "diện tích lúa vụ Xuân tham gia bảo hiểm",
      change=change("increase", 415, "ha", "vụ Xuân năm 2024"), percent=27, period=ASOF),
    F("là 11.842 hộ", "11.842", 11842, "count", "hộ", "hộ tham gia bảo hiểm cây lúa", period=inherit(ASOF)),
    F("đó 1.036 hộ", "1.036", 1036, "count", "hộ", "hộ nghèo, hộ cận nghèo tham gia bảo hiểm cây lúa",
      total=11842, period=inherit(ASOF)),
    F("và 10.806 hộ", "10.806", 10806, "count", "hộ", "hộ sản xuất khác tham gia bảo hiểm cây lúa",
      total=11842, period=inherit(ASOF)),
    F("là 28,5 triệu đồng/ha", "28,5", 28.5e6, "money", "đồng/ha", "số tiền bảo hiểm cây lúa"),
    F("bảo hiểm 2,8%", "2,8", 2.8, "percent", "%", "tỷ lệ phí bảo hiểm cây lúa"),
    F("tương đương 798.000 đồng", "798.000", 798000, "money", "đồng/ha/vụ", "phí bảo hiểm cây lúa"),
    F("hỗ trợ 90% phí", "90", 90, "percent", "%", "mức hỗ trợ phí bảo hiểm cho hộ nghèo, hộ cận nghèo"),
    F("hỗ trợ 20%", "20", 20, "percent", "%", "mức hỗ trợ phí bảo hiểm cho hộ sản xuất khác"),
    F("khoảng 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tổng phí bảo hiểm vụ Xuân",
      approx="about", status="estimate"),
    F("khoảng 710 triệu đồng", "710", 710e6, "money", "đồng", "ngân sách trung ương và ngân sách tỉnh hỗ trợ phí bảo hiểm",
      approx="about", total=2.6e9, status="estimate"),
    F("khoảng 1,89 tỷ đồng", "1,89", 1.89e9, "money", "đồng", "phí bảo hiểm các hộ và hợp tác xã đóng",
      approx="about", total=2.6e9, status="estimate"),
    F("có 9 xã", "9", 9, "count", "xã", "xã bị thiệt hại do bệnh đạo ôn cổ bông và mưa đá", period=Y24),
    F("là 312,6 triệu đồng", "312,6", 312.6e6, "money", "đồng", "tổng số tiền bồi thường", period=Y24),
    F("cho 684 hộ", "684", 684, "count", "hộ", "hộ được bồi thường", period=Y24),
    F("khoảng 457.000 đồng/hộ", "457.000", 457000, "money", "đồng/hộ", "số tiền bồi thường bình quân",
      approx="about", period=Y24),
    F("không quá 15 ngày", "15", 15, "measure", "ngày", "thời gian từ khi có kết quả giám định đến khi chi trả",
      approx="at_most"),
    F("có 50% diện tích", "50", 50, "percent", "%", "diện tích lúa của huyện được bảo hiểm", status="target", period=TO25),
    F("ít nhất 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích lúa vụ Mùa được bảo hiểm",
      approx="at_least", status="target", period=Y25),
]

build("p1082-2", TEXT, FIGS, published="2025-04-08", location="Hải Hậu", comments=[
    "District portal (huyện Hải Hậu, Nam Định): rice insurance, spring crop 2025; all figures are the district's (location Hải Hậu).",
    "21/32 → total 32. 'tăng 415 ha so với vụ Xuân năm 2024' is the change of 3.265 ha; 'chiếm khoảng 27%' its percent.",
    "28,5 triệu đồng/ha and 2,8% and 'tương đương 798.000 đồng/ha/vụ' are three figures (cf. h01: a figure after tương đương that is not a share).",
    "'ước khoảng 2,6 tỷ' → estimate; the trong đó parts continue the clause (estimate, about, total 2,6 tỷ).",
    "'không quá 15 ngày' is a duration stated as a fact (measure, at_most), not a period.",
    "'vụ Mùa năm 2025' is given the year 2025 as its period (a crop season has no calendar dates in the spec).",
    "Distractors: 21/32 is a figure but 'đường 56', 'lần thứ 3' (ordinal), 'ngày 2/4', 0228.3877.226, Lượt xem 312, vụ Xuân năm 2024 (baseline) are not.",
])
