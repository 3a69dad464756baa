from lib import F, P, write

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁC ÁI
Thứ Ba, 12/11/2024 - 15:20

Bác Ái hưởng ứng Ngày Pháp luật Việt Nam năm 2024

Sáng 9/11, tại Trường Tiểu học số 2 Phước Đại, UBND huyện tổ chức lễ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam với sự tham gia của khoảng 350 cán bộ, giáo viên, học sinh và người dân.

Từ đầu năm đến nay, Phòng Tư pháp huyện phối hợp các cơ quan, đoàn thể tổ chức 126 buổi tuyên truyền pháp luật cho gần 9.800 lượt người, trong đó 74 buổi tại các xã vùng đồng bào Raglai. Hội thi "Tìm hiểu pháp luật về đất đai" thu hút 18 đội thi với 216 thí sinh.

Trung tâm Trợ giúp pháp lý nhà nước tỉnh Ninh Thuận đã phối hợp tổ chức 6 đợt trợ giúp pháp lý lưu động tại huyện, tư vấn cho 342 lượt người, thụ lý 27 vụ việc tham gia tố tụng.

Toàn huyện có 38 tổ hòa giải với 256 hòa giải viên. Từ đầu năm đến nay, các tổ hòa giải tiếp nhận 57 vụ việc, giảm 9 vụ việc so với cùng kỳ năm 2023; hòa giải thành 46 vụ việc, đạt 80,7%. Hiện 9/9 xã, thị trấn duy trì tủ sách pháp luật; huyện có 12 câu lạc bộ pháp luật với khoảng 460 thành viên.

Năm 2023, huyện có 5/9 xã, thị trấn đạt chuẩn tiếp cận pháp luật. Phấn đấu đến hết năm 2024 có 7/9 xã, thị trấn đạt chuẩn, tỷ lệ hòa giải thành đạt trên 82%. Để được hỗ trợ pháp lý miễn phí, người dân liên hệ Phòng Tư pháp huyện, điện thoại 0259.3861.107, hoặc Tổng đài 1900.6279.

Thanh Hương - Phòng Tư pháp
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12", inh=True)
T = P("đến hết năm 2024", None, "2024-12-31")
figs = [
    F("khoảng 350 cán bộ", "350", 350, "count", "cán bộ, giáo viên, học sinh và người dân", "cán bộ, giáo viên, học sinh và người dân tham gia lễ hưởng ứng Ngày Pháp luật",
      P("Sáng 9/11", "2024-11-09", "2024-11-09"), approx="about"),
    F("tổ chức 126 buổi", "126", 126, "count", "buổi", "buổi tuyên truyền pháp luật", YTD),
    F("gần 9.800 lượt người", "9.800", 9800, "count", "lượt người", "lượt người được tuyên truyền pháp luật", YTD, approx="nearly"),
    F("trong đó 74 buổi", "74", 74, "count", "buổi", "buổi tuyên truyền pháp luật tại các xã vùng đồng bào Raglai", YTD, total=126),
    F("thu hút 18 đội thi", "18", 18, "count", "đội thi", "đội thi Hội thi Tìm hiểu pháp luật về đất đai", YTDi),
    F("với 216 thí sinh", "216", 216, "count", "thí sinh", "thí sinh Hội thi Tìm hiểu pháp luật về đất đai", YTDi),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt", "đợt trợ giúp pháp lý lưu động", YTDi),
    F("cho 342 lượt người", "342", 342, "count", "lượt người", "lượt người được tư vấn", YTDi),
    F("thụ lý 27 vụ việc", "27", 27, "count", "vụ việc", "vụ việc tham gia tố tụng", YTDi),
    F("có 38 tổ hòa giải", "38", 38, "count", "tổ hòa giải", "tổ hòa giải"),
    F("với 256 hòa giải viên", "256", 256, "count", "hòa giải viên", "hòa giải viên"),
    F("tiếp nhận 57 vụ việc", "57", 57, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", YTD,
      change={"direction": "decrease", "value": 9, "unit": "vụ việc", "baseline": "cùng kỳ năm 2023"}),
    F("thành 46 vụ việc", "46", 46, "count", "vụ việc", "vụ việc hòa giải thành", YTD, percent=80.7),
    F("Hiện 9/9 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn duy trì tủ sách pháp luật", total=9),
    F("có 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ pháp luật", "câu lạc bộ pháp luật"),
    F("khoảng 460 thành viên", "460", 460, "count", "thành viên", "thành viên câu lạc bộ pháp luật", approx="about"),
    F("có 5/9 xã", "5", 5, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn tiếp cận pháp luật",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=9),
    F("có 7/9 xã", "7", 7, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn tiếp cận pháp luật", T, total=9, status="target"),
    F("trên 82%", "82", 82, "percent", "%", "tỷ lệ hòa giải thành", T, approx="over", status="target"),
]

write("p322-6", A, figs, [
    "District portal (huyện Bác Ái, Ninh Thuận), weekday dateline 'Thứ Ba, 12/11/2024 - 15:20', byline at the end. Ngày Pháp luật 2024.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. '… 126 buổi …, trong đó 74 buổi …' part of 126 (same sentence, period scored).",
    "'tiếp nhận 57 …, giảm 9 vụ việc so với cùng kỳ' change on 57; 'hòa giải thành 46 vụ việc, đạt 80,7%' percent of 46 (no cue for a total 57).",
    "'9/9', '5/9', '7/9' totals 9. '38 tổ … 256 hòa giải viên' and 'Hiện …' are stocks without a period. Targets 'Phấn đấu đến hết năm 2024'.",
    "'khoảng 350 cán bộ, giáo viên, học sinh và người dân': attendance count, unit the listed groups (prefix-matched); period the day of the event 'Sáng 9/11'.",
    "Distractors: 'Ngày Pháp luật' date 9/11, 'Trường Tiểu học số 2 Phước Đại' (name), 'Sáng 9/11', phone 0259.3861.107, 'Tổng đài 1900.6279', 'Ngày Pháp luật Việt Nam năm 2024'.",
], published="2024-11-12", location="Bác Ái")
