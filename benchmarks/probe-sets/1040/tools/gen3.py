"""p1040-3: formal report (UBND tỉnh Trà Vinh), Lễ hội Ok Om Bok – Giải đua ghe Ngo 2023, flattened | table."""
from lib import F, P, Y, I, C, T, write

TEXT = """UBND TỈNH TRÀ VINH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 05 tháng 12 năm 2023

BÁO CÁO
Kết quả tổ chức Lễ hội Ok Om Bok và Giải đua ghe Ngo tỉnh Trà Vinh năm 2023

Thực hiện Kế hoạch số 92/KH-UBND ngày 15/8/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tổ chức
Lễ hội diễn ra từ ngày 26 đến 28/11/2023 trên sông Long Bình, thành phố Trà Vinh. Giải đua ghe Ngo có 42 ghe tham gia (tăng 6 ghe so với năm 2022) với 2.450 vận động viên; tổng kinh phí tổ chức 3,8 tỷ đồng, đạt 95% dự toán được duyệt.

2. Ghe và vận động viên theo địa phương
Đơn vị tính: ghe, người
Địa phương | Ghe nam | Ghe nữ | Vận động viên
Trà Cú | 9 | 3 | 640
Cầu Ngang | 6 | 2 | 430
Tiểu Cần | 5 | 2 | 380
Châu Thành | 5 | 1 | 330
Địa phương khác | 7 | 2 | 670
Tổng cộng | 32 | 10 | 2.450

3. Kết quả thi đấu, khen thưởng
Ban Tổ chức trao 24 giải với tổng trị giá 520 triệu đồng; giải Nhất nội dung nam 80 triệu đồng/giải, giải Nhất nội dung nữ 50 triệu đồng/giải. Ghe chùa Ô Mịch (huyện Trà Cú) đoạt giải Nhất nam năm thứ hai liên tiếp.

4. Phục vụ du khách, bảo đảm an ninh
Lễ hội đón khoảng 180.000 lượt khách, tăng 12,5% so với năm 2022; doanh thu dịch vụ ước đạt 27 tỷ đồng. Lực lượng chức năng bố trí 650 cán bộ, chiến sĩ bảo đảm an ninh trật tự, cứu hộ trên sông.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tổ chức giải với 45 ghe tham gia, thu hút trên 200.000 lượt khách; kinh phí dự kiến 4,2 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

FEST = P("từ ngày 26 đến 28/11/2023", "2023-11-26", "2023-11-28", inherited=True)
Y23 = Y(2023, inherited=True)
Y24 = Y(2024, "NĂM 2024", inherited=True)

ROWS = [  # (row label, location, anchors for ghe nam, ghe nữ, VĐV)
    ("Trà Cú", "Trà Cú", ("Trà Cú | 9", "9"), ("9 | 3", "3"), ("3 | 640", "640")),
    ("Cầu Ngang", "Cầu Ngang", ("Cầu Ngang | 6", "6"), ("6 | 2 | 430", "2"), ("| 430", "430")),
    ("Tiểu Cần", "Tiểu Cần", ("Tiểu Cần | 5", "5"), ("5 | 2 | 380", "2"), ("| 380", "380")),
    ("Châu Thành", "Châu Thành", ("Châu Thành | 5", "5"), ("5 | 1", "1"), ("| 330", "330")),
    ("Địa phương khác", None, ("khác | 7", "7"), ("7 | 2 | 670", "2"), ("| 670", "670")),
    ("Tổng cộng", None, ("Tổng cộng | 32", "32"), ("32 | 10", "10"), ("10 | 2.450", "2.450")),
]


def table():
    out = []
    for label, loc, nam, nu, vdv in ROWS:
        extra = {} if loc else {"location": "Trà Vinh"}
        if loc:
            extra["location"] = loc
        tail = "" if loc else " " + label.lower()
        for (anc, num), col, unit in ((nam, "ghe nam", "ghe"), (nu, "ghe nữ", "ghe"),
                                      (vdv, "vận động viên", "người")):
            out.append(F(anc, num, float(num.replace(".", "")), "count", unit, col + tail, Y23, **extra))
    return out


FIGS = [
    F("có 42 ghe tham gia", "42", 42, "count", "ghe", "ghe tham gia giải đua ghe Ngo", FEST,
      change=C("increase", 6, "ghe", "năm 2022")),
    F("với 2.450 vận động viên", "2.450", 2450, "count", "vận động viên", "vận động viên giải đua ghe Ngo", FEST),
    F("tổ chức 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "tổng kinh phí tổ chức", FEST, percent=95),
] + table() + [
    F("trao 24 giải", "24", 24, "count", "giải", "giải Ban Tổ chức trao", Y23),
    F("trị giá 520 triệu đồng", "520", 520e6, "money", "đồng", "tổng trị giá giải thưởng", Y23),
    F("nam 80 triệu đồng/giải", "80", 80e6, "money", "đồng/giải", "giải Nhất nội dung nam", Y23),
    F("nữ 50 triệu đồng/giải", "50", 50e6, "money", "đồng/giải", "giải Nhất nội dung nữ", Y23),
    F("năm thứ hai liên tiếp", "hai", 2, "count", "năm", optional=True),
    F("khoảng 180.000 lượt khách", "180.000", 180000, "count", "lượt khách", "lượt khách lễ hội đón", FEST,
      approx="about", change=C("increase", 12.5, "%", "năm 2022")),
    F("ước đạt 27 tỷ đồng", "27", 27e9, "money", "đồng", "doanh thu dịch vụ", FEST, status="estimate"),
    F("bố trí 650 cán bộ", "650", 650, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ bảo đảm an ninh trật tự, cứu hộ trên sông", FEST),
    F("với 45 ghe tham gia", "45", 45, "count", "ghe", "ghe tham gia giải", Y24, status="target"),
    F("trên 200.000 lượt khách", "200.000", 200000, "count", "lượt khách", "lượt khách thu hút", Y24,
      approx="over", status="target"),
    F("dự kiến 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí tổ chức", Y24, status="forecast"),
]

NOTES = [
    "UBND tỉnh Trà Vinh, Báo cáo số 318/BC-UBND ngày 05/12/2023: Lễ hội Ok Om Bok và Giải đua ghe Ngo 2023.",
    "Flattened table (Địa phương | Ghe nam | Ghe nữ | Vận động viên; 'Đơn vị tính: ghe, người'): every numeric cell is a figure,",
    "district rows give location, 'Địa phương khác' and 'Tổng cộng' stay Trà Vinh with the row label in the subject; no totals on cells;",
    "period inherited from the title (năm 2023). Section numbers, document numbers, dates are not figures; 'năm thứ hai liên tiếp' optional.",
    "'đạt 95% dự toán' is the percent of 3,8 tỷ; '(tăng 6 ghe so với năm 2022)' is the change of 42 ghe.",
    "Section II: 'Phấn đấu' -> target for 45 ghe and 200.000 lượt khách; 'kinh phí dự kiến' -> forecast; period from the heading (inherited).",
]

write("p1040-3", TEXT, FIGS, NOTES, published="2023-12-05", location="Trà Vinh")
