"""p1025-3: UBND tỉnh Kiên Giang formal report — gate operation Q1/2024, flattened '|' table by district."""
from lib import F, build, change, inherit, period

TEXT = """UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Kiên Giang, ngày 12 tháng 4 năm 2024

BÁO CÁO
Kết quả vận hành hệ thống cống ngăn mặn quý I/2024

I. TÌNH HÌNH XÂM NHẬP MẶN
Quý I/2024, mặn xâm nhập sớm và sâu hơn trung bình nhiều năm. Độ mặn lớn nhất tại cửa sông Cái Lớn là 18,6‰; ranh mặn 4‰ vào sâu khoảng 55 km, sâu hơn 7 km so với cùng kỳ năm 2023.

II. KẾT QUẢ VẬN HÀNH CỐNG
1. Thực hiện Kế hoạch số 42/KH-UBND ngày 15/11/2023 của UBND tỉnh, trong quý I/2024 các đơn vị đã vận hành 216 cống ngăn mặn, trong đó có 3 cống lớn thuộc Dự án Cái Lớn - Cái Bé; số cống đóng hoàn toàn là 156 cống, chiếm 72,2%.
2. Kết quả theo địa bàn:
Đơn vị tính: cống
Huyện | Số cống vận hành | Số cống đóng hoàn toàn | Diện tích lúa được bảo vệ (ha)
An Biên | 58 | 41 | 21.350
U Minh Thượng | 44 | 30 | 18.720
Châu Thành | 63 | 47 | 25.140
Gò Quao | 51 | 38 | 19.690
Tổng cộng | 216 | 156 | 84.900

III. ĐÁNH GIÁ
Nhờ vận hành đồng bộ, 84.900 ha lúa Đông Xuân được bảo vệ an toàn, chiếm 93,6% diện tích xuống giống của 4 huyện; khoảng 1.150 ha bị ảnh hưởng nhẹ, giảm 62% so với cùng kỳ. Tổng kinh phí vận hành cống, đắp đập tạm trong quý là 12,8 tỷ đồng, bằng 64% dự toán năm.

IV. NHIỆM VỤ QUÝ II/2024
1. Dự kiến đóng thêm 25 cống khi độ mặn vượt 4‰.
2. Phấn đấu cung cấp đủ nước cho khoảng 45.000 ha lúa Hè Thu sớm.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
Q1b = period("Quý I/2024", "2024-01-01", "2024-03-31")
QUY = period("trong quý", "2024-01-01", "2024-03-31")
Q2 = period("QUÝ II/2024", "2024-04-01", "2024-06-30")
OPS, SHUT, AREA = "số cống vận hành", "số cống đóng hoàn toàn", "diện tích lúa được bảo vệ"

ROWS = [("An Biên", "58", "41", "21.350"), ("U Minh Thượng", "44", "30", "18.720"),
        ("Châu Thành", "63", "47", "25.140"), ("Gò Quao", "51", "38", "19.690"),
        ("Tổng cộng", "216", "156", "84.900")]


def table_figs():
    out = []
    for place, a, b, c in ROWS:
        loc = "Kiên Giang" if place == "Tổng cộng" else place
        out.append(F(f"{place} | {a} |", a, float(a.replace(".", "")), "count", "cống", OPS, inherit(Q1), location=loc))
        out.append(F(f"| {b} | {c}", b, float(b), "count", "cống", SHUT, inherit(Q1), location=loc))
        out.append(F(f"| {c}\n", c, float(c.replace(".", "")), "measure", "ha", AREA, inherit(Q1), location=loc))
    return out


FIGS = [
    F("là 18,6‰", "18,6", 18.6, "measure", "‰", "độ mặn lớn nhất tại cửa sông Cái Lớn", inherit(Q1b)),
    F("ranh mặn 4‰", "4", 4, "measure", "‰", "ngưỡng độ mặn của ranh mặn", optional=True),
    F("khoảng 55 km", "55", 55, "measure", "km", "ranh mặn 4‰ vào sâu", inherit(Q1b), approx="about",
      change=change("increase", 7, "km", "cùng kỳ năm 2023")),
    F("vận hành 216 cống", "216", 216, "count", "cống", "cống ngăn mặn được vận hành", Q1),
    F("có 3 cống lớn", "3", 3, "count", "cống", "cống lớn thuộc Dự án Cái Lớn - Cái Bé", Q1, total=216),
    F("là 156 cống", "156", 156, "count", "cống", "số cống đóng hoàn toàn", Q1, total=216, percent=72.2),
] + table_figs() + [
    F("đồng bộ, 84.900 ha", "84.900", 84900, "measure", "ha", "diện tích lúa Đông Xuân được bảo vệ an toàn",
      inherit(Q1), percent=93.6),
    F("của 4 huyện", "4", 4, "count", "huyện", "huyện xuống giống lúa Đông Xuân", optional=True),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích lúa bị ảnh hưởng nhẹ", inherit(Q1),
      approx="about", change=change("decrease", 62, "%", "cùng kỳ")),
    F("là 12,8 tỷ đồng", "12,8", 12.8e9, "money", "đồng", "tổng kinh phí vận hành cống, đắp đập tạm", QUY,
      percent=64),
    F("đóng thêm 25 cống", "25", 25, "count", "cống", "cống đóng thêm", inherit(Q2), status="forecast"),
    F("vượt 4‰", "4", 4, "measure", "‰", "độ mặn khi đóng cống", approx="over", optional=True),
    F("khoảng 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích lúa Hè Thu sớm được cung cấp đủ nước",
      inherit(Q2), approx="about", status="target"),
]

META = {
    "published": "2024-04-12",
    "location": "Kiên Giang",
    "comments": [
        "p1025-3: formal report, letterhead UBND TỈNH KIÊN GIANG, 'Số: 187/BC-UBND', 'Kiên Giang, ngày 12 tháng 4 năm 2024'.",
        "Flattened '|' table: 'Đơn vị tính: cống' for the two gate columns, '(ha)' in the third header; district rows → location;",
        "the 'Tổng cộng' row is its own figure (location Kiên Giang), no totals on cells; period from the report title/section (inherited).",
        "'số cống đóng hoàn toàn là 156 cống, chiếm 72,2%' continues the 216 breakdown → total 216, percent 72.2.",
        "'bằng 64% dự toán năm' is the share of 12,8 tỷ; 'trong quý' in a quarterly report = quý I/2024.",
        "Section IV items inherit 'QUÝ II/2024' from the heading. Thresholds (ranh mặn 4‰, vượt 4‰) and 'của 4 huyện' optional.",
        "Distractors: Số 187/BC-UBND, Kế hoạch số 42/KH-UBND ngày 15/11/2023, section numbers I.-IV., 1., 2.",
    ],
}

if __name__ == "__main__":
    build(3, TEXT, META, FIGS)
