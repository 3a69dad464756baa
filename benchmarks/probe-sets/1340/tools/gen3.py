"""p1340-3: formal report (UBND tỉnh Cà Mau, Số: 214/BC-UBND): sea dykes and revetments 9 months 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH CÀ MAU
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả đầu tư đê biển, kè chống sạt lở bờ biển 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
Tỉnh có 254 km bờ biển, gồm 107 km bờ biển Đông và 147 km bờ biển Tây. Hiện có khoảng 110 km bờ biển bị sạt lở, trong đó 52 km sạt lở đặc biệt nguy hiểm.

II. KẾT QUẢ THỰC HIỆN
1. Giải ngân: 9 tháng năm 2024, toàn tỉnh giải ngân 412,6 tỷ đồng vốn đầu tư đê biển, kè chống sạt lở, đạt 68,4% kế hoạch vốn năm, tăng 15,2% so với cùng kỳ; trong đó vốn ngân sách trung ương 310 tỷ đồng, chiếm 75,1%.
2. Chiều dài kè hoàn thành theo huyện
Đơn vị tính: mét
Huyện | Năm 2022 | Năm 2023 | 9 tháng năm 2024
Trần Văn Thời | 1.850 | 2.400 | 1.320
U Minh | 920 | 1.560 | 980
Ngọc Hiển | 2.300 | 3.150 | 2.070
Đầm Dơi | 640 | 1.100 | 450
Tổng cộng | 5.710 | 8.210 | 4.820
3. Đã hoàn thành 3 dự án, gồm kè biển Tây đoạn Kênh Mới - Cái Đôi Vàm dài 5,2 km, kè biển Tây đoạn Khánh Hội dài 1,8 km và đê biển Đông đoạn Hố Gùi dài 2,1 km. Diện tích đất, rừng phòng hộ phía sau tuyến kè được bảo vệ ước khoảng 4.500 ha.

III. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu giải ngân thêm 190 tỷ đồng, nâng tỷ lệ giải ngân cả năm lên trên 95%; khởi công 2 dự án kè mới với tổng chiều dài 6,5 km. Dự kiến đến năm 2025, toàn tỉnh có khoảng 75 km bờ biển được xây kè kiên cố.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTN.
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("QUÝ IV NĂM 2024", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2022", Y22), ("năm 2023", Y23), ("9 tháng năm 2024", NINE)]
ROWS = [("Trần Văn Thời", ["1.850", "2.400", "1.320"]), ("U Minh", ["920", "1.560", "980"]),
        ("Ngọc Hiển", ["2.300", "3.150", "2.070"]), ("Đầm Dơi", ["640", "1.100", "450"]),
        ("Tổng cộng", ["5.710", "8.210", "4.820"])]


def cells():
    out = []
    for row, nums in ROWS:
        prev = row
        for (col, p), n in zip(COLS, nums):
            v = float(n.replace(".", ""))
            if row == "Tổng cộng":
                kw = dict(subject=f"chiều dài kè hoàn thành tổng cộng {col}")
            else:
                kw = dict(subject=f"chiều dài kè hoàn thành {col}", location=row)
            out.append(fig(f"{prev} | {n}", n, v, "measure", "mét", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 254 km", "254", 254, "measure", "km", subject="bờ biển"),
    fig("gồm 107 km", "107", 107, "measure", "km", total=254, subject="bờ biển Đông"),
    fig("và 147 km", "147", 147, "measure", "km", total=254, subject="bờ biển Tây"),
    fig("khoảng 110 km", "110", 110, "measure", "km", approx="about", subject="bờ biển bị sạt lở"),
    fig("đó 52 km", "52", 52, "measure", "km", total=110, subject="bờ biển sạt lở đặc biệt nguy hiểm"),
    fig("giải ngân 412,6 tỷ", "412,6", 412.6e9, "money", "đồng", percent=68.4,
        change=chg("increase", 15.2, "%", "cùng kỳ"),
        subject="vốn đầu tư đê biển, kè chống sạt lở giải ngân", period=NINE),
    fig("ương 310 tỷ", "310", 310e9, "money", "đồng", total=412.6e9, percent=75.1,
        subject="vốn ngân sách trung ương giải ngân", period=NINE),
] + cells() + [
    fig("thành 3 dự án", "3", 3, "count", "dự án", subject="dự án đê, kè đã hoàn thành"),
    fig("Vàm dài 5,2 km", "5,2", 5.2, "measure", "km",
        subject="chiều dài kè biển Tây đoạn Kênh Mới - Cái Đôi Vàm"),
    fig("Hội dài 1,8 km", "1,8", 1.8, "measure", "km", subject="chiều dài kè biển Tây đoạn Khánh Hội"),
    fig("Gùi dài 2,1 km", "2,1", 2.1, "measure", "km", subject="chiều dài đê biển Đông đoạn Hố Gùi"),
    fig("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", approx="about", status="estimate",
        subject="diện tích đất, rừng phòng hộ phía sau tuyến kè được bảo vệ"),
    fig("thêm 190 tỷ", "190", 190e9, "money", "đồng", status="target",
        subject="vốn giải ngân thêm", period=inh(Q4)),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ giải ngân cả năm", period=YEAR),
    fig("công 2 dự án", "2", 2, "count", "dự án", status="target", subject="dự án kè mới khởi công",
        period=inh(Q4)),
    fig("dài 6,5 km", "6,5", 6.5, "measure", "km", status="target",
        subject="tổng chiều dài dự án kè mới", period=inh(Q4)),
    fig("khoảng 75 km", "75", 75, "measure", "km", approx="about", status="forecast",
        subject="bờ biển được xây kè kiên cố", period=TO25),
]

NOTES = [
    "Formal report (UBND tỉnh Cà Mau, Số: 214/BC-UBND, 'Cà Mau, ngày 15 tháng 10 năm 2024'), sections I-III, 'Nơi nhận'.",
    "Distractors: 'Số: 214/BC-UBND', letterhead date, section numbers I./II./III. and 1./2./3., 'Lưu: VT, NNTN'.",
    "'gồm 107 km ... và 147 km' → total 254; 'trong đó 52 km' → total 110. 'trong đó vốn ngân sách trung ương 310 tỷ đồng,",
    "chiếm 75,1%' → total 412,6 tỷ and percent 75,1. 'đạt 68,4% kế hoạch vốn năm' → percent attribute.",
    "Flattened '|' table, 'Đơn vị tính: mét', rows are districts → location; subject = caption + column; period from column",
    "headers (scored). 'Tổng cộng' row stays with the province. Table cells get no total.",
    "'3 dự án, gồm' is followed by lengths (km), not projects: no total for them.",
    "Section III 'NHIỆM VỤ QUÝ IV NĂM 2024' is the period of 190 tỷ, 2 dự án, 6,5 km (inherited: heading);",
    "'cả năm' in the same sentence is the period of 'trên 95%'. 'Phấn đấu' governs the whole ';' chain (target).",
    "'Dự kiến đến năm 2025' → forecast, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1340-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Cà Mau")
