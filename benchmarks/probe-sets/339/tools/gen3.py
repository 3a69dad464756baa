from lib import F, P, emit

TEXT = """
Huyện Hoài Đức: Đơn thư lĩnh vực đất đai vẫn chiếm tỷ lệ cao
Thứ Hai, 08/07/2024 - 09:15

Trong 6 tháng đầu năm 2024, UBND huyện và các xã, thị trấn đã tổ chức 186 buổi tiếp công dân, tiếp 642 lượt với 701 người; trong đó Chủ tịch UBND huyện tiếp định kỳ 6 buổi. So với cùng kỳ năm 2023, số lượt tiếp công dân giảm 9,3%.

Huyện tiếp nhận 318 đơn thư, giảm 27 đơn so với cùng kỳ. Phân loại theo nội dung: lĩnh vực đất đai 214 đơn, chiếm 67,3%; chế độ chính sách 41 đơn, chiếm 12,9%; các lĩnh vực khác 63 đơn.

Số đơn thuộc thẩm quyền của UBND huyện là 47 vụ việc; đến ngày 30/6, huyện đã giải quyết 39 vụ việc, đạt 83%, còn 8 vụ việc đang trong thời hạn giải quyết. Thời gian giải quyết bình quân một vụ việc khiếu nại lần đầu khoảng 27 ngày, giảm 3 ngày so với cùng kỳ. Qua giải quyết, huyện đã trả lại cho công dân 2.350 m2 đất và thu hồi về ngân sách hơn 415 triệu đồng.

Theo Quyết định số 1205/QĐ-UBND, lịch tiếp công dân định kỳ của Chủ tịch UBND huyện vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện, số 18 đường Trạm Trôi, thị trấn Trạm Trôi; buổi sáng từ 7 giờ 30 đến 11 giờ 30. Công dân được bố trí ngồi chờ tại phòng tiếp dân số 2.

6 tháng cuối năm, huyện phấn đấu giải quyết đạt từ 90% trở lên số vụ việc thuộc thẩm quyền, không để phát sinh điểm nóng; 100% đơn thư được phân loại, xử lý trong thời hạn 10 ngày làm việc kể từ ngày nhận đơn.

Minh Châu - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Hi = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
C = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("tổ chức 186 buổi", "186", 186, "count", "buổi", "buổi tiếp công dân", period=H),
    F("tiếp 642 lượt", "642", 642, "count", "lượt", "lượt tiếp công dân", period=H),
    F("với 701 người", "701", 701, "count", "người", "người được tiếp", period=H),
    F("định kỳ 6 buổi", "6", 6, "count", "buổi", "buổi Chủ tịch UBND huyện tiếp định kỳ", total=186, period=H),
    F("giảm 9,3%", "9,3", 9.3, "percent", "%", "số lượt tiếp công dân", period=Hi),
    F("tiếp nhận 318 đơn", "318", 318, "count", "đơn thư", "đơn thư tiếp nhận",
      change={"direction": "decrease", "value": 27, "unit": "đơn", "baseline": "cùng kỳ"}, period=Hi),
    F("đất đai 214 đơn", "214", 214, "count", "đơn", "đơn lĩnh vực đất đai", total=318, percent=67.3, period=Hi),
    F("chính sách 41 đơn", "41", 41, "count", "đơn", "đơn chế độ chính sách", total=318, percent=12.9, period=Hi),
    F("khác 63 đơn", "63", 63, "count", "đơn", "đơn các lĩnh vực khác", total=318, period=Hi),
    F("là 47 vụ việc", "47", 47, "count", "vụ việc", "đơn thuộc thẩm quyền của UBND huyện", period=Hi),
    F("giải quyết 39 vụ việc", "39", 39, "count", "vụ việc", "vụ việc đã giải quyết", percent=83,
      period=P("đến ngày 30/6", None, "2024-06-30")),
    F("còn 8 vụ việc", "8", 8, "count", "vụ việc", "vụ việc đang trong thời hạn giải quyết",
      period=P("đến ngày 30/6", None, "2024-06-30")),
    F("khoảng 27 ngày", "27", 27, "measure", "ngày", "thời gian giải quyết bình quân một vụ việc khiếu nại lần đầu",
      approx="about", change={"direction": "decrease", "value": 3, "unit": "ngày", "baseline": "cùng kỳ"}, period=Hi),
    F("2.350 m2", "2.350", 2350, "measure", "m2", "đất trả lại cho công dân", period=Hi),
    F("hơn 415 triệu đồng", "415", 415000000, "money", "đồng", "thu hồi về ngân sách", approx="over", period=Hi),
    F("từ 90% trở lên", "90", 90, "percent", "%", "giải quyết số vụ việc thuộc thẩm quyền", approx="at_least",
      status="target", period=C),
    F("; 100% đơn thư", "100", 100, "percent", "%", "đơn thư được phân loại, xử lý trong thời hạn",
      status="target", period=C),
    F("thời hạn 10 ngày", "10", 10, "measure", "ngày làm việc", "thời hạn phân loại, xử lý đơn", optional=True),
]

COMMENTS = [
    "District portal (huyện Hoài Đức, Hà Nội): tiếp công dân and đơn thư, 6 tháng đầu năm 2024. Dateline 'Thứ Hai, 08/07/2024 - 09:15'; byline at the end.",
    "Distractors: 'Quyết định số 1205/QĐ-UBND', 'ngày 15 hằng tháng', address 'số 18 đường Trạm Trôi', '7 giờ 30 đến 11 giờ 30', 'phòng tiếp dân số 2'.",
    "'186 buổi …, tiếp 642 lượt với 701 người; trong đó … 6 buổi': the whole counting the same thing (buổi) is 186.",
    "'So với cùng kỳ năm 2023, số lượt tiếp công dân giảm 9,3%': a rate standing as its own claim (percent, no change); period inherited.",
    "'318 đơn thư, giảm 27 đơn so với cùng kỳ': change in đơn. 'Phân loại theo nội dung: …' parts after ':' following the whole → total 318, shares 'chiếm'.",
    "'47 vụ việc; … đã giải quyết 39 vụ việc, đạt 83%, còn 8 …': no part-of cue, so no total; 'đến ngày 30/6' as-of period (year 2024).",
    "'khoảng 27 ngày, giảm 3 ngày so với cùng kỳ': a measured time (measure/ngày) with its change. '10 ngày làm việc' is a legal time limit: optional.",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31; 'phấn đấu' makes both figures targets.",
]

emit("p339-3", TEXT, COMMENTS, {"published": "2024-07-08", "location": "Hoài Đức"}, FIGS)
