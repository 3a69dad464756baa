"""p598-7: Chi cục Thủy lợi Sơn La (department site, no dateline) — rain gauges and flash-flood warning stations, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
CHI CỤC THỦY LỢI
Giới thiệu | Tin tức | Văn bản | Phòng chống thiên tai | Liên hệ

Mạng lưới trạm quan trắc, cảnh báo lũ quét, sạt lở đất trên địa bàn tỉnh Sơn La

Đến hết năm 2023, toàn tỉnh có 186 trạm đo mưa tự động, tăng 74 trạm so với năm 2020, và 42 trạm cảnh báo lũ quét, sạt lở đất; các trạm đã phủ sóng 158/200 xã, phường, thị trấn. Mật độ trạm đo mưa đạt 1,3 trạm/100 km². Tỷ lệ trạm hoạt động ổn định đạt 93,5%. Trong năm 2023, hệ thống đã phát 37 bản tin cảnh báo lũ quét, sạt lở đất, giúp các địa phương sơ tán kịp thời 215 hộ dân.

Số trạm tại một số huyện trọng điểm:
Đơn vị tính: trạm
Huyện
Trạm đo mưa năm 2023
Trạm cảnh báo năm 2023
Kế hoạch trạm đo mưa năm 2025
Mường La
24
7
32
Bắc Yên
19
6
27
Sốp Cộp
15
4
22
Thuận Châu
21
5
30

Năm 2024, tỉnh dự kiến bố trí 8,4 tỷ đồng để lắp mới 60 trạm đo mưa, nâng tỷ lệ xã được phủ sóng lên 90%. Phấn đấu đến năm 2025, 100% xã có nguy cơ cao về lũ quét, sạt lở đất có trạm cảnh báo và ít nhất 2 cán bộ được tập huấn vận hành.

Thông tin cảnh báo được cập nhật liên tục tại trang https://thuyloi.sonla.gov.vn và gửi tin nhắn tới 1.520 thuê bao của cán bộ cơ sở.

Địa chỉ: Tổ 2, phường Chiềng Lề, TP Sơn La. Điện thoại: 0212.3852.671
Tổng số lượt truy cập: 1.207.416
"""

Y23 = P("Đến hết năm 2023", None, "2023-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 186 trạm", "186", 186, "count", "trạm", "trạm đo mưa tự động", Y23,
      change=CH("increase", 74, "trạm", "năm 2020")),
    F("và 42 trạm", "42", 42, "count", "trạm", "trạm cảnh báo lũ quét, sạt lở đất", Y23),
    F("sóng 158/200 xã", "158", 158, "count", "xã", "xã, phường, thị trấn được các trạm phủ sóng", Y23, total=200),
    F("đạt 1,3 trạm/100 km²", "1,3", 1.3, "measure", "trạm/100 km²", "mật độ trạm đo mưa", I(Y23)),
    F("định đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ trạm hoạt động ổn định", I(Y23)),
    F("phát 37 bản tin", "37", 37, "count", "bản tin", "bản tin cảnh báo lũ quét, sạt lở đất", C23),
    F("kịp thời 215 hộ", "215", 215, "count", "hộ dân", "hộ dân được sơ tán kịp thời", C23),
]

ROWS = [
    ("Mường La", ["Mường La\n24", "24\n7\n", "7\n32"], ["24", "7", "32"]),
    ("Bắc Yên", ["Bắc Yên\n19", "19\n6\n", "6\n27"], ["19", "6", "27"]),
    ("Sốp Cộp", ["Sốp Cộp\n15", "15\n4\n", "4\n22"], ["15", "4", "22"]),
    ("Thuận Châu", ["Thuận Châu\n21", "21\n5\n", "5\n30"], ["21", "5", "30"]),
]
COLS = [("trạm đo mưa", C23, "actual"), ("trạm cảnh báo", C23, "actual"), ("kế hoạch trạm đo mưa", C25, "target")]
for place, anchors, nums in ROWS:
    for (subj, per, st), a, n in zip(COLS, anchors, nums):
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(a, n, int(n), "count", "trạm", subj, per, location=place, **kw))

FIGS += [
    F("bố trí 8,4 tỷ đồng", "8,4", 8.4e9, "money", "đồng", "kinh phí lắp mới trạm đo mưa", Y24, status="forecast"),
    F("mới 60 trạm", "60", 60, "count", "trạm", "trạm đo mưa lắp mới", Y24, status="forecast"),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ xã được phủ sóng", Y24, status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%", "xã có nguy cơ cao về lũ quét, sạt lở đất có trạm cảnh báo", T25,
      status="target"),
    F("ít nhất 2 cán bộ", "2", 2, "count", "cán bộ", "cán bộ được tập huấn vận hành", T25, approx="at_least",
      status="target"),
    F("tới 1.520 thuê bao", "1.520", 1520, "count", "thuê bao", "thuê bao của cán bộ cơ sở nhận tin nhắn cảnh báo"),
]

COMMENTS = [
    "Chi cục Thủy lợi Sơn La (invented department site, no dateline: published null): monitoring network, one-cell-per-line table.",
    "Table: 'Đơn vị tính: trạm'; every numeric cell a figure; district row labels -> location; subject = column label;",
    "period from the column header (năm 2023 / năm 2025, scored as in shared h23); the 'Kế hoạch ... năm 2025' column -> target.",
    "'1,3 trạm/100 km²' is a rate (denominator in the unit). '158/200 xã' -> total 200. 'ít nhất 2 cán bộ' -> at_least, per commune.",
    "Distractors: menu line, URL, 'Tổ 2', phone 0212.3852.671, visit counter 1.207.416, 'năm 2020' baseline.",
]

if __name__ == "__main__":
    emit("p598-7", TEXT, COMMENTS, FIGS, published=None, location="Sơn La")
