"""p571-5: Báo Nghệ An (Party newspaper), notarisation 2023."""
import sys
from lib import F, P, I, CH, emit

TEXT = """Báo Nghệ An | Thời sự | Pháp luật

Hoạt động công chứng năm 2023 thu phí hơn 52 tỷ đồng

(Baonghean.vn) - Năm 2023, hoạt động công chứng trên địa bàn tỉnh Nghệ An tiếp tục phát triển theo hướng xã hội hóa. Toàn tỉnh hiện có 26 tổ chức hành nghề công chứng (4 Phòng công chứng và 22 Văn phòng công chứng) với 58 công chứng viên, bình quân 0,17 công chứng viên/1 vạn dân, thấp hơn mức bình quân cả nước (0,28 công chứng viên/1 vạn dân).

Trong năm, các tổ chức hành nghề công chứng đã công chứng 98.450 hợp đồng, giao dịch, tăng 7,3% so với năm 2022; thu phí công chứng hơn 52,7 tỷ đồng, nộp ngân sách nhà nước trên 3,4 tỷ đồng. Riêng thành phố Vinh tập trung 12 tổ chức hành nghề; số việc công chứng tại đây chiếm gần 62% toàn tỉnh.

Tại huyện miền núi Kỳ Sơn, nhiều người dân vẫn phải đi từ 50 đến 70 km theo Quốc lộ 7 để công chứng hợp đồng. Phòng Công chứng số 1 tỉnh đã tổ chức 14 đợt công chứng lưu động tại các xã vùng cao của Kỳ Sơn.

Theo Quy hoạch tổ chức hành nghề công chứng, đến năm 2030 tỉnh Nghệ An có 45 tổ chức hành nghề công chứng, trong đó thành lập mới 19 Văn phòng công chứng tại các huyện chưa có tổ chức hành nghề. Năm 2024, Sở Tư pháp phấn đấu 100% tổ chức hành nghề công chứng kết nối, chia sẻ dữ liệu với cơ sở dữ liệu công chứng của tỉnh.

Thanh Lê
26/02/2024 15:20
"""

H = P("năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
QH = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 52 tỷ đồng", "52", 52e9, "money", "đồng", "phí công chứng thu", H, approx="over"),
    F("có 26 tổ chức", "26", 26, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng"),
    F("(4 Phòng", "4", 4, "count", "Phòng công chứng", "Phòng công chứng", total=26),
    F("22 Văn phòng", "22", 22, "count", "Văn phòng công chứng", "Văn phòng công chứng", total=26),
    F("58 công chứng viên", "58", 58, "count", "công chứng viên", "công chứng viên"),
    F("0,17 công chứng viên", "0,17", 0.17, "measure", "công chứng viên/1 vạn dân", "bình quân công chứng viên trên 1 vạn dân"),
    F("0,28 công chứng viên", "0,28", 0.28, "measure", "công chứng viên/1 vạn dân", "mức bình quân cả nước công chứng viên trên 1 vạn dân",
      location="Việt Nam"),
    F("98.450 hợp đồng", "98.450", 98450, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch được công chứng", TN,
      change=CH("increase", 7.3, baseline="năm 2022")),
    F("hơn 52,7 tỷ đồng", "52,7", 52.7e9, "money", "đồng", "phí công chứng thu", TN, approx="over"),
    F("trên 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "nộp ngân sách nhà nước", TN, approx="over"),
    F("tập trung 12 tổ chức", "12", 12, "count", "tổ chức hành nghề", "tổ chức hành nghề công chứng", location="Vinh"),
    F("gần 62%", "62", 62, "percent", "%", "số việc công chứng so với toàn tỉnh", approx="nearly", location="Vinh"),
    F("từ 50 đến 70 km", "50", 50, "measure", "km", "quãng đường người dân phải đi để công chứng hợp đồng", value_max=70,
      location="Kỳ Sơn"),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt công chứng lưu động", location="Kỳ Sơn"),
    F("có 45 tổ chức", "45", 45, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng theo quy hoạch", QH,
      status="target"),
    F("mới 19 Văn phòng", "19", 19, "count", "Văn phòng công chứng", "Văn phòng công chứng thành lập mới", QH, total=45,
      status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tổ chức hành nghề công chứng kết nối, chia sẻ dữ liệu với cơ sở dữ liệu công chứng",
      Y24, status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper), tag '(Baonghean.vn)', byline and date '26/02/2024 15:20' at the end: notarisation in 2023.",
    "'hiện có' sentences get no period (unscored). The bracketed '4 Phòng … và 22 Văn phòng' adds up to the 26: total 26.",
    "Rates keep their denominator in the unit ('công chứng viên/1 vạn dân'); the bracketed national average is a figure of its own (Việt Nam), not a change.",
    "'Trong năm' has no year: it takes 2023 from the lead. 'đến năm 2030 … có 45' is a planning target; its 'trong đó' part is a target with total 45.",
    "Not figures: 'Phòng Công chứng số 1', 'Quốc lộ 7', byline date. Kỳ Sơn and Vinh are districts/cities of the province -> location.",
]

ok = emit("p571-5", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Nghệ An")
sys.exit(0 if ok else 1)
