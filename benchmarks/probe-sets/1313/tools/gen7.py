"""p1313-7: department site (Sở NN&PTNT Đồng Tháp), no dateline; one-cell-per-line table of new kè length by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG THÁP
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả đầu tư kè chống sạt lở bờ sông Tiền, sông Hậu

Những năm qua, tình trạng sạt lở bờ sông Tiền, sông Hậu trên địa bàn tỉnh diễn biến phức tạp. Toàn tỉnh hiện có 47 điểm sạt lở, tổng chiều dài 68,2 km, trong đó 9 điểm đặc biệt nguy hiểm, 15 điểm nguy hiểm. Năm 2023, toàn tỉnh xảy ra 31 vụ sạt lở, làm mất khoảng 4,6 ha đất, thiệt hại hơn 20 tỷ đồng.

Chiều dài kè chống sạt lở xây dựng mới
Đơn vị tính: m
Địa phương
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Hồng Ngự
850
1.120
1.500
Huyện Thanh Bình
620
940
1.200
Thành phố Sa Đéc
410
380
600
Huyện Lai Vung
260
520
800
Tổng số
2.140
2.960
4.100

Năm 2024, tổng vốn đầu tư cho các công trình kè ước đạt 386 tỷ đồng, tăng 27% so với năm 2023; trong đó vốn ngân sách trung ương 245 tỷ đồng, vốn ngân sách tỉnh 141 tỷ đồng. Các công trình hoàn thành đã góp phần bảo vệ an toàn cho hơn 5,6 nghìn hộ dân.

Mục tiêu đến năm 2025, tỉnh đưa tổng chiều dài kè chống sạt lở lên khoảng 45 km, đồng thời di dời 1.250 hộ dân ra khỏi vùng sạt lở nguy hiểm.

Liên kết website | Sơ đồ cổng
Địa chỉ: Số 7 đường 30/4, Phường 1, TP Cao Lãnh, Đồng Tháp
Điện thoại: 0277.3851.462
Lượt truy cập: 1.204.377 | Hôm nay: 412
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Hồng Ngự", "Hồng Ngự", ["850", "1.120", "1.500"]),
        ("Huyện Thanh Bình", "Thanh Bình", ["620", "940", "1.200"]),
        ("Thành phố Sa Đéc", "Sa Đéc", ["410", "380", "600"]),
        ("Huyện Lai Vung", "Lai Vung", ["260", "520", "800"]),
        ("Tổng số", None, ["2.140", "2.960", "4.100"])]
IND = "chiều dài kè chống sạt lở xây dựng mới"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        subj = f"{IND} {col}" if place else f"tổng số {IND} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "m", subject=subj, period=p, **kw))
        prev = n

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("Mục tiêu đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 47 điểm", "47", 47, "count", "điểm sạt lở", subject="điểm sạt lở"),
    fig("68,2 km", "68,2", 68.2, "measure", "km", subject="tổng chiều dài điểm sạt lở"),
    fig("9 điểm", "9", 9, "count", "điểm", total=47, subject="điểm sạt lở đặc biệt nguy hiểm"),
    fig("15 điểm", "15", 15, "count", "điểm", total=47, subject="điểm sạt lở nguy hiểm"),
    fig("ra 31 vụ", "31", 31, "count", "vụ", subject="vụ sạt lở", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 4,6 ha", "4,6", 4.6, "measure", "ha", approx="about", subject="đất mất do sạt lở",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("hơn 20 tỷ", "20", 20e9, "money", "đồng", approx="over", subject="thiệt hại do sạt lở",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
] + CELLS + [
    fig("ước đạt 386 tỷ", "386", 386e9, "money", "đồng", status="estimate",
        change=chg("increase", 27, "%", "năm 2023"), subject="tổng vốn đầu tư cho các công trình kè", period=Y24),
    fig("trung ương 245 tỷ", "245", 245e9, "money", "đồng", total=386e9, status="estimate",
        subject="vốn ngân sách trung ương", period=Y24),
    fig("tỉnh 141 tỷ", "141", 141e9, "money", "đồng", total=386e9, status="estimate",
        subject="vốn ngân sách tỉnh", period=Y24),
    fig("hơn 5,6 nghìn", "5,6", 5600, "count", "hộ", approx="over",
        subject="hộ dân được các công trình hoàn thành bảo vệ an toàn"),
    fig("khoảng 45 km", "45", 45, "measure", "km", approx="about", status="target",
        subject="tổng chiều dài kè chống sạt lở", period=T25),
    fig("di dời 1.250 hộ", "1.250", 1250, "count", "hộ", status="target",
        subject="hộ dân di dời ra khỏi vùng sạt lở nguy hiểm", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT Đồng Tháp), no dateline: menu, footer address, phone, 'Lượt truy cập: 1.204.377 | Hôm nay: 412'.",
    "No published date. Location Đồng Tháp (named in the site banner and footer); table rows are localities → their own location.",
    "'47 điểm ..., trong đó 9 điểm ..., 15 điểm' → total 47 (parts need not add up to the whole after 'trong đó').",
    "One-cell-per-line table, 'Đơn vị tính: m': measure in m; subject = table title + column; place row labels go to location;",
    "'Tổng số' row → province. 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; period from column headers (scored).",
    "'ước đạt 386 tỷ ..., tăng 27% so với năm 2023; trong đó ... 245 tỷ ..., 141 tỷ' → parts take total 386e9 and the estimate status.",
    "'hơn 5,6 nghìn hộ' = 5 600 (nghìn ×10^3), approx over. 'Mục tiêu đến năm 2025' → target, end 2025-12-31.",
    "Distractors: 'đường 30/4', 'Phường 1', 'Số 7', phone 0277.3851.462, visit counters, baseline năm 2023.",
]

if __name__ == "__main__":
    write("p1313-7", TEXT, NOTES, FIGS, location="Đồng Tháp")
