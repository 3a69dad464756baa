"""p1411-7: department site (CDC Đắk Lắk), no dateline: immunisation 2024, one-cell-per-line table of cases by disease."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Tiêm chủng | Văn bản | Hỏi đáp

Tiêm chủng mở rộng năm 2024: tỷ lệ tiêm đầy đủ đạt trên 92%

Năm 2024, Chương trình tiêm chủng mở rộng được triển khai tại 184 xã, phường, thị trấn của 15 huyện, thị xã, thành phố. Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ước đạt 92,1%, tăng 2,7 điểm phần trăm so với năm 2023; tỷ lệ tiêm mũi 4 vắc xin DPT ước đạt 78%.

Trong năm, toàn tỉnh ghi nhận 4 ca mắc bạch hầu tại các huyện Krông Bông và Ea Súp, giảm 5 ca so với năm 2023; số ca mắc ho gà tăng mạnh với 27 ca, gấp 9 lần năm trước.

Số ca mắc một số bệnh có vắc xin phòng ngừa
Đơn vị tính: ca
Bệnh
Năm 2023
Năm 2024
So với cùng kỳ (%)
Bạch hầu
9
4
44,4
Ho gà
3
27
900,0
Uốn ván
6
5
83,3
Tổng số
18
36
200,0

Trung tâm đã mở 12 lớp tập huấn cho hơn 600 cán bộ tiêm chủng tuyến huyện, xã. Trung tâm cũng tiếp nhận và phân bổ 96.500 liều vắc xin 5 trong 1, 42.000 liều DPT và 38.000 liều Td cho các huyện. Năm 2025, Trung tâm phấn đấu tỷ lệ tiêm chủng đầy đủ đạt trên 95%, không để xảy ra ổ dịch bạch hầu.

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Địa chỉ: 68 Lê Duẩn, phường Tân Thành, TP Buôn Ma Thuột
Điện thoại: 0262.3852.410
Lượt truy cập: 1.204.387 | Đang trực tuyến: 52
"""

Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN24 = per("Trong năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")


def cells():
    rows = [("Bạch hầu", ["9", "4", "44,4"]), ("Ho gà", ["3", "27", "900,0"]), ("Uốn ván", ["6", "5", "83,3"]),
            ("Tổng số", ["18", "36", "200,0"])]
    out = []
    for label, (a, b, c) in rows:
        row = label.lower()
        out.append(fig(f"{label}\n{a}", a, float(a), "count", "ca", subject=f"{row} năm 2023", period=C23))
        out.append(fig(f"{a}\n{b}\n", b, float(b), "count", "ca", subject=f"{row} năm 2024", period=Y24))
        out.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"{row} so với cùng kỳ"))
    return out


FIGS = [
    fig("đạt trên 92%", "92", 92, "percent", "%", approx="over", subject="tỷ lệ tiêm đầy đủ", period=Y24h),
    fig("tại 184 xã", "184", 184, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn triển khai Chương trình tiêm chủng mở rộng", period=Y24),
    fig("của 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố triển khai Chương trình tiêm chủng mở rộng", period=Y24),
    fig("trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    fig("ước đạt 92,1%", "92,1", 92.1, "percent", "%", status="estimate",
        change=chg("increase", 2.7, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", period=inh(Y24)),
    fig("ước đạt 78%", "78", 78, "percent", "%", status="estimate", subject="tỷ lệ tiêm mũi 4 vắc xin DPT",
        period=inh(Y24)),
    fig("ghi nhận 4 ca", "4", 4, "count", "ca", change=chg("decrease", 5, "ca", "năm 2023"),
        subject="ca mắc bạch hầu", period=IN24),
    fig("với 27 ca", "27", 27, "count", "ca", change=chg("increase", 9, "lần", "năm trước"),
        subject="số ca mắc ho gà", period=IN24),
] + cells() + [
    fig("mở 12 lớp", "12", 12, "count", "lớp", subject="lớp tập huấn cán bộ tiêm chủng"),
    fig("hơn 600 cán bộ", "600", 600, "count", "cán bộ", approx="over",
        subject="cán bộ tiêm chủng tuyến huyện, xã được tập huấn"),
    fig("phân bổ 96.500 liều", "96.500", 96500, "count", "liều",
        subject="liều vắc xin 5 trong 1 tiếp nhận và phân bổ", period=inh(Y24)),
    fig("42.000 liều", "42.000", 42000, "count", "liều", subject="liều vắc xin DPT tiếp nhận và phân bổ",
        period=inh(Y24)),
    fig("38.000 liều", "38.000", 38000, "count", "liều", subject="liều vắc xin Td tiếp nhận và phân bổ",
        period=inh(Y24)),
    fig("đạt trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm chủng đầy đủ", period=Y25),
]

NOTES = [
    "Department site (CDC Đắk Lắk), no dateline: menu, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'. No published.",
    "Distractors: 'mũi 4', 'vắc xin 5 trong 1', '68 Lê Duẩn', phone 0262.3852.410, counters 1.204.387 and 52.",
    "Headline 'năm 2024: tỷ lệ tiêm đầy đủ đạt trên 92%' → percent, over, actual (the headline says 'đạt'), period 2024.",
    "'ước đạt 92,1%, tăng 2,7 điểm phần trăm so với năm 2023' → estimate with a change in điểm phần trăm; its period",
    "'Năm 2024' stands in the sentence before (inherited). 'Trong năm' → 2024 (nearest earlier year).",
    "'4 ca ... tại các huyện Krông Bông và Ea Súp' spans two districts: location stays Đắk Lắk ('toàn tỉnh').",
    "'27 ca, gấp 9 lần năm trước' → change 9 lần on the count.",
    "One-cell-per-line table, 'Đơn vị tính: ca'; rows are diseases; subject = row label + column label; period",
    "from 'Năm 2023'/'Năm 2024' (scored). 'So với cùng kỳ (%)' cells are index percents (2024 as % of 2023), no period.",
    "revised after the first run: cell subjects lost the caption words 'số ca mắc' (row + column label only, as in p1411-4).",
    "'Tổng số' row is a figure like the others; cells get no total.",
]

if __name__ == "__main__":
    write("p1411-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
