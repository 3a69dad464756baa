"""p843-6: national newspaper, Quảng Ngãi EOD team in Q1/2025."""
from lib import F, period, inherit, change, write

TEXT = """Thời sự › Dân sinh
Thứ ba, 15/4/2025, 06:00 (GMT+7)

Hơn 1.400 quả bom mìn được phát hiện ở Quảng Ngãi trong quý I

Người dân đào móng nhà, cày ruộng liên tục phát hiện bom, đạn sót lại sau chiến tranh; nhiều quả nằm ngay trong vườn nhà.

Quý I/2025, Đội xử lý bom mìn lưu động tỉnh Quảng Ngãi đã tiếp nhận 386 tin báo, thu gom, xử lý 1.437 quả bom, mìn, đạn pháo, gấp 1,6 lần cùng kỳ năm trước. Số quả bom nặng trên 100 kg được phát hiện tăng gấp 3 lần.

Ngày 8/4, người dân xã Phổ Thạnh, thị xã Đức Phổ phát hiện quả bom MK-82 nặng khoảng 227 kg khi đào móng nhà. Lực lượng công binh phải sơ tán 45 hộ dân trong bán kính 500 m trước khi đưa quả bom về bãi hủy nổ.

Theo Bộ Chỉ huy Quân sự tỉnh, từ năm 2018 đến nay, các lực lượng đã rà phá hơn 4.600 ha đất, chủ yếu ở các huyện Bình Sơn, Sơn Tịnh và Nghĩa Hành. Toàn tỉnh có khoảng 2.700 nạn nhân bom mìn, trong đó hơn 900 người đã tử vong.

Thiếu tá Nguyễn Văn Ba, Đội trưởng Đội EOD, cho biết mỗi năm đơn vị nhận từ 1.200 đến 1.500 tin báo. "Giá phế liệu sắt thép hiện ở mức 8.000-9.000 đồng/kg nên vẫn có người liều lĩnh cưa bom lấy thuốc nổ, rất nguy hiểm", ông Ba nói.

Trong quý I, tỉnh tổ chức 58 buổi tuyên truyền cho 6.200 học sinh, tăng 25% so với cùng kỳ. Tỉnh đang triển khai dự án rà phá bom chùm do Chính phủ Hàn Quốc tài trợ thông qua UNDP với tổng vốn 2,5 triệu USD. Dự kiến đến năm 2027, dự án sẽ làm sạch khoảng 1.100 ha đất tại 45 xã.

Phạm Linh
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
T27 = period("đến năm 2027", None, "2027-12-31")
D84 = inherit(period("Ngày 8/4", "2025-04-08", "2025-04-08"))

FIGS = [
    F("Hơn 1.400 quả", "1.400", "count", "quả", "bom mìn được phát hiện",
      period("trong quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("tiếp nhận 386 tin báo", "386", "count", "tin báo", "tin báo được tiếp nhận", Q1),
    F("xử lý 1.437 quả", "1.437", "count", "quả", "bom, mìn, đạn pháo được thu gom, xử lý", Q1,
      change=change("increase", 1.6, "lần", "cùng kỳ năm trước")),
    F("trên 100 kg", "100", "measure", "kg", "trọng lượng bom", approx="over", optional=True),
    F("tăng gấp 3 lần", "3", "multiple", "lần", "số quả bom nặng trên 100 kg được phát hiện", inherit(Q1)),
    F("khoảng 227 kg", "227", "measure", "kg", "trọng lượng quả bom MK-82", approx="about", optional=True),
    F("sơ tán 45 hộ dân", "45", "count", "hộ dân", "hộ dân phải sơ tán", D84, location="Đức Phổ"),
    F("bán kính 500 m", "500", "measure", "m", "bán kính sơ tán", D84, location="Đức Phổ", optional=True),
    F("hơn 4.600 ha", "4.600", "measure", "ha", "diện tích đất được rà phá",
      period("từ năm 2018 đến nay", "2018-01-01", "2025-04-15"), approx="over"),
    F("khoảng 2.700 nạn nhân", "2.700", "count", "nạn nhân", "nạn nhân bom mìn", approx="about"),
    F("hơn 900 người", "900", "count", "người", "nạn nhân bom mìn đã tử vong", approx="over", total=2700),
    F("từ 1.200 đến 1.500 tin báo", "1.200", "count", "tin báo", "tin báo đơn vị nhận mỗi năm", value_max=1500),
    F("mức 8.000-9.000 đồng/kg", "8.000", "money", "đồng/kg", "giá phế liệu sắt thép", value_max=9000),
    F("tổ chức 58 buổi", "58", "count", "buổi", "buổi tuyên truyền",
      period("Trong quý I", "2025-01-01", "2025-03-31")),
    F("cho 6.200 học sinh", "6.200", "count", "học sinh", "học sinh được tuyên truyền",
      period("Trong quý I", "2025-01-01", "2025-03-31"), change=change("increase", 25, "%", "cùng kỳ")),
    F("vốn 2,5 triệu USD", "2,5", "money", "USD", "tổng vốn dự án rà phá bom chùm"),
    F("khoảng 1.100 ha", "1.100", "measure", "ha", "diện tích đất dự án làm sạch", T27, approx="about",
      status="forecast"),
    F("tại 45 xã", "45", "count", "xã", "xã có đất được dự án làm sạch", T27, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style dateline 'Thứ ba, 15/4/2025, 06:00 (GMT+7)'), Quảng Ngãi, byline at the end.",
    "'gấp 1,6 lần cùng kỳ năm trước' after 1.437 quả is its change (unit lần); 'tăng gấp 3 lần' standing alone is a",
    "multiple. Bomb weights (trên 100 kg threshold, MK-82 '227 kg') and the evacuation radius are optional.",
    "The evacuation (45 hộ dân) is in Đức Phổ; the day 'Ngày 8/4' stands in the previous sentence (inherited",
    "one-day period). 'hiện ở mức' gives no period. 'đến nay' ends at the dateline.",
    "Korea/UNDP are donors, not places. Distractors: MK-82, Thiếu tá Nguyễn Văn Ba / ông Ba, Ngày 8/4, (GMT+7).",
]

if __name__ == "__main__":
    write("p843-6", TEXT, FIGS, published="2025-04-15", location="Quảng Ngãi", notes=NOTES)
