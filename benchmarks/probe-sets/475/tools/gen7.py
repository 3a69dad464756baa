"""p475-7: Chi cục Kiểm lâm Tuyên Quang (department site, no dateline), one-cell-per-line table by district."""
from lib import emit, fig, per, inh, chg

ROWS = [
    ("Yên Sơn", "3.215", "3.460", "3.300", "Yên Sơn"),
    ("Sơn Dương", "2.840", "2.975", "2.900", "Sơn Dương"),
    ("Hàm Yên", "2.560", "2.705", "2.600", "Hàm Yên"),
    ("Chiêm Hóa", "2.105", "2.214", "2.150", "Chiêm Hóa"),
    ("Na Hang", "1.190", "1.330", "1.250", "Na Hang"),
    ("Tổng cộng", "11.910", "12.684", "12.200", None),
]

TABLE_TEXT = "Đơn vị tính: ha\n\nHuyện\n\nNăm 2022\n\nNăm 2023\n\nKế hoạch 2024\n\n" + "".join(
    f"{r[0]}\n\n{r[1]}\n\n{r[2]}\n\n{r[3]}\n\n" for r in ROWS)

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
CHI CỤC KIỂM LÂM
Trang chủ | Giới thiệu | Tin tức | Văn bản

Kết quả trồng rừng tập trung năm 2022, 2023 và kế hoạch năm 2024

Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh Tuyên Quang, công tác trồng rừng trên địa bàn tỉnh đạt kết quả tích cực. Năm 2023, toàn tỉnh trồng được 12.684 ha rừng tập trung, vượt 5,7% kế hoạch; tỷ lệ che phủ rừng giữ ổn định ở mức 65,2%. Kết quả theo huyện như sau:

""" + TABLE_TEXT + """Bên cạnh đó, năm 2023 toàn tỉnh trồng 1,35 triệu cây phân tán; diện tích rừng được chi trả dịch vụ môi trường rừng là 71.420 ha với số tiền 28,6 tỷ đồng. Năm 2024, tỉnh phấn đấu có thêm 5.000 ha rừng trồng được cấp chứng chỉ FSC, nâng tổng diện tích có chứng chỉ lên khoảng 45.000 ha. Trong năm 2023, lực lượng kiểm lâm đã phát hiện, xử lý 96 vụ vi phạm pháp luật về lâm nghiệp, giảm 18 vụ so với năm 2022.

Địa chỉ: Số 17 đường Chiến Thắng Sông Lô, phường Tân Quang, TP. Tuyên Quang
Điện thoại: 0207.3822.461
Tổng lượt truy cập: 1.284.905
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IND = "diện tích trồng rừng tập trung"


def n(s):
    return float(s.replace(".", ""))


TABLE = []
for label, a, b, c, loc in ROWS:
    kw = {"location": loc} if loc else {}
    TABLE += [
        fig(f"{label}\n\n{a}", a, n(a), "measure", "ha", IND + " năm 2022", Y22, **kw),
        fig(f"{a}\n\n{b}", b, n(b), "measure", "ha", IND + " năm 2023", Y23, **kw),
        fig(f"{b}\n\n{c}", c, n(c), "measure", "ha", IND + " kế hoạch 2024", K24, status="target", **kw),
    ]

FIGS = [
    fig("được 12.684 ha", "12.684", 12684, "measure", "ha", IND, Y23,
        change=chg("increase", 5.7, baseline="kế hoạch")),
    fig("mức 65,2%", "65,2", 65.2, "percent", "%", "tỷ lệ che phủ rừng", Y23),
] + TABLE + [
    fig("trồng 1,35 triệu cây", "1,35", 1.35e6, "count", "cây", "cây phân tán trồng", Y23),
    fig("là 71.420 ha", "71.420", 71420, "measure", "ha", "diện tích rừng được chi trả dịch vụ môi trường rừng", Y23),
    fig("tiền 28,6 tỷ đồng", "28,6", 28.6e9, "money", "đồng", "số tiền chi trả dịch vụ môi trường rừng", Y23),
    fig("thêm 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích rừng trồng được cấp chứng chỉ FSC thêm", Y24,
        status="target"),
    fig("khoảng 45.000 ha", "45.000", 45000, "measure", "ha", "tổng diện tích có chứng chỉ FSC", Y24,
        approx="about", status="target"),
    fig("xử lý 96 vụ", "96", 96, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp phát hiện, xử lý",
        per("Trong năm 2023", "2023-01-01", "2023-12-31"), change=chg("decrease", 18, unit="vụ", baseline="năm 2022")),
]

COMMENTS = [
    "Chi cục Kiểm lâm Tuyên Quang (department site): no dateline, so no published. Footer counter 'Tổng lượt truy cập: 1.284.905' is furniture.",
    "One-cell-per-line table, 'Đơn vị tính: ha', columns Năm 2022 | Năm 2023 | Kế hoạch 2024: period from the column header (scored, as in h23);",
    "'Kế hoạch 2024' cells are targets. District row labels go to location; 'Tổng cộng' stays at the province. Cells get no total.",
    "'vượt 5,7% kế hoạch' is a gap to plan: a change with baseline kế hoạch (FIGURES.md 'Result against plan').",
    "Distractors: Kế hoạch số 112/KH-UBND, Số 17 đường Chiến Thắng Sông Lô, phone 0207.3822.461, visit counter, header years.",
]

if __name__ == "__main__":
    emit("p475-7", TEXT, FIGS, COMMENTS, location="Tuyên Quang")
