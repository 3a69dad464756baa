"""p659-1: Lạng Sơn province portal — BĐBP Lạng Sơn, 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

BĐBP Lạng Sơn bắt giữ 126 vụ buôn lậu trong 6 tháng đầu năm 2024

Cập nhật: 18/07/2024 10:25

Sáng 17/7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác biên phòng 6 tháng đầu năm 2024 tại trụ sở số 25 đường Bà Triệu, thành phố Lạng Sơn.

Theo báo cáo, 6 tháng đầu năm, các đồn biên phòng đã chủ trì, phối hợp bắt giữ 126 vụ/183 đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua biên giới, tăng 14 vụ so với cùng kỳ năm 2023; trị giá hàng hóa vi phạm ước khoảng 21,6 tỷ đồng. Trong đó, Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị bắt giữ 38 vụ, chiếm 30,2% tổng số vụ. Các huyện có nhiều vụ việc là Cao Lộc (45 vụ), Văn Lãng (29 vụ), Tràng Định (21 vụ) và Lộc Bình (17 vụ).

Về phòng, chống ma túy, lực lượng biên phòng tỉnh bắt giữ 19 vụ/27 đối tượng, thu giữ 2,35 kg heroin, 4.120 viên ma túy tổng hợp và 1,8 kg ma túy đá. Đơn vị cũng phát hiện, xử lý 412 người xuất cảnh, nhập cảnh trái phép, giảm 23,5% so với cùng kỳ; trong đó trao trả cho phía Trung Quốc 36 người.

Công tác vận động quần chúng được duy trì thường xuyên: các đồn giúp nhân dân khu vực biên giới hơn 2.300 ngày công, xây mới 12 nhà "Mái ấm biên cương" với tổng kinh phí 840 triệu đồng. Tính đến hết tháng 6/2024, có 57 học sinh được nhận đỡ đầu theo chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng.

6 tháng cuối năm, đơn vị phấn đấu giảm từ 10 đến 15% số người xuất, nhập cảnh trái phép so với năm 2023.

Đường dây nóng: 0205.3870.245
Lượt xem: 1.842
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SMUG = "vụ buôn lậu, vận chuyển trái phép hàng hóa qua biên giới"

FIGS = [
    F("bắt giữ 126 vụ buôn lậu trong", "126", 126, "count", "vụ", "vụ buôn lậu bắt giữ", H1),
    F("bắt giữ 126 vụ/183", "126", 126, "count", "vụ", SMUG, H1b,
      change=CH("increase", 14, "vụ", "cùng kỳ năm 2023")),
    F("vụ/183 đối tượng", "183", 183, "count", "đối tượng",
      "đối tượng buôn lậu, vận chuyển trái phép hàng hóa qua biên giới", H1b),
    F("ước khoảng 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "trị giá hàng hóa vi phạm", H1b,
      approx="about", status="estimate"),
    F("Hữu Nghị bắt giữ 38 vụ", "38", 38, "count", "vụ",
      "vụ bắt giữ của Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị", I(H1b), total=126, percent=30.2),
    F("Cao Lộc (45 vụ)", "45", 45, "count", "vụ", SMUG, I(H1b), location="Cao Lộc"),
    F("Văn Lãng (29 vụ)", "29", 29, "count", "vụ", SMUG, I(H1b), location="Văn Lãng"),
    F("Tràng Định (21 vụ)", "21", 21, "count", "vụ", SMUG, I(H1b), location="Tràng Định"),
    F("Lộc Bình (17 vụ)", "17", 17, "count", "vụ", SMUG, I(H1b), location="Lộc Bình"),
    F("bắt giữ 19 vụ/27", "19", 19, "count", "vụ", "vụ phạm tội về ma túy bắt giữ", I(H1b)),
    F("vụ/27 đối tượng", "27", 27, "count", "đối tượng", "đối tượng phạm tội về ma túy bắt giữ", I(H1b)),
    F("2,35 kg heroin", "2,35", 2.35, "measure", "kg", "heroin thu giữ", I(H1b)),
    F("4.120 viên", "4.120", 4120, "count", "viên", "ma túy tổng hợp thu giữ", I(H1b)),
    F("1,8 kg ma túy đá", "1,8", 1.8, "measure", "kg", "ma túy đá thu giữ", I(H1b)),
    F("xử lý 412 người", "412", 412, "count", "người",
      "người xuất cảnh, nhập cảnh trái phép bị phát hiện, xử lý", I(H1b),
      change=CH("decrease", 23.5, "%", "cùng kỳ")),
    F("Trung Quốc 36 người", "36", 36, "count", "người",
      "người xuất cảnh, nhập cảnh trái phép trao trả cho phía Trung Quốc", I(H1b), total=412),
    F("hơn 2.300 ngày công", "2.300", 2300, "measure", "ngày công",
      "ngày công giúp nhân dân khu vực biên giới", I(H1b), approx="over"),
    F("xây mới 12 nhà", "12", 12, "count", "nhà", "nhà \"Mái ấm biên cương\" xây mới", I(H1b)),
    F("840 triệu đồng", "840", 840e6, "money", "đồng", "tổng kinh phí xây nhà \"Mái ấm biên cương\"", I(H1b)),
    F("có 57 học sinh", "57", 57, "count", "học sinh",
      "học sinh được nhận đỡ đầu theo chương trình \"Nâng bước em tới trường\"",
      P("Tính đến hết tháng 6/2024", None, "2024-06-30")),
    F("500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức hỗ trợ mỗi học sinh được đỡ đầu",
      P("Tính đến hết tháng 6/2024", None, "2024-06-30")),
    F("từ 10 đến 15%", "10", 10, "percent", "%",
      "giảm số người xuất, nhập cảnh trái phép so với năm 2023",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), value_max=15, status="target"),
]

COMMENTS = [
    "Lạng Sơn province portal: BĐBP Lạng Sơn sơ kết 6 tháng đầu năm 2024 (smuggling, drugs, illegal exit/entry, mass mobilisation).",
    "'126 vụ/183 đối tượng' and '19 vụ/27 đối tượng': the number after '/' counts another thing (persons), so it is a figure of its",
    "own, not a total. 'Trong đó … 38 vụ, chiếm 30,2% tổng số vụ' takes the whole 126 vụ (the figure of the same thing before the cue).",
    "District list has no part cue and does not add up: no total. Distractors: Sáng 17/7, số 25 đường Bà Triệu, hotline, Lượt xem.",
    "'ngày công' (labour days) taken as measure. 'Tính đến hết tháng 6/2024' is an as-of period (start null). '6 tháng cuối năm' = second half of 2024.",
]

if __name__ == "__main__":
    emit("p659-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Lạng Sơn")
