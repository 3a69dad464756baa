"""p696-5: Báo Nghệ An (Party paper) — biển quảng cáo vi phạm hành lang an toàn đường bộ trên quốc lộ (8/2024)."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NGHỆ AN
Thời sự › Giao thông

Hơn 600 biển quảng cáo vi phạm hành lang an toàn đường bộ trên các quốc lộ

Qua rà soát của Sở Giao thông vận tải, trên các tuyến quốc lộ qua địa bàn tỉnh Nghệ An hiện có 643 biển quảng cáo, biển hiệu dựng trong phạm vi hành lang an toàn đường bộ, tập trung chủ yếu trên ba tuyến. Trong đó, đoạn Quốc lộ 1A từ Km 368 đến Km 467+500 có 318 biển; Quốc lộ 46 có 174 biển và Quốc lộ 7A có 151 biển.

Nhiều biển có diện tích mặt biển từ 40 đến 60 m2, khung sắt cao hơn 12 m, tiềm ẩn nguy cơ gãy đổ khi mưa bão. Tại Km 432+600 thuộc huyện Diễn Châu, một biển khổ lớn dựng chỉ cách mép phần xe chạy 3,5 m. Huyện Diễn Châu và thị xã Hoàng Mai là hai địa phương có nhiều biển vi phạm nhất, lần lượt là 97 biển và 84 biển.

Từ đầu năm 2024 đến ngày 15/8, lực lượng thanh tra giao thông đã lập biên bản 86 trường hợp, xử phạt 72 tổ chức, cá nhân với tổng số tiền 534 triệu đồng; cưỡng chế tháo dỡ 127 biển, bằng 19,8% tổng số biển vi phạm.

Ông Nguyễn Hữu Thành, Phó Giám đốc Sở Giao thông vận tải cho biết: "Sở đặt mục tiêu đến hết tháng 12/2024 tháo dỡ ít nhất 80% số biển vi phạm, phần còn lại hoàn thành trong quý I/2025". Kinh phí cưỡng chế dự kiến khoảng 1,6 tỷ đồng, trích từ nguồn sự nghiệp giao thông.

Thanh Hương
22/08/2024
"""

YTD = P("Từ đầu năm 2024 đến ngày 15/8", "2024-01-01", "2024-08-15")

FIGS = [
    F("Hơn 600 biển", "600", 600, "count", "biển quảng cáo",
      "biển quảng cáo vi phạm hành lang an toàn đường bộ trên các quốc lộ", approx="over"),
    F("hiện có 643 biển", "643", 643, "count", "biển quảng cáo",
      "biển quảng cáo, biển hiệu dựng trong phạm vi hành lang an toàn đường bộ trên các tuyến quốc lộ"),
    F("trên ba tuyến", "ba", 3, "count", "tuyến", "tuyến quốc lộ có biển vi phạm tập trung", optional=True),
    F("có 318 biển", "318", 318, "count", "biển", "biển vi phạm trên đoạn Quốc lộ 1A", total=643),
    F("có 174 biển", "174", 174, "count", "biển", "biển vi phạm trên Quốc lộ 46", total=643),
    F("có 151 biển", "151", 151, "count", "biển", "biển vi phạm trên Quốc lộ 7A", total=643),
    F("từ 40 đến 60 m2", "40", 40, "measure", "m2", "diện tích mặt biển", value_max=60),
    F("cao hơn 12 m", "12", 12, "measure", "m", "chiều cao khung sắt biển quảng cáo", approx="over"),
    F("cách mép phần xe chạy 3,5 m", "3,5", 3.5, "measure", "m", "khoảng cách từ biển khổ lớn đến mép phần xe chạy",
      location="Diễn Châu"),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều biển vi phạm nhất", optional=True),
    F("là 97 biển", "97", 97, "count", "biển", "biển vi phạm hành lang an toàn đường bộ", location="Diễn Châu"),
    F("và 84 biển", "84", 84, "count", "biển", "biển vi phạm hành lang an toàn đường bộ", location="Hoàng Mai"),
    F("biên bản 86 trường hợp", "86", 86, "count", "trường hợp", "trường hợp bị lập biên bản", YTD),
    F("xử phạt 72 tổ chức", "72", 72, "count", "tổ chức, cá nhân", "tổ chức, cá nhân bị xử phạt", YTD),
    F("tiền 534 triệu đồng", "534", 534000000, "money", "đồng", "tổng số tiền xử phạt", YTD),
    F("tháo dỡ 127 biển", "127", 127, "count", "biển", "biển vi phạm bị cưỡng chế tháo dỡ", YTD, percent=19.8),
    F("ít nhất 80%", "80", 80, "percent", "%", "biển vi phạm được tháo dỡ",
      P("đến hết tháng 12/2024", None, "2024-12-31"), approx="at_least", status="target"),
    F("khoảng 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "kinh phí cưỡng chế tháo dỡ biển vi phạm",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): biển quảng cáo vi phạm hành lang an toàn đường bộ trên quốc lộ. Byline and bare date `22/08/2024` at the end.",
    "Not figures: road names `Quốc lộ 1A/46/7A`, kilometre posts `Km 368`, `Km 467+500` (not a range), `Km 432+600`, `quý I/2025` (a deadline), `15/8`.",
    "318 + 174 + 151 = 643 after `Trong đó` (total 643). `ba tuyến`, `hai địa phương` restate the list's structure: optional.",
    "`lần lượt là 97 biển và 84 biển` → Diễn Châu, Hoàng Mai as locations. `Hiện có` sentences get no period.",
    "`bằng 19,8% tổng số biển vi phạm` is the percent of 127 (no total: a share, not `trong đó`). `dự kiến khoảng 1,6 tỷ` → forecast, about.",
]

if __name__ == "__main__":
    emit("p696-5", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Nghệ An")
