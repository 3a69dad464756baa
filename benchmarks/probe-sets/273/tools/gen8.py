from lib import F, P, inh, CH, emit

TEXT = """Báo Cần Thơ
Pháp luật › An toàn giao thông

Cần Thơ: Tước hơn 2.100 giấy phép lái xe do vi phạm nồng độ cồn

Từ đầu năm đến ngày 15/9/2024, Phòng Cảnh sát giao thông và Công an các quận, huyện trên địa bàn thành phố đã tước giấy phép lái xe 2.137 trường hợp vi phạm nồng độ cồn, tăng 26,4% so với cùng kỳ năm 2023. Tổng số trường hợp vi phạm nồng độ cồn bị phát hiện, xử lý là 5.846 trường hợp, chiếm 13,9% tổng số trường hợp vi phạm trật tự, an toàn giao thông. Trong đó, quận Ninh Kiều xử lý nhiều nhất với 1.428 trường hợp, kế đến là quận Cái Răng 736 trường hợp, huyện Phong Điền 512 trường hợp và quận Ô Môn 498 trường hợp. Các tuyến có nhiều vi phạm là đường 3 Tháng 2, đường 30 Tháng 4 và Quốc lộ 91.

Riêng trong tháng 8/2024, lực lượng chức năng lập biên bản 812 trường hợp vi phạm nồng độ cồn, ước thu phạt khoảng 4,6 tỷ đồng. Mức phạt cao nhất đối với người điều khiển mô tô, xe máy vi phạm nồng độ cồn là 8 triệu đồng, với ô tô là 40 triệu đồng.

Với kết quả này, Cần Thơ đứng thứ 2 trong 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long về số trường hợp vi phạm nồng độ cồn được xử lý, chỉ sau Kiên Giang.

Trung tá Lê Hoàng Phúc, Phó Trưởng phòng Cảnh sát giao thông Công an thành phố cho biết, trong 3 tháng cuối năm 2024, đơn vị phấn đấu tổ chức ít nhất 360 ca tuần tra, kiểm soát nồng độ cồn vào ban đêm, từ 21 giờ đến 2 giờ sáng hôm sau; dự kiến số lượt phương tiện được kiểm tra tăng khoảng 25% so với 9 tháng đầu năm.

KHÁNH TRUNG
20/9/2024
"""

YTD = P("Từ đầu năm đến ngày 15/9/2024", "2024-01-01", "2024-09-15")
T8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
Q4 = P("3 tháng cuối năm 2024", "2024-10-01", "2024-12-31")
NDC = "trường hợp vi phạm nồng độ cồn xử lý"

FIGS = [
    F("hơn 2.100 giấy phép", "2.100", 2100, "count", "giấy phép lái xe",
      "giấy phép lái xe bị tước do vi phạm nồng độ cồn", inh(YTD), approx="over"),
    F("xe 2.137 trường hợp", "2.137", 2137, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn bị tước giấy phép lái xe", YTD,
      change=CH("increase", 26.4, "%", "cùng kỳ năm 2023")),
    F("là 5.846 trường hợp", "5.846", 5846, "count", "trường hợp",
      "tổng số trường hợp vi phạm nồng độ cồn bị phát hiện, xử lý", inh(YTD), percent=13.9),
    F("với 1.428 trường hợp", "1.428", 1428, "count", "trường hợp", NDC, inh(YTD),
      total=5846, location="Ninh Kiều"),
    F("Cái Răng 736 trường hợp", "736", 736, "count", "trường hợp", NDC, inh(YTD),
      total=5846, location="Cái Răng"),
    F("Phong Điền 512 trường hợp", "512", 512, "count", "trường hợp", NDC, inh(YTD),
      total=5846, location="Phong Điền"),
    F("Ô Môn 498 trường hợp", "498", 498, "count", "trường hợp", NDC, inh(YTD),
      total=5846, location="Ô Môn"),
    F("biên bản 812 trường hợp", "812", 812, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn lập biên bản", T8),
    F("khoảng 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "thu phạt", T8,
      approx="about", status="estimate"),
    F("là 8 triệu đồng", "8", 8e6, "money", "đồng",
      "mức phạt cao nhất đối với người điều khiển mô tô, xe máy vi phạm nồng độ cồn", optional=True),
    F("là 40 triệu đồng", "40", 40e6, "money", "đồng",
      "mức phạt cao nhất đối với ô tô vi phạm nồng độ cồn", optional=True),
    F("đứng thứ 2 trong", "2", 2, "rank", "hạng",
      "số trường hợp vi phạm nồng độ cồn được xử lý", inh(YTD), total=13),
    F("ít nhất 360 ca", "360", 360, "count", "ca",
      "ca tuần tra, kiểm soát nồng độ cồn vào ban đêm", Q4, approx="at_least", status="target"),
    F("khoảng 25% so", "25", 25, "percent", "%",
      "số lượt phương tiện được kiểm tra tăng so với 9 tháng đầu năm", Q4, approx="about", status="forecast"),
]

emit("p273-8", TEXT, [
    "Party city newspaper (Báo Cần Thơ): drink-driving enforcement, licences revoked, year to 15/9/2024. No dateline at the top;",
    "byline and a bare date '20/9/2024' at the end (taken as published).",
    "Distractors: street names 'đường 3 Tháng 2', 'đường 30 Tháng 4', 'Quốc lộ 91', times '21 giờ', '2 giờ sáng', the end date.",
    "'Trong đó, quận Ninh Kiều … 1.428 …, Cái Răng 736 …' follows the whole 5.846 (same counted thing) → total 5846; districts → location.",
    "'ước thu phạt khoảng 4,6 tỷ đồng' → estimate, about. Statutory maximum fines (8 / 40 triệu) restate the decree → optional.",
    "'đứng thứ 2 trong 13 tỉnh, thành phố vùng ĐBSCL' → rank 2, total 13. Plan clause 'phấn đấu … ít nhất 360 ca' → target, at_least;",
    "the next clause has its own cue 'dự kiến' → forecast. '3 tháng cuối năm 2024' = 2024-10-01..2024-12-31.",
], FIGS, published="2024-09-20", location="Cần Thơ")
