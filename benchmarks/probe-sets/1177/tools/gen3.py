"""p1177-3: formal report (UBND tỉnh Tuyên Quang) on the 2024 provincial buffalo-fighting festival, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 04 tháng 3 năm 2024

BÁO CÁO
Kết quả tổ chức Lễ hội chọi trâu tỉnh Tuyên Quang năm 2024

I. KẾT QUẢ TỔ CHỨC
1. Công tác chuẩn bị và thi đấu
Thực hiện Kế hoạch số 12/KH-UBND, Lễ hội được tổ chức trong hai ngày 24 và 25/02/2024 tại sân vận động xã Tràng Đà, TP Tuyên Quang. Năm 2024 có 48 trâu của 6 huyện, thành phố đăng ký; qua kiểm tra thú y có 42/48 trâu đủ điều kiện thi đấu. Tổng giá trị giải thưởng 230 triệu đồng; mỗi trâu tham gia thi đấu được hỗ trợ 3 triệu đồng/con tiền chăm sóc.

2. Số trâu tham gia theo địa phương
Đơn vị tính: con
Địa phương | Đăng ký | Thi đấu | Đạt giải
TP Tuyên Quang | 12 | 11 | 2
Hàm Yên | 10 | 9 | 2
Yên Sơn | 9 | 8 | 1
Sơn Dương | 8 | 7 | 1
Chiêm Hóa | 5 | 4 | 1
Na Hang | 4 | 3 | 1
Tổng cộng | 48 | 42 | 8

3. Hiệu quả kinh tế - du lịch
Lễ hội thu hút khoảng 45.000 lượt khách, tăng 15,4% so với năm 2023, trong đó khách ngoài tỉnh chiếm khoảng 40%. Tổng thu từ bán vé đạt 1,35 tỷ đồng, bằng 112,5% kế hoạch. Tổng chi phí tổ chức 2,1 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 800 triệu đồng, còn lại là nguồn xã hội hóa.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu nâng số trâu tham gia lên 60 con, thu hút trên 50.000 lượt khách; không để xảy ra tình trạng cá cược, bạo lực tại lễ hội.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [("TP Tuyên Quang", "Tuyên Quang", (12, 11, 2)),
        ("Hàm Yên", "Hàm Yên", (10, 9, 2)),
        ("Yên Sơn", "Yên Sơn", (9, 8, 1)),
        ("Sơn Dương", "Sơn Dương", (8, 7, 1)),
        ("Chiêm Hóa", "Chiêm Hóa", (5, 4, 1)),
        ("Na Hang", "Na Hang", (4, 3, 1)),
        ("Tổng cộng", "Tuyên Quang", (48, 42, 8))]
COLS = ["số trâu đăng ký", "số trâu thi đấu", "số trâu đạt giải"]


def table():
    out = []
    for label, place, vals in ROWS:
        for k, v in enumerate(vals):
            anchor = label + "".join(f" | {x}" for x in vals[:k + 1])
            subj = COLS[k] if label != "Tổng cộng" else "tổng cộng " + COLS[k]
            out.append(F(anchor, str(v), v, "count", "con", subject=subj, period=I(Y24), location=place))
    return out


FIGS = [
    F("có 48 trâu", "48", 48, "count", "trâu", subject="trâu đăng ký tham gia lễ hội", period=Y24),
    F("của 6 huyện", "6", 6, "count", "huyện, thành phố",
      subject="huyện, thành phố có trâu đăng ký", period=Y24),
    F("có 42/48 trâu", "42", 42, "count", "trâu", total=48,
      subject="trâu đủ điều kiện thi đấu", period=Y24),
    F("giải thưởng 230 triệu", "230", 230000000, "money", "đồng",
      subject="tổng giá trị giải thưởng", period=I(Y24)),
    F("hỗ trợ 3 triệu", "3", 3000000, "money", "đồng/con",
      subject="hỗ trợ tiền chăm sóc mỗi trâu tham gia thi đấu", period=I(Y24)),
] + table() + [
    F("khoảng 45.000 lượt", "45.000", 45000, "count", "lượt khách", approx="about",
      change=C("increase", 15.4, "%", "năm 2023"),
      subject="lượt khách lễ hội thu hút", period=I(Y24)),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ khách ngoài tỉnh", period=I(Y24)),
    F("đạt 1,35 tỷ", "1,35", 1350000000, "money", "đồng", percent=112.5,
      subject="tổng thu từ bán vé", period=I(Y24)),
    F("tổ chức 2,1 tỷ", "2,1", 2100000000, "money", "đồng",
      subject="tổng chi phí tổ chức lễ hội", period=I(Y24)),
    F("hỗ trợ 800 triệu", "800", 800000000, "money", "đồng", total=2100000000,
      subject="ngân sách tỉnh hỗ trợ tổ chức lễ hội", period=I(Y24)),
    F("lên 60 con", "60", 60, "count", "con", status="target",
      subject="số trâu tham gia lễ hội", period=Y25),
    F("trên 50.000 lượt", "50.000", 50000, "count", "lượt khách", approx="over", status="target",
      subject="lượt khách lễ hội thu hút", period=Y25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH TUYÊN QUANG, 'Số: 58/BC-UBND', 'Tuyên Quang, ngày 04 tháng 3 năm 2024' (published), sections, Nơi nhận.",
    "Flattened '|' table, 'Đơn vị tính: con': rows are districts/the city → location; subject = column label (số trâu đăng ký/thi đấu/đạt giải);",
    "the 'Tổng cộng' row is the province's figures. Table period 2024 comes from the title and section 1 (inherited). Cells get no totals.",
    "Distractors: Số: 58/BC-UBND, Kế hoạch số 12/KH-UBND, 'hai ngày 24 và 25/02/2024' (duration + dates), section numbers I./II./1.-3., 'Lưu: VT'.",
    "'42/48 trâu' → 42 with total 48 (48 is an attribute there). 'bằng 112,5% kế hoạch' → percent of 1,35 tỷ. 'trong đó khách ngoài tỉnh chiếm khoảng 40%' is its own percent figure.",
    "800 triệu after 'trong đó' is part of 2,1 tỷ. Section II targets take their period from the heading 'PHƯƠNG HƯỚNG NĂM 2025' (inherited).",
]

if __name__ == "__main__":
    write("p1177-3", TEXT, NOTES, FIGS, published="2024-03-04", location="Tuyên Quang")
