"""p770-8: commune portal xã Văn Đức (Gia Lâm, Hà Nội) — replanting winter vegetables after typhoon Yagi, 2024."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĂN ĐỨC
Huyện Gia Lâm - Thành phố Hà Nội
Trang chủ » Tin tức - Sự kiện » Kinh tế
Ngày đăng: 08/10/2024 | Người đăng: Văn phòng UBND xã

Văn Đức gieo trồng lại 215 ha rau vụ đông sau bão số 3

9 tháng năm 2024, tổng giá trị sản xuất nông nghiệp của xã ước đạt 186,5 tỷ đồng, bằng 71,2% kế hoạch năm. Cơn bão số 3 (Yagi) đổ bộ ngày 7/9/2024 đã làm 247 ha rau màu bị ngập úng, trong đó 180 ha mất trắng; thiệt hại ước khoảng 32 tỷ đồng.

Thực hiện Quyết định số 2156/QĐ-UBND ngày 10/9/2024 của UBND huyện Gia Lâm về hỗ trợ khôi phục sản xuất, ngay sau khi nước rút, UBND xã đã cấp 1.250 kg hạt giống rau các loại cho 412 hộ dân. Tính đến ngày 5/10/2024, toàn xã đã gieo trồng lại 215 ha rau vụ đông, đạt 78,2% kế hoạch (kế hoạch 275 ha); trong đó bắp cải 64 ha, su hào 38 ha, cải các loại 71 ha.

Do nguồn cung khan hiếm, giá bắp cải tại ruộng hiện tăng lên 8.000-10.000 đồng/kg, gấp 3 lần trước bão. Nhiều hộ ở thôn Đông Dư, thôn Đổng Xuyên đã phủ nilon, làm giàn che để rau non không bị dập nát khi mưa lớn.

Trong quý IV/2024, xã phấn đấu trồng hết 100% diện tích rau vụ đông theo kế hoạch; năm 2024 phấn đấu tổng giá trị sản xuất nông nghiệp đạt 262 tỷ đồng. Mọi thông tin xin liên hệ: UBND xã Văn Đức, số 1 đường 179, thôn Văn Đức; điện thoại: 024.3676.0123.
"""

ASOF = P("Tính đến ngày 5/10/2024", None, "2024-10-05")
FIGS = [
    F("lại 215 ha rau vụ đông sau", "215", 215, "measure", "ha", "diện tích rau vụ đông gieo trồng lại"),
    F("ước đạt 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", "tổng giá trị sản xuất nông nghiệp",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=71.2, status="estimate"),
    F("làm 247 ha", "247", 247, "measure", "ha", "diện tích rau màu bị ngập úng do bão số 3"),
    F("trong đó 180 ha", "180", 180, "measure", "ha", "diện tích rau màu mất trắng", total=247),
    F("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "thiệt hại do bão số 3", approx="about", status="estimate"),
    F("cấp 1.250 kg", "1.250", 1250, "measure", "kg", "hạt giống rau các loại UBND xã cấp cho hộ dân"),
    F("cho 412 hộ", "412", 412, "count", "hộ", "hộ dân được cấp hạt giống rau"),
    F("lại 215 ha rau vụ đông, đạt", "215", 215, "measure", "ha", "diện tích rau vụ đông gieo trồng lại", ASOF,
      percent=78.2, target=T(275, "ha")),
    F("bắp cải 64 ha", "64", 64, "measure", "ha", "diện tích bắp cải", ASOF, total=215),
    F("su hào 38 ha", "38", 38, "measure", "ha", "diện tích su hào", ASOF, total=215),
    F("cải các loại 71 ha", "71", 71, "measure", "ha", "diện tích cải các loại", ASOF, total=215),
    F("lên 8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá bắp cải tại ruộng", value_max=10000,
      change=CH("increase", 3, "lần", "trước bão")),
    F("hết 100% diện tích", "100", 100, "percent", "%", "tỷ lệ diện tích rau vụ đông trồng theo kế hoạch",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đạt 262 tỷ đồng", "262", 262e9, "money", "đồng", "tổng giá trị sản xuất nông nghiệp", Y(2024), status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Văn Đức (huyện Gia Lâm, Hà Nội): khôi phục sản xuất rau vụ đông sau bão số 3 (Yagi), 9 tháng và quý IV/2024.",
    "'Ngày đăng: 08/10/2024' is the dateline. Commune portal: location = the commune's district, Gia Lâm (the spec's places are province/city/district).",
    "Not figures: 'bão số 3' (a storm's name), 'ngày 7/9/2024', Quyết định số 2156/QĐ-UBND ngày 10/9/2024, 'đường 179', 'số 1', the phone.",
    "215 ha: 'đạt 78,2% kế hoạch' is its percent and '(kế hoạch 275 ha)' its target; the parts after 'trong đó' take 215.",
    "'gấp 3 lần trước bão' after the price range is its change (lần). 'thiệt hại ước khoảng' → estimate, about.",
]

if __name__ == "__main__":
    emit("p770-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Gia Lâm")
