"""p842-3: Đắk Nông formal report (letterhead), broadband to villages, subscribers by district (flattened | table), H1 2023."""
from lib import F, P, I, C, T, build

ROWS = [  # district, end-2022, 30/6/2023, plan 2023
    ("Gia Nghĩa", "23.180", "24.615", "26.000"),
    ("Cư Jút", "15.960", "16.820", "17.500"),
    ("Đắk Glong", "7.240", "7.935", "8.500"),
    ("Đắk Mil", "18.390", "19.460", "20.500"),
    ("Đắk R'Lấp", "16.275", "17.205", "18.000"),
    ("Đắk Song", "12.115", "12.870", "13.800"),
    ("Krông Nô", "10.770", "11.340", "12.000"),
    ("Tuy Đức", "7.590", "8.225", "8.700"),
    ("Tổng cộng", "111.520", "118.470", "125.000"),
]
TABLE = "\n".join(" | ".join(r) for r in ROWS)

TEXT = f"""UBND TỈNH ĐẮK NÔNG
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 12 tháng 7 năm 2023

BÁO CÁO
Kết quả phát triển hạ tầng băng rộng cố định và wifi công cộng 6 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng cáp quang
Tính đến ngày 30/6/2023, toàn tỉnh có 689/712 thôn, bon, tổ dân phố có cáp quang, đạt 96,8%, tăng 2,1 điểm phần trăm so với cuối năm 2022. Tổng số thuê bao băng rộng cố định đạt 118.470 thuê bao, tăng 6.950 thuê bao so với cuối năm 2022, đạt 94,8% kế hoạch năm. Số thuê bao theo từng địa phương như sau:
Đơn vị tính: thuê bao
Huyện, thành phố | Đến 31/12/2022 | Đến 30/6/2023 | Kế hoạch năm 2023
{TABLE}

2. Wifi công cộng
Đã lắp đặt 134 điểm wifi công cộng miễn phí tại trụ sở xã, trường học, chợ và khu du lịch; trong đó 41 điểm do doanh nghiệp tự đầu tư, 93 điểm do ngân sách hỗ trợ với kinh phí 1,86 tỷ đồng.

3. Tồn tại, hạn chế
Còn 23 thôn, bon chưa có cáp quang, trong đó Đắk Glong 11 thôn, Tuy Đức 7 thôn; tốc độ truy cập ở vùng sâu chỉ đạt 15-20 Mbps.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
Phấn đấu đến 31/12/2023 có 100% thôn, bon có cáp quang, đạt 125.000 thuê bao băng rộng cố định và lắp thêm 40 điểm wifi công cộng theo Quyết định số 1168/QĐ-UBND.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 30/6/2023", end="2023-06-30")
COLS = [
    (P("Đến 31/12/2022", end="2022-12-31"), "actual"),
    (P("Đến 30/6/2023", end="2023-06-30"), "actual"),
    (P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31"), "target"),
]
END = P("đến 31/12/2023", end="2023-12-31")

FIGS = [
    F("có 689/712 thôn", "689", 689, "count", "thôn, bon, tổ dân phố", "thôn, bon, tổ dân phố có cáp quang", ASOF,
      total=712, percent=96.8, change=C("increase", 2.1, "điểm phần trăm", "cuối năm 2022")),
    F("đạt 118.470 thuê bao", "118.470", 118470, "count", "thuê bao", "tổng số thuê bao băng rộng cố định",
      I(ASOF), percent=94.8, change=C("increase", 6950, "thuê bao", "cuối năm 2022")),
]
HEADS = ["đến 31/12/2022", "đến 30/6/2023", "kế hoạch năm 2023"]
for name, *cells in ROWS:
    label = "tổng số thuê bao băng rộng cố định" if name == "Tổng cộng" else "thuê bao băng rộng cố định"
    loc = {} if name == "Tổng cộng" else {"location": name}
    left = name
    for (per, status), cell, head in zip(COLS, cells, HEADS):
        extra = dict(loc)
        if status != "actual":
            extra["status"] = status
        # subject = indicator + column label (FIGURES.md Tables: row label and column label; the row is a place)
        FIGS.append(F(f"{left} | {cell}", cell, float(cell.replace(".", "")), "count", "thuê bao",
                      f"{label} {head}", per, **extra))
        left = cell

FIGS += [
    F("lắp đặt 134 điểm", "134", 134, "count", "điểm wifi công cộng", "điểm wifi công cộng miễn phí"),
    F("trong đó 41 điểm", "41", 41, "count", "điểm", "điểm wifi do doanh nghiệp tự đầu tư", total=134),
    F("93 điểm do ngân sách", "93", 93, "count", "điểm", "điểm wifi do ngân sách hỗ trợ", total=134),
    F("kinh phí 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "kinh phí ngân sách hỗ trợ điểm wifi"),
    F("Còn 23 thôn", "23", 23, "count", "thôn, bon", "thôn, bon chưa có cáp quang"),
    F("Đắk Glong 11 thôn", "11", 11, "count", "thôn", "thôn, bon chưa có cáp quang", total=23,
      location="Đắk Glong"),
    F("Tuy Đức 7 thôn", "7", 7, "count", "thôn", "thôn, bon chưa có cáp quang", total=23, location="Tuy Đức"),
    F("đạt 15-20 Mbps", "15", 15, "measure", "Mbps", "tốc độ truy cập ở vùng sâu", value_max=20),
    F("có 100% thôn, bon", "100", 100, "percent", "%", "thôn, bon có cáp quang", END, status="target"),
    F("đạt 125.000 thuê bao", "125.000", 125000, "count", "thuê bao", "thuê bao băng rộng cố định", END,
      status="target"),
    F("thêm 40 điểm", "40", 40, "count", "điểm wifi công cộng", "điểm wifi công cộng lắp thêm", END,
      status="target"),
]

NOTES = [
    "Đắk Nông formal report (UBND letterhead, Số: 215/BC-UBND): fibre to villages, fixed-broadband subscribers by district",
    "(flattened '|' table, 'Đơn vị tính: thuê bao', columns Đến 31/12/2022 | Đến 30/6/2023 | Kế hoạch năm 2023), public wifi.",
    "Table cells: subject = column indicator (row label is a place -> location); period from the column header (scored);",
    "'Kế hoạch năm 2023' column -> status target; the 'Tổng cộng' row is its own figure (province). Cells get no totals.",
    "'đạt 94,8% kế hoạch năm' is the percent of 118.470. 'Đắk Glong 11 thôn, Tuy Đức 7 thôn' after 'trong đó' -> total 23.",
    "Not figures: letterhead, 'Số: 215/BC-UBND', the date line, section numbers I./II./1./2./3., 'Quyết định số 1168/QĐ-UBND'.",
    "Sentences of section 2 state no period (none given).",
    "revised after the first run: table-cell subjects now carry the column label as well ('thuê bao băng rộng cố định",
    "đến 31/12/2022'), as FIGURES.md (Tables: 'row label and the column label') and shared gold h24 ('... năm 2015') do.",
]

build("p842-3", TEXT, FIGS, NOTES, published="2023-07-12", location="Đắk Nông")
