"""p658-7: department site (Chi cục Chăn nuôi và Thú y Lâm Đồng), no dateline, one-cell-per-line table of doses by district."""
from lib import F, P, I, CH, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiêm phòng lở mồm long móng và viêm da nổi cục trên đàn trâu, bò năm 2023

Năm 2023, toàn tỉnh Lâm Đồng đã tiêm 168.420 liều vắc xin LMLM và 97.360 liều vắc xin viêm da nổi cục cho đàn trâu, bò; tỷ lệ tiêm phòng LMLM đạt 78,6% tổng đàn trong diện tiêm. Số liều vắc xin LMLM đã tiêm tăng 6,4% so với năm 2022. Toàn tỉnh hiện có khoảng 128.000 con trâu, bò, trong đó bò sữa hơn 25.000 con, tập trung tại Đức Trọng và Đơn Dương. Kết quả tại một số địa phương như sau:

Bảng: Số liều vắc xin đã tiêm theo địa phương
Đơn vị tính: liều

Huyện
LMLM năm 2023
Viêm da nổi cục năm 2023
Kế hoạch LMLM năm 2024
Đức Trọng
32.150
18.400
35.000
Di Linh
28.730
16.920
31.000
Lâm Hà
25.480
14.050
28.000
Đơn Dương
21.600
12.310
24.000
Bảo Lâm
19.870
11.480
22.500

Năm 2024, Chi cục dự kiến đề xuất ngân sách tỉnh bố trí 6,8 tỷ đồng mua vắc xin LMLM, viêm da nổi cục và tụ huyết trùng; phấn đấu tỷ lệ tiêm phòng các bệnh này đạt không dưới 80% tổng đàn.

Người chăn nuôi cần tiêm phòng đầy đủ, đúng lịch; khi phát hiện trâu, bò có triệu chứng sốt, nổi cục trên da cần báo ngay cho thú y cơ sở.

Địa chỉ: số 23 đường Hoàng Văn Thụ, Phường 4, TP. Đà Lạt. Điện thoại: 0263.3822.640
Tổng lượt truy cập: 2.045.318
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Đức Trọng", "32.150", "18.400", "35.000"),
    ("Di Linh", "28.730", "16.920", "31.000"),
    ("Lâm Hà", "25.480", "14.050", "28.000"),
    ("Đơn Dương", "21.600", "12.310", "24.000"),
    ("Bảo Lâm", "19.870", "11.480", "22.500"),
]


def v(s):
    return float(s.replace(".", ""))


FIGS = [
    F("tiêm 168.420 liều", "168.420", 168420, "count", "liều", "liều vắc xin LMLM đã tiêm cho đàn trâu, bò", N23),
    F("và 97.360 liều", "97.360", 97360, "count", "liều", "liều vắc xin viêm da nổi cục đã tiêm cho đàn trâu, bò", N23),
    F("tăng 6,4%", "6,4", 6.4, "percent", "%", "Số liều vắc xin LMLM đã tiêm tăng so với năm 2022", I(N23)),
    F("khoảng 128.000 con", "128.000", 128000, "count", "con", "trâu, bò toàn tỉnh", approx="about"),
    F("hơn 25.000 con", "25.000", 25000, "count", "con", "bò sữa", approx="over", total=128000),
    F("đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ tiêm phòng LMLM trên tổng đàn trong diện tiêm", N23),
]
for name, a, b, c in ROWS:
    FIGS += [
        F(f"{name}\n{a}", a, v(a), "count", "liều", "liều vắc xin LMLM đã tiêm năm 2023", Y23, location=name),
        F(f"{a}\n{b}", b, v(b), "count", "liều", "liều vắc xin viêm da nổi cục đã tiêm năm 2023", Y23, location=name),
        F(f"{b}\n{c}", c, v(c), "count", "liều", "Kế hoạch tiêm vắc xin LMLM năm 2024", Y24, status="target",
          location=name),
    ]
FIGS += [
    F("bố trí 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng",
      "ngân sách tỉnh mua vắc xin LMLM, viêm da nổi cục và tụ huyết trùng", N24, status="forecast"),
    F("không dưới 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng các bệnh LMLM, viêm da nổi cục, tụ huyết trùng", N24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y tỉnh Lâm Đồng site (invented): LMLM and LSD doses in 2023 by district; no dateline.",
    "Table with one cell per line, 'Đơn vị tính: liều'; columns 'LMLM năm 2023 | Viêm da nổi cục năm 2023 | Kế hoạch LMLM năm 2024'.",
    "Every cell is a figure; districts (row labels) are locations; period from the column header (scored, as in shared h23);",
    "the Kế hoạch column is status target. Not figures: 'Phường 4', 'số 23', phone, 'Tổng lượt truy cập: 2.045.318'.",
    "'dự kiến đề xuất … bố trí 6,8 tỷ đồng' = forecast; 'phấn đấu … không dưới 80%' = target, at_least.",
]

if __name__ == "__main__":
    emit("p658-7", TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")
