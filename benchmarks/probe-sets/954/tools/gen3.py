"""p954-3: formal report of UBND tỉnh Quảng Bình on the 2024 traditional boat race (flattened | table)."""
from lib import F, P, Pi, C, build

TEXT = """
UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Bình, ngày 16 tháng 9 năm 2024

BÁO CÁO
Kết quả tổ chức Lễ hội đua thuyền truyền thống trên sông Kiến Giang năm 2024

Thực hiện Kế hoạch số 1452/KH-UBND ngày 05/7/2024 của UBND tỉnh, Lễ hội đua thuyền truyền thống mừng Quốc khánh đã được tổ chức ngày 02/9/2024. UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ TỔ CHỨC
1. Quy mô
Lễ hội có 18 đội thuyền nam và 6 đội thuyền nữ của các huyện, thị xã, thành phố tham gia, với tổng số 582 vận động viên; thuyền đua dài 18-20 m, mỗi thuyền có 22 tay chèo. Lễ hội thu hút trên 50.000 lượt người dân và du khách, gấp 1,3 lần năm 2023.

2. Kết quả theo địa phương
Đơn vị tính: đội; người
Địa phương | Số đội | Vận động viên | Kinh phí hỗ trợ (triệu đồng)
Lệ Thủy | 10 | 246 | 350
Quảng Ninh | 5 | 121 | 175
Đồng Hới | 4 | 97 | 140
Bố Trạch | 3 | 70 | 105
Quảng Trạch | 2 | 48 | 70
Tổng cộng | 24 | 582 | 840

3. Kinh phí và công tác bảo đảm
Tổng kinh phí tổ chức lễ hội là 1,65 tỷ đồng, trong đó ngân sách tỉnh 840 triệu đồng, xã hội hóa 810 triệu đồng. Tổng giá trị giải thưởng 320 triệu đồng; giải Nhất nội dung thuyền nam 40 triệu đồng. Lực lượng chức năng huy động 215 cán bộ, chiến sĩ và 12 ca nô, xuồng máy bảo đảm an toàn; không xảy ra sự cố.

II. PHƯƠNG HƯỚNG NĂM 2025
Dự kiến năm 2025 lễ hội có khoảng 28 đội thuyền tham gia; phấn đấu thu hút 60.000 lượt khách, kinh phí xã hội hóa chiếm trên 50% tổng kinh phí.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
I24 = Pi(Y24)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
QB = "Quảng Bình"

ROWS = [  # place, teams, athletes, funds (triệu đồng)
    ("Lệ Thủy", "10", "246", "350"),
    ("Quảng Ninh", "5", "121", "175"),
    ("Đồng Hới", "4", "97", "140"),
    ("Bố Trạch", "3", "70", "105"),
    ("Quảng Trạch", "2", "48", "70"),
    ("Tổng cộng", "24", "582", "840"),
]

FIGS = [
    F("có 18 đội thuyền nam", "18", 18, "count", "đội thuyền", "đội thuyền nam tham gia lễ hội", period=I24),
    F("6 đội thuyền nữ", "6", 6, "count", "đội thuyền", "đội thuyền nữ tham gia lễ hội", period=I24),
    F("tổng số 582 vận động viên", "582", 582, "count", "vận động viên",
      "vận động viên tham gia lễ hội", period=I24),
    F("dài 18-20 m", "18", 18, "measure", "m", "chiều dài thuyền đua", value_max=20,
      period=I24, optional=True),
    F("có 22 tay chèo", "22", 22, "count", "tay chèo", "tay chèo mỗi thuyền", period=I24, optional=True),
    F("trên 50.000 lượt", "50.000", 50000, "count", "lượt", "lượt người dân và du khách dự lễ hội",
      approx="over", change=C("increase", 1.3, "lần", "năm 2023"), period=I24),
]
for place, teams, vdv, money in ROWS:
    loc = QB if place == "Tổng cộng" else place
    label = "" if place != "Tổng cộng" else " tổng cộng"
    FIGS += [
        F(f"{place} | {teams} |", teams, int(teams), "count", "đội", "Số đội" + label,
          period=I24, location=loc),
        F(f"| {vdv} | {money}", vdv, int(vdv), "count", "người", "Vận động viên" + label,
          period=I24, location=loc),
        F(f"{vdv} | {money}", money, int(money) * 1e6, "money", "đồng", "Kinh phí hỗ trợ" + label,
          period=I24, location=loc),
    ]
FIGS += [
    F("là 1,65 tỷ đồng", "1,65", 1.65e9, "money", "đồng", "tổng kinh phí tổ chức lễ hội", period=I24),
    F("ngân sách tỉnh 840 triệu đồng", "840", 840e6, "money", "đồng",
      "kinh phí tổ chức lễ hội từ ngân sách tỉnh", total=1.65e9, period=I24),
    F("xã hội hóa 810 triệu đồng", "810", 810e6, "money", "đồng",
      "kinh phí tổ chức lễ hội từ xã hội hóa", total=1.65e9, period=I24),
    F("giải thưởng 320 triệu đồng", "320", 320e6, "money", "đồng", "tổng giá trị giải thưởng", period=I24),
    F("thuyền nam 40 triệu đồng", "40", 40e6, "money", "đồng", "giải Nhất nội dung thuyền nam", period=I24),
    F("huy động 215 cán bộ", "215", 215, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ được huy động bảo đảm an toàn", period=I24),
    F("12 ca nô", "12", 12, "count", "ca nô, xuồng máy", "ca nô, xuồng máy được huy động", period=I24),
    F("khoảng 28 đội thuyền", "28", 28, "count", "đội thuyền", "đội thuyền tham gia lễ hội",
      approx="about", status="forecast", period=Y25),
    F("thu hút 60.000 lượt khách", "60.000", 60000, "count", "lượt khách", "lượt khách dự lễ hội",
      status="target", period=Y25),
    F("chiếm trên 50%", "50", 50, "percent", "%", "tỷ lệ kinh phí xã hội hóa trong tổng kinh phí",
      approx="over", status="target", period=Y25),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Quảng Bình (invented) Số: 287/BC-UBND, 16/9/2024: Lễ hội đua thuyền truyền thống trên sông Kiến Giang, ngày 02/9/2024.",
    "The letterhead date gives `published`. Every figure of sections I and the table takes 'năm 2024' from the title (inherited, unscored).",
    "Flattened table: each numeric cell is a figure; subject = column label (the row label is a place: location); funds '(triệu đồng)' x 10^6;",
    "the 'Tổng cộng' row is its own figure (location Quảng Bình); cells get no totals. 'gấp 1,3 lần năm 2023' follows the 50.000 it compares:",
    "annotated as that figure's change (increase 1,3 lần), like 'tăng hơn 2,8 lần so với cùng kỳ' in the shared gold.",
    "Boat length '18-20 m' and '22 tay chèo' per boat describe the boat class: optional. 'Dự kiến' → forecast; 'phấn đấu' (and the clause it continues) → target.",
    "Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 1452/KH-UBND ngày 05/7/2024', 'ngày 02/9/2024', section numbers 'I.', '1.', '2.', '3.', 'II.'.",
]

if __name__ == "__main__":
    build(3, TEXT, FIGS, COMMENTS, published="2024-09-16", location="Quảng Bình")
