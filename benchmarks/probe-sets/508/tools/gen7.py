"""p508-7: CDC Bình Định department site, no dateline — infectious diseases by year, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ Y TẾ BÌNH ĐỊNH - TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Trang chủ / Phòng chống dịch bệnh / Giám sát dịch tễ
Tình hình một số bệnh truyền nhiễm gây dịch trên địa bàn tỉnh

Năm 2023, số ca mắc sốt xuất huyết trên địa bàn tỉnh tăng mạnh, gấp 2,4 lần năm 2022. Sang năm 2024, bệnh sởi bùng phát trở lại sau nhiều năm chỉ ghi nhận ca lẻ tẻ, trong khi tay chân miệng có xu hướng tăng vào các tháng mùa mưa.

Bảng: Số ca mắc một số bệnh truyền nhiễm gây dịch
Đơn vị tính: ca
Tên bệnh
Năm 2022
Năm 2023
9 tháng năm 2024
Sốt xuất huyết
2.315
5.560
1.842
Tay chân miệng
1.127
864
1.593
Sởi
0
3
128
Bạch hầu
0
0
2

Riêng 9 tháng năm 2024, toàn tỉnh ghi nhận 128 ca sởi, trong đó 79 ca ở trẻ chưa tiêm vắc xin, chiếm 61,7%. Các địa phương có nhiều ca sởi là thị xã Hoài Nhơn (41 ca), huyện Phù Cát (27 ca) và huyện Tây Sơn (19 ca).

Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi năm 2023 của tỉnh chỉ đạt 82,4%, thấp hơn 12,6% so với chỉ tiêu (95%). Để chủ động phòng dịch, Trung tâm đã tiêm bổ sung vắc xin sởi - rubella cho 18.370 trẻ, bố trí 159 điểm tiêm tại trạm y tế xã, phường, thị trấn và 12 đội giám sát đáp ứng nhanh.

Người dân có biểu hiện sốt, phát ban, ho, chảy mũi cần đến ngay cơ sở y tế gần nhất để được khám và điều trị kịp thời.

Địa chỉ: 756 Trần Hưng Đạo, TP. Quy Nhơn, Bình Định. Điện thoại: 0256.3822.647
Tổng số lượt truy cập: 2.016.438
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
COLS = [("năm 2022", Y22), ("năm 2023", Y23), ("9 tháng năm 2024", N9)]


def row(name, subj, anchors, numbers):
    out = []
    for (label, per), a, n in zip(COLS, anchors, numbers):
        out.append(F(a, n, float(n.replace(".", "")), "count", "ca", f"số ca mắc {subj} {label}", per))
    return out


FIGS = [
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số ca mắc sốt xuất huyết năm 2023 so với năm 2022",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    *row("Sốt xuất huyết", "sốt xuất huyết", ["Sốt xuất huyết\n2.315", "2.315\n5.560", "5.560\n1.842"],
         ["2.315", "5.560", "1.842"]),
    *row("Tay chân miệng", "tay chân miệng", ["Tay chân miệng\n1.127", "1.127\n864", "864\n1.593"],
         ["1.127", "864", "1.593"]),
    *row("Sởi", "sởi", ["Sởi\n0", "\n3\n128", "3\n128\nBạch"], ["0", "3", "128"]),
    *row("Bạch hầu", "bạch hầu", ["Bạch hầu\n0", "0\n2\n\nRiêng", "\n2\n\nRiêng"], ["0", "0", "2"]),
    F("ghi nhận 128 ca", "128", 128, "count", "ca", "ca sởi", N9),
    F("trong đó 79 ca", "79", 79, "count", "ca", "ca sởi ở trẻ chưa tiêm vắc xin", N9, total=128, percent=61.7),
    F("Hoài Nhơn (41 ca)", "41", 41, "count", "ca", "ca sởi", INH(N9), location="Hoài Nhơn"),
    F("Phù Cát (27 ca)", "27", 27, "count", "ca", "ca sởi", INH(N9), location="Phù Cát"),
    F("Tây Sơn (19 ca)", "19", 19, "count", "ca", "ca sởi", INH(N9), location="Tây Sơn"),
    F("dưới 1 tuổi năm", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("chỉ đạt 82,4%", "82,4", 82.4, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
      P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 12.6, "%", "chỉ tiêu"), target=TG(95, "%", False)),
    F("cho 18.370 trẻ", "18.370", 18370, "count", "trẻ", "trẻ được tiêm bổ sung vắc xin sởi - rubella"),
    F("bố trí 159 điểm", "159", 159, "count", "điểm tiêm", "điểm tiêm tại trạm y tế xã, phường, thị trấn"),
    F("và 12 đội", "12", 12, "count", "đội", "đội giám sát đáp ứng nhanh"),
]

COMMENTS = [
    "CDC Bình Định (department site), no dateline: no `published`. Visit counter 'Tổng số lượt truy cập: 2.016.438' is furniture.",
    "One-cell-per-line table with 'Đơn vị tính: ca'; every numeric cell, the zeros included, is a count in ca; subject = disease",
    "row + column; period from the column header (scored, as in shared h23/h24). '9 tháng năm 2024' column = 2024-01-01..09-30.",
    "Lead: 'tăng mạnh, gấp 2,4 lần năm 2022' is a multiple standing as the claim (no base figure in the sentence).",
    "'82,4%, thấp hơn 12,6% so với chỉ tiêu (95%)' → change decrease 12.6 (gap to plan) and target 95 on the percent figure.",
    "The last paragraph's counts have no period phrase (none). Not figures: 756 Trần Hưng Đạo, phone, 'Bảng', 'Tên bệnh'.",
]

if __name__ == "__main__":
    emit("p508-7", TEXT, COMMENTS, FIGS, location="Bình Định")
