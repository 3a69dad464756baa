"""p956-6: national newspaper (VnExpress style), Quảng Ninh nurseries after typhoon Yagi."""
from lib import F, P, I, C, build

TEXT = """Kinh doanh › Nông nghiệp
Thứ tư, 16/10/2024, 06:30 (GMT+7)
Vườn ươm Quảng Ninh tất bật sau bão Yagi
Nhu cầu cây giống để trồng lại rừng bị bão quật đổ khiến nhiều vườn ươm ở Quảng Ninh không đủ hàng, giá keo giống tăng mạnh.

Tại vườn ươm của anh Nguyễn Văn Hải ở xã Đồng Lâm, huyện Hoành Bồ cũ (nay thuộc TP Hạ Long), hơn 20 công nhân làm việc từ 6h sáng để đóng bầu, cấy hom. Vườn rộng 2 ha của anh hiện có khoảng 800.000 cây keo hom, đã được các hộ đặt cọc toàn bộ. "Trước bão, mỗi tháng tôi bán chừng 150.000 cây, nay khách đặt gấp 3 lần mà không đủ hàng", anh Hải nói. Giá keo hom tại vườn của anh hiện 1.300-1.500 đồng một cây, tăng khoảng 40% so với trước bão; keo mô lên 2.000 đồng.

Theo Bộ Nông nghiệp và Phát triển nông thôn, bão số 3 (Yagi) làm hơn 188.000 ha rừng tại 15 tỉnh miền Bắc bị thiệt hại. Riêng Quảng Ninh có khoảng 113.000 ha rừng bị gãy đổ, chiếm gần 30% diện tích rừng toàn tỉnh. Để trồng lại, tỉnh dự kiến cần khoảng 180 triệu cây giống trong 2 năm 2024-2025, trong khi 147 vườn ươm trên địa bàn chỉ đáp ứng được khoảng 35 triệu cây mỗi năm.

UBND tỉnh đã ban hành Kế hoạch số 248/KH-UBND, hỗ trợ 100% kinh phí mua cây giống cho hộ có rừng bị thiệt hại trên 70%, mức hỗ trợ tối đa 15 triệu đồng/ha.

Ông Trần Văn Minh, Phó chi cục trưởng Chi cục Kiểm lâm Quảng Ninh, cho biết từ đầu tháng 10 đến nay chi cục đã kiểm tra 32 vườn ươm, yêu cầu 5 cơ sở dừng bán giống không rõ nguồn gốc. Người dân chỉ nên mua cây keo cao 25-35 cm, tuổi 3-4 tháng.

Minh Cương
"""

QN = "Quảng Ninh"
HL = "Hạ Long"
BIENNIUM = P("trong 2 năm 2024-2025", "2024-01-01", "2025-12-31")
OCT = P("từ đầu tháng 10 đến nay", "2024-10-01", "2024-10-16")

FIGS = [
    F("hơn 20 công nhân", "20", 20, "count", "công nhân", approx="over",
      subject="công nhân làm việc tại vườn ươm của anh Nguyễn Văn Hải", location=HL),
    F("rộng 2 ha", "2", 2, "measure", "ha", subject="diện tích vườn ươm của anh Hải", location=HL),
    F("khoảng 800.000 cây", "800.000", 800000, "count", "cây keo hom", approx="about",
      subject="cây keo hom hiện có trong vườn", location=HL),
    F("chừng 150.000 cây", "150.000", 150000, "measure", "cây/tháng", approx="about",
      subject="cây giống bán mỗi tháng trước bão", location=HL),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="lượng cây khách đặt so với trước bão", location=HL),
    F("hiện 1.300-1.500 đồng", "1.300", 1300, "money", "đồng/cây", value_max=1500,
      change=C("increase", 40, "%", "trước bão", approx="about"),
      subject="giá keo hom tại vườn", location=HL),
    F("lên 2.000 đồng", "2.000", 2000, "money", "đồng/cây", subject="giá keo mô", location=HL),
    F("hơn 188.000 ha", "188.000", 188000, "measure", "ha", approx="over",
      subject="diện tích rừng bị thiệt hại do bão số 3 (Yagi)", location="Việt Nam"),
    F("tại 15 tỉnh", "15", 15, "count", "tỉnh",
      subject="tỉnh miền Bắc có rừng bị thiệt hại", location="Việt Nam"),
    F("khoảng 113.000 ha", "113.000", 113000, "measure", "ha", approx="about", percent=30,
      subject="diện tích rừng bị gãy đổ"),
    F("khoảng 180 triệu cây", "180", 180e6, "count", "cây giống", approx="about", status="forecast",
      subject="cây giống cần để trồng lại rừng", period=BIENNIUM),
    F("trong khi 147 vườn ươm", "147", 147, "count", "vườn ươm", subject="vườn ươm trên địa bàn"),
    F("khoảng 35 triệu cây", "35", 35e6, "measure", "cây/năm", approx="about",
      subject="cây giống các vườn ươm đáp ứng mỗi năm"),
    F("hỗ trợ 100% kinh phí", "100", 100, "percent", "%",
      subject="hỗ trợ kinh phí mua cây giống cho hộ có rừng bị thiệt hại"),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", approx="over",
      subject="mức thiệt hại rừng của hộ được hỗ trợ", optional=True),
    F("tối đa 15 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", approx="at_most",
      subject="mức hỗ trợ mua cây giống"),
    F("kiểm tra 32 vườn ươm", "32", 32, "count", "vườn ươm",
      subject="vườn ươm chi cục đã kiểm tra", period=OCT),
    F("yêu cầu 5 cơ sở", "5", 5, "count", "cơ sở",
      subject="cơ sở phải dừng bán giống không rõ nguồn gốc", period=OCT),
    F("cao 25-35 cm", "25", 25, "measure", "cm", value_max=35,
      subject="chiều cao cây keo nên mua", optional=True),
    F("tuổi 3-4 tháng", "3", 3, "measure", "tháng", value_max=4,
      subject="tuổi cây keo nên mua", optional=True),
]

NOTES = [
    "VnExpress style: section line, 'Thứ tư, 16/10/2024, 06:30 (GMT+7)', headline, lead, byline at the end.",
    "The nursery of anh Hải is in xã Đồng Lâm (former Hoành Bồ, now TP Hạ Long): location Hạ Long for its figures.",
    "The ministry's 188.000 ha in 15 provinces is national (Việt Nam); the rest is Quảng Ninh.",
    "'nay khách đặt gấp 3 lần' stands alone (no base amount for the orders): a multiple. '2 năm 2024-2025' locates the need in time.",
    "'chiếm gần 30% diện tích rừng toàn tỉnh' is the share of 113.000 ha. 'tỉnh dự kiến cần khoảng 180 triệu' forecast.",
    "Per-month / per-year quantities ('mỗi tháng ... 150.000 cây', '35 triệu cây mỗi năm') are measures with the time in the unit.",
    "Optional: the support threshold 'thiệt hại trên 70%' and the advice spec 'cao 25-35 cm, tuổi 3-4 tháng'.",
    "Distractors: 'bão số 3', '6h sáng', 'Kế hoạch số 248/KH-UBND', dateline, 'trong 2 năm' (duration locating the need).",
]

if __name__ == "__main__":
    build("p956-6", TEXT, FIGS, NOTES, published="2024-10-16", location=QN)
