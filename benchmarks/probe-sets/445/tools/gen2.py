from lib import *
NAME = 'p445-2'
TEXT = """Hương Sơn tăng cường xử lý vi phạm trong lĩnh vực lâm nghiệp
Thứ Hai, 07/10/2024 - 15:40

Trong 9 tháng năm 2024, Hạt Kiểm lâm huyện Hương Sơn đã phát hiện, xử lý 38 vụ vi phạm pháp luật về lâm nghiệp, giảm 15,6% so với cùng kỳ năm 2023. Trong đó, phá rừng trái pháp luật 6 vụ; khai thác rừng trái pháp luật 9 vụ; vận chuyển lâm sản trái pháp luật 14 vụ; tàng trữ, mua bán lâm sản trái pháp luật 7 vụ và vi phạm quy định về phòng cháy, chữa cháy rừng 2 vụ. Diện tích rừng bị phá là 2,86 ha, tập trung ở các xã Sơn Kim 1, Sơn Kim 2 và Sơn Hồng, dọc tuyến Quốc lộ 8A.

Theo Nghị định số 35/2019/NĐ-CP, đơn vị đã xử phạt vi phạm hành chính 35 vụ với tổng số tiền 687,5 triệu đồng, chiếm 62% tổng thu nộp ngân sách từ xử lý vi phạm lâm nghiệp; khởi tố hình sự 3 vụ với 5 bị can. Lâm sản tịch thu gồm 58,34 m3 gỗ tròn, gỗ xẻ các loại và 1.250 kg lâm sản ngoài gỗ. Riêng quý III/2024, đơn vị phát hiện 11 vụ, xử phạt 97 triệu đồng.

Từ đầu năm đến nay, Hạt đã chủ trì, phối hợp với Đồn Biên phòng Cầu Treo và Ban Quản lý Vườn quốc gia Vũ Quang tổ chức 214 đợt tuần tra, truy quét với trên 1.900 lượt người tham gia; phá dỡ 47 lán trại, tháo gỡ 1.630 bẫy thú các loại.

Toàn huyện hiện có 86.420 ha đất lâm nghiệp, trong đó rừng tự nhiên 62.105 ha; tỷ lệ che phủ rừng đạt 71,5%, đứng thứ 2 toàn tỉnh. Theo ông Nguyễn Văn Lực, Hạt trưởng Hạt Kiểm lâm, phần lớn vi phạm xảy ra ở vùng giáp ranh với nước bạn Lào, địa hình chia cắt, lực lượng mỏng (bình quân mỗi kiểm lâm địa bàn phụ trách hơn 2.400 ha rừng).

Phấn đấu đến cuối năm 2024, giảm ít nhất 10% số vụ vi phạm so với năm 2023, không để xảy ra cháy rừng lớn, diện tích rừng bị cháy dưới 1 ha. Mọi thông tin về hành vi vi phạm, người dân phản ánh qua đường dây nóng 0239.3875.116.

Thu Hà (Hạt Kiểm lâm Hương Sơn)
"""
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
TG = P("đến cuối năm 2024", None, "2024-12-31")
FIGS = [
    F("xử lý 38 vụ", "38", 38, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp",
      change=C("decrease", 15.6, "%", "cùng kỳ năm 2023"), period=N9),
    F("phá rừng trái pháp luật 6 vụ", "6", 6, "count", "vụ", "phá rừng trái pháp luật", total=38, period=N9i),
    F("khai thác rừng trái pháp luật 9 vụ", "9", 9, "count", "vụ", "khai thác rừng trái pháp luật", total=38, period=N9i),
    F("vận chuyển lâm sản trái pháp luật 14 vụ", "14", 14, "count", "vụ", "vận chuyển lâm sản trái pháp luật",
      total=38, period=N9i),
    F("mua bán lâm sản trái pháp luật 7 vụ", "7", 7, "count", "vụ", "tàng trữ, mua bán lâm sản trái pháp luật",
      total=38, period=N9i),
    F("chữa cháy rừng 2 vụ", "2", 2, "count", "vụ", "vi phạm quy định về phòng cháy, chữa cháy rừng", total=38, period=N9i),
    F("bị phá là 2,86 ha", "2,86", 2.86, "measure", "ha", "diện tích rừng bị phá", period=N9i),
    F("hành chính 35 vụ", "35", 35, "count", "vụ", "vụ xử phạt vi phạm hành chính", period=N9i),
    F("tiền 687,5 triệu đồng", "687,5", 687500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      percent=62, period=N9i),
    F("khởi tố hình sự 3 vụ", "3", 3, "count", "vụ", "vụ khởi tố hình sự", period=N9i),
    F("với 5 bị can", "5", 5, "count", "bị can", "bị can bị khởi tố", period=N9i),
    F("gồm 58,34 m3", "58,34", 58.34, "measure", "m3", "gỗ tròn, gỗ xẻ các loại tịch thu", period=N9i),
    F("và 1.250 kg", "1.250", 1250, "measure", "kg", "lâm sản ngoài gỗ tịch thu", period=N9i),
    F("phát hiện 11 vụ", "11", 11, "count", "vụ", "vụ vi phạm phát hiện",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("xử phạt 97 triệu đồng", "97", 97000000, "money", "đồng", "tiền xử phạt",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("tổ chức 214 đợt", "214", 214, "count", "đợt", "đợt tuần tra, truy quét", period=DN),
    F("trên 1.900 lượt người", "1.900", 1900, "count", "lượt người", "lượt người tham gia tuần tra, truy quét",
      approx="over", period=DN),
    F("phá dỡ 47 lán trại", "47", 47, "count", "lán trại", "lán trại bị phá dỡ", period=DN),
    F("tháo gỡ 1.630 bẫy thú", "1.630", 1630, "count", "bẫy thú", "bẫy thú các loại bị tháo gỡ", period=DN),
    F("có 86.420 ha", "86.420", 86420, "measure", "ha", "diện tích đất lâm nghiệp"),
    F("rừng tự nhiên 62.105 ha", "62.105", 62105, "measure", "ha", "diện tích rừng tự nhiên", total=86420),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ che phủ rừng"),
    F("đứng thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "tỷ lệ che phủ rừng"),
    F("hơn 2.400 ha rừng", "2.400", 2400, "measure", "ha", "diện tích rừng mỗi kiểm lâm địa bàn phụ trách",
      approx="over"),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ vi phạm so với năm 2023", approx="at_least",
      status="target", period=TG),
    F("dưới 1 ha", "1", 1, "measure", "ha", "diện tích rừng bị cháy", approx="under", status="target", period=TG),
]
HEADER = """
District portal (huyện Hương Sơn, Hà Tĩnh): forest-law violations, 9 months and quý III/2024, patrols, forest land. Dateline
'Thứ Hai, 07/10/2024 - 15:40'; byline at the end. Distractors: commune names 'Sơn Kim 1', 'Sơn Kim 2', 'Quốc lộ 8A',
'Nghị định số 35/2019/NĐ-CP', hotline 0239.3875.116, 'Đồn Biên phòng Cầu Treo'.
'Trong đó' list of violation types (6+9+14+7+2 = 38): total 38. '687,5 triệu đồng, chiếm 62%' → percent 62 on the money.
'Lâm sản tịch thu gồm …' has no whole figure before 'gồm': no total. 'rừng tự nhiên 62.105 ha' after 'trong đó' is part of 86.420 ha.
'Từ đầu năm đến nay' ends at the dateline (2024-10-07). 'Hiện có', 'hiện' stock figures: no period.
'giảm ít nhất 10% số vụ vi phạm' is a target rate of its own (percent, at_least, no change); 'dưới 1 ha' a target measure.
'hơn 2.400 ha' per ranger (a stated average) is a measure, approx over.
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-10-07", location="Hương Sơn")
