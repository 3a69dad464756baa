"""p921-6: national newspaper, Hà Nội dengue outbreak and the larvae campaign, September 2023."""
from lib import F, P, C, write

TEXT = """Thời sự › Sức khỏe

Thứ tư, 13/9/2023, 14:30 (GMT+7)

Hà Nội huy động 18.000 người diệt bọ gậy

Số ca sốt xuất huyết tăng nhanh, thành phố mở chiến dịch diệt bọ gậy kéo dài ba tuần với khoảng 18.000 cán bộ y tế, cộng tác viên và tình nguyện viên tham gia.

Theo Sở Y tế Hà Nội, trong tuần từ ngày 1 đến 7/9, thành phố ghi nhận 1.352 ca mắc sốt xuất huyết, nâng tổng số ca mắc từ đầu năm lên 13.870 ca, gấp 3,2 lần cùng kỳ năm 2022. Dịch đã xuất hiện tại 29/30 quận, huyện, thị xã; các quận có số mắc cao là Đống Đa (1.536 ca), Hoàng Mai (1.298 ca), Hà Đông (1.105 ca) và Thanh Xuân (986 ca).

Từ đầu năm, thành phố ghi nhận 748 ổ dịch. Đến nay, còn 112 ổ dịch đang hoạt động, tập trung tại các khu tập thể cũ, khu nhà trọ.

Chiến dịch diễn ra từ ngày 8 đến 30/9. Mỗi tổ gồm 2-3 người, phụ trách khoảng 150 hộ gia đình; cộng tác viên được hỗ trợ 120.000 đồng/ngày công. Sau 5 ngày ra quân, các tổ đã kiểm tra 312.460 hộ gia đình, phát hiện 9.874 hộ có bọ gậy; xử lý 46.300 dụng cụ chứa nước và phun hóa chất diệt muỗi tại 236 ổ dịch với 51.400 hộ. Chỉ số Breteau tại nhiều phường của quận Đống Đa vẫn ở mức 30-40, vượt ngưỡng nguy cơ.

Ông Nguyễn Văn Hùng, Phó giám đốc CDC Hà Nội, dự báo số ca mắc còn tăng trong tháng 10, đỉnh dịch có thể ở mức 2.500-3.000 ca/tuần. Người dân có biểu hiện sốt cao liên tục 2-7 ngày cần đến cơ sở y tế, không tự ý truyền dịch tại nhà.

Thùy An
"""

