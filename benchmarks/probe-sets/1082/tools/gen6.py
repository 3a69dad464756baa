"""p1082-6: national newspaper (VnExpress style), aquaculture cage insurance in Quảng Ninh after typhoon Yagi; national claims."""
from lib import F, build, period, inherit, change, target

TEXT = """Kinh doanh › Bảo hiểm
Thứ bảy, 12/10/2024, 07:30 (GMT+7)
Chưa đến 1% lồng bè ở Quảng Ninh có bảo hiểm trước bão Yagi

Hơn 8.900 ô lồng nuôi trồng thủy sản tại Quảng Ninh bị bão số 3 phá hủy, nhưng rất ít hộ nuôi được bồi thường bảo hiểm.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Ninh, cơn bão đổ bộ ngày 7/9 đã làm hư hỏng, cuốn trôi 8.937 ô lồng bè, ước thiệt hại hơn 4.600 tỷ đồng. Tuy nhiên, chỉ 61 ô lồng của 9 hộ nuôi có hợp đồng bảo hiểm, chiếm chưa đến 1% tổng số ô lồng bị thiệt hại.

Ông Vũ Văn Tư, phường Quang Hanh, TP Cẩm Phả, có 120 ô lồng nuôi cá song, cá giò bị cuốn trôi toàn bộ, thiệt hại khoảng 3 tỷ đồng. "Không được hỗ trợ phí nên tôi không mua bảo hiểm", ông Tư nói.

Nguyên nhân là Quảng Ninh không thuộc danh sách 31 tỉnh, thành phố được hỗ trợ phí theo Quyết định 13/2022/QĐ-TTg, người nuôi phải tự đóng toàn bộ phí. Theo các doanh nghiệp bảo hiểm, phí cho lồng nuôi biển tại Quảng Ninh khoảng 1,2-1,5 triệu đồng/ô lồng/năm.

Trên phạm vi cả nước, Cục Quản lý, giám sát bảo hiểm (Bộ Tài chính) cho biết, tính đến ngày 30/9, các doanh nghiệp đã tiếp nhận 1.820 hồ sơ yêu cầu bồi thường bảo hiểm nông nghiệp liên quan đến bão Yagi, ước tổng số tiền bồi thường khoảng 52 tỷ đồng; đã tạm ứng, chi trả 18,6 tỷ đồng cho 640 hộ.

Năm 2023, doanh thu phí bảo hiểm nông nghiệp toàn thị trường đạt khoảng 412 tỷ đồng, chỉ chiếm 0,6% tổng doanh thu phí bảo hiểm phi nhân thọ. Theo các chuyên gia, mức hỗ trợ 20% phí cho hộ sản xuất thông thường hiện quá thấp, trong khi nhiều nước trong khu vực hỗ trợ từ 50% đến 80% phí bảo hiểm nông nghiệp.

Minh Sơn
"""

ASOF = period("tính đến ngày 30/9", None, "2024-09-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
VN = "Việt Nam"

FIGS = [
    F("Chưa đến 1% lồng bè", "1", 1, "percent", "%", "lồng bè có bảo hiểm", approx="under"),
    F("Hơn 8.900 ô lồng", "8.900", 8900, "count", "ô lồng", "ô lồng nuôi trồng thủy sản bị bão phá hủy",
      approx="over"),
    F("cuốn trôi 8.937 ô lồng", "8.937", 8937, "count", "ô lồng", "ô lồng bè bị hư hỏng, cuốn trôi"),
    F("hơn 4.600 tỷ đồng", "4.600", 4600e9, "money", "đồng", "thiệt hại", approx="over", status="estimate"),
    F("chỉ 61 ô lồng", "61", 61, "count", "ô lồng", "ô lồng có hợp đồng bảo hiểm", percent=1),
    F("của 9 hộ", "9", 9, "count", "hộ", "hộ nuôi có hợp đồng bảo hiểm"),
    F("có 120 ô lồng", "120", 120, "count", "ô lồng", "ô lồng của ông Vũ Văn Tư bị cuốn trôi", location="Cẩm Phả"),
    F("khoảng 3 tỷ đồng", "3", 3e9, "money", "đồng", "thiệt hại của ông Vũ Văn Tư", approx="about",
      location="Cẩm Phả"),
    F("danh sách 31 tỉnh", "31", 31, "count", "tỉnh, thành phố",
      "tỉnh, thành phố được hỗ trợ phí theo Quyết định 13/2022/QĐ-TTg", location=VN),
    F("khoảng 1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/ô lồng/năm", "phí bảo hiểm lồng nuôi biển",
      value_max=1.5e6, approx="about"),
    F("tiếp nhận 1.820 hồ sơ", "1.820", 1820, "count", "hồ sơ",
      "hồ sơ yêu cầu bồi thường bảo hiểm nông nghiệp liên quan đến bão Yagi", location=VN, period=ASOF),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "tổng số tiền bồi thường", approx="about",
      status="estimate", location=VN, period=ASOF),
    F("chi trả 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "số tiền đã tạm ứng, chi trả",
      location=VN, period=ASOF),
    F("cho 640 hộ", "640", 640, "count", "hộ", "hộ được tạm ứng, chi trả bồi thường", location=VN, period=ASOF),
    F("khoảng 412 tỷ đồng", "412", 412e9, "money", "đồng", "doanh thu phí bảo hiểm nông nghiệp toàn thị trường",
      approx="about", percent=0.6, location=VN, period=Y23),
    F("hỗ trợ 20% phí", "20", 20, "percent", "%", "mức hỗ trợ phí cho hộ sản xuất thông thường", location=VN),
    F("từ 50% đến 80%", "50", 50, "percent", "%", "mức hỗ trợ phí bảo hiểm nông nghiệp ở nhiều nước trong khu vực",
      value_max=80, location=""),
]

build("p1082-6", TEXT, FIGS, published="2024-10-12", location="Quảng Ninh", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 12/10/2024, 07:30 (GMT+7)'): cage aquaculture in Quảng Ninh after typhoon Yagi, national claims.",
    "Figures about Quảng Ninh default to Quảng Ninh; the farmer in phường Quang Hanh → Cẩm Phả; cả nước / toàn thị trường / 31 tỉnh → Việt Nam.",
    "'nhiều nước trong khu vực hỗ trợ từ 50% đến 80%' describes other countries: no location (written as an empty string so the default does not apply).",
    "'ước thiệt hại hơn 4.600 tỷ' → estimate, over. 'chiếm chưa đến 1%' → percent 1 of the 61 ô lồng. The headline 1% is a figure of its own (under).",
    "'ước tổng số tiền bồi thường khoảng 52 tỷ' → estimate; after ';' 'đã tạm ứng, chi trả 18,6 tỷ' is actual. 'tính đến ngày 30/9' takes 2024 (published).",
    "'ngày 7/9' is the date of the storm, not a period of the figures; no period recorded in that sentence.",
    "Distractors: bão số 3, ngày 7/9, QĐ 13/2022/QĐ-TTg, the name Vũ Văn Tư, 07:30 (GMT+7).",
])
