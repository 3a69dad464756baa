from lib import F, P, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH LIÊM
Tin tức - Sự kiện

Thanh Liêm đẩy mạnh dán thẻ thu phí không dừng cho phương tiện

Ngày 14/11/2024, UBND huyện Thanh Liêm tổ chức hội nghị sơ kết công tác phối hợp triển khai thu phí điện tử không dừng trên địa bàn.

Từ đầu năm đến nay, toàn huyện có 3.216 phương tiện được dán thẻ mới, nâng tổng số phương tiện đã dán thẻ lên 12.870 xe, đạt 91,4% số ô tô do người dân, doanh nghiệp trên địa bàn quản lý. Trong số 47 doanh nghiệp vận tải, có 45 doanh nghiệp đã dán thẻ cho 100% phương tiện. Riêng 4 xã Thanh Hải, Thanh Thủy, Thanh Phong, Liêm Sơn có số xe dán thẻ tăng từ 15% đến 22% so với năm 2023.

Nút giao Liêm Tuyền trên cao tốc Cầu Giẽ - Ninh Bình có 6 làn thu phí, trong đó 4 làn ETC. Lưu lượng bình quân qua nút khoảng 9.600 lượt xe/ngày đêm; tháng 10/2024 có 81,7% lượt xe thanh toán bằng hình thức không dừng. Thời gian xe qua làn ETC trung bình dưới 5 giây.

Tại hội nghị, đại diện Đội Cảnh sát giao thông số 3 cho biết, 10 tháng năm 2024 lực lượng chức năng đã nhắc nhở 126 trường hợp xe chưa dán thẻ đi vào làn ETC, xử phạt 38 trường hợp với tổng số tiền gần 96 triệu đồng.

Thực hiện Kế hoạch số 215/KH-UBND, giai đoạn 2021-2025 huyện phấn đấu 100% ô tô của cơ quan, đơn vị và doanh nghiệp vận tải được dán thẻ; năm 2025, tỷ lệ ô tô trên địa bàn dán thẻ đạt từ 95% trở lên. Hội nghị cũng đã khen thưởng 12 tập thể, 20 cá nhân có thành tích trong công tác này.
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 3.216 phương tiện", "3.216", 3216, "count", "phương tiện", "phương tiện được dán thẻ mới",
      P("Từ đầu năm đến nay", "2024-01-01", None)),
    F("lên 12.870 xe", "12.870", 12870, "count", "xe", "tổng số phương tiện đã dán thẻ",
      P("Từ đầu năm đến nay", "2024-01-01", None, inh=True), percent=91.4),
    F("Trong số 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", "doanh nghiệp vận tải"),
    F("có 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp", "doanh nghiệp vận tải đã dán thẻ cho 100% phương tiện",
      total=47),
    F("cho 100% phương tiện", "100", 100, "percent", "%", "phương tiện của doanh nghiệp được dán thẻ", optional=True),
    F("Riêng 4 xã", "4", 4, "count", "xã", "xã có số xe dán thẻ tăng", optional=True),
    F("từ 15% đến 22%", "15", 15, "percent", "%", "tăng số xe dán thẻ so với năm 2023", value_max=22),
    F("có 6 làn", "6", 6, "count", "làn", "làn thu phí tại nút giao Liêm Tuyền"),
    F("4 làn ETC", "4", 4, "count", "làn", "làn ETC", total=6),
    F("khoảng 9.600 lượt", "9.600", 9600, "measure", "lượt xe/ngày đêm", "lưu lượng bình quân qua nút", approx="about"),
    F("có 81,7%", "81,7", 81.7, "percent", "%", "lượt xe thanh toán bằng hình thức không dừng",
      P("tháng 10/2024", "2024-10-01", "2024-10-31")),
    F("dưới 5 giây", "5", 5, "measure", "giây", "thời gian xe qua làn ETC trung bình", approx="under"),
    F("nhắc nhở 126 trường hợp", "126", 126, "count", "trường hợp",
      "trường hợp xe chưa dán thẻ đi vào làn ETC bị nhắc nhở", M10),
    F("xử phạt 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp bị xử phạt", M10),
    F("gần 96 triệu đồng", "96", 96000000, "money", "đồng", "tổng số tiền xử phạt", M10, approx="nearly"),
    F("phấn đấu 100% ô tô", "100", 100, "percent", "%",
      "ô tô của cơ quan, đơn vị và doanh nghiệp vận tải được dán thẻ", GD, status="target"),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ ô tô trên địa bàn dán thẻ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("khen thưởng 12 tập thể", "12", 12, "count", "tập thể", "tập thể được khen thưởng"),
    F("20 cá nhân", "20", 20, "count", "cá nhân", "cá nhân được khen thưởng"),
]

COMMENTS = [
    "District portal (huyện Thanh Liêm, Hà Nam) with no dateline at all: no `published`. 'Ngày 14/11/2024' (meeting date) is not the article's date",
    "but gives the year to 'Từ đầu năm đến nay' (start 2024-01-01; no end, since there is no published date).",
    "Distractors: 'Đội Cảnh sát giao thông số 3', 'Kế hoạch số 215/KH-UBND', 'cao tốc Cầu Giẽ - Ninh Bình', 'năm 2023' as baseline.",
    "'nâng tổng số … lên 12.870 xe, đạt 91,4%' = cumulative stock with percent attribute; its period is judged inherited (not scored).",
    "'Trong số 47 doanh nghiệp …, có 45' → total 47. 'cho 100% phương tiện' (a criterion of the 45) and 'Riêng 4 xã' (list head) optional.",
    "'tăng từ 15% đến 22% so với năm 2023' is a range of growth rates (percent figure, no change); communes keep the district as location.",
    "126 nhắc nhở and 38 xử phạt are different actions (no total). Targets: 'giai đoạn 2021-2025 … phấn đấu 100%', 'năm 2025 … từ 95% trở lên' (at_least).",
]

emit("p366-8", TEXT, COMMENTS, FIGS, location="Thanh Liêm")