CAMPi = P("từ ngày 8 đến 30/9", "2023-09-08", "2023-09-30", inh=True)
YTDi = P("từ đầu năm", "2023-01-01", "2023-09-13", inh=True)
FIGS = [
    F("huy động 18.000 người", "18.000", 18000, "count", "người", "người được huy động diệt bọ gậy"),
    F("kéo dài ba tuần", "ba", 3, "measure", "tuần", "thời gian chiến dịch diệt bọ gậy", optional=True),
    F("khoảng 18.000 cán bộ", "18.000", 18000, "count", "cán bộ y tế, cộng tác viên và tình nguyện viên",
      "cán bộ y tế, cộng tác viên và tình nguyện viên tham gia chiến dịch", approx="about"),
    F("ghi nhận 1.352 ca", "1.352", 1352, "count", "ca", "ca mắc sốt xuất huyết",
      period=P("trong tuần từ ngày 1 đến 7/9", "2023-09-01", "2023-09-07")),
    F("lên 13.870 ca", "13.870", 13870, "count", "ca", "tổng số ca mắc",
      change=C("increase", 3.2, "lần", "cùng kỳ năm 2022"), period=P("từ đầu năm", "2023-01-01", "2023-09-13")),
    F("tại 29/30 quận", "29", 29, "count", "quận, huyện, thị xã", "quận, huyện, thị xã có dịch", total=30),
    F("Đống Đa (1.536 ca)", "1.536", 1536, "count", "ca", "số mắc", location="Đống Đa", period=YTDi),
    F("Hoàng Mai (1.298 ca)", "1.298", 1298, "count", "ca", "số mắc", location="Hoàng Mai", period=YTDi),
    F("Hà Đông (1.105 ca)", "1.105", 1105, "count", "ca", "số mắc", location="Hà Đông", period=YTDi),
    F("Thanh Xuân (986 ca)", "986", 986, "count", "ca", "số mắc", location="Thanh Xuân", period=YTDi),
    F("ghi nhận 748 ổ dịch", "748", 748, "count", "ổ dịch", "ổ dịch", period=P("Từ đầu năm", "2023-01-01", "2023-09-13")),
    F("còn 112 ổ dịch", "112", 112, "count", "ổ dịch", "ổ dịch đang hoạt động", period=P("Đến nay", None, "2023-09-13")),
    F("gồm 2-3 người", "2", 2, "count", "người", "người mỗi tổ", value_max=3, period=CAMPi),
    F("khoảng 150 hộ gia đình", "150", 150, "count", "hộ gia đình", "hộ gia đình mỗi tổ phụ trách", approx="about",
      period=CAMPi),
    F("hỗ trợ 120.000 đồng/ngày công", "120.000", 120000, "money", "đồng/ngày công", "mức hỗ trợ cộng tác viên",
      period=CAMPi),
    F("kiểm tra 312.460 hộ", "312.460", 312460, "count", "hộ gia đình", "hộ gia đình được kiểm tra"),
    F("phát hiện 9.874 hộ", "9.874", 9874, "count", "hộ", "hộ có bọ gậy"),
    F("xử lý 46.300 dụng cụ", "46.300", 46300, "count", "dụng cụ chứa nước", "dụng cụ chứa nước được xử lý"),
    F("tại 236 ổ dịch", "236", 236, "count", "ổ dịch", "ổ dịch được phun hóa chất diệt muỗi"),
    F("với 51.400 hộ", "51.400", 51400, "count", "hộ", "hộ được phun hóa chất diệt muỗi"),
    F("mức 30-40", "30", 30, "measure", "chỉ số", "Chỉ số Breteau tại nhiều phường", value_max=40, location="Đống Đa"),
    F("mức 2.500-3.000 ca/tuần", "2.500", 2500, "measure", "ca/tuần", "số ca mắc ở đỉnh dịch", value_max=3000,
      status="forecast", period=P("trong tháng 10", "2023-10-01", "2023-10-31")),
    F("liên tục 2-7 ngày", "2", 2, "measure", "ngày", "thời gian sốt cao liên tục", value_max=7, optional=True),
]
NOTES = [
    "National newspaper (dateline 'Thứ tư, 13/9/2023, 14:30 (GMT+7)'): Hà Nội dengue outbreak and larvae campaign.",
    "The headline 18.000 người and the lead 'khoảng 18.000 cán bộ …' are two mentions, both figures.",
    "'kéo dài ba tuần' (campaign length) and 'sốt cao liên tục 2-7 ngày' (a symptom threshold) are optional.",
    "Sentence with two periods: 1.352 ca 'trong tuần từ ngày 1 đến 7/9', 13.870 ca 'từ đầu năm' (to the dateline).",
    "'gấp 3,2 lần cùng kỳ năm 2022' is the change (lần) of 13.870. '29/30 quận, huyện, thị xã' → total 30; the",
    "district case list after ';' counts cases, not districts: no total. 'Đến nay' → as-of the dateline.",
    "'Sau 5 ngày ra quân' only locates the results in time (not a figure); no period is annotated for them.",
    "Distractors: 'Thứ tư', 14:30 (GMT+7), 'ba tuần', 'Sau 5 ngày', 'tháng 10', names.",
]
write(6, TEXT, FIGS, published="2023-09-13", location="Hà Nội", notes=NOTES)
