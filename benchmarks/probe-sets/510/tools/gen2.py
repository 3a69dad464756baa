"""p510-2: Thạch Hà district portal — grassroots mediation, legal aid, legal dissemination, H1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Trang chủ > Tin hoạt động > Tư pháp - Hộ tịch

Thạch Hà: Hòa giải thành 88,6% vụ việc trong 6 tháng đầu năm

Thứ Tư, 10/07/2024 - 15:20

Theo Phòng Tư pháp huyện, 6 tháng đầu năm 2024, toàn huyện có 312 tổ hòa giải ở cơ sở với 1.946 hòa giải viên hoạt động tại 31 xã, thị trấn. Các tổ hòa giải đã tiếp nhận 175 vụ việc, tăng 23 vụ việc so với cùng kỳ năm 2023. Trong đó, hòa giải thành 155 vụ việc (đạt 88,6%), không thành 14 vụ việc, đang tiếp tục hòa giải 6 vụ việc. Các vụ việc chủ yếu liên quan đến tranh chấp đất đai (chiếm khoảng 45%), mâu thuẫn gia đình, hàng xóm.

Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp với huyện tổ chức 9 đợt trợ giúp pháp lý lưu động tại các xã Thạch Xuân, Ngọc Sơn, Nam Điền; tư vấn cho 427 lượt người, trong đó 118 lượt người thuộc hộ nghèo, 56 lượt người có công với cách mạng. Trung tâm cũng cử trợ giúp viên tham gia tố tụng 12 vụ án hình sự trên địa bàn huyện.

Thực hiện Kế hoạch số 86/KH-UBND, huyện tổ chức 47 hội nghị tuyên truyền pháp luật, thu hút khoảng 5.800 lượt người tham dự; cấp phát hơn 12.000 tờ gấp, tài liệu; thành lập thêm sáu câu lạc bộ pháp luật tại các trường học. Đến nay, huyện có 29/31 xã, thị trấn đạt chuẩn tiếp cận pháp luật, chiếm 93,5%.

Thời gian tới, Phòng Tư pháp phấn đấu tỷ lệ hòa giải thành đạt trên 90%; đến năm 2025 có 100% xã, thị trấn đạt chuẩn tiếp cận pháp luật, triển khai hiệu quả Luật Hòa giải ở cơ sở năm 2013.

Minh Châu (Phòng Tư pháp huyện)
Địa chỉ: Tổ dân phố 3, thị trấn Thạch Hà. ĐT: 0239.3845.116
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Hòa giải thành 88,6%", "88,6", 88.6, "percent", "%", "tỷ lệ hòa giải thành vụ việc",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 312 tổ", "312", 312, "count", "tổ hòa giải", "tổ hòa giải ở cơ sở", H1),
    F("với 1.946 hòa giải viên", "1.946", 1946, "count", "hòa giải viên", "hòa giải viên", H1),
    F("tại 31 xã, thị trấn", "31", 31, "count", "xã, thị trấn", "xã, thị trấn có tổ hòa giải hoạt động", H1),
    F("tiếp nhận 175 vụ việc", "175", 175, "count", "vụ việc", "vụ việc các tổ hòa giải đã tiếp nhận", I(H1),
      change=CH("increase", 23, "vụ việc", "cùng kỳ năm 2023")),
    F("thành 155 vụ việc", "155", 155, "count", "vụ việc", "vụ việc hòa giải thành", I(H1), total=175, percent=88.6),
    F("không thành 14 vụ việc", "14", 14, "count", "vụ việc", "vụ việc hòa giải không thành", I(H1), total=175),
    F("hòa giải 6 vụ việc", "6", 6, "count", "vụ việc", "vụ việc đang tiếp tục hòa giải", I(H1), total=175),
    F("(chiếm khoảng 45%)", "45", 45, "percent", "%", "vụ việc liên quan đến tranh chấp đất đai", approx="about"),
    F("tổ chức 9 đợt", "9", 9, "count", "đợt", "đợt trợ giúp pháp lý lưu động"),
    F("cho 427 lượt người", "427", 427, "count", "lượt người", "lượt người được tư vấn"),
    F("đó 118 lượt người", "118", 118, "count", "lượt người", "lượt người thuộc hộ nghèo được tư vấn", total=427),
    F("56 lượt người", "56", 56, "count", "lượt người", "lượt người có công với cách mạng được tư vấn", total=427),
    F("tố tụng 12 vụ án", "12", 12, "count", "vụ án hình sự", "vụ án hình sự trợ giúp viên tham gia tố tụng"),
    F("tổ chức 47 hội nghị", "47", 47, "count", "hội nghị", "hội nghị tuyên truyền pháp luật"),
    F("khoảng 5.800 lượt người", "5.800", 5800, "count", "lượt người", "lượt người tham dự hội nghị tuyên truyền",
      approx="about"),
    F("hơn 12.000 tờ gấp", "12.000", 12000, "count", "tờ gấp", "tờ gấp, tài liệu cấp phát", approx="over"),
    F("thêm sáu câu lạc bộ", "sáu", 6, "count", "câu lạc bộ pháp luật", "câu lạc bộ pháp luật thành lập thêm tại các trường học"),
    F("có 29/31 xã", "29", 29, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn tiếp cận pháp luật",
      P("Đến nay", None, "2024-07-10"), total=31, percent=93.5),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ hòa giải thành", approx="over", status="target"),
    F("có 100% xã", "100", 100, "percent", "%", "xã, thị trấn đạt chuẩn tiếp cận pháp luật",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh): hòa giải ở cơ sở, trợ giúp pháp lý, phổ biến pháp luật 6 tháng đầu năm 2024.",
    "Dateline 'Thứ Tư, 10/07/2024 - 15:20'. Distractors: Kế hoạch số 86/KH-UBND, 'Luật Hòa giải ở cơ sở năm 2013', 'Tổ dân phố 3',",
    "phone 0239.3845.116, commune names. Location: the district (Thạch Hà) throughout.",
    "Headline '6 tháng đầu năm' has no year: takes 2024 (published / the lead). 155+14+6 = 175 after 'Trong đó' -> total 175.",
    "'(chiếm khoảng 45%)' follows no figure (only the noun 'Các vụ việc'): a percent figure of its own.",
    "'29/31 … chiếm 93,5%': total 31 and percent 93.5; 'Đến nay' = as-of the dateline (spec: 'đến nay' ends at published).",
    "'sáu câu lạc bộ' is a number word (6). Targets: 'phấn đấu … trên 90%' (no year in its clause: period left out),",
    "'đến năm 2025 có 100%' -> end 2025-12-31.",
]

emit("p510-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Thạch Hà")
