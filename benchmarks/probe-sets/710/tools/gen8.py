"""p710-8: provincial newspaper (Báo Nghệ An online) - new private schools in 9 months of 2023."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """Nghệ An cấp phép thêm 7 trường ngoài công lập trong 9 tháng

Thanh Lê 16:42, 05/10/2023

(Baonghean.vn) - Trong 9 tháng năm 2023, UBND tỉnh đã cho phép thành lập mới 7 trường ngoài công lập, nâng tổng số trường ngoài công lập toàn tỉnh lên 96 trường, với tổng vốn đăng ký hơn 2.140 tỷ đồng.

Theo Sở Giáo dục và Đào tạo, 7 trường mới gồm 5 trường mầm non và 2 trường liên cấp, tập trung ở TP. Vinh, thị xã Cửa Lò và huyện Nghi Lộc. Quy mô học sinh khối ngoài công lập đạt 31.500 em, tăng 8,2% so với cùng kỳ năm 2022; trong đó cấp mầm non chiếm khoảng 70%.

TP. Vinh hiện có 41 trường tư thục, chiếm 42,7% số trường ngoài công lập toàn tỉnh, phần lớn nằm dọc đường 72m và Đại lộ Lê Nin. Nhiều trường trong số này có quy mô từ 1.000 đến 2.500 học sinh như Trường Mầm non Hoa Sen 2, Trường Liên cấp Hồng Lam.

Mức học phí bình quân tại các trường tư thục ở Nghệ An từ 1,5 đến 4,5 triệu đồng/tháng, thấp hơn khoảng 40% so với Hà Nội.

Qua kiểm tra, vẫn còn 12 cơ sở chưa bảo đảm diện tích phòng học tối thiểu 1,5 m2/trẻ. Trong quý IV/2023, Sở dự kiến kiểm tra 35 cơ sở giáo dục ngoài công lập, tập trung vào an toàn thực phẩm và phòng cháy, chữa cháy.

Tỉnh phấn đấu đến năm 2025 có 120 trường ngoài công lập, thu hút khoảng 40.000 học sinh, theo Quyết định số 3625/QĐ-UBND của UBND tỉnh.
"""

COMMENTS = [
    "Provincial newspaper (Báo Nghệ An online): headline with a figure, byline + `16:42, 05/10/2023` (published), `(Baonghean.vn) -` tag.",
    "Not figures: `đường 72m` (a road's name), `Trường Mầm non Hoa Sen 2`, Quyết định số 3625/QĐ-UBND, the time and date.",
    "Headline `trong 9 tháng` has no year: nothing earlier, so the dateline's 2023. `nâng tổng số ... lên 96 trường` is a figure of its own, not 7's total.",
    "`7 trường mới gồm 5 ... và 2 ...`: parts (total 7). `trong đó cấp mầm non chiếm khoảng 70%` is a percent figure of its own (a share with no count).",
    "`thấp hơn khoảng 40% so với Hà Nội`: the change of the fee range (baseline Hà Nội); the figure stays Nghệ An.",
    "`tối thiểu 1,5 m2/trẻ` is a norm, not a fact: optional. `từ 1.000 đến 2.500 học sinh` describes Vinh's schools (`trong số này`): a count range, location Vinh.",
    "`dự kiến` -> forecast (35 cơ sở, quý IV/2023); `phấn đấu đến năm 2025` -> target (120 trường, 40.000 học sinh).",
]

M9 = P("Trong 9 tháng năm 2023", "2023-01-01", "2023-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thêm 7 trường", "7", 7, "count", "trường",
      subject="trường ngoài công lập được cấp phép thêm",
      period=P("trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("mới 7 trường", "7", 7, "count", "trường",
      subject="trường ngoài công lập được cho phép thành lập mới", period=M9),
    F("lên 96 trường", "96", 96, "count", "trường",
      subject="tổng số trường ngoài công lập toàn tỉnh", period=M9),
    F("hơn 2.140 tỷ đồng", "2.140", 2140e9, "money", "đồng", approx="over",
      subject="tổng vốn đăng ký của các trường ngoài công lập", period=M9),
    F("7 trường mới", "7", 7, "count", "trường", subject="trường ngoài công lập mới", period=I(M9)),
    F("5 trường mầm non", "5", 5, "count", "trường", total=7,
      subject="trường mầm non mới", period=I(M9)),
    F("2 trường liên cấp", "2", 2, "count", "trường", total=7,
      subject="trường liên cấp mới", period=I(M9)),
    F("đạt 31.500 em", "31.500", 31500, "count", "em",
      change=CH("increase", 8.2, "%", "cùng kỳ năm 2022"),
      subject="quy mô học sinh khối ngoài công lập", period=I(M9)),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ học sinh cấp mầm non trong khối ngoài công lập", period=I(M9)),
    F("có 41 trường", "41", 41, "count", "trường", percent=42.7,
      subject="trường tư thục", location="Vinh"),
    F("từ 1.000 đến 2.500", "1.000", 1000, "count", "học sinh", value_max=2500,
      subject="quy mô trường tư thục", location="Vinh"),
    F("từ 1,5 đến 4,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng", value_max=4.5e6,
      change=CH("decrease", 40, "%", "Hà Nội", approx="about"),
      subject="mức học phí bình quân tại các trường tư thục"),
    F("còn 12 cơ sở", "12", 12, "count", "cơ sở",
      subject="cơ sở chưa bảo đảm diện tích phòng học tối thiểu"),
    F("1,5 m2/trẻ", "1,5", 1.5, "measure", "m2/trẻ", approx="at_least", optional=True),
    F("kiểm tra 35 cơ sở", "35", 35, "count", "cơ sở", status="forecast",
      subject="cơ sở giáo dục ngoài công lập được kiểm tra",
      period=P("Trong quý IV/2023", "2023-10-01", "2023-12-31")),
    F("có 120 trường", "120", 120, "count", "trường", status="target",
      subject="trường ngoài công lập", period=T25),
    F("khoảng 40.000 học sinh", "40.000", 40000, "count", "học sinh", approx="about", status="target",
      subject="học sinh được thu hút vào trường ngoài công lập", period=T25),
]

if __name__ == "__main__":
    emit("p710-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Nghệ An")
