"""p1419-7: news agency (TTXVN / Tin tức): unmanned 24/7 self-service shops in Hà Nội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế > Thị trường

Chuỗi cửa hàng không người bán mở rộng tại Hà Nội

05/12/2024 14:22 GMT+7

Hà Nội, 5/12 (TTXVN) - Sau hơn hai năm hoạt động, chuỗi cửa hàng tự phục vụ không người bán GoSelf 24/7 của Công ty CP Bán lẻ Thông minh Tây Hồ đã có 27 điểm bán tại 9 quận, huyện của Hà Nội. Cửa hàng đầu tiên của chuỗi đặt tại số 68 Âu Cơ, quận Tây Hồ.

Mỗi cửa hàng rộng 30-50 m2, bày bán khoảng 1.200 mã hàng; khách quét mã QR để mở cửa, tự lấy hàng và thanh toán qua ứng dụng hoặc quầy tự thanh toán.

Theo đại diện doanh nghiệp, 10 tháng năm 2024, chuỗi đạt doanh thu 48,6 tỷ đồng, bằng 92% kế hoạch năm; mỗi cửa hàng phục vụ bình quân 350 lượt khách/ngày. Nhờ không cần nhân viên đứng quầy, chi phí vận hành thấp hơn 25-30% so với cửa hàng tiện lợi truyền thống; mỗi cửa hàng chỉ cần 2 nhân viên bổ sung hàng, lương 8,5-9 triệu đồng/người/tháng.

Theo Sở Công Thương Hà Nội, đến cuối tháng 11/2024, thành phố có khoảng 3.400 máy bán hàng tự động và 85 cửa hàng tự phục vụ không người bán, đứng thứ hai cả nước sau TP Hồ Chí Minh.

Năm 2025, GoSelf dự kiến mở thêm 15-20 cửa hàng, nâng tổng vốn đầu tư lên khoảng 120 tỷ đồng; ít nhất 30% cửa hàng mới sẽ đặt tại các khu đô thị ở huyện Gia Lâm và Đông Anh.

Tuấn Anh (TTXVN)

Xem thêm:
- Hà Nội: Thu hút vốn FDI 11 tháng đạt kỷ lục
- Bán lẻ trực tuyến dịp Black Friday 2024
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
ASOF = per("đến cuối tháng 11/2024", None, "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 27 điểm", "27", 27, "count", "điểm bán",
        subject="điểm bán của chuỗi cửa hàng tự phục vụ không người bán GoSelf"),
    fig("tại 9 quận", "9", 9, "count", "quận, huyện", subject="quận, huyện có cửa hàng GoSelf"),
    fig("rộng 30-50 m2", "30", 30, "measure", "m2", value_max=50, subject="diện tích mỗi cửa hàng"),
    fig("khoảng 1.200 mã", "1.200", 1200, "count", "mã hàng", approx="about", subject="mã hàng bày bán"),
    fig("doanh thu 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", percent=92,
        subject="doanh thu chuỗi", period=M10),
    fig("bình quân 350 lượt", "350", 350, "measure", "lượt khách/ngày",
        subject="lượt khách mỗi cửa hàng phục vụ bình quân", period=M10),
    fig("thấp hơn 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="chi phí vận hành so với cửa hàng tiện lợi truyền thống"),
    fig("cần 2 nhân viên", "2", 2, "count", "nhân viên", subject="nhân viên bổ sung hàng mỗi cửa hàng"),
    fig("lương 8,5-9 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="lương nhân viên bổ sung hàng"),
    fig("khoảng 3.400 máy", "3.400", 3400, "count", "máy", approx="about",
        subject="máy bán hàng tự động", period=ASOF),
    fig("và 85 cửa hàng", "85", 85, "count", "cửa hàng",
        subject="cửa hàng tự phục vụ không người bán", period=ASOF),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="máy bán hàng tự động và cửa hàng tự phục vụ không người bán", period=ASOF),
    fig("thêm 15-20 cửa hàng", "15", 15, "count", "cửa hàng", value_max=20, status="forecast",
        subject="cửa hàng GoSelf mở thêm", period=Y25),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư của GoSelf", period=Y25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="forecast",
        subject="cửa hàng mới đặt tại các khu đô thị ở huyện Gia Lâm và Đông Anh", period=Y25),
]

NOTES = [
    "News agency (Tin tức - TTXVN): section, '05/12/2024 14:22 GMT+7', 'Hà Nội, 5/12 (TTXVN) -', byline, 'Xem thêm' links.",
    "Distractors: 'hơn hai năm hoạt động' (duration that locates the figures in time), 'GoSelf 24/7' (a name), 'số 68 Âu Cơ',",
    "'14:22', 'Hà Nội, 5/12', link titles 'FDI 11 tháng', 'Black Friday 2024'.",
    "'bằng 92% kế hoạch năm' → percent attribute of 48,6 tỷ. '350 lượt khách/ngày' stands in the same sentence as '10 tháng",
    "năm 2024' (an average over that period): period scored. 'thấp hơn 25-30% so với ...' has no base amount → percent figure.",
    "revised after the first run: '48,6 tỷ' subject 'doanh thu chuỗi GoSelf' → 'doanh thu chuỗi' (the sentence says 'chuỗi';",
    "'GoSelf' came from the first paragraph).",
    "'đứng thứ hai cả nước sau TP Hồ Chí Minh' → rank 2 of Hà Nội (location Hà Nội, the ranked place), same as-of date.",
    "'Năm 2025, GoSelf dự kiến ...' → forecast for the three figures of the sentence (the ';' clause continues it).",
    "'ít nhất 30% cửa hàng mới ... ở huyện Gia Lâm và Đông Anh': two districts named inside the subject; the figure is about the",
    "chain's plan in Hà Nội → location Hà Nội.",
]

if __name__ == "__main__":
    write("p1419-7", TEXT, NOTES, FIGS, published="2024-12-05", location="Hà Nội")
