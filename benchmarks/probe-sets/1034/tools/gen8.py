"""p1034-8: provincial newspaper online (Báo Bắc Giang), headline figure, '(BBG) -' tag, quý I/2025."""
from lib import C, F, I, P, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật

Quý I, công chứng gần 19 nghìn hợp đồng, giao dịch

Cập nhật lúc 14:20, Thứ Ba, 08/04/2025

(BBG) - Quý I/2025, 25 tổ chức hành nghề công chứng trên địa bàn tỉnh Bắc Giang đã công chứng 18.760 hợp đồng, giao dịch, tăng 4,6% so với cùng kỳ năm 2024, đạt 24,7% kế hoạch năm; phí công chứng ước đạt 15,8 tỷ đồng.

TP Bắc Giang dẫn đầu với 7.215 việc, chiếm 38,5%; tiếp đến là các huyện Việt Yên, Lạng Giang và Yên Dũng với lần lượt 2.930, 1.640 và 1.205 việc. Với kết quả này, Bắc Giang xếp thứ 3 khu vực trung du và miền núi phía Bắc về số việc công chứng.

Cũng trong quý, UBND cấp xã và Phòng Tư pháp các huyện đã chứng thực 52.430 bản sao từ bản chính, 2.108 việc chứng thực chữ ký và 936 hợp đồng, giao dịch. Thời gian giải quyết một yêu cầu chứng thực bản sao từ 15 đến 20 phút.

Hiện thu nhập bình quân của người lao động tại các văn phòng công chứng khoảng 11,5 triệu đồng/người/tháng. Văn phòng công chứng Trần Văn Hai trên Quốc lộ 1A, thị trấn Nếnh (Việt Yên) là một trong những đơn vị tiếp nhận nhiều hồ sơ nhất với hơn 1.100 việc trong quý.

Năm 2025, tỉnh phấn đấu công chứng 76.000 hợp đồng, giao dịch. Từ ngày 1/7/2025, Luật Công chứng số 46/2024/QH15 có hiệu lực. Dự kiến đến cuối năm 2025, 100% tổ chức hành nghề công chứng triển khai công chứng điện tử; Sở Tư pháp sẽ tổ chức hội thi công chứng viên giỏi lần thứ 3 vào tháng 9/2025.

Nguyễn Thủy
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
FIGS = [
    F("gần 19 nghìn", "19", 19000, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", P("Quý I", "2025-01-01", "2025-03-31"),
      approx="nearly"),
    F("2025, 25 tổ chức", "25", 25, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng", Q1),
    F("công chứng 18.760 hợp đồng", "18.760", 18760, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", Q1, percent=24.7,
      change=C("increase", 4.6, "%", "cùng kỳ năm 2024")),
    F("ước đạt 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "phí công chứng", Q1,
      status="estimate"),
    F("với 7.215 việc", "7.215", 7215, "count", "việc", "số việc công chứng", I(Q1),
      percent=38.5, location="TP Bắc Giang"),
    F("lần lượt 2.930", "2.930", 2930, "count", "việc", "số việc công chứng", I(Q1),
      location="Việt Yên"),
    F("2.930, 1.640", "1.640", 1640, "count", "việc", "số việc công chứng", I(Q1),
      location="Lạng Giang"),
    F("và 1.205 việc", "1.205", 1205, "count", "việc", "số việc công chứng", I(Q1),
      location="Yên Dũng"),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      "số việc công chứng", I(Q1)),
    F("chứng thực 52.430 bản sao", "52.430", 52430, "count", "bản sao",
      "bản sao được chứng thực từ bản chính", P("trong quý", "2025-01-01", "2025-03-31")),
    F("2.108 việc", "2.108", 2108, "count", "việc", "chứng thực chữ ký",
      P("trong quý", "2025-01-01", "2025-03-31")),
    F("và 936 hợp đồng", "936", 936, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được chứng thực", P("trong quý", "2025-01-01", "2025-03-31")),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút",
      "thời gian giải quyết một yêu cầu chứng thực bản sao", I(Q1), value_max=20),
    F("khoảng 11,5 triệu", "11,5", 11.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của người lao động tại các văn phòng công chứng", approx="about"),
    F("hơn 1.100 việc", "1.100", 1100, "count", "việc",
      "việc công chứng của Văn phòng công chứng Trần Văn Hai",
      P("trong quý", "2025-01-01", "2025-03-31"), approx="over", location="Việt Yên"),
    F("công chứng 76.000 hợp đồng", "76.000", 76000, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", P("Năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("2025, 100% tổ chức", "100", 100, "percent", "%",
      "tổ chức hành nghề công chứng triển khai công chứng điện tử",
      P("đến cuối năm 2025", None, "2025-12-31"), status="forecast"),
]

HEADER = [
    "Báo Bắc Giang (BBG): công chứng, chứng thực quý I/2025; headline figure 'gần 19 nghìn' with a year-less 'Quý I' (2025 from the dateline).",
    "Dateline 'Cập nhật lúc 14:20, Thứ Ba, 08/04/2025'. 'Quốc lộ 1A', 'Trần Văn Hai', 'một trong những', 'lần thứ 3', 'ngày 1/7/2025',",
    "'tháng 9/2025', 'Luật Công chứng số 46/2024/QH15' are not figures.",
    "'lần lượt 2.930, 1.640 và 1.205 việc' maps in order onto Việt Yên, Lạng Giang, Yên Dũng (locations); subject the list's indicator.",
    "'đạt 24,7% kế hoạch năm' is the percent of 18.760; 'chiếm 38,5%' that of 7.215 (no total: no part-of cue).",
    "'trong quý' (year-less) takes quý I/2025; the processing time inherits it; the 'Hiện' sentence gets no period.",
    "revised: the rank's subject is the indicator 'số việc công chứng' without the ranking's scope (as 'đứng thứ 2 toàn quốc về chỉ số CĐS' in gold/001).",
]

write("p1034-8", TEXT, HEADER, FIGS, published="2025-04-08", location="Bắc Giang")
