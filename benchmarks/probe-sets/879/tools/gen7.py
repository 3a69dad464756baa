"""p879-7: department site (Sở GTVT Ninh Bình), no dateline, one-cell-per-line table - hầm Tam Điệp, Q1/2024."""
from lib import F, P, C, write

MONTHS = [("Tháng 1", "312.450", "368.920", "18,1", "01", "31"),
          ("Tháng 2", "298.600", "341.230", "14,3", "02", "29"),
          ("Tháng 3", "305.180", "352.770", "15,6", "03", "31")]
TOT = ("Cộng quý I", "916.230", "1.062.920", "16,0")


def v(s):
    return float(s.replace(".", "").replace(",", "."))


# the table must be consistent: sums and growth rates
assert sum(v(m[1]) for m in MONTHS) == v(TOT[1]) and sum(v(m[2]) for m in MONTHS) == v(TOT[2])
for m in MONTHS + [TOT]:
    assert abs((v(m[2]) / v(m[1]) - 1) * 100 - v(m[3])) < 0.05, m

cells = "\n".join("\n".join(m[:4]) for m in MONTHS + [TOT])

TEXT = f"""SỞ GIAO THÔNG VẬN TẢI TỈNH NINH BÌNH
Trang chủ » Tin hoạt động » Quản lý kết cấu hạ tầng giao thông

Lưu lượng qua hầm Tam Điệp quý I/2024 tăng 16%

Hầm Tam Điệp trên tuyến cao tốc Bắc - Nam phía Đông, đoạn Mai Sơn - Quốc lộ 45, có chiều dài 480 m, gồm 2 ống hầm, mỗi ống 2 làn xe. Trong quý I/2024, lưu lượng qua hầm đạt 1.062.920 lượt xe, tăng 16% so với cùng kỳ năm 2023; xe tải, xe container chiếm 46,5%.

Lưu lượng qua hầm theo tháng như sau:
Đơn vị tính: lượt xe
Tháng
Năm 2023
Năm 2024
Tăng (%)
{cells}

Đội quản lý hầm bố trí 24 nhân viên trực 24/24 giờ. Trong quý I/2024, đơn vị đã cứu hộ 57 phương tiện gặp sự cố, thời gian tiếp cận hiện trường bình quân 8 phút. Kinh phí bảo trì hầm năm 2024 được phê duyệt 9,8 tỷ đồng.

Năm 2024, đơn vị phấn đấu rút ngắn thời gian tiếp cận hiện trường xuống không quá 7 phút, đồng thời phối hợp với Công an tỉnh xử lý nghiêm xe dừng, đỗ trái phép trong hầm theo Nghị định số 100/2019/NĐ-CP.

SỞ GIAO THÔNG VẬN TẢI TỈNH NINH BÌNH
Địa chỉ: Số 2 đường Lê Đại Hành, phường Thanh Bình, TP Ninh Bình
Điện thoại: 0229.3871.256 - Email: sgtvt@ninhbinh.gov.vn
Lượt truy cập: 1.204.377
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("quý I/2024 tăng 16%", "16", 16, "percent", "%", "lưu lượng qua hầm Tam Điệp", Q1),
    F("chiều dài 480 m", "480", 480, "measure", "m", "chiều dài hầm Tam Điệp"),
    F("gồm 2 ống hầm", "2", 2, "count", "ống hầm", "ống hầm", optional=True),
    F("mỗi ống 2 làn xe", "2", 2, "count", "làn xe", "làn xe mỗi ống hầm", optional=True),
    F("đạt 1.062.920 lượt xe", "1.062.920", 1062920, "count", "lượt xe", "lưu lượng qua hầm", Q1,
      change=C("increase", 16, "%", "cùng kỳ năm 2023")),
    F("chiếm 46,5%", "46,5", 46.5, "percent", "%", "xe tải, xe container trong lưu lượng qua hầm", Q1),
]
for label, a, b, r, mm, dd in MONTHS:
    n = label.split()[1]
    FIGS += [
        F(f"{label}\n{a}", a, v(a), "count", "lượt xe", f"lưu lượng qua hầm tháng {n} năm 2023",
          P(f"{label} năm 2023", f"2023-{mm}-01", f"2023-{mm}-{'28' if mm == '02' else dd}")),
        F(f"{a}\n{b}", b, v(b), "count", "lượt xe", f"lưu lượng qua hầm tháng {n} năm 2024",
          P(f"{label} năm 2024", f"2024-{mm}-01", f"2024-{mm}-{dd}")),
        F(f"{b}\n{r}", r, v(r), "percent", "%", f"lưu lượng qua hầm tháng {n} tăng so với cùng kỳ",
          P(f"{label} năm 2024", f"2024-{mm}-01", f"2024-{mm}-{dd}")),
    ]
label, a, b, r = TOT
FIGS += [
    F(f"{label}\n{a}", a, v(a), "count", "lượt xe", "lưu lượng qua hầm cộng quý I năm 2023",
      P("quý I năm 2023", "2023-01-01", "2023-03-31")),
    F(f"{a}\n{b}", b, v(b), "count", "lượt xe", "lưu lượng qua hầm cộng quý I năm 2024", Q1),
    F(f"{b}\n{r}", r, v(r), "percent", "%", "lưu lượng qua hầm cộng quý I tăng so với cùng kỳ", Q1),
    F("bố trí 24 nhân viên", "24", 24, "count", "nhân viên", "nhân viên trực hầm"),
    F("cứu hộ 57 phương tiện", "57", 57, "count", "phương tiện", "phương tiện gặp sự cố được cứu hộ", Q1),
    F("bình quân 8 phút", "8", 8, "measure", "phút", "thời gian tiếp cận hiện trường bình quân", Q1),
    F("phê duyệt 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "kinh phí bảo trì hầm", Y24),
    F("không quá 7 phút", "7", 7, "measure", "phút", "thời gian tiếp cận hiện trường",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_most", status="target"),
]

NOTES = [
    "Department site (Sở GTVT Ninh Bình), no dateline, footer with address, phone and visit counter: hầm Tam Điệp, quý I/2024.",
    "One-cell-per-line table ('Đơn vị tính: lượt xe'; header cells Tháng / Năm 2023 / Năm 2024 / Tăng (%), then rows).",
    "Each cell's period is its row month in its column year; the 'Tăng (%)' cells are 2024 growth rates (percent figures,",
    "no change object, period = the row month of 2024). Row labels 'Tháng 1' ... are periods, not figures; no totals in cells.",
    "Not figures: 'Quốc lộ 45', '24/24 giờ', 'Nghị định số 100/2019/NĐ-CP', 'Số 2 đường Lê Đại Hành', phone, 'Lượt truy cập: 1.204.377'.",
    "The headline 'tăng 16%' is a growth rate standing as the claim (percent figure); in the body it is the change of 1.062.920.",
    "'Tam Điệp' is the tunnel's name here: location stays Ninh Bình. Tube and lane counts are structure (optional).",
    "'được phê duyệt 9,8 tỷ đồng' is an approved amount stated as fact: actual.",
]

if __name__ == "__main__":
    write("p879-7", TEXT, FIGS, NOTES, published=None, location="Ninh Bình")
