"""p725-2: quận Nam Từ Liêm (Hà Nội) district portal — mini-apartments and the second escape route (3/2024)."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NAM TỪ LIÊM
Tin tức > Quốc phòng - An ninh
Thứ Năm, 21/03/2024 - 16:05

Nam Từ Liêm: 92% chung cư mini đã có lối thoát nạn thứ hai

Chiều 20/3, UBND quận tổ chức hội nghị sơ kết đợt cao điểm kiểm tra an toàn phòng cháy, chữa cháy đối với chung cư mini, nhà cho thuê trọ và nhà ở kết hợp kinh doanh.

Theo báo cáo, tính đến ngày 15/3/2024, toàn quận có 1.164 chung cư mini và nhà cho thuê trọ, trong đó 287 chung cư mini, 877 nhà trọ. Quận đã kiểm tra 1.164/1.164 cơ sở, phát hiện 739 cơ sở có vi phạm, tập trung tại các phường Mỹ Đình 1 (126 cơ sở), Cầu Diễn (98 cơ sở), Mễ Trì (91 cơ sở) và Trung Văn (87 cơ sở).

Đến nay, 264/287 chung cư mini đã mở lối thoát nạn thứ hai hoặc lắp thang thoát hiểm, đạt 92%; 23 tòa còn lại đang được hướng dẫn cải tạo.

Từ đầu năm 2024 đến nay, quận đã xử phạt 146 trường hợp với số tiền 1,27 tỷ đồng, tăng 2,3 lần so với cùng kỳ năm 2023; đình chỉ hoạt động ba cơ sở tại ngõ 43 đường Cầu Diễn và ngõ 72 phố Trung Văn. Quận cũng trích 850 triệu đồng từ ngân sách mua 2.400 bình chữa cháy xách tay cấp cho các hộ kinh doanh nhà trọ.

Quận đặt mục tiêu trong quý II/2024, 100% chung cư mini hoàn thành mở lối thoát nạn thứ hai; đến hết năm 2024, ít nhất 90% nhà trọ lắp đặt thiết bị báo cháy cục bộ.

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND quận yêu cầu các phường kiên quyết không cho hoạt động trở lại đối với cơ sở chưa khắc phục vi phạm về lối thoát nạn.

Minh Hằng (Trung tâm Văn hóa - Thông tin và Thể thao quận)
"""

ASOF = P("tính đến ngày 15/3/2024", None, "2024-03-15")
NOW = P("Đến nay", None, "2024-03-21")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-21")

FIGS = [
    F("Liêm: 92% chung cư", "92", 92, "percent", "%",
      subject="chung cư mini đã có lối thoát nạn thứ hai", period=I(NOW)),
    F("có 1.164 chung cư", "1.164", 1164, "count", "chung cư mini và nhà cho thuê trọ",
      subject="chung cư mini và nhà cho thuê trọ", period=ASOF),
    F("287 chung cư mini, 877", "287", 287, "count", "chung cư mini", total=1164,
      subject="chung cư mini", period=ASOF),
    F("877 nhà trọ", "877", 877, "count", "nhà trọ", total=1164,
      subject="nhà trọ", period=ASOF),
    F("kiểm tra 1.164/1.164", "1.164", 1164, "count", "cơ sở", total=1164,
      subject="cơ sở đã được kiểm tra", period=I(ASOF)),
    F("phát hiện 739 cơ sở", "739", 739, "count", "cơ sở",
      subject="cơ sở có vi phạm", period=I(ASOF)),
    F("Mỹ Đình 1 (126 cơ sở)", "126", 126, "count", "cơ sở",
      subject="cơ sở có vi phạm tại phường Mỹ Đình 1", period=I(ASOF)),
    F("Cầu Diễn (98 cơ sở)", "98", 98, "count", "cơ sở",
      subject="cơ sở có vi phạm tại phường Cầu Diễn", period=I(ASOF)),
    F("Mễ Trì (91 cơ sở)", "91", 91, "count", "cơ sở",
      subject="cơ sở có vi phạm tại phường Mễ Trì", period=I(ASOF)),
    F("Trung Văn (87 cơ sở)", "87", 87, "count", "cơ sở",
      subject="cơ sở có vi phạm tại phường Trung Văn", period=I(ASOF)),
    F("264/287 chung cư mini", "264", 264, "count", "chung cư mini", total=287, percent=92,
      subject="chung cư mini đã mở lối thoát nạn thứ hai hoặc lắp thang thoát hiểm", period=NOW),
    F("23 tòa còn lại", "23", 23, "count", "tòa",
      subject="tòa chung cư mini còn lại đang được hướng dẫn cải tạo", period=NOW),
    F("xử phạt 146 trường hợp", "146", 146, "count", "trường hợp",
      subject="trường hợp bị xử phạt", period=YTD),
    F("số tiền 1,27 tỷ đồng", "1,27", 1270000000, "money", "đồng",
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023"),
      subject="số tiền xử phạt", period=YTD),
    F("ba cơ sở tại ngõ", "ba", 3, "count", "cơ sở",
      subject="cơ sở bị đình chỉ hoạt động", period=YTD),
    F("trích 850 triệu đồng", "850", 850000000, "money", "đồng",
      subject="ngân sách quận trích mua bình chữa cháy xách tay"),
    F("mua 2.400 bình", "2.400", 2400, "count", "bình chữa cháy",
      subject="bình chữa cháy xách tay cấp cho các hộ kinh doanh nhà trọ"),
    F("quý II/2024, 100% chung cư", "100", 100, "percent", "%", status="target",
      subject="chung cư mini hoàn thành mở lối thoát nạn thứ hai",
      period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("ít nhất 90% nhà trọ", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="nhà trọ lắp đặt thiết bị báo cháy cục bộ",
      period=P("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT quận Nam Từ Liêm (Hà Nội): sơ kết kiểm tra PCCC chung cư mini, nhà trọ; lối thoát nạn thứ hai (district portal).",
    "Dateline 'Thứ Năm, 21/03/2024 - 16:05'; 'Đến nay' ends at the dateline (start null); 'Từ đầu năm 2024 đến nay' runs 2024-01-01 to the dateline.",
    "287 + 877 = 1.164 after 'trong đó'. 'Mỹ Đình 1' is a name, 'ngõ 43', 'ngõ 72', 'Chiều 20/3' are not figures.",
    "revised: ward list items first had the ward as location; FIGURES.md defines location as province, city or district, so they keep",
    "the district (Nam Từ Liêm) and the ward, which is no location value, stays in the subject ('cơ sở có vi phạm tại phường …').",
    "'tăng 2,3 lần' after the money is its change (unit lần). 'ba cơ sở' is a number word.",
]

if __name__ == "__main__":
    emit("p725-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Nam Từ Liêm")
