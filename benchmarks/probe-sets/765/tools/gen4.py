"""p765-4: ministry site (Bộ NN&PTNT), national wildlife rescue 2023."""
from lib import F, P, inh, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Năm 2023, cả nước cứu hộ hơn 5.200 cá thể động vật hoang dã

Ngày đăng: 18/03/2024 | Lượt xem: 2.105

Theo Cục Kiểm lâm, năm 2023 các cơ quan chức năng trên cả nước đã tiếp nhận, cứu hộ hơn 5.200 cá thể động vật hoang dã, tăng 14% so với năm 2022; trong đó có 1.368 cá thể thuộc Nhóm IB theo Nghị định số 06/2019/NĐ-CP. Số cá thể đủ điều kiện được thả về tự nhiên là 3.915 cá thể, chiếm 75,3%.

Các địa phương tiếp nhận nhiều nhất là Hà Nội (612 cá thể), Nghệ An (486 cá thể), Quảng Bình (341 cá thể) và Đồng Nai (329 cá thể). Số cá thể tê tê được cứu hộ năm 2023 gấp 2,5 lần năm 2020.

Hiện cả nước có 8 trung tâm cứu hộ động vật hoang dã chuyên biệt và 26 cơ sở cứu hộ thuộc các vườn quốc gia, khu bảo tồn. Đối với gấu, số cá thể nuôi nhốt tại các hộ gia đình đã giảm từ 4.300 cá thể năm 2005 xuống còn 246 cá thể tính đến ngày 31/12/2023, giảm 94,3%; đã có 54/63 tỉnh, thành phố không còn gấu nuôi nhốt.

Giai đoạn 2021-2023, tổng kinh phí cho công tác cứu hộ động vật hoang dã đạt khoảng 186 tỷ đồng, trong đó vốn ODA và tài trợ quốc tế chiếm 42%. Cục Kiểm lâm đang phối hợp với 12 tổ chức quốc tế, trong đó có Tổ chức Động vật châu Á (AAF) và Tổ chức Giáo dục Thiên nhiên (ENV).

Theo Kế hoạch hành động, phấn đấu đến năm 2025 không còn gấu nuôi nhốt tại hộ gia đình và tỷ lệ cá thể cứu hộ được tái thả đạt ít nhất 80%; đến năm 2030 mỗi vùng sinh thái có ít nhất 1 trung tâm cứu hộ đạt chuẩn quốc tế.

Người dân phát hiện vi phạm có thể báo qua đường dây nóng miễn phí 1800.1522.
"""

HY = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y05 = P("năm 2005", "2005-01-01", "2005-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "cá thể động vật hoang dã địa phương tiếp nhận"

FIGS = [
    F("cứu hộ hơn 5.200 cá thể động vật hoang dã\n", "5.200", 5200, "count", "cá thể", approx="over",
      subject="cá thể động vật hoang dã cả nước cứu hộ", period=HY),
    F("cứu hộ hơn 5.200 cá thể động vật hoang dã,", "5.200", 5200, "count", "cá thể", approx="over",
      change=CH("increase", 14, baseline="năm 2022"),
      subject="cá thể động vật hoang dã tiếp nhận, cứu hộ", period=Y23),
    F("có 1.368 cá thể", "1.368", 1368, "count", "cá thể", total=5200, subject="cá thể thuộc Nhóm IB", period=Y23),
    F("là 3.915 cá thể", "3.915", 3915, "count", "cá thể", percent=75.3,
      subject="cá thể đủ điều kiện được thả về tự nhiên", period=inh(Y23)),
    F("Hà Nội (612 cá thể)", "612", 612, "count", "cá thể", subject=LIST, period=inh(Y23), location="Hà Nội"),
    F("Nghệ An (486 cá thể)", "486", 486, "count", "cá thể", subject=LIST, period=inh(Y23), location="Nghệ An"),
    F("Quảng Bình (341 cá thể)", "341", 341, "count", "cá thể", subject=LIST, period=inh(Y23),
      location="Quảng Bình"),
    F("Đồng Nai (329 cá thể)", "329", 329, "count", "cá thể", subject=LIST, period=inh(Y23), location="Đồng Nai"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="số cá thể tê tê được cứu hộ so với năm 2020",
      period=Y23),
    F("có 8 trung tâm", "8", 8, "count", "trung tâm cứu hộ động vật hoang dã",
      subject="trung tâm cứu hộ động vật hoang dã chuyên biệt"),
    F("26 cơ sở cứu hộ", "26", 26, "count", "cơ sở cứu hộ",
      subject="cơ sở cứu hộ thuộc các vườn quốc gia, khu bảo tồn"),
    F("từ 4.300 cá thể", "4.300", 4300, "count", "cá thể", subject="gấu nuôi nhốt tại các hộ gia đình",
      period=Y05),
    F("còn 246 cá thể", "246", 246, "count", "cá thể", change=CH("decrease", 94.3, baseline="năm 2005"),
      subject="gấu nuôi nhốt tại các hộ gia đình", period=ASOF),
    F("54/63 tỉnh", "54", 54, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố không còn gấu nuôi nhốt", period=ASOF),
    F("khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng", approx="about",
      subject="tổng kinh phí cho công tác cứu hộ động vật hoang dã", period=GD),
    F("chiếm 42%", "42", 42, "percent", "%",
      subject="vốn ODA và tài trợ quốc tế trong tổng kinh phí cứu hộ động vật hoang dã", period=GD),
    F("12 tổ chức quốc tế", "12", 12, "count", "tổ chức quốc tế",
      subject="tổ chức quốc tế Cục Kiểm lâm phối hợp"),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cá thể cứu hộ được tái thả", period=T25),
    F("ít nhất 1 trung tâm", "1", 1, "count", "trung tâm cứu hộ", approx="at_least", status="target",
      subject="trung tâm cứu hộ đạt chuẩn quốc tế mỗi vùng sinh thái", period=T30),
]

COMMENTS = [
    "Bộ NN&PTNT site, 'Ngày đăng: 18/03/2024 | Lượt xem: 2.105': national wildlife rescue 2023 (Cục Kiểm lâm), bears, funding, targets.",
    "Location Việt Nam; the provinces in the bracketed list each carry their own number -> item location (list sharing one indicator).",
    "'giảm từ 4.300 cá thể năm 2005 xuống còn 246 cá thể ..., giảm 94,3%': 4.300 is a figure of its own (năm 2005); 246 carries",
    "the change (decrease 94,3%, baseline năm 2005), as-of period. '54/63 tỉnh' shares the as-of date of its sentence.",
    "'trong đó vốn ODA ... chiếm 42%': the share belongs to the ODA part (no number of its own) -> a percent figure, not the",
    "percent attribute of 186 tỷ. 'gấp 2,5 lần năm 2020' stands alone -> multiple.",
    "Distractors: Nhóm IB, Nghị định số 06/2019/NĐ-CP, Lượt xem 2.105, hotline 1800.1522, 'không còn' (no number).",
]

if __name__ == "__main__":
    emit("p765-4", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Việt Nam")
